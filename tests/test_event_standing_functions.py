"""A body's standing function, told in the simple past without a date, is a state, not an occurrence
of the year (issue 14, round t-events11; docs/EVALUATION.md, "Standing permissions" and "Cooperation
and assistance told without a date … is a general condition"): "The ministry managed two shelters",
"The bureau coordinated the activities of unions". The pattern was a false event in five dev reports.
What a named body did once ("The Ministry of Health opened two shelters") stays an event. Sentences of
a fictional report (Lorvania, 2021) written for these tests; the verbs are in ``not_occurrences``
(``extract/data/events.toml``).
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 6. Discrimination and Societal Abuses\n\n")

FUNCTIONS = [
    "The Ministry of Family Affairs managed three shelters for survivors of domestic violence.",
    "The Office of Labor Relations coordinated the activities of unions and employers' groups.",
    "The Ministry of Justice administered the country's civilian prisons.",
    "The Lorvanian Red Cross oversaw two camps for displaced persons in the north.",
]
ACTS = ["The Ministry of Health opened two shelters for victims of trafficking."]


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, FUNCTIONS + ACTS, 2021)


@pytest.mark.parametrize("sentence", FUNCTIONS)
def test_a_standing_function_is_no_event(extracted, sentence):
    assert extracted[sentence] == []


def test_an_act_of_a_named_body_stays(extracted):
    assert extracted[ACTS[0]] == [("other", "2021", "asserted")]
