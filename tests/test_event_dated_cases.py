"""A case or an allegation named by its date (`extract/events/dating/dated_cases.py`, round t-events47,
docs/rounds/2026-12-23-02-t-events47.md): a record of that date, typed by the occurrence it is of; a case of
nothing that is an occurrence stays without one, and the cases `date_labels.case_label` reads are unchanged.
Paragraphs of a fictional report (Zarnakia, 2010) written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2010 Country Reports on Human Rights Practices: Zarnakia\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n")

OF_TRIGGER = "There were no developments in the 2008 cases of police torture in Dorva."
ALLEGATION = "There were no developments in an inquiry into the April 2009 allegation of police abuse of a teacher."
ALLEGATIONS_OF = ("The judicial inquiry continued in the 2009 case of allegations of abuse of children in a state "
                  "shelter.")
INVOLVING = "The December 2009 case, involving charges against the editor of the Lisk Times for sedition, was dropped."
KIND = "There were no further developments in the March 2009 arson case involving several students in Dorva."
DESCRIBED = "There were no developments in the July 2009 case of a farmer found dead near Lisk."
# not touched
NOTHING = "The commission reopened the 2008 case of the missing ballots."
AGAINST = "The March 2009 case against the former minister Tam Oru was dismissed on December 7."
FILED = "The case of the two teachers, filed in 2009, remained pending."

PARAGRAPHS = [OF_TRIGGER, ALLEGATION, ALLEGATIONS_OF, INVOLVING, KIND, DESCRIBED, NOTHING, AGAINST, FILED]


@pytest.fixture(scope="module")
def extracted(nlp):
    from .event_rules import rule_events

    return rule_events(nlp, HEADER, PARAGRAPHS, 2010)


def _on(events, sentence):
    return sorted((e.type, e.date, e.polarity) for e in events if e.evidence.text.strip() == sentence)


def test_case_of_a_trigger_noun(extracted):
    assert ("torture_or_abuse", "2008", "asserted") in _on(extracted, OF_TRIGGER)


def test_allegation_named_by_its_date(extracted):
    assert ("torture_or_abuse", "2009-04", "alleged") in _on(extracted, ALLEGATION)


def test_case_of_allegations_of_a_trigger(extracted):
    assert ("torture_or_abuse", "2009", "alleged") in _on(extracted, ALLEGATIONS_OF)


def test_case_involving_a_trigger(extracted):
    got = _on(extracted, INVOLVING)
    assert ("charge", "2009-12", "asserted") in got


def test_case_named_by_its_kind(extracted):
    assert ("other", "2009-03", "asserted") in _on(extracted, KIND)


def test_case_described_by_a_clause(extracted):
    assert [d for _, d, _ in _on(extracted, DESCRIBED)] == ["2009-07"]


def test_case_of_no_occurrence_untouched(extracted):
    assert not any(d.startswith("2008") for _, d, _ in _on(extracted, NOTHING))


def test_case_against_a_person_as_before(extracted):
    assert _on(extracted, AGAINST) == [("acquittal", "2010-12-07", "asserted"), ("charge", "2009-03", "asserted")]


def test_date_after_the_case_untouched(extracted):
    assert _on(extracted, FILED) == [("other", "2009", "asserted")]
