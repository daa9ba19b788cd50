"""Round t-events43's rule, on sentences of a fictional report (Lorvania, 2022) written for these tests, one
paragraph each. A sentence that opens with a clause of time whose subject is anyone of a class ("When unions
…", "When a prisoner …"; ``events/nonevents/generic_when.py``, ``generic_when_marks``,
``generic_when_determiners`` in ``events.toml``) tells what was done whenever it happened: no event. Particular
persons, a name, a pronoun or a date in the clause of time, and "when" after the act, leave the sentence as it was.
"""
from __future__ import annotations

import pytest

from .conftest import report_events

pytestmark = pytest.mark.model

HEADER = ("2022 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 2. Respect for Civil Liberties\n\n")

CASES = [
    # a clause of time about anyone of a class, first: a practice, no event
    ("When unions tried to hold a meeting without a permit, police dispersed the participants with batons.", []),
    ("When a prisoner died, guards buried the body in the prison yard without informing the family.", []),
    ("When police doubted a suspect's innocence, governors used administrative detention to rearrest released "
     "persons.", []),
    # particular persons, a pronoun, a name or a date in the clause of time: unchanged
    ("When the agents brought the journalist to their office, they beat her with batons.",
     [("torture_or_abuse", "2022", "asserted")]),
    ("When they arrived at the village, soldiers burned three houses.", [("attack_or_threat", "2022", "asserted")]),
    ("When UNHCR ended its aid to the camp, the government detained 40 refugees.",
     [("detention_or_arrest", "2022", "asserted")]),
    ("When police arrived at the rally on May 3, they beat the protesters.",
     [("protest", "2022-05-03", "asserted"), ("torture_or_abuse", "2022", "asserted")]),
    # "when" after the act: the summary statement stays (round t-events26)
    ("Police harassed gay men when they reported crimes.", [("attack_or_threat", "2022", "asserted")]),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, [c[0] for c in CASES], "lorvania-2022")


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_generic_when(extracted, sentence, expected):
    found = [(e.type, e.date, e.polarity) for e in extracted if e.evidence.text.strip() == sentence]
    assert found == expected
