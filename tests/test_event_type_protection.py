"""A protection status of the asylum system granted to persons is an asylum or citizenship decision
(``extract/events/types/cues.py`` ``protection_granted``, round t-types12): "provided temporary protection to
7,000 individuals", "granted subsidiary protection to 293 persons" were typed `other` in four unread
reports (2018 Austria, 2020 Estonia, 2022 Belgium, 2023 France). Sentences of a fictional report
(Orlavia, 2022) written for these tests; the types are the shipped pipeline's (rules, then the typer).
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2022 Country Reports on Human Rights Practices: Orlavia\n\n"
          "Section 2. Respect for Civil Liberties\n\n")

# (sentence, expected type, expected date)
CASES = [
    ("According to the Interior Ministry, in 2021 the government provided temporary protection to "
     "approximately 4,100 persons fleeing the conflict in Veridia.", "asylum_or_citizenship_decision", "2021"),
    ("Between January and June, the government granted subsidiary protection to 212 persons.",
     "asylum_or_citizenship_decision", "2022-01"),
    ("In 2021 the migration office granted stateless status to 57 persons.",
     "asylum_or_citizenship_decision", "2021"),
]

# (sentence, a type it must not get)
NOT_CASES = [
    # police protection is no status of the asylum system
    ("In May police provided protection to the two witnesses in the Tarvel trial.",
     "asylum_or_citizenship_decision"),
    # a class of recipients: the standing practice, no grant to particular persons (settled 2026-12-11)
    ("The government also provided temporary protection to individuals who may not qualify as refugees under "
     "the 1951 refugee convention.", "asylum_or_citizenship_decision"),
    # a protection regime extended is the regime's decision, not a grant to persons
    ("In March the government extended the temporary protection regime for Veridian refugees for another year.",
     "asylum_or_citizenship_decision"),
]


@pytest.fixture(scope="module")
def typed(paragraph_events):
    return paragraph_events(HEADER, [c[0] for c in CASES + NOT_CASES], 2022)


@pytest.mark.parametrize("sentence,type_,date", CASES, ids=[c[0][:40] for c in CASES])
def test_protection_granted(typed, sentence, type_, date):
    assert (type_, date) in [(t, d) for t, d, _ in typed[sentence]], typed[sentence]


@pytest.mark.parametrize("sentence,type_", NOT_CASES, ids=[c[0][:40] for c in NOT_CASES])
def test_protection_not_granted(typed, sentence, type_):
    assert type_ not in [t for t, _, _ in typed[sentence]], typed[sentence]
