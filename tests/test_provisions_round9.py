"""Penalties a rule states without a law frame (issue 14, provisions round 9: the dev gold's
misses, confirmed on collection pages without gold, 2020 Burkina Faso, 2021 Cameroon, 2018
Nepal): the penalty as the subject of a present or modal verb, a punishment told with a modal,
what a class of offenders faces, the capital penalty opening its sentence. Sentences of our own
making, about a fictional country."""
from __future__ import annotations

import pytest

from .test_provisions_schedules import _mentions

RULES = [
    ("If the victim is under the age of 15, the penalty is 12 to 25 years' imprisonment.", [15, 12]),
    ("If the offender holds authority over the victim, the prison sentence is six months to two years.", [6]),
    ("If the victim dies, the penalty is life imprisonment.", [None]),
    ("A prison term of 15 to 25 years applies if the victim is under age 13.", [15, 13]),
    ("The law prohibits domestic abuse; penalties generally range from two months to five years in prison.", [2]),
    ("Those who incite ethnic hatred could be punished with imprisonment from three to nine years.", [3]),
    ("Repeat offenders face 12 to 18 years in prison.", [12]),
    ("Members of groups organized to spread ethnic hatred faced imprisonment of between three and 10 years.", [3]),
    ("Sentences are longer and may include life imprisonment if the victim is younger than age 16.", [None, 16]),
    ("The death penalty may be applied if a soldier is convicted of desertion in wartime.", [None]),
    ("The code also prescribed a mandatory death penalty for apostasy.", [None]),
    ("Magistrates may impose a fine of not less than 2,000 dinars on parents who keep children from school.",
     [2000]),
    ("If the girl dies after the cutting, the sentence increases to a term of 11 to 20 years' imprisonment.",
     [11]),
]
NOT_RULES = [
    "He originally faced up to 30 years in prison before seeking a plea deal.",
    "The journalist faced 10 years in prison, but the court acquitted him in May.",
    "Although authorities imposed the death penalty in some cases, no person was executed during the year.",
    "Penalties are not sufficient to deter violations.",
    "Her sentence is 10 years, and her lawyers said they would appeal.",
]


@pytest.mark.model
@pytest.mark.parametrize("sentence, values", RULES)
def test_penalties_stated_without_a_law_frame(nlp, sentence: str, values: list) -> None:
    assert [m.value for m in sorted(_mentions(nlp, sentence), key=lambda m: m.start)] == values


@pytest.mark.model
@pytest.mark.parametrize("sentence", NOT_RULES)
def test_a_penalty_of_one_case_is_no_rule(nlp, sentence: str) -> None:
    assert _mentions(nlp, sentence) == []
