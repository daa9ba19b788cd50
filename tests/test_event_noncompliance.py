"""A duty of the state reported as not kept (events/undated/noncompliance.py, round t-events21): "There were
(no) reports the government failed to respect these prohibitions" is an ``other`` event of the year,
alleged or negated (settled 2026-12-06/-08), also when the duty is negated plainly, told in the passive
of what it is kept on, or opened by a counted report. Sentences of a fictional report (Lorvania, 2021)
written for these tests, one paragraph each.
"""
from __future__ import annotations

import pytest

from .conftest import report_events

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 7. Worker Rights\n\n")

CASES = [
    ("There were reports the government did not enforce these standards for seasonal farm workers.",
     [("other", "2021", "alleged")]),
    ("There were no reports these rights were not respected.", [("other", "2021", "negated")]),
    ("There were numerous reports the government did not observe these requirements.",
     [("other", "2021", "alleged")]),
    ("There was at least one report the government failed to respect these prohibitions.",
     [("other", "2021", "alleged")]),
    # the written forms, read before (accusations.py)
    ("There were reports the government failed to respect these prohibitions.", [("other", "2021", "alleged")]),
    # a private party's duty, a duty not reported, a modal fear: no event
    ("There were reports that some employers did not pay the minimum wage.", []),
    ("The law was not enforced in the fishing sector.", []),
    ("Unions feared that the government might not enforce the new standards.", []),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, [c[0] for c in CASES], "lorvania-2021")


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_reported_noncompliance(extracted, sentence, expected):
    found = [(e.type, e.date, e.polarity) for e in extracted if e.evidence.text.strip() == sentence]
    assert found == expected
