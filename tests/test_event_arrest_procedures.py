"""Arrest procedures told in the simple past as a summary of the year are no event (issue 14, round
t-events24; ``events/nonevents/procedures.py``): an arrest verb on a class of persons in general with the manner of
arresting — "openly", "with/without a warrant", a condition. Arrests of a group ("demonstrators",
"journalists"), of counted or particular persons stay events of the year (the summary statements, settled
2026-12-04). Sentences of a fictional report (Lorvania, 2021) written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n")

PROCEDURES = [
    "Officers of the Lorvanian police detained most suspects without a court order when they saw a crime being committed.",
    "The gendarmerie arrested persons openly and told them the reasons for their arrest.",
    "Lorvanian officers apprehended individuals with warrants signed by a magistrate.",
    "The border guards arrested suspects without a warrant if they caught them smuggling goods.",
]
EVENTS = [
    "Lorvanian security forces arrested journalists without warrants.",
    "Police arrested 14 suspects without warrants after the riot in Dravik.",
    "The gendarmerie detained protesters in the capital.",
]


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, PROCEDURES + EVENTS, 2021)


@pytest.mark.parametrize("sentence", PROCEDURES)
def test_arrest_procedures_are_no_event(extracted, sentence):
    assert extracted[sentence] == []


@pytest.mark.parametrize("sentence", EVENTS)
def test_arrests_of_a_group_or_counted_persons_stay_events(extracted, sentence):
    assert [t[0] for t in extracted[sentence]] == ["detention_or_arrest"]
