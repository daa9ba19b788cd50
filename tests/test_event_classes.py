"""Classes of event errors (issue 14): which sentences become events, their dates, types and
polarity, on sentences of a fictional report (Zarnakia, 2011) written for these tests.

Each case is one paragraph of its own, so that no date or episode carries over between them.
"""
from __future__ import annotations

import pytest

from rightsledger.records import Event

from .conftest import report_events, rules_types

pytestmark = pytest.mark.model

HEADER = ("2011 Country Reports on Human Rights Practices: Zarnakia\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n")

# (sentence, expected type or None for "no event", expected date, expected polarity)
CASES = [
    # outcome nouns of a past verb are occurrences of the report year
    ("Security forces were responsible for extrajudicial killings.", "killing", "2011", "asserted"),
    ("The clashes between the two villages resulted in several deaths and dozens of injuries.",
     "killing", "2011", "asserted"),
    ("Subsequent clashes in Verna led to 25 deaths.", "killing", "2011", "asserted"),
    # rules, rates, counts, habits and addresses are not occurrences
    ("Bail is not available to suspects of crimes that led to death.", None, None, None),
    ("In 2008 the maternal mortality ratio was 680 deaths per 100,000 live births.", None, None, None),
    ("In November the number of refugees from Kestria in the country was 25,300.", None, None, None),
    ("Women sometimes were killed, beaten, expelled from their families, or died from mistreatment.",
     None, None, None),
    ("See the Trafficking in Persons Report at 2009-2017.example.gov/j/tip.", None, None, None),
    # a date that labels a noun dates nothing; one after "In" dates the clause
    ("The economy suffered from looting during the 1998-1999 conflict.", None, None, None),
    ("In May Deputy Ivo Marren allegedly beat a traffic officer in Verna.", "attack_or_threat", "2011-05", "alleged"),  # outside custody (settled 2026-12-08)
    # types from the objects of ambiguous verbs
    ("On May 18, three journalists were fired by the state broadcaster.", "dismissal", "2011-05-18", "asserted"),
    ("On June 2, police fired on protesters in Verna.", "attack_or_threat", "2011-06-02", "asserted"),
    ("In June unknown persons sent a pig's head to the editor of the weekly Verna Times.",
     "attack_or_threat", "2011-06", "asserted"),
    ("On April 2, the journalist Ana Lisk received threatening messages.", "attack_or_threat", "2011-04-02",
     "asserted"),
    ("On March 3, gunmen attempted to kill the editor of the Verna Times.", "attack_or_threat", "2011-03-03",
     "asserted"),
    ("In January the government closed the Kassa Island detention facility.", "other", "2011-01", "asserted"),
    ("On August 1, authorities closed the newspaper Verna Voice.", "censorship_or_blocking", "2011-08-01",
     "asserted"),
    ("On April 4, the Supreme Court upheld the liquidation of the Zarnak Labor Party.",
     "registration_decision", "2011-04-04", "asserted"),
    ("In August the ministry inaugurated a child protection network in Verna.", "other", "2011-08", "asserted"),
    ("The police captain was removed from his post on May 3.", "dismissal", "2011-05-03", "asserted"),
    ("On March 10, the Senate removed from office Judge Ivo Darek, after a court convicted him of bribery.",
     "dismissal", "2011-03-10", "asserted"),
    ("On December 5, media reported that one of the five Kestrians had received asylum seeker status.",
     "asylum_or_citizenship_decision", "2011-12-05", "asserted"),
    ("As of year's end, no officers had been charged.", "charge", "2011", "negated"),  # (settled 2026-12-06)
    ("By year's end, no officers had been charged.", "charge", "2011", "negated"),
    ("On May 5, the president signed the decree on local government.", "law_or_decree", "2011-05-05", "asserted"),
    ("During the rebel attack on the capital in March, troops captured dozens of fighters.",
     "detention_or_arrest", "2011-03", "asserted"),
    # negated occurrences, also "by year's end"
    ("The government did not commit any politically motivated killings.", "killing", "2011", "negated"),
    ("No investigation had been conducted into the incident by year's end.", "investigation", "2011", "negated"),
    ("However, by year's end, no such law had been adopted.", "law_or_decree", "2011", "negated"),
    ("The results of the inquiry were not released by year's end.", "report_published", "2011", "negated"),
    # a count to an as-of date is acts of the year, a step not taken as of a date a negated event of the
    # year (settled 2026-12-06); a state at the date is none
    ("As of October, authorities had detained 300 persons.", "detention_or_arrest", "2011", "asserted"),
    ("As of November, the court had not released the two journalists.", "release", "2011", "negated"),
    ("As of October, 120 persons remained in pretrial detention in Kestria.", None, None, None),
    ("As of May, 12 of the 20 provinces had adopted the child protection act.", None, None, None),
    ("As of May, the office had one attorney, who also prosecuted cases in lower courts.", None, None, None),
    ("Unlike in the previous year, authorities neither killed journalists nor caused any to disappear.",
     "killing", "2011", "negated"),
    ("No political parties were banned or suspended.", "registration_decision", "2011", "negated"),
    # a state, no event (settled 2026-12-13, negated states; events/undated/nostates.py)
    ("There were no known restrictions on academic freedom.", None, "2011", "negated"),
    ("There were no reports of political prisoners.", "detention_or_arrest", "2011", "negated"),
    ("No formal strikes occurred during the year.", "strike", "2011", "negated"),
    ("On May 1, police dispersed a march in Verna and briefly detained the union's secretary general.",
     "detention_or_arrest", "2011-05-01", "asserted"),
    # plans and decades date nothing
    ("The national elections scheduled for October 2012 were discussed in parliament.", None, None, None),
    ("Collective bargaining is rare due to the hardship which occurred during much of the 1990s.", None, None, None),
    ("On June 3, the court set bail for the editor at 500 crowns.", "other", "2011-06-03", "asserted"),
    # trigger nouns in a title name a post; deaths in accidents are a statistic
    ("In March the UN special rapporteur on extrajudicial executions visited Zarnakia.", "other", "2011-03",
     "asserted"),
    ("According to the ministry, 86 workers died in workplace accidents during the year.", None, None, None),
    # practice, hypotheses and general phenomena
    ("Many schools in Verna still charged informal fees to pay teachers.", None, None, None),
    ("Sexual harassment occurred throughout the country.", None, None, None),
    ("FGM was practiced by almost all ethnic groups in the country.", None, None, None),
    ("Husbands frequently abandoned wives who had been assaulted.", None, None, None),
    ("Courts may sentence women found guilty of adultery to up to one year in prison.", None, None, None),
    # a survey named by its title carries its own year (also a two-year span), "the" or not; so does a
    # report cited with its year (settled 2026-12-17, which withdrew the reading of the year as the period
    # the report covers; events/dating/publication_years.py, round t-events31); statistics stay labels
    ("According to the 2009-10 Demographic and Health Survey, 40 percent of women in Zarnakia had been cut.",
     "report_published", "2009", "asserted"),
    ("According to the 2008 Multiple Indicator Cluster Survey, 30 percent of girls married before 18.",
     "report_published", "2008", "asserted"),
    ("According to the 2010 Report of the Committee for Children, there were 12 shelters in Verna.",
     "report_published", "2010", "asserted"),
    ("According to 2010 statistics of the health ministry, 20 percent of births were attended.",
     None, None, None),
    # a report cited by a title ending with its edition's year is a publication of that year; a
    # name with a year in it is not
    ("In its Annual Report 2009, the Zarnak Rights League noted that beatings by police continued.",
     "report_published", "2009", "asserted"),
    ("In its Nations in Transit 2010 report, Freedom House noted that the courts obeyed the executive.",
     "report_published", "2010", "asserted"),
    ("According to Freedom in the World 2011, the media were controlled by the state.",
     "report_published", "2011", "asserted"),
    ("According to the International Family Planning 2020 Initiative, the ministry remained committed.",
     None, None, None),
    # "remained blocked", "stayed closed": a state, even where the parser takes "remained" for a
    # passive's auxiliary
    ("Several opposition websites remained blocked during the year.", None, None, None),
    ("The weekly Verna Times remained suspended after the elections.", None, None, None),
    ("In May authorities blocked several opposition websites.", "censorship_or_blocking", "2011-05",
     "asserted"),
    # an arrest named beside harassment, threats or a fine types the sentence (Somalia 2023); a
    # run-in topic before the colon is no subject
    ("Authorities harassed, intimidated, and arrested opposition members in Verna.",
     "detention_or_arrest", "2011", "asserted"),
    ("Violence and Harassment: Police harassed and arrested journalists in Verna.",
     "detention_or_arrest", "2011", "asserted"),
    ("Violence and Harassment: Authorities reportedly threatened journalists of the weekly Verna Times.",
     "attack_or_threat", "2011", "alleged"),
]


