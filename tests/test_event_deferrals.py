"""A step put off by its doer is an occurrence of type `other` (issue 14, round t-events82): "postpone",
"reschedule" and "delay" are in the `other` row of ``verb_triggers`` (extract/data/events.toml), and
``events/types/deferrals.py`` keeps out a cause's effect, a practice, a relative or reduced clause and a step
referred to. Sentences of a fictional report (Lorvania, 2021) written for these tests, typed by the rules alone.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 2. Respect for Civil Liberties\n\n"
          "b. Freedoms of Peaceful Assembly and Association\n\n")

CASES = [
    # added: a doer puts a step off, active or passive, undated
    ("Following pressure from the mayor, the farmers' union rescheduled its meeting.",
     [("other", "2021", "asserted")]),
    ("The national assembly delayed its debate on the ombudsman's annual report until after the recess.",
     [("other", "2021", "asserted")]),
    ("The harvest festivals of the northern villages were postponed because of the floods.",
     [("other", "2021", "asserted")]),
    # kept: already an occurrence on the base code
    ("The commemoration planned by the Dornet teachers was postponed at the request of their union.",
     [("other", "2021", "asserted")]),
    ("Prison officials delayed the medical examination of the detained editor for three weeks.",
     [("other", "2021", "asserted")]),
    # none: a cause's effect, a practice, a relative or reduced clause, a step referred to, a habit
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
