"""The 2026-12-22 settlement (docs/EVALUATION.md "Settled 2026-12-22", round t-conv17): what it must not change.

S4 ("<persons> were held (for) N" after a dated arrest: a detention_or_arrest of its own dated by the arrest) has no
rule on main: round t-conv17 wrote one (`dating/held_lengths.py`, commit c1aac583) and reverted it under the keep rule
(it changed no record of the 83 gold reports, so dev did not gain). Kept here are the readings S4 leaves as the code
has them: joined to a release, the release carries the length; a habit, a rule, a clause of time are no such record.
S5: a call on a body about a policy, a law or a practice is no event; a call about one person stays one.
Paragraphs of a fictional report (Zarnakia, 2011) written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2011 Country Reports on Human Rights Practices: Zarnakia\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n")

PARAGRAPHS = [
    # S4 joined to a release: one record, the release, with the length
    "On October 2, police arrested the editor of the Lisk Times. He was held for a month without charge and "
    "released after 40 days.",
    # Not: a habit, a rule
    "On March 1, police arrested three protesters in Dorva. Detainees were often held for weeks without charge.",
    "On April 2, police arrested a blogger. Suspects may be held for up to 72 hours before being charged.",
    # Not: no dated arrest in the paragraph
    "Police arrested a teacher in Lisk. She was held for six days without charge.",
    # Not: a clause of time of another step
    "On July 7, agents arrested the activist Tam Oru. After he was held for three days, agents handed him over "
    "to the prosecutor.",
    # S5: calls about a policy, a law, a practice: none
    "Human rights groups urged the government to investigate abuses by security forces. The bar association "
    "asked parliament to reform pretrial detention. The UN called on authorities to repeal the law.",
    # a call about one person: an event (unchanged)
    "The UN Working Group called for Lena Marek's release.",
]


@pytest.fixture(scope="module")
def extracted(nlp):
    from .event_rules import rule_events

    return rule_events(nlp, HEADER, PARAGRAPHS, 2011)


def _on(events, sentence):
    return [e for e in events if e.evidence.text.strip() == sentence]


def test_joined_to_release_one_record(extracted):
    found = _on(extracted, "He was held for a month without charge and released after 40 days.")
    assert [e.type for e in found] == ["release"]
    assert found[0].duration is not None and (found[0].duration.value, found[0].duration.unit) == (40, "days")


@pytest.mark.parametrize("sentence", [
    "Detainees were often held for weeks without charge.",
    "Suspects may be held for up to 72 hours before being charged.",
])
def test_habit_and_rule_no_event(extracted, sentence):
    assert _on(extracted, sentence) == []


def test_no_dated_arrest_keeps_the_year(extracted):
    # without a dated arrest in the paragraph the settlement does not reach the sentence: no record of the
    # arrest's date (the base code makes none here)
    assert all(e.date == "2011" for e in _on(extracted, "She was held for six days without charge."))


def test_time_clause_not_read(extracted):
    found = _on(extracted, "After he was held for three days, agents handed him over to the prosecutor.")
    assert not any(e.type == "detention_or_arrest" and e.date == "2011-07-07" for e in found)


@pytest.mark.parametrize("sentence", [
    "Human rights groups urged the government to investigate abuses by security forces.",
    "The bar association asked parliament to reform pretrial detention.",
    "The UN called on authorities to repeal the law.",
])
def test_policy_call_no_event(extracted, sentence):
    assert _on(extracted, sentence) == []


def test_particular_call_unchanged(extracted):
    found = _on(extracted, "The UN Working Group called for Lena Marek's release.")
    assert [(e.type, e.date) for e in found] == [("other", "2011")]
