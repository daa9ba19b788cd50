"""Penalties a rule states, read on text nobody tuned on (issue 14, provisions round t-prov11):
ranges told with a suspended hyphen ("10- to 15-year sentences", seen on five pages without gold: 2017
Honduras, 2018 Tajikistan, 2019 Iraq, 2020 Turkmenistan, 2024 Pakistan, and 2019 Ecuador dev, whose
"15- to 30-day prison term" was read as 30), what a class of offenders faces ("faced life
imprisonment", "faces a maximum four-year prison sentence": 2022 Panama dev, 2020 Turkmenistan) and a
capital penalty told with a modal ("may be imprisoned for life": 2017 Bhutan, 2018 Guyana dev).
Sentences of our own making, about a fictional country."""
from __future__ import annotations

import pytest

from rightsledger.extract.numbers import find_numbers

from .test_provisions_round10 import _rule_values

RULES = [
    ("Arson is punishable by 8- to 14-year sentences.", [8]),
    ("Forced labor convictions carry four- to 10-year prison terms.", [4]),
    ("Insulting a magistrate is a misdemeanor carrying a 10- to 20-day jail term under the code.", [10]),
    ("A person convicted of arson causing death may be imprisoned for life.", [None]),
    ("By law a person who abducts a child under 14 may be convicted of a felony and imprisoned for life.",
     [14, None]),
    ("Anyone convicted of vote buying faces a maximum four-year prison sentence.", [4]),
    ("Persons convicted of espionage faced life imprisonment and could not be pardoned.", [None]),
    ("Those convicted of desertion face the death penalty.", [None]),
    ("Those convicted of treason could be sentenced to death.", [None]),
    # a legal notion told with its adjective (2018 Guyana dev, and one page without gold)
    ("The age of sexual consent is 15 years.", [15]),
]
# what one person faced, or a court imposed, is a case
NOT_RULES = [
    "He faced life imprisonment if convicted.",
    "The journalist faced the death penalty.",
    "The journalist faces a maximum five-year prison sentence.",
    "In May a court sentenced him to death for murder.",
    "In May the soldiers beat the prisoner to death.",
]


@pytest.mark.model
@pytest.mark.parametrize("sentence, values", RULES)
def test_penalties_of_rules(nlp, sentence: str, values: list) -> None:
    assert _rule_values(nlp, sentence) == values


@pytest.mark.model
@pytest.mark.parametrize("sentence", NOT_RULES)
def test_penalties_of_cases_are_no_rules(nlp, sentence: str) -> None:
    assert _rule_values(nlp, sentence) == []


def test_suspended_hyphen_ranges() -> None:
    (m,) = find_numbers("a 15- to 30-day prison term")
    assert (m.value, m.value_end, m.kind, m.unit) == (15, 30, "duration", "days")
    (m,) = find_numbers("three- to 12-year prison terms")
    assert (m.value, m.value_end, m.unit) == (3, 12, "years")
    assert [(n.value, n.kind) for n in find_numbers("grades 5 and 6")][0][0] == 5
