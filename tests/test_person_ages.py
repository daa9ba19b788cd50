"""An age told right after a person named one at a time ("No person under 18 may …", "a child under 16")
or as a range right after a class of persons without "between" ("Children 12 to 14 may …") is an age,
not a count of things (issue 14, round t-prov14; ``numbers.ages``, its singular nouns in
``provisions.toml``'s ``age_person_singulars``). Seen in four dev reports (2008 Angola, 2017 Tunisia,
2018 Guyana, 2021 Laos), each time the age of a rule in the gold. A counted noun after the number keeps
it a count. Sentences of our own making, about a fictional country."""
from __future__ import annotations

import pytest

from rightsledger.extract.numbers import find_numbers

from .test_provisions_round10 import _rule_values


def kinds(text: str) -> list[tuple[float, float | None, str]]:
    return [(m.value, m.value_end, m.kind) for m in find_numbers(text)]


AGES = [
    ("No person under 18 may be hired for work in the salt pans after dark.", [(18, None, "age")]),
    ("Sexual relations with a child under 14 are a felony in Zembla.", [(14, None, "age")]),
    ("A student over 16 can leave school with the written consent of a parent.", [(16, None, "age")]),
    ("Minors 13 to 15 may help on family farms during school holidays.", [(13, 15, "age")]),
    ("Girls aged 15 to 17 may marry with a judge's consent.", [(15, 17, "age")]),
]
COUNTS = [
    ("Each worker under 30 contracts received a bonus.", [(30, None, "count")]),
    ("Children 12 to 14 villages away walked to the only school.", [(12, 14, "count")]),
]
RULES = [
    ("No person under 18 may be hired for work in the salt pans after dark.", [18]),
    ("Children 12 to 14 may perform light work outside school hours.", [12]),
]


@pytest.mark.parametrize("sentence, expected", AGES)
def test_ages_after_persons(sentence: str, expected: list) -> None:
    assert kinds(sentence) == expected


@pytest.mark.parametrize("sentence, expected", COUNTS)
def test_counted_nouns_stay_counts(sentence: str, expected: list) -> None:
    assert kinds(sentence) == expected


@pytest.mark.model
@pytest.mark.parametrize("sentence, values", RULES)
def test_ages_of_rules(nlp, sentence: str, values: list) -> None:
    assert _rule_values(nlp, sentence) == values
