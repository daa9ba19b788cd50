"""An age that delimits whom a present-tense modal rule applies to makes the sentence a rule, whatever
its verb (issue 14, provisions round t-prov12; ``provisions.forms.modal_ages``). Seen missed in four dev
reports (2016 Niger, 2017 Azerbaijan, 2018 Guyana, 2017 Bhutan): the verb was not among
``permissions``' verbs. Past and conditional modals narrate; a dated or past-tense sentence is no rule.
Sentences of our own making, about a fictional country."""
from __future__ import annotations

import pytest

from .test_provisions_round10 import _rule_values

RULES = [
    ("Young offenders may be kept in reform schools until they are 21 years old.", [21]),
    ("Farms may hire children as young as 13 for seasonal harvest work.", [13]),
    ("Apprentices aged 15 must attend vocational classes for a maximum of 10 hours per week.", [15, 10]),
]
NOT_RULES = [
    "In June the farm hired children as young as 13 for the harvest.",
    "Children as young as 10 could be seen selling goods in the capital's markets.",
    "Observers said children as young as nine might have worked in the quarries.",
]


@pytest.mark.model
@pytest.mark.parametrize("sentence, values", RULES)
def test_ages_of_present_modal_rules(nlp, sentence: str, values: list) -> None:
    assert _rule_values(nlp, sentence) == values


@pytest.mark.model
@pytest.mark.parametrize("sentence", NOT_RULES)
def test_narrated_ages_are_no_rules(nlp, sentence: str) -> None:
    assert _rule_values(nlp, sentence) == []
