"""Reports of an actor doing something, told by a gerund (`extract/events/undated/reported_gerunds.py`, round
t-events48, docs/rounds/2026-12-24-03-t-events48.md; settled 2026-12-17, "A gerund with an actor"): "There were
reports of <actor> <gerund> …" with no trigger in what is reported is an `other` event of the report year,
alleged; a class of victims, a state, a passive, a frequency word on the reports and a negation are not.
Paragraphs of a fictional report (Zarnakia, 2024) written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2024 Country Reports on Human Rights Practices: Zarnakia\n\n"
          "Section 2. Respect for Civil Liberties\n\n")

FORCES = "There were reports of border guards stopping approved convoys of the Lisk Farmers Union from leaving Dorva."
TRAFFICKERS = "There were also reports of smugglers luring young herders from Orvel into debt bondage in the mines."
COMPOUND = "There were isolated reports of militia members posing as customs officers on the Tarn road."
# not touched
VICTIMS = "There were also reports of children tending goats on family plots in the hills near Orvel."
STATE = "There were reports of seasonal migrants living in crowded barracks near the Dorva mines."
FREQUENT = "There were continued reports of prison officials operating an informal lending scheme in Lisk."
PASSIVE = "There were reports of detainees not being given blankets during the winter months."
NEGATED = "There were no reports of border guards stopping convoys of the Lisk Farmers Union."

PARAGRAPHS = [FORCES, TRAFFICKERS, COMPOUND, VICTIMS, STATE, FREQUENT, PASSIVE, NEGATED]


@pytest.fixture(scope="module")
def extracted(nlp):
    from .event_rules import rule_events

    return rule_events(nlp, HEADER, PARAGRAPHS, 2024)


def _on(events, sentence):
    return sorted((e.type, e.date, e.polarity) for e in events if e.evidence.text.strip() == sentence)


def test_state_force_doing_something(extracted):
    assert _on(extracted, FORCES) == [("other", "2024", "alleged")]


def test_private_doers_doing_something(extracted):
    assert _on(extracted, TRAFFICKERS) == [("other", "2024", "alleged")]


def test_actor_by_a_compound(extracted):
    assert _on(extracted, COMPOUND) == [("other", "2024", "alleged")]


def test_class_of_victims_untouched(extracted):
    assert _on(extracted, VICTIMS) == []


def test_state_gerund_untouched(extracted):
    assert _on(extracted, STATE) == []


def test_frequency_word_untouched(extracted):
    assert _on(extracted, FREQUENT) == []


def test_passive_gerund_untouched(extracted):
    assert ("other", "2024", "alleged") not in _on(extracted, PASSIVE)  # (the negated duty is another rule's)


def test_negated_reports_as_before(extracted):
    assert all(p == "negated" for _, _, p in _on(extracted, NEGATED))
