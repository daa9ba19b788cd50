"""A refusal by an actor, told in the simple past without a date, is an occurrence of the report year
(issue 14, round t-events11; docs/EVALUATION.md "Summary statements of the year"): "Authorities refused
to authorize three marches", "The court denied the union's request", "were rejected by the electoral
commission". The dev gold recorded such refusals in nine reports. A refusal of a statement ("denied the
allegations", "denied that it held …") and a practice told by frequency stay no event. Sentences of a
fictional report (Lorvania, 2021) written for these tests; the rule is ``refusals.refusal``, called from
``occurrences.undated_event``.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 2. Respect for Civil Liberties\n\n")

REFUSALS = [
    "Authorities refused to authorize three marches planned by the student union.",
    "Border officials denied two opposition deputies the right to leave the country.",
    "The Supreme Court denied the teachers' union's request for a hearing.",
    "Four groups applied to register as parties but were rejected by the electoral commission.",
]
NOT_REFUSALS = [
    "The Ministry of Interior denied the allegations.",
    "The government denied that it held political prisoners.",
    "Local officials frequently denied permits to opposition groups.",
    "Authorities did not deny permits to the organizers.",
]


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, REFUSALS + NOT_REFUSALS, 2021)


@pytest.mark.parametrize("sentence", REFUSALS)
def test_a_refusal_of_the_year_is_an_event(extracted, sentence):
    assert extracted[sentence] == [("other", "2021", "asserted")]


@pytest.mark.parametrize("sentence", NOT_REFUSALS)
def test_statements_and_practices_are_no_refusal(extracted, sentence):
    assert extracted[sentence] == []
