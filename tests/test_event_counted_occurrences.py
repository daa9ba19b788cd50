"""A counted occurrence told without an actor's verb (events/undated/counted_occurrences.py, round t-events22):
"There were N <occurrences>" and "N cases of <occurrence> were recorded" are events of the report year
(a count of occurrences of the year, the annotation guidelines); persons and things counted, a count of
another year and a share are not. Sentences of a fictional report (Lorvania, 2021) written for these
tests, one paragraph each.
"""
from __future__ import annotations

import pytest

from .conftest import report_events

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n")

CASES = [
    ("There were 14 deaths in the central prison from various illnesses.",
     [("death_in_custody", "2021", None, "year")]),
    ("There were 12 arrests of journalists during the year.", [("detention_or_arrest", "2021", None, "year")]),
    # the year's first months (fraction_periods.py) date it to the period
    ("There was one conviction for domestic violence during the first six months of the year.",
     [("conviction_or_sentence", "2021-01", "2021-06", "month")]),
    ("In the first quarter of the year, 14 cases of abuse were registered.",
     [("torture_or_abuse", "2021-01", "2021-03", "month")]),
    # persons and things counted, a share: no event
    ("There were 30 registered trade unions.", []),
    ("There were 5,000 refugees in the country at year's end.", []),
    ("There were four women in the cabinet.", []),
    # a count dated to another year is dated.py's (its own year): no record of the report year is added
    ("In 2019 there were 40 deaths in the central prison.", [("death_in_custody", "2019", None, "year")]),
    ("There were 200 arrests, 10 percent more than in the previous year.", []),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, [c[0] for c in CASES], "lorvania-2021")


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_counted_occurrence(extracted, sentence, expected):
    found = [(e.type, e.date, e.date_end, e.precision) for e in extracted if e.evidence.text.strip() == sentence]
    assert found == expected
