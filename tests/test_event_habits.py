"""A mark of habit elsewhere in the clause chain makes a practice, no event (issue 14, round t-evfp15,
``events/nonevents/habits.py``): on a verb coordinated with the trigger's ("dispersed rallies and at times detained
organizers"), on the verb a clause hangs from ("rarely reached a court, and those that did led to few
convictions"), on a preposition of the verb ("and occasionally to the media"), on its subject ("officials at
times denied", "occasional strikes took place"). An act whose object is counted or named, or told without a
mark of habit, stays an event, and so does a chain placed "during the year".
Sentences of a fictional report (Lorvania, 2021) written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 2. Respect for Civil Liberties\n\n")

EVENTS = [
    "Police arrested 30 students in Arvel and at times questioned their parents.",
    "During the year police detained protesters in Arvel and often questioned their families.",
    "Police dispersed the rally in the capital and detained its organizers.",
    "The prison service released the journalist Hana Brel.",
]
NO_EVENTS = [
    "Lorvanian police dispersed spontaneous rallies and at times detained organizers.",
    "These complaints rarely reached a court, and those that did led to few convictions.",
    "The Northern Prison was built for 800 inmates, but it sometimes held several hundred more.",
    "Nonetheless, occasional strikes took place in the ports.",
    "Border officials at times denied entry to foreign reporters.",
    "The labor inspectorate investigated claims of unpaid wages and sent its findings to the courts and "
    "occasionally to the media.",
]


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, EVENTS + NO_EVENTS, 2021)


@pytest.mark.parametrize("sentence", EVENTS)
def test_particular_or_unmarked_acts_are_events(extracted, sentence):
    assert [t[1][:4] for t in extracted[sentence]] == ["2021"]


@pytest.mark.parametrize("sentence", NO_EVENTS)
def test_a_mark_of_habit_in_the_chain_makes_a_practice(extracted, sentence):
    assert extracted[sentence] == []
