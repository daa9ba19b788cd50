"""A sentence opened by a frame of generality — "In many cases", "In most cases", "In many districts" —
tells what is usually done, no occurrence of the report year (issue 14, round t-events83; DESIGN and
docs/EVALUATION.md read a practice as habitual, no event). The dev gold records none of the 27 undated
sentences so opened (the round's record). The frame gives way to a date, to "during the year", and to a
counted or named object; "In some cases" is no such frame (the dev gold keeps its acts as summary
statements of the year). Sentences of a fictional report (Lorvania, 2021) written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n"
          "Arbitrary Arrest or Detention\n\n")

NONE = [
    # frames of generality on an undated act: a practice
    "In many cases police detained street vendors without a warrant.",
    "In most cases, guards beat newly arrived inmates.",
    "In many districts militia members threatened local journalists.",
    "In most cases, however, soldiers arrested the strike leaders.",
]

KEPT = {
    # a date keeps the occurrence
    "In many cases police detained street vendors on May 3.": [("detention_or_arrest", "2021-05-03", "asserted")],
    # "during the year" places the act in the year
    "In many cases police detained street vendors during the year.": [("detention_or_arrest", "2021", "asserted")],
    # a counted object is a particular occurrence
    "In many cases police detained 40 street vendors.": [("detention_or_arrest", "2021", "asserted")],
    # "In some cases" is a summary statement of the year (the dev gold's reading)
    "In some cases police detained street vendors without a warrant.": [("detention_or_arrest", "2021", "asserted")],
}


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, NONE + list(KEPT), 2021)


@pytest.mark.parametrize("sentence", NONE)
def test_a_frame_of_generality_tells_a_practice(extracted, sentence):
    assert extracted[sentence] == []


@pytest.mark.parametrize("sentence", list(KEPT))
def test_a_date_a_year_or_a_count_keeps_the_occurrence(extracted, sentence):
    assert extracted[sentence] == KEPT[sentence]
