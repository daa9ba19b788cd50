"""The same occurrence told again, the person named again by a name the model tags otherwise the second
time (round t-dates3; docs/EVALUATION.md, settled 2026-12-08, "A sentence that continues one dated
occurrence"; the tie is ``episodes._retold``, round t-dates6): a surname the episode's sentence tagged
as a person's name is the same person in the next sentence whatever tag the model gives it there
(none, or an organization's). Another type, another name, or a later sentence keep the report year.
Paragraphs of a fictional report (Zarnakia, 2011) written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2011 Country Reports on Human Rights Practices: Zarnakia\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n")

RETOLD = [
    # the surname alone, left untagged the second time
    ("On April 2, soldiers killed Mirel Audo near Lisk.",
     "According to local media, soldiers shot and killed Audo and wounded two other farmers near the river.",
     "2011-04-02"),
    # the surname alone, tagged an organization's the second time
    ("On June 11, guards killed Tamsin Orrel at Kessa Prison.",
     "According to the family, guards shot and killed Orrel and wounded two other inmates.", "2011-06-11"),
]
KEPT = [
    # the same person, another type: a later step
    ("On April 2, soldiers killed Mirel Audo near Lisk.",
     "Prosecutors charged Audo's brother with theft.", "2011"),
    # the same type, another person
    ("On June 11, guards killed Tamsin Orrel at Kessa Prison.",
     "According to the family, guards shot and killed Vessa and wounded two other inmates.", "2011"),
]


@pytest.mark.parametrize("first,second,date", RETOLD + KEPT, ids=[c[1][:40] for c in RETOLD + KEPT])
def test_a_name_tagged_otherwise_is_the_same_person(paragraph_events, first, second, date):
    got = paragraph_events(HEADER, [f"{first} {second}"], 2011)
    assert got[second], got
    assert {d for _, d, _ in got[second]} == {date}, got


def test_a_later_sentence_keeps_the_report_year(paragraph_events):
    first = "On April 2, soldiers killed Mirel Audo near Lisk."
    middle = "His family asked the governor for an inquiry."
    last = "According to local media, soldiers shot and killed Audo near the river."
    got = paragraph_events(HEADER, [f"{first} {middle} {last}"], 2011)
    assert got[last], got
    assert {d for _, d, _ in got[last]} == {"2011"}, got
