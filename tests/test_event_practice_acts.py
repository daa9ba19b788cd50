"""An actor's act told in the simple past, undated, with a verb outside the taxonomy, is settled by its
object (issue 14, round t-conv13; docs/EVALUATION.md "Settled 2026-12-11"): on particular, named or
counted persons it is an event of the year (``actor_acts.actor_act``); on a class of things or people — a
bare plural or mass noun — it describes how things were done and is no event, even when the subject is
a named body (``actor_acts.practice_object``, in ``occurrences._other_occurrence``). A right or freedom
restricted in general is no event (``right_nouns``). Campaigns and visits keep their own settlements.
Sentences of a fictional report (Lorvania, 2021) written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 6. Discrimination and Societal Abuses\n\n")

EVENTS = [
    "The Lorvanian Red Cross visited all 12 prisons in the north.",
    "The Ministry of Family Affairs conducted awareness campaigns against child marriage.",
    "The Labor Office transferred inspector Dana Ruvik to the northern district.",
]
PRACTICE = [
    "The Ministry of Labor deployed inspectors throughout the country.",
    "The Lorvanian Border Agency searched vehicles without warrants.",
    "The Ministry of Health funded shelters for homeless children.",
    "The government restricted freedom of peaceful assembly.",
    "The Lorvanian Interior Ministry limited the right to strike.",
]


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, EVENTS + PRACTICE, 2021)


@pytest.mark.parametrize("sentence", EVENTS)
def test_particular_acts_campaigns_and_visits_are_events(extracted, sentence):
    assert [t[1] for t in extracted[sentence]] == ["2021"]


@pytest.mark.parametrize("sentence", PRACTICE)
def test_practice_on_a_class_and_rights_restricted_in_general_are_no_event(extracted, sentence):
    assert extracted[sentence] == []
