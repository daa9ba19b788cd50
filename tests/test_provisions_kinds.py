"""A count of kinds a law lists is no rule's quantity (issue 14, provisions round t-prov12): "sets out
nine categories of contracts", "allows two types of union", "one of the other three categories" are
figures. Seen as false threshold provisions in four dev reports (2022 Peru, 2024 Thailand, 2021 Costa
Rica, 2018 Mauritius), stated by the parse: a cardinal modifying a noun of the ``kind_nouns`` table
(data/provisions.toml). Kinds that scope a class of persons, a noun's prepositional object ("officials
in 48 categories must declare", as the 2016 Malawi gold records), stay rule quantities.
Sentences of our own making, about a fictional country."""
from __future__ import annotations

import pytest

from .test_provisions_round10 import _rule_values

KINDS = [
    ("The labor code sets out six categories of fixed-term contracts that employers may use.", []),
    ("The law recognizes three types of cooperative: producer, consumer, and credit cooperatives.", []),
    ("The constitution permits two other kinds of local council unique to the islands.", []),
    ("Under the electoral law, each candidate must declare belonging to one of the five classes of voters.",
     []),
    # the number a rule turns on is kept beside a count of kinds
    ("The law allows two forms of strike and requires 10 days' notice for each.", [10]),
]
SCOPE = [
    ("The law requires public servants in 35 categories to declare their assets.", [35]),
    ("The law requires employers to pay at least 12,000 florins a month.", [12000]),
]


@pytest.mark.model
@pytest.mark.parametrize("sentence, values", KINDS + SCOPE)
def test_counts_of_kinds_are_no_rule_quantities(nlp, sentence: str, values: list) -> None:
    assert _rule_values(nlp, sentence) == values
