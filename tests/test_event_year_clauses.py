"""Two clause shapes that tell an occurrence of the report year beside something that is none (issue 14,
round t-events13), sentences of a fictional report (Lorvania, 2021) written for these tests:

- an act completed "by year's end" (``asof.done_by_year_end``): "By year's end, all 14 protesters had
  been released" is a release of the year, as a count to an as-of date is; a state ("remained pending at
  year's end", "had 40 members by year's end") stays none, a negated step stays negated;
- a coordinated second clause with its own subject placed "during the year" (``conjuncts.year_conjunct``):
  "The ministry permitted the Red Cross to visit prisons, and the Red Cross conducted such visits during
  the year" is an occurrence of the year (``other``), even after a first clause that is a permission or a
  habit; without its own time, with a habit, modal or frequency of its own, or a quantified subject, none.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n")

DONE_BY = {
    "By year's end, all 14 protesters had been released.": [("release", "2021", "asserted")],
    "Sara Mendel was released by year's end.": [("release", "2021", "asserted")],
    "By year's end more than 20 guards implicated in the beating were arrested and charged.":
        [("detention_or_arrest", "2021", "asserted")],
    "By year's end no guard had been charged.": [("charge", "2021", "negated")],
    "The case remained pending at year's end.": [],
    "By year's end the commission had 40 members.": [],
}
CONJUNCTS = {
    "Authorities generally granted human rights groups access to prisons, and these groups conducted "
    "visits during the year.": [("other", "2021", "asserted")],
    "A bail procedure existed in the code, but judges did not invoke it during the year.":
        [("other", "2021", "negated")],
    "The ministry permitted the Red Cross to visit prisons, and the Red Cross conducted such visits "
    "during the year.": [("other", "2021", "asserted")],
    "The ministry permitted the Red Cross to visit detention centers, and the Red Cross regularly "
    "conducted such visits during the year.": [],
    "The ministry permitted the Red Cross to visit police cells, and the Red Cross conducted regular "
    "visits during the year.": [],
    "The ministry permitted the Red Cross to visit juvenile centers, and some groups conducted visits "
    "during the year.": [],
    "The ministry permitted the Red Cross to visit military prisons, and the Red Cross conducted such "
    "visits.": [],
    "The ministry permits the Red Cross to visit shelters, and the Red Cross may conduct such visits "
    "during the year.": [],
}

@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, [*DONE_BY, *CONJUNCTS], 2021)


@pytest.mark.parametrize("sentence", DONE_BY)
def test_an_act_done_by_year_end_is_an_event_of_the_year(extracted, sentence):
    assert extracted[sentence] == DONE_BY[sentence]


@pytest.mark.parametrize("sentence", CONJUNCTS)
def test_a_second_clause_placed_in_the_year_is_an_event(extracted, sentence):
    assert extracted[sentence] == CONJUNCTS[sentence]

