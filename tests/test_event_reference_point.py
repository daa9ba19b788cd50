"""A month-labelled noun used as a reference point (settled 2026-12-12, docs/EVALUATION.md): "after the
July ceasefire", "following the March 3 election", "prior to the September elections" name an occurrence
of that month, typed by the noun; the clause keeps its own date. Sentences of a fictional report
(Zarnakia, 2011) written for these tests.
"""
from __future__ import annotations

import pytest

from .conftest import report_events

pytestmark = pytest.mark.model

HEADER = ("2011 Country Reports on Human Rights Practices: Zarnakia\n\n"
          "Section 2. Respect for Civil Liberties\n\n")

PARAGRAPHS = [
    "Approximately half of the displaced returned home after the July ceasefire.",
    "Following the March 3 presidential election, there were reports of arrests of opposition members.",
    "Prior to the September elections, an opposition activist was beaten in Verna.",
    "A May inspection of the mines found 30 safety violations.",
]

EXPECTED = [
    ("Approximately half of the displaced returned home after the July ceasefire.",
     {("other", "2011-07", "month")}),
    ("Following the March 3 presidential election, there were reports of arrests of opposition members.",
     {("election_or_referendum", "2011-03-03", "day")}),
    ("Prior to the September elections, an opposition activist was beaten in Verna.",
     {("election_or_referendum", "2011-09", "month"), ("torture_or_abuse", "2011", "year")}),
    # the noun as subject of its clause: the t-dates7 reading, the clause dated by the month
    ("A May inspection of the mines found 30 safety violations.", {("other", "2011-05", "month")}),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, PARAGRAPHS, "zarnakia-2011", rules=False)


@pytest.mark.parametrize("sentence,expected", EXPECTED, ids=[e[0][:40] for e in EXPECTED])
def test_reference_point(extracted, sentence, expected):
    found = {(e.type, e.date, e.precision) for e in extracted if e.evidence.text.strip() == sentence}
    assert found == expected
