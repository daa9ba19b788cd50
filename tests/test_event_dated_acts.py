"""An act named by its date with what it acted on (`extract/events/dating/dated_acts.py`, round t-events50,
docs/rounds/2026-12-24-09-t-events50.md): a record of that date, no longer dropped as a label; the same noun
without an "of" complement, a quantity after "of", and a date on a law stay as they were.
Paragraphs of a fictional report (Zarnakia, 2010) written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2010 Country Reports on Human Rights Practices: Zarnakia\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n")

SUPPRESSION = ("The charter grants immunity for acts relating to the 2004 suppression of a revolt in Dorva and the "
               "2007 abrogation of the 1990 charter.")
COLLAPSE = "The 2008 collapse of a bridge near Lisk displaced an estimated 900 persons."
DISAPPEARANCE = "Journalists avoided the topic, particularly after the 2006 disappearance of a well-known poet."
OPENING = "During the 2009 opening of the new rights office in Lisk, the minister announced a review of the code."
REFORM = "Advocates noted that, following the 2005 reform of the tribal courts, defendants have the right to counsel."
# not touched
NO_OF = "Following the 2007 halt, no opposition papers remained in Dorva."
QUANTITY = "The 2006 minimum wage of 900 zarns per day remained unchanged."
LAW = "The 2008 press law requires journalists to register with the ministry."

PARAGRAPHS = [SUPPRESSION, COLLAPSE, DISAPPEARANCE, OPENING, REFORM, NO_OF, QUANTITY, LAW]


@pytest.fixture(scope="module")
def extracted(nlp):
    from .event_rules import rule_events

    return rule_events(nlp, HEADER, PARAGRAPHS, 2010)


def _on(events, sentence):
    return sorted((e.type, e.date) for e in events if e.evidence.text.strip() == sentence)


def test_two_dated_acts_of_one_sentence(extracted):
    found = _on(extracted, SUPPRESSION)
    assert ("other", "2004") in found
    assert ("other", "2007") in found


def test_dated_collapse(extracted):
    assert ("other", "2008") in _on(extracted, COLLAPSE)


def test_dated_disappearance_after_a_preposition(extracted):
    assert ("other", "2006") in _on(extracted, DISAPPEARANCE)


def test_dated_opening(extracted):
    assert ("other", "2009") in _on(extracted, OPENING)


def test_dated_reform_is_a_law(extracted):
    assert ("law_or_decree", "2005") in _on(extracted, REFORM)


def test_act_noun_without_of_is_untouched(extracted):
    assert not any(d.startswith("2007") for _, d in _on(extracted, NO_OF))


def test_quantity_after_of_is_untouched(extracted):
    assert not any(d.startswith("2006") for _, d in _on(extracted, QUANTITY))


def test_dated_law_is_untouched(extracted):
    assert not any(d.startswith("2008") for _, d in _on(extracted, LAW))
