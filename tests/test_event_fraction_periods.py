"""The year's first months as a period (events/dating/fraction_periods.py, round t-events21): a count over "the
first nine months of the year" is an event of that period (settled 2026-12-06, "a count over a stated
period"), January to the period's last month; a negated record keeps the year. Sentences of a fictional
report (Lorvania, 2021) written for these tests, one paragraph each.
"""
from __future__ import annotations

import pytest

from .conftest import report_events

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 6. Discrimination and Societal Abuses\n\n")

CASES = [
    ("During the first nine months of the year, courts released four women accused of theft for lack of "
     "evidence.", [("release", "2021-01", "2021-09", "month")]),
    ("In the first half of the year, police arrested 14 traffickers in the port of Dornet.",
     [("detention_or_arrest", "2021-01", "2021-06", "month")]),
    # negated: the year (the annotation guidelines)
    ("There were no reports of attacks on journalists in the first nine months of the year.",
     [("attack_or_threat", "2021", None, "year")]),
    ("No arrests or convictions occurred during the first nine months of the year.",
     [("detention_or_arrest", "2021", None, "year")]),
    # a comparison names no period of the record
    ("Police arrested 40 traffickers, twice as many as compared with the first half of the year.",
     [("detention_or_arrest", "2021", None, "year")]),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, [c[0] for c in CASES], "lorvania-2021")


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_first_months(extracted, sentence, expected):
    found = [(e.type, e.date, e.date_end, e.precision) for e in extracted if e.evidence.text.strip() == sentence]
    assert found == expected
