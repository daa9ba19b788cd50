"""The same occurrence told again (round t-dates6; docs/EVALUATION.md, settled 2026-12-08, "A sentence
that continues one dated occurrence"): the sentence right after a dated occurrence, of the same type and
naming the same person again (by name or by a personal pronoun), without a date of its own, takes that
occurrence's date, even with a source of its own; another type, no person named again, or the occurrence
told inside a clause of time keep the report year. Paragraphs of a fictional report (Zarnakia, 2011) written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2011 Country Reports on Human Rights Practices: Zarnakia\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n")

RETOLD = [
    # by name, with a source of its own
    ("On March 4, border guards shot and killed Tomas Verel near Lisk.",
     "According to local media, the guards killed Verel as he tried to cross the river.", "2011-03-04"),
    # by pronoun
    ("Police held the two students for 40 days before releasing them on June 12.",
     "Their lawyer said police released them without any explanation.", "2011-06-12"),
]
KEPT = [
    # another type: a later step
    ("On August 2, police detained the journalist Ana Holm in Verna.",
     "Prosecutors charged her with defamation.", "2011"),
    # the same type, no person of the first sentence named again
    ("On June 3, authorities released the activist Ivo Marek.",
     "Authorities released 40 prisoners under an amnesty.", "2011"),
    # the occurrence inside a clause of time: the background of another step
    ("On April 20, police detained the activist Ivo Marek.",
     "After he was detained for several days, police handed him over to the prosecutor.", "2011"),
]


@pytest.mark.parametrize("first,second,date", RETOLD + KEPT)
def test_the_same_occurrence_told_again_takes_its_date(paragraph_events, first, second, date):
    got = paragraph_events(HEADER, [f"{first} {second}"], 2011)
    assert got[second], got
    assert {d for _, d, _ in got[second]} == {date}, got
