"""Dating by episode (issue 14, item 6; docs/EVALUATION.md): an undated occurrence narrated as
part of a dated episode of its paragraph takes the episode's date; later steps of another kind,
aggregates with a source of their own and summaries of several episodes keep the report year.
Paragraphs of a fictional report (Zarnakia, 2011) written for these tests.
"""
from __future__ import annotations

import pytest

from .conftest import report_events

pytestmark = pytest.mark.model

HEADER = ("2011 Country Reports on Human Rights Practices: Zarnakia\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n")

PARAGRAPHS = [
    "On April 3, police fired on an opposition rally in Verna. One demonstrator was killed, and 27 were "
    "injured. Subsequent clashes led to 25 deaths.",
    "On July 19, soldiers attacked the home of President Ivo Darek. The president escaped unhurt, but three "
    "members of his guard were killed. Eight persons were arrested in connection with the attack and were "
    "awaiting trial at year's end.",
    "On February 26, a mob attacked a police officer in Lisk. The officer died of his injuries. The government "
    "stated that 14 persons died in the riots.",
    "During the January protests security forces detained approximately 10,000 persons.",
    "In May the court convicted the former minister Ana Holm of embezzlement. The court also sentenced her "
    "deputy to death in the same trial.",
    "Police dispersed a march on June 5. Most of the marchers were released within a few days.",
    "On September 27, police dispersed a rally in Verna. The government's use of excessive force at both "
    "events resulted in several deaths.",
    "On January 7, police detained the activist Ivo Marek. He said he was beaten by police officers during "
    "subsequent interrogations.",
    # the episode named again without its date, in a frame of the clause
    "On March 2 through 4, armed groups turned peaceful protests in Dorva into riots. During the police "
    "response to the violence, officers detained approximately 800 persons.",
    "Observers criticized the government's handling of the March unrest in Dorva.",
    "Local media reported that two reporters were beaten during the unrest.",
    "Police beat several detainees during the year.",
    "On May 9 through 11, criminal gangs incited to violence peaceful marches in several towns. During the "
    "government's response to the violence, police detained approximately 300 persons.",
    # a report published on a day is no episode that "the operation" names again
    "On November 17, the NGO Lisk Watch published a report on a police operation against gangs in Verna. "
    "The police inspectorate arrested 12 officers for misconduct during the operation.",
]

# (sentence, type, date, precision)
EXPECTED = [
    ("One demonstrator was killed, and 27 were injured.", "killing", "2011-04-03", "day"),
    ("Subsequent clashes led to 25 deaths.", "killing", "2011-04-03", "day"),
    ("The president escaped unhurt, but three members of his guard were killed.", "killing", "2011-07-19", "day"),
    ("Eight persons were arrested in connection with the attack and were awaiting trial at year's end.",
     "detention_or_arrest", "2011", "year"),
    ("The officer died of his injuries.", "killing", "2011-02-26", "day"),
    ("The government stated that 14 persons died in the riots.", "killing", "2011", "year"),
    ("During the January protests security forces detained approximately 10,000 persons.",
     "detention_or_arrest", "2011-01", "month"),
    ("The court also sentenced her deputy to death in the same trial.", "conviction_or_sentence", "2011-05",
     "month"),
    ("Most of the marchers were released within a few days.", "release", "2011", "year"),
    ("The government's use of excessive force at both events resulted in several deaths.", "killing", "2011",
     "year"),
    ("He said he was beaten by police officers during subsequent interrogations.", "torture_or_abuse", "2011",
     "year"),
    ("During the police response to the violence, officers detained approximately 800 persons.",
     "detention_or_arrest", "2011-03-02", "day"),
    # the report named "the March unrest" earlier: a later "during the unrest" takes its date
    ("Local media reported that two reporters were beaten during the unrest.", "torture_or_abuse", "2011-03",
     "month"),
    ("Police beat several detainees during the year.", "torture_or_abuse", "2011", "year"),
    ("During the government's response to the violence, police detained approximately 300 persons.",
     "detention_or_arrest", "2011-05-09", "day"),
    ("The police inspectorate arrested 12 officers for misconduct during the operation.", "detention_or_arrest",
     "2011", "year"),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, PARAGRAPHS, "zarnakia-2011", rules=False)


@pytest.mark.parametrize("sentence,type_,date,precision", EXPECTED, ids=[e[0][:40] for e in EXPECTED])
def test_dated_by_episode(extracted, sentence, type_, date, precision):
    found = [e for e in extracted if e.evidence.text.strip() == sentence]
    assert found, "no event"
    assert (found[0].type, found[0].date, found[0].precision) == (type_, date, precision)


def test_no_episode_across_paragraphs(extracted):
    """A paragraph's episode never dates the next paragraph's sentences."""
    first = [e for e in extracted if e.evidence.text.startswith("During the January protests")]
    assert [e.date for e in first] == ["2011-01"]


def test_an_untyped_sentence_of_the_same_day_keeps_the_episode_violent():
    """"On October 31, a militia attacked …  That evening, protesters confronted miners (untyped).
    Police used tear gas …": the same day's episode is still a violent one (round t-events6)."""
    paragraph = ("On October 31, a militia attacked doctors protesting outside the hospital in Verna. That "
                 "evening, young protesters tried to enter the main square, where they confronted hundreds of "
                 "miners. Police used tear gas and water cannons to disperse the crowd.")
    from rightsledger.extract.annotate import annotate, load_nlp
    from rightsledger.extract.events import extract_events
    from rightsledger.records import Document
    from rightsledger.structure import outline

    text = HEADER + paragraph + "\n"
    doc = Document("zarnakia-2011", "Zarnakia", None, None, 2011, "", "txt", "", len(text))
    events = extract_events(annotate(text, doc, outline(text, doc.id), load_nlp()), [])
    last = [e for e in events if e.evidence.text.startswith("Police used tear gas")]
    assert [(e.date, e.precision) for e in last] == [("2011-10-31", "day")]