def events_of_cases(nlp, header: str, cases: list) -> list[Event]:
    """The events of a fictional 2011 report made of ``header`` and one paragraph per case, typed by
    the rules alone (conftest's :func:`rules_types`)."""
    return report_events(nlp, header, [c[0] for c in cases])


def check_case(events: list[Event], sentence: str, type_, date, polarity) -> None:
    """The sentence's first event has this type, date and polarity (``type_`` None: no event)."""
    found = [e for e in events if e.evidence.text.strip() == sentence]
    if type_ is None:
        assert not found, [(e.type, e.date) for e in found]
        return
    assert found, "no event"
    assert (found[0].type, found[0].date, found[0].polarity) == (type_, date, polarity)


@pytest.fixture(scope="module")
def extracted(nlp):
    return events_of_cases(nlp, HEADER, CASES)


@pytest.mark.parametrize("sentence,type_,date,polarity", CASES, ids=[c[0][:40] for c in CASES])
def test_event_class(extracted, sentence, type_, date, polarity):
    check_case(extracted, sentence, type_, date, polarity)


def test_a_month_name_triggers_nothing(nlp):
    """'March' (and any word of a date) is no trigger; the verb 'march' still is."""
    from rightsledger.extract.events.types.triggers import trigger_type

    for text, found in [("In March police arrested two journalists in Verna.", ["arrested"]),
                        ("On March 3, students marched to the ministry.", ["marched"]),
                        ("Thousands marched in the capital in March.", ["marched"])]:
        assert [t.text for t in nlp(text) if trigger_type(t)] == found, text


def test_a_survey_of_two_years_spans_them(extracted):
    """"the 2009-10 Demographic and Health Survey" is a publication of 2009 to 2010."""
    found = [e for e in extracted if e.evidence.text.startswith("According to the 2009-10 Demographic")]
    assert [(e.type, e.date, e.date_end) for e in found] == [("report_published", "2009", "2010")]
