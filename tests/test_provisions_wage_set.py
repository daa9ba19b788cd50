"""A minimum wage an authority sets or raises is a ``threshold`` provision (docs/EVALUATION.md, "Minimum
wage, penalties without a number"); a stated minimum wage stays a figure. Seen missed in three dev reports
(issue 14, provisions round t-prov13; ``provisions.WAGE_SET``): the authority named by its acronym (2008
Angola), the passive with the replaced amount ("was increased from … to …", 2017 Azerbaijan), an authority
settling on an amount ("decided on a minimum wage of …", 2018 Lesotho). Sentences of our own making, about
a fictional country."""
from __future__ import annotations

import pytest

from .test_provisions_joined_ages import _provisions, assert_thresholds

SET = [
    ("In March the NWB raised the minimum wage for domestic workers to 4,500 florins per month.", [4500]),
    ("The minimum wage for farm workers was increased from 3,000 florins ($20) to 3,600 florins ($24) per month.",
     [3600, 24]),
    ("After talks with the unions, the cabinet decided on a minimum wage of 5,200 florins for apprentices.", [5200]),
]
STATED = [
    "The minimum wage was 4,000 florins per month, below the poverty line.",
    "Many employers in the SEZ paid less than the minimum wage of 4,000 florins.",
]


@pytest.mark.model
@pytest.mark.parametrize("sentence, values", SET)
def test_a_minimum_wage_set_is_a_threshold(nlp, sentence: str, values: list) -> None:
    assert_thresholds(_provisions(nlp, sentence), values)


@pytest.mark.model
@pytest.mark.parametrize("sentence", STATED)
def test_a_stated_minimum_wage_is_no_provision(nlp, sentence: str) -> None:
    assert _provisions(nlp, sentence) == []
