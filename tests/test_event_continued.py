"""The settlements of 2026-12-08 on dating and detection (docs/EVALUATION.md, "Settled 2026-12-08"):

* a sentence that continues one dated verdict, indictment or election without a date of its own takes
  that occurrence's date (not "In a separate case, …");
* an election named again without its date ("in the legislative elections") takes the date of the one
  dated election of that name in the report; a name with two dates takes none;
* a class of occurrences that "resulted in deaths" with no actor, no count and no date is no event;
  named parties, a definite episode or a count stay occurrences;
* a detention running "since" a date inside a sentence is a ``detention_or_arrest`` of that date beside
  the sentence's other records ("officials who had been detained since 2017 were released in January").

Paragraphs of a fictional report (Lorvania, 2021) written for these tests.
"""
from __future__ import annotations

import pytest

from .conftest import report_events

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n")

PARAGRAPHS = [
    "On March 12, a court in Port Lerin sentenced four police officers to life imprisonment for the 2019 "
    "death of a detainee. One policeman was sentenced to two years and three others were acquitted.",
    "On July 31, the prosecutor indicted the former mayor of Kesh for embezzlement. He was also charged "
    "with abuse of office.",
    "On May 3, a court convicted the journalist Ana Vesk of defamation. In a separate case, a blogger was "
    "sentenced to one year in prison.",
    "On February 21, the country held a first round of legislative and presidential elections. On March 20, "
    "the president won 92 percent of the vote in a second round election.",
    "A coalition led by the Party for Progress won 118 of 171 seats in the legislative elections. The "
    "opposition party won 25 seats, and the Farmers' Movement won 20 seats.",
    "There were no reports of significant irregularities during the election process.",
    "A special presidential election took place in 2018.",
    "Four candidates, including Ivo Darek, campaigned for president in the presidential election.",
    "Mob violence and vigilantism resulted in deaths and injuries.",
    "Mob violence and vigilantism--which resulted in part from distrust of the police and courts--resulted in deaths.",
    "Interreligious conflict and vigilante violence also resulted in deaths.",
    "Conflict between herders and farmers continued and resulted in deaths.",
    "Conflict involving the army and rebel militias resulted in death and injury of civilians.",
    "The clashes resulted in deaths and injuries.",
    "Ethnic violence in Tessa resulted in 14 deaths.",
    "Appeals resulted in reduced sentences.",
    "Officials who had been detained since 2017 were cleared and released in January.",
    "Two citizens who worked for a foreign embassy have remained in detention without charge since 2019.",
    "In June the government released 17 detainees who had been held without charge since 2018 in Port Lerin.",
    "The ruling party has held power since 1994.",
]

# sentence -> the (type, date) of its events, in order
EXPECTED = {
    "One policeman was sentenced to two years and three others were acquitted.":
        [("conviction_or_sentence", "2021-03-12")],
    "He was also charged with abuse of office.": [("charge", "2021-07-31")],
    "In a separate case, a blogger was sentenced to one year in prison.": [("conviction_or_sentence", "2021")],
    "A coalition led by the Party for Progress won 118 of 171 seats in the legislative elections.":
        [("election_or_referendum", "2021-02-21")],
    "The opposition party won 25 seats, and the Farmers' Movement won 20 seats.":
        [("election_or_referendum", "2021-02-21")],
    # "election" alone names two dated elections (February 21, March 20): no date of its own
    "There were no reports of significant irregularities during the election process.": [("other", "2021")],
    # "presidential election" names two dated elections (February 21, 2018): none of them
    "Four candidates, including Ivo Darek, campaigned for president in the presidential election.": [("other", "2021")],
    "Mob violence and vigilantism resulted in deaths and injuries.": [],
    "Mob violence and vigilantism--which resulted in part from distrust of the police and courts--resulted in "
    "deaths.": [],
    "Interreligious conflict and vigilante violence also resulted in deaths.": [],
    "Conflict between herders and farmers continued and resulted in deaths.": [("killing", "2021")],
    "Conflict involving the army and rebel militias resulted in death and injury of civilians.": [("killing", "2021")],
    "The clashes resulted in deaths and injuries.": [("killing", "2021")],
    "Ethnic violence in Tessa resulted in 14 deaths.": [("killing", "2021")],
    # casualties only: another outcome is not this settlement's
    "Appeals resulted in reduced sentences.": [("conviction_or_sentence", "2021")],
    "Officials who had been detained since 2017 were cleared and released in January.":
        [("release", "2021-01"), ("detention_or_arrest", "2017")],
    "Two citizens who worked for a foreign embassy have remained in detention without charge since 2019.":
        [("detention_or_arrest", "2019")],
    "In June the government released 17 detainees who had been held without charge since 2018 in Port Lerin.":
        [("release", "2021-06"), ("detention_or_arrest", "2018")],
    "The ruling party has held power since 1994.": [],
}


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, PARAGRAPHS, "lorvania-2021", rules=False)


@pytest.mark.parametrize("sentence", list(EXPECTED), ids=[s[:40] for s in EXPECTED])
def test_settled_dating_and_detection(extracted, sentence):
    found = [(e.type, e.date) for e in extracted if e.evidence.text.strip() == sentence]
    assert found == EXPECTED[sentence]


def test_a_negation_takes_no_date_from_the_paragraph_episode(extracted):
    """Only an episode it names dates a negation; the verdicts of March 12 date nothing negated."""
    assert all(e.date == "2021" for e in extracted if e.polarity == "negated")


OTHER_PARAGRAPHS = [
    "Security forces were responsible for extrajudicial killings.",
    "Militia attacks resulted in numerous deaths during the year.",
    "Despite lacking the right to strike, dock workers nevertheless went on strike.",
    "On March 8, voters elected a new parliament in the legislative elections. Members of the security "
    "forces committed numerous abuses, particularly during the elections.",
]


@pytest.fixture(scope="module")
def others(nlp):
    from rightsledger.extract.annotate import annotate
    from rightsledger.extract.events import extract_events
    from rightsledger.records import Document
    from rightsledger.structure import outline

    text = HEADER + "\n\n".join(OTHER_PARAGRAPHS) + "\n"
    doc = Document("lorvania-2021", "Lorvania", None, None, 2021, "", "txt", "", len(text))
    return extract_events(annotate(text, doc, outline(text, doc.id), nlp), [])


@pytest.mark.parametrize("sentence,type_,date", [
    # an actor named, or the year: occurrences (misfires of a first version on dev)
    ("Security forces were responsible for extrajudicial killings.", "killing", "2021"),
    ("Militia attacks resulted in numerous deaths during the year.", "killing", "2021"),
    ("Despite lacking the right to strike, dock workers nevertheless went on strike.", "strike", "2021"),
    # a period singled out of the year is no frame that dates the clause
    ("Members of the security forces committed numerous abuses, particularly during the elections.",
     "torture_or_abuse", "2021"),
])
def test_actors_and_singled_out_periods(others, sentence, type_, date):
    assert [(e.type, e.date) for e in others if e.evidence.text.strip() == sentence] == [(type_, date)]
