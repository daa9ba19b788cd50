"""Word multipliers are figures with unit ``times`` (round t-figs8; docs/EVALUATION.md, "Multiples
… are figures with unit `times`"; data/figures.toml ``fold_words``, ``predeterminer_multipliers``):
"raised the fee fivefold", "double the rate for men", "almost double the 310 cases", "triple the
number", "more than double prison capacity". "double" as an adjective ("double jeopardy", "double
pay", "a double murder"), as a verb ("nearly doubled", "may double this period"), after a
preposition ("paid at double their salary") or in a sentence that states a rule stays no figure.

Sentences of our own making, about a fictional country."""
from __future__ import annotations

import pytest

FACTS = (
    "ZEMBLA 2023 HUMAN RIGHTS REPORT\n\n"
    "In 2021 the ministry raised the licence fee fivefold for rural radio stations. "
    "The jobless rate for young women was double the rate for young men. "
    "By June the ombudsman had received 600 complaints, almost double the 310 cases filed a year earlier. "
    "There were 12 independent members of the assembly, triple the number before the vote. "
    "The Eastgate prison held 2,400 inmates, more than double prison capacity of 1,100.\n"
)

NOT_FIGURES = (
    "ZEMBLA 2023 HUMAN RIGHTS REPORT\n\n"
    "The appeals court barred double jeopardy in military trials. "
    "Guards working on festival days received double pay. "
    "A court convicted a soldier of a double murder. "
    "The staff of the labor inspectorate nearly doubled during the year. "
    "Investigators may double this period with the approval of a judge. "
    "Night workers are paid at double their usual wage. "
    "The law provides penalties for attacks on judges that are double those for attacks on other persons.\n"
)


@pytest.mark.model
def test_word_multipliers_of_fact_are_figures(figure_values) -> None:
    assert figure_values(FACTS) == [5, 2, 600, 2, 310, 12, 3, 2400, 2, 1100]


@pytest.mark.model
def test_adjectives_verbs_and_rule_multipliers_stay_no_figures(figure_values) -> None:
    assert figure_values(NOT_FIGURES) == []
