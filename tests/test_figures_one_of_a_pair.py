""""one" before a noun naming a member of a pair ("parent", "partner", "spouse"), in a condition
or after a preposition, picks that member and counts nothing (round t-figs6; data/figures.toml
``pair_nouns``, ``pair_before``): "as long as one parent is a citizen", "if one parent has …",
"children born of one citizen parent", "crimes committed by one domestic partner against …".
A "one" that reports a fact ("Only one parent attended", "killed one parent") or adds to a count
("of one parent and two children") stays a figure, and so do the other counts of the sentences.

Sentences of our own making, about a fictional country."""
from __future__ import annotations

import pytest

PAIRS = (
    "ZEMBLA 2023 HUMAN RIGHTS REPORT\n\n"
    "Children acquire citizenship at birth as long as one parent is a Zemblan national. "
    "Children born abroad of one citizen parent registered with 14 consulates. "
    "A child born outside the country is a citizen if one parent has a permanent address in Zembla. "
    "The ruling allowed couples to register their union as long as one partner resided in Zembla. "
    "The code treats as aggravated any assault committed by one domestic partner against another, "
    "and courts heard 230 such cases.\n"
)

COUNTS = (
    "ZEMBLA 2023 HUMAN RIGHTS REPORT\n\n"
    "Police detained 12 students and one parent. "
    "Only one parent attended the hearing. "
    "The court heard the testimony of one parent and two children.\n"
)


@pytest.mark.model
def test_one_picking_a_member_of_a_pair_is_no_figure(figure_values) -> None:
    assert figure_values(PAIRS) == [14, 230]


@pytest.mark.model
def test_one_counting_parents_stays_a_figure(figure_values) -> None:
    assert figure_values(COUNTS) == [12, 1, 1, 1, 2]
