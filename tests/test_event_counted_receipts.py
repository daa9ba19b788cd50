"""A count of matters a body received (`extract/events/dating/counted_receipts.py`, round t-events49,
docs/rounds/2026-12-24-04-t-events49.md): "received 314 complaints of …" is a statistic, no record, dated or not; a
few complaints, reports received, a coordinated act and a receipt without a count are as before.
Paragraphs of a fictional report (Zarnakia, 2020) written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2020 Country Reports on Human Rights Practices: Zarnakia\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n")

# no record
UNDATED_OF = "The Zarnakian Labor Office received 41 cases of discrimination or workplace harassment."
THROUGH = "The Dorva Rights Commission received 214 complaints of human rights violations through July."
PAST_YEAR = "According to its director, the Anti-Graft Board received more than 6,500 cases in 2018."
SUBJECT = "The Lisk Labor Prosecution received 1,312 complaints for unpaid wages in 2019, of which most were settled."
PARTICIPLE = ("As of June 30, the ombudsman received 27 complaints of arbitrary detention, a decrease from 64 "
              "complaints received in the same period in 2019.")
REPORTED = ("As of October the Interior Ministry reported that its inspectors had received 58 cases of physical "
            "aggression and mistreatment by police officers.")
# not touched
FEW = "From January to May, the Dorva Rights Commission received two complaints of mistreatment at the Orvel camp."
REPORTS_OF = "As of August 12, authorities had received 412 reports of rape."
COORDINATED = ("The Police Inspectorate reported it received 623 complaints against police and dismissed 96 police "
               "officers for misconduct.")
APPLICATIONS = ("The Zarnakian Migration Office received 1,240 asylum applications during the year and granted "
                "refugee status in fewer than 200 cases.")

PARAGRAPHS = [UNDATED_OF, THROUGH, PAST_YEAR, SUBJECT, PARTICIPLE, REPORTED, FEW, REPORTS_OF, COORDINATED,
              APPLICATIONS]


@pytest.fixture(scope="module")
def extracted(nlp):
    from .event_rules import rule_events

    return rule_events(nlp, HEADER, PARAGRAPHS, 2020)


def _on(events, sentence):
    return sorted((e.type, e.date, e.polarity) for e in events if e.evidence.text.strip() == sentence)


@pytest.mark.parametrize("sentence", [UNDATED_OF, THROUGH, PAST_YEAR, SUBJECT, PARTICIPLE, REPORTED],
                         ids=["undated-of", "through-month", "past-year", "subject-noun", "participle", "reported"])
def test_counted_receipt_is_no_record(extracted, sentence):
    assert _on(extracted, sentence) == []


def test_a_few_complaints_untouched(extracted):
    assert _on(extracted, FEW) != []


def test_reports_of_an_act_received_untouched(extracted):
    assert any(t == "torture_or_abuse" for t, _, _ in _on(extracted, REPORTS_OF))


def test_coordinated_act_keeps_its_record(extracted):
    assert ("dismissal", "2020", "asserted") in _on(extracted, COORDINATED)


def test_applications_received_untouched(extracted):
    assert ("asylum_or_citizenship_decision", "2020", "asserted") in _on(extracted, APPLICATIONS)
