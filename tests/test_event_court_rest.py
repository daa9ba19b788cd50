"""The rest of one dated court decision, typed otherwise, in the next sentence (round t-dates2;
docs/EVALUATION.md "Dating by episode", the rest of one dated verdict): after a dated sentence naming a
court, the next sentence without a date or source of its own takes the decision's date when its record is
the court's own act (the court named again as subject) or a judicial step with "it" as subject or "also"
on its verb. A step told as later, another case, another subject without "also", or a later sentence keep
the report year. Paragraphs of a fictional report (Lorvania, 2021) written for these tests.
"""
from __future__ import annotations

import pytest

from .conftest import dates_of, report_events

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n")

PARAGRAPHS = [
    # a decision handed down, then its acquittals told with "it"
    "On May 5, the Vel Military Court handed down its decision in the trial of 20 soldiers for crimes "
    "committed in Tarn. Of the 20 soldiers, it acquitted all four officers of command responsibility.",
    # a court's refusal, then the same court named again
    "On October 13, a court rejected a defamation suit brought by the state broadcaster against an "
    "opposition senator. The court also denied the broadcaster's request for an injunction against the "
    "senator.",
    # an indictment confirmed, then more charges with "also"
    "On July 31, the High Court in Siva confirmed the indictment of 14 persons suspected of the shooting "
    "of a journalist. The group was also charged with creating a criminal organization.",
    # a later step: the report year
    "On March 3, a court in Vel convicted a police officer of assault. The court later acquitted a "
    "second officer of assault.",
    # another subject, no "also": the report year
    "On June 9, a court in Port Lerin convicted two guards of abuse. Prosecutors charged a third guard "
    "with negligence.",
    # a later sentence, not the next: the report year
    "On April 8, a tribunal in Kessa heard the case of a dismissed judge. Her lawyer asked for a delay. "
    "The tribunal acquitted the judge of misconduct.",
]

EXPECTED = [
    ("Of the 20 soldiers, it acquitted all four officers of command responsibility.", "2021-05-05", "day"),
    ("The court also denied the broadcaster's request for an injunction against the senator.",
     "2021-10-13", "day"),
    ("The group was also charged with creating a criminal organization.", "2021-07-31", "day"),
    ("The court later acquitted a second officer of assault.", "2021", "year"),
    ("Prosecutors charged a third guard with negligence.", "2021", "year"),
    ("The tribunal acquitted the judge of misconduct.", "2021", "year"),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, PARAGRAPHS, "lorvania-2021", rules=False)


@pytest.mark.parametrize("sentence,date,precision", EXPECTED, ids=[e[0][:40] for e in EXPECTED])
def test_court_rest(extracted, sentence, date, precision):
    assert dates_of(extracted, sentence) == {(date, precision)}


def test_court_again(nlp):
    from rightsledger.extract.events.dating.court_rest import court_rest

    words = frozenset({"court", "reject", "suit"})
    court = nlp("The court also denied the request.")
    assert court_rest(court[:], next(t for t in court if t.lower_ == "denied"), "other", words)
    other = nlp("Prosecutors denied the request.")
    assert not court_rest(other[:], next(t for t in other if t.lower_ == "denied"), "other", words)
    no_court = nlp("The court also denied the request.")
    assert not court_rest(no_court[:], next(t for t in no_court if t.lower_ == "denied"), "other",
                          frozenset({"police", "arrest"}))
