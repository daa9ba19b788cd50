"""A simple past the parser read as an adjective of its object, right after its actor's noun ("Police
tortured suspects", "Varn-Kesh detained persons"), is a statement of the report year (issue 14, round
t-events66): ``clause/tense.read_as_adjective``, read by ``past`` and by the undated path's description gate,
which turned every adjective verb down ("persons detained for …"). Not a verb after a preposition's object
("at times detained individuals", a habit), nor one with no noun before it ("relatives of detained
persons"). Sentences of a fictional report (Lorvania, 2021) written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n")

ADDED = {
    "There were several credible reports police tortured suspects and subjected them to degrading treatment.":
        [("torture_or_abuse", "2021", "alleged")],
    "Varn-Kesh detained persons in areas under its influence in the northern regions, and conditions were "
    "often harsh.": [("detention_or_arrest", "2021", "asserted")],
    "Al-Varn raided clinics in the north and harassed village elders.":
        [("attack_or_threat", "2021", "asserted")],
}

NONE = [
    # a habit: the noun before the verb is the object of "at"
    "In practice, however, authorities at times detained individuals for several days without warrants.",
]


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, [*ADDED, *NONE], 2021)


@pytest.mark.parametrize("sentence", list(ADDED))
def test_a_past_read_as_an_adjective_is_a_statement(extracted, sentence):
    assert [(t, d, p) for t, d, p in extracted[sentence]] == ADDED[sentence]


@pytest.mark.parametrize("sentence", NONE)
def test_no_record_for_a_habit(extracted, sentence):
    assert extracted[sentence] == []
