"""Steps put off: what the base reads and keeps (issue 14, round t-events82). The round put "postpone",
"reschedule" and "delay" in the `other` row of ``verb_triggers`` with guards, measured it and reverted it (two false
records on the held-out reports beyond the one allowed); these are the cases of its tests whose answer is the base's:
a postponement the base already records, and the readings of those verbs that tell no act of the year (a cause's
effect, a practice, a relative clause, a habit). Sentences of a fictional report (Lorvania, 2021) written for these
tests, typed by the rules alone.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 2. Respect for Civil Liberties\n\n"
          "b. Freedoms of Peaceful Assembly and Association\n\n")

CASES = [
    # an occurrence on the base code
    ("The commemoration planned by the Dornet teachers was postponed at the request of their union.",
     [("other", "2021", "asserted")]),
    # none: a cause's effect, a practice, a relative clause, a habit
    ("The shortage of magistrates delayed the proceedings.", []),
    ("Some hearings were delayed beyond the legal limit.", []),
    ("Hearings in the capital were repeatedly postponed.", []),
    ("Applicants complained about clerks who delayed the paperwork.", []),
    ("Court officials often delayed hearings without explanation.", []),
]


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, [c[0] for c in CASES], 2021)


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_deferral(extracted, sentence, expected):
    found = extracted[sentence]
    assert found == expected
