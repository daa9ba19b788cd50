"""Acts told as what persons were subjected to (round t-events18, issue 14; events/undated/subjected.py): with
an actor as the subject or the agent of the passive, in the simple past with no mark of habit, "were
subjected to <act> by <actor>" is a summary statement of the year (docs/EVALUATION.md); without an
actor, with a habit word or in the present it is not. Sentences of a fictional report (Lorvania, 2021)
written for these tests, one paragraph each. Types are the typer's business: only date and polarity
are checked.
"""
from __future__ import annotations

import pytest

from .conftest import report_events

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 2. Respect for Civil Liberties\n\n")

YEAR = [("2021", "asserted")]
# (sentence, [(date, polarity), ...]; [] for "no event")
CASES = [
    # an actor as the agent of the passive, or as subject: an act of the year
    ("Several reporters were subjected to harassment by security forces because of their articles.", YEAR),
    ("Some bloggers were subjected to violence, threats, or intimidation by police.", YEAR),
    ("Police subjected protesters in Dornet to arbitrary arrest and beatings.", YEAR),
    # no actor: the dev gold reads what persons were subjected to as a state of the year (1 event, 6 none)
    ("Some reporters were subjected to harassment.", []),
    # a habit, the present tense: a practice
    ("Detainees were often subjected to abuse by guards.", []),
    ("Reporters were at times subjected to threats by local officials.", []),
    ("Journalists are subjected to harassment by authorities.", []),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, [c[0] for c in CASES], "lorvania-2021")


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_subjected_by_actor(extracted, sentence, expected):
    found = [(e.date, e.polarity) for e in extracted if e.evidence.text.strip() == sentence]
    assert found == expected
