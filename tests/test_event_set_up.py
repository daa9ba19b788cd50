"""A body, office, unit or line set up by an actor in the simple past ("The ministry established a directorate of
gender issues", "Authorities established checkpoints and roadblocks") is an occurrence of the report year, typed
`other` (issue 14, round t-events79): ``undated/set_up.py``, read in ``occurrences._other_event`` after the other
readings of what an actor did. "establish" is a verb of rules and states (``state_verbs``: "The law establishes
…"), so the base read no occurrence in it. Not: a law or a rule as the subject, a habit ("regularly"), a negation,
a passive, a class under a quantifier ("Some employers established …"), a sentence that opens on a rule.
Sentences of a fictional report (Lorvania, 2021) written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n"
          "c. Torture and Other Cruel, Inhuman, or Degrading Treatment or Punishment\n\n")

ADDED = {
    "The ministry established a directorate of gender issues.": [("other", "2021", "asserted")],
    "Authorities established numerous checkpoints and roadblocks along the northern highway.":
        [("other", "2021", "asserted")],
    "Early in the year, the DPRS established the first legal aid office in the Varn prison.":
        [("other", "2021", "asserted")],
    "To reduce violence in the prisons, the Directorate of Prison Services established an emergency unit of "
    "120 officers.": [("other", "2021", "asserted")],
}

NONE = [
    # a law or a rule as the subject: a rule, not an act
    "The law established a disciplinary offense for guards who used unnecessary force.",
    "The penal code established aggravating factors in determining penalties.",
    # a habit
    "Police regularly established checkpoints on the roads to the capital.",
    # negated (the negation rules' question, not this rule's)
    "The ministry did not establish a complaints office.",
    # a class under a quantifier
    "Some employers established their own grievance committees.",
    # the sentence opens on a rule; the act is a conjunct of it
    "The law provides for the granting of asylum, and the government established a system for protecting refugees.",
]


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, [*ADDED, *NONE], 2021)


@pytest.mark.parametrize("sentence", list(ADDED))
def test_a_body_set_up_by_an_actor_is_an_event_of_the_year(extracted, sentence):
    assert [(t, d, p) for t, d, p in extracted[sentence]] == ADDED[sentence]


@pytest.mark.parametrize("sentence", NONE)
def test_no_record_for_a_rule_a_habit_or_a_class(extracted, sentence):
    assert extracted[sentence] == []
