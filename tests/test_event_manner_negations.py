"""A negation that judges how a practice was carried out is no event (issue 14, round t-events10;
docs/EVALUATION.md "Negated steps": habitual negations and judgements of manner are not steps not
taken): "police did not effectively investigate such claims". A step not taken ("Police did not
investigate the shooting") stays. Sentences of a fictional report (Lorvania, 2021) written for these
tests; the rule is in ``occurrences._is_report_year_occurrence`` (``step_manner_adv``).
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 6. Discrimination and Societal Abuses\n\n")

JUDGEMENTS = [
    "Observers stated police did not effectively investigate such claims.",
    "Unions reported authorities did not actively investigate alleged antiunion practices in some firms.",
    "Activists claimed police and prosecutors did not thoroughly investigate deaths of activists.",
    "The government did not actively target refugees for deportation.",
]
STEPS = ["Police did not investigate the shooting."]


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, JUDGEMENTS + STEPS, 2021)


@pytest.mark.parametrize("sentence", JUDGEMENTS)
def test_a_judgement_of_manner_is_no_event(extracted, sentence):
    assert extracted[sentence] == []


def test_a_step_not_taken_stays(extracted):
    assert extracted[STEPS[0]] == [("investigation", "2021", "negated")]
