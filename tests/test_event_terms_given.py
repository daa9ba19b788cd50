"""Round t-pen3 (issue 14): a court's term given to a person is a conviction of the year.

"Ousmane was given a six-month suspended sentence for …" (no other verb of the court) was no event:
the conviction noun is the object of "give", which no list read, while "received a one-year prison
sentence" is read (``outcome_verbs``). A conviction noun as the object of ``giving_verbs`` in the simple
past, without negation or habit, is now an occurrence of the types ``given_types`` (``undated/happened.py``),
and the penalty reader gives its term. Not: amnesty or asylum given (not read by this rule), a practice
("Courts often gave offenders light sentences"), a negation.

Paragraphs of a fictional report (Lorvania, 2021) written for these tests.
"""
from __future__ import annotations

import pytest

from rightsledger.extract.event_terms import attach_penalties

from .conftest import report_events

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 2. Respect for Civil Liberties\n\n")

GIVEN = [
    "Blogger Odo Varn was given a six-month suspended sentence for insulting the president.",
    "The Kesh court gave editor Lia Dorn a two-year prison sentence for defamation.",
    "Activist Pel Saro was handed a three-year sentence for organizing a march.",
]
NOT_GIVEN = [
    "Courts often gave offenders light sentences.",
    "Tam Orel was not given a sentence because the judge fell ill.",
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, GIVEN + NOT_GIVEN, "lorvania-2021")


def _of(events, sentence):
    return [e for e in events if e.evidence.text.strip() == sentence]


@pytest.mark.parametrize("sentence", GIVEN)
def test_a_term_given_is_a_conviction(extracted, sentence):
    events = _of(extracted, sentence)
    assert [(e.type, e.date) for e in events] == [("conviction_or_sentence", "2021")]


@pytest.mark.parametrize("sentence", NOT_GIVEN)
def test_a_practice_or_a_negation_is_no_conviction(extracted, sentence):
    assert not [e for e in _of(extracted, sentence)
                if e.type == "conviction_or_sentence" and e.polarity == "asserted"]


def test_the_given_term_is_the_penalty(nlp):
    from rightsledger.extract.annotate import annotate
    from rightsledger.records import Document
    from rightsledger.structure import outline

    text = HEADER + GIVEN[0] + "\n"
    doc = Document("lorvania-2021", "Lorvania", None, None, 2021, "", "txt", "", len(text))
    ann = annotate(text, doc, outline(text, doc.id), nlp)
    events = attach_penalties(ann, report_events(nlp, HEADER, [GIVEN[0]], "lorvania-2021"))
    pen = events[0].penalty
    assert (pen.kind, pen.value, pen.unit) == ("prison", 6, "months")
