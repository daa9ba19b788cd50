"""A date on a verb of state whose own clause tells no occurrence dates the occurrence a clause under it
tells (round t-dates8; five dev reports): "On May 31, guards held four prisoners in a cell where they
died" is a death of May 31, not a statistic of May 31 and a death of the year. Sentences of a fictional
report (Zarnakia, 2011) written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2011 Country Reports on Human Rights Practices: Zarnakia\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n")

CASES = [
    ("On June 4, guards in Verna prison held six detainees in a small cell where two of them died of heat.",
     "death_in_custody", "2011-06-04"),
    ("In March there was a report that soldiers killed three herders near the border.", "killing", "2011-03"),
    ("Units of the army acted without orders, most notably on August 2, when soldiers attacked a market.",
     "attack_or_threat", "2011-08-02"),
]


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, [c[0] for c in CASES], 2011)


@pytest.mark.parametrize("sentence, type_, date", CASES, ids=[c[0][:30] for c in CASES])
def test_the_clause_under_a_dated_verb_of_state_takes_the_date(extracted, sentence, type_, date):
    assert (type_, date) in {(t, d) for t, d, _ in extracted[sentence]}, extracted[sentence]


def test_a_statistic_keeps_no_date(paragraph_events):
    s = "In 2010 the wage gap between men and women was 25 percent."
    assert all(d != "2010" for _, d, _ in paragraph_events(HEADER, [s], 2011)[s])
