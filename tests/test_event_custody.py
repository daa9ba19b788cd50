"""A beating outside custody is an attack, abuse is what custodians do (settled 2026-12-08,
docs/EVALUATION.md; extract/events/types/custody.py). Sentences of a fictional report (Orlavia, 2024)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2024 Country Reports on Human Rights Practices: Orlavia\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n")

CASES = [
    # a named doer who holds no one, a victim not in custody: an attack
    ("In June a member of parliament beat a police officer who stopped his car at a checkpoint.",
     "attack_or_threat"),
    ("In August the mayor of Tarvena assaulted a journalist who questioned him.", "attack_or_threat"),
    ("A journalist was beaten by supporters of the ruling party in November.", "attack_or_threat"),
    # custodians, or a victim in custody: abuse
    ("In July police beat a detainee at the Arvel station.", "torture_or_abuse"),
    ("Prison guards beat inmates at Arvel Central Prison in September.", "torture_or_abuse"),
    ("In October soldiers beat villagers suspected of hiding rebels.", "torture_or_abuse"),
    ("In December he was beaten by police officers at the station.", "torture_or_abuse"),
    ("In May a local chief beat a detainee held in his compound.", "torture_or_abuse"),
    ("On February 13, Commander Ivo Darel of the national police allegedly beat a sports journalist.",
     "torture_or_abuse"),
]


@pytest.fixture(scope="module")
def typed(paragraph_events):
    return paragraph_events(HEADER, [c[0] for c in CASES], 2024)


@pytest.mark.parametrize("sentence,type_", CASES, ids=[c[0][:40] for c in CASES])
def test_beating_type(typed, sentence, type_):
    assert [t for t, _, _ in typed[sentence]] == [type_], typed[sentence]
