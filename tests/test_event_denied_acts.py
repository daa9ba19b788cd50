"""An act the report says was done by no one, or to nothing, is a negated event of the year (issue 14,
round t-events11; docs/EVALUATION.md "Negated steps": a specific step the report says was not taken in
the year): "No complaints were filed", "None of the accused appeared in court". The pattern recurred in
seven dev reports with verbs outside the trigger tables. States ("No such permit was required"), what a
law did ("No law restricted …") and modals stay no event. Sentences of a fictional report (Lorvania,
2021) written for these tests; the rule is ``negsteps.denied_act``, called from
``occurrences.undated_event``.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 6. Discrimination and Societal Abuses\n\n")

DENIED = {
    "No complaints of workplace harassment were filed with the labor ministry.": "other",
    "No new cooperatives formed during the year.": "other",
    "None of the dismissed workers returned to their posts.": "other",
    "According to the interior ministry, no one had been stripped of nationality under the new act.": "other",
    "No guards were reported to have been prosecuted over the beatings.": "charge",
}
STATES = [
    "No such permit was required for meetings inside private homes.",
    "No public programs provided housing for persons with disabilities.",
    "No law restricted the right of religious minorities to assemble.",
    "No one could be detained for more than 48 hours without a warrant.",
]


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, [*DENIED, *STATES], 2021)


@pytest.mark.parametrize("sentence", list(DENIED))
def test_an_act_denied_of_its_subject_is_a_negated_event(extracted, sentence):
    assert extracted[sentence] == [(DENIED[sentence], "2021", "negated")]


@pytest.mark.parametrize("sentence", STATES)
def test_states_rules_and_modals_stay_no_event(extracted, sentence):
    assert extracted[sentence] == []
