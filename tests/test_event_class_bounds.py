"""A date after "before"/"after" in a participle or relative clause on a noun in general bounds a class
and dates no occurrence (issue 14, round t-events26; ``events/dating/class_bounds.py``): "offices built before
1998", "children born before March 2015". A taxonomy act so bounded ("Protesters arrested after May 3")
and a date of a particular noun keep their event. Sentences of a fictional report (Lorvania, 2021)
written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 6. Discrimination and Societal Abuses\n\n")

BOUNDS = [
    "Many public offices built before 1998 remained closed to wheelchair users.",
    "Children born before March 2015 to foreign seasonal workers become eligible for citizenship only at age 18.",
    "Apartment blocks completed after 2004 generally met the accessibility standard, but older ones did not.",
    "The agency reported that refugees who entered the country before June 30, 2012, could apply for residence.",
]
EVENTS = {
    "Protesters arrested after May 3 were released on bail.": "detention_or_arrest",
    "The apartment block completed after the 2004 earthquake collapsed in March.": "other",
}


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, BOUNDS + list(EVENTS), 2021)


@pytest.mark.parametrize("sentence", BOUNDS)
def test_a_class_bound_dates_no_event(extracted, sentence):
    assert extracted[sentence] == []


@pytest.mark.parametrize("sentence", EVENTS)
def test_an_act_or_a_particular_noun_keeps_its_date(extracted, sentence):
    assert [t[0] for t in extracted[sentence]] == [EVENTS[sentence]]
