"""A trigger that only describes the subject of a rule in the present is no occurrence (issue 14,
round t-events10): "Anyone found guilty of bribery faces up to five years in prison" (the parser
takes "found" for the main verb and hangs "faces" under it). Sentences of a fictional report
(Lorvania, 2021) written for these tests; the rule is ``reduced.described_rule_subject``.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 6. Discrimination and Societal Abuses\n\n")

RULES = [
    "Anyone found guilty of bribery faces up to five years in prison.",
    "Those found guilty of treason face the death penalty.",
    "Anyone found guilty faces 10 years imprisonment.",
    "Persons who were unlawfully detained may request compensation from the state.",
]
OCCURRENCES = [
    "The two officers found guilty of the killing received 10-year sentences.",
    "Journalists who criticized the minister were detained for several days.",
    "Police arrested the editor and charged him with defamation.",
]


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, RULES + OCCURRENCES, 2021)


@pytest.mark.parametrize("sentence", RULES)
def test_a_rule_on_a_described_subject_is_no_event(extracted, sentence):
    assert extracted[sentence] == []


@pytest.mark.parametrize("sentence", OCCURRENCES)
def test_occurrences_told_in_the_past_stay(extracted, sentence):
    assert [d for _, d, _ in extracted[sentence]] == ["2021"]
