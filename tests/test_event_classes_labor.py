"""Classes of event errors outside Section 1 (issue 14): labor, discrimination, NGOs, elections
and courts in Sections 3-7 — which sentences are occurrences and of which type, on sentences
of a fictional report (Zarnakia, 2011) written for these tests.

Each case is one paragraph of its own, so that no date or episode carries over between them.
"""
from __future__ import annotations

import pytest

from .test_event_classes import check_case, events_of_cases

pytestmark = pytest.mark.model

HEADER = ("2011 Country Reports on Human Rights Practices: Zarnakia\n\n"
          "Section 7. Worker Rights\n\n")

# (sentence, expected type or None for "no event", expected date, expected polarity)
CASES = [
    # "tried to" is an attempt, not a trial; "charged that" is a claim, not a charge
    ("Some companies tried to avoid payments to injured workers.", None, None, None),
    ("Critics charged that the union federation was too close to the government.", None, None, None),
    ("The labor inspectorate was charged with investigating allegations of child labor.", None, None, None),
    ("The government created an electoral commission that was charged with setting a new date for elections; "
     "however, the commission had not set the date by year's end.", "other", "2011", "negated"),  # a step not
    # taken (settled 2026-12-06), not a charge
    # natural deaths, accidents and deaths "annually" are no killings
    ("Most victims of stigma were women whose families abandoned them after their husbands died of AIDS.",
     None, None, None),
    ("According to UN estimates, there were 9,000 maternal deaths in 2010.", None, None, None),
    ("In 2010 there were 820 labor accidents that caused the death or serious injury of workers.",
     None, None, None),
    ("NGOs estimated that more than 300 women died annually as a result of domestic violence.", None, None, None),
    ("The prisoner died of natural causes in March.", "death_in_custody", "2011-03", "asserted"),
    ("There were reports that at least one POW died of disease during the year.", "death_in_custody", "2011",
     "alleged"),
    ("Landmine explosions caused several deaths and injuries during the year.", "killing", "2011", "asserted"),
    ("On May 3, police beat a striking miner to death in Verna.", "killing", "2011-05-03", "asserted"),
    # plans and rules: a date under "would", "must" or "scheduled to" dates no occurrence
    ("By law the commission must hold the presidential elections by the end of 2013.", None, None, None),
    ("Members of the military were scheduled to vote on April 8, nomads on April 9, and civilians on April 10.",
     None, None, None),
    # a law takes effect; a vote of no confidence is no election
    ("The penal code revision that took effect in February criminalizes discrimination based on ethnicity.",
     "law_or_decree", "2011-02", "asserted"),
    ("The revised labor code came into force on July 1.", "law_or_decree", "2011-07-01", "asserted"),
    ("In October the assembly passed a vote of no confidence in the government.", "other", "2011-10", "asserted"),
    # monitoring rights or a sector is no surveillance, and no occurrence either: a standing function on
    # rights in general (the dev gold: no event in 2001 Somalia and 2017 Azerbaijan; settled 2026-12-11,
    # round t-conv13); questions are no occurrences
    ("The Verna Human Rights Committee monitored human rights in the northern provinces.", None, None, None),
    ("It was not known whether the government fined any businesses for using child labor.", None, None, None),
    ("Observers did not know whether the government had released the 40 detained students.", None, None, None),
    ("The government acknowledged that at times members of the security forces used excessive force when "
     "apprehending individuals.", None, None, None),
    ("The minister banned opposition rallies scheduled for August 6 and 7 in advance of the August 8 "
     "inauguration of the president.", "election_or_referendum", "2011-08-08", "asserted"),
    ("In May the Kassa Mining Company threatened to fire workers if they joined the strike.",
     "attack_or_threat", "2011-05", "asserted"),
    # closing an association is a registration decision; a court revoking a ruling judges the ruling
    ("On June 6, the appeals court revoked an April 11 ruling of the economic court to close down the "
     "Verna Oil Workers' Union.", "registration_decision", "2011-06-06", "asserted"),
    # force used against persons is an attack; used with deaths as its outcome, a killing
    ("In 2010 the Verna clan used force against the Digil clan in Lower Kassa.", "attack_or_threat", "2010",
     "asserted"),
    ("Police used lethal force against striking workers in Kassa, leading to at least six deaths.", "killing",
     "2011", "asserted"),
    # an occurrence during a dated episode takes the episode's date
    ("During the January teachers' strike, a union representative was removed from his position as "
     "director of studies.", "dismissal", "2011-01", "asserted"),
    ("The police arrested six individuals in the April 15 mob killing of a Kestrian trader.",
     "detention_or_arrest", "2011", "asserted"),
    # convictions won, registrations that took place during the year, a dated forum are occurrences;
    # a state at year's end after a semicolon is another clause
    ("In the six trafficking cases prosecuted during the year, the government won two convictions.",
     "conviction_or_sentence", "2011", "asserted"),
    ("Registration of political parties took place during the year, and by year's end there were "
     "approximately 20 registered parties.", "registration_decision", "2011", "asserted"),
    ("On October 27-28, the government held a human rights forum in Verna.", "other", "2011-10-27", "asserted"),
    ("Former labor minister Ivo Darek was acquitted on a technicality; however, the case was under review "
     "by the Supreme Court at year's end.", "acquittal", "2011", "asserted"),
    ("In 2010 the ruling party held 60 percent of the seats.", None, None, None),
    # a released draft frees no one; a trigger word in a body's name or in a planned occurrence types nothing
    ("During the summer, the draft constitution was released publicly.", "other", "2011", "asserted"),
    ("In June authorities released 40 detained students.", "release", "2011-06", "asserted"),
    ("In August the National Elections Commission publicized its schedule for the conduct of national "
     "elections scheduled for October 2012.", "other", "2011-08", "asserted"),
    ("In May the Bureau of Immigration and Naturalization dismissed six officers for collusion.", "dismissal",
     "2011-05", "asserted"),
    # charges brought are charges; approving a draft or nominees is no law, approving a plan is
    ("During the year criminal defamation charges were brought against editors of several news outlets that "
     "had published articles on corruption.", "charge", "2011", "asserted"),
    ("On November 15, the Cabinet approved an amended version of the constitution draft.", "other", "2011-11-15",
     "asserted"),
    ("In March the Senate approved the nominees for the electoral commission.", "other", "2011-03", "asserted"),
    ("In August the Council of Ministers approved a national action plan for the eradication of child labor.",
     "other", "2011-08", "asserted"),                # a plan is no law (EVALUATION.md)
    ("In May parliament approved amendments to the labor code.", "law_or_decree", "2011-05", "asserted"),
    # "treat" is no "try"; an occurrence dated two years after the report's year is a plan
    ("In establishing security mechanisms, government authorities did not treat refugees differently than "
     "citizens.", None, None, None),
    ("Journalists said the seizure of the outlets would limit independent journalism leading up to national "
     "elections in 2013.", None, None, None),
    # a dated percentage without a trigger is a statistic
    ("In 2009, according to UNICEF, 19 percent of all girls were married by age 15.", None, None, None),
    ("The ombudsperson stated in November that 80 percent of the complaints had been dropped.", "other",
     "2011-11", "asserted"),
    ("An estimated 20 percent of children worked in the informal sector, according to a study published in 2005.",
     "report_published", "2005", "asserted"),
    ("On June 6, the government additionally charged the activist Ivo Darek with organizing mass unrest.",
     "charge", "2011-06-06", "asserted"),
    # "There were no reports of …" negates whatever it covers, however deep (a restriction of work and
    # the strikes one is punished for are of type other: the 2016 Chad gold, round t-types2)
    ("There were no reports of restrictions on collective bargaining or punishment of workers for "
     "participating in illegal strikes.", "other", "2011", "negated"),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return events_of_cases(nlp, HEADER, CASES)


@pytest.mark.parametrize("sentence,type_,date,polarity", CASES, ids=[c[0][:40] for c in CASES])
def test_event_class_outside_section_1(extracted, sentence, type_, date, polarity):
    check_case(extracted, sentence, type_, date, polarity)


def test_the_trigger_words_of_the_classes(nlp):
    """The trigger of each class, word by word: 'tried to' and 'charged that' trigger nothing, 'died
    of AIDS' nothing, 'took effect' a law, 'used force' an attack."""
    from rightsledger.extract.events.types.triggers import trigger_type

    for text, found in [
        ("Some companies tried to avoid payments.", []),
        ("The court tried him in absentia in May.", [("tried", "trial")]),
        ("Critics charged that the federation was biased.", []),
        ("Prosecutors charged him with fraud.", [("charged", "charge")]),
        ("Her husband died of AIDS.", []),
        ("The decree took effect in March.", [("decree", "law_or_decree"), ("took", "law_or_decree")]),
        ("The clan used force against its rivals.", [("used", "attack_or_threat")]),
        ("The clan used the river for irrigation.", []),
    ]:
        assert [(t.text, trigger_type(t)) for t in nlp(text) if trigger_type(t)] == found, text
