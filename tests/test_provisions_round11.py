"""Time limits and rule quantities read on pages nobody tuned on (issue 14, provisions round 11):
deadlines in words ("within a year of the filing", "within the first hour of arrest"), a detention a
party may request ("may request to detain … for 28-day periods", "may request a prosecutor double this
period to 96 hours", "may request an additional six-month extension"), "double" as a change of a limit
("double the detention period from 24 to 48 hours" gives 48), working and business days, "three-judge
panels", the majority a vote needs ("by a two-thirds majority vote"), and life imprisonment listed
after another penalty. Found on 2017 Bhutan, 2020 Fiji, 2020 Senegal, 2023 Papua New Guinea, 2024
Mauritania, 2019 Suriname (dev) and confirmed on pages without gold (2016 Ethiopia, 2017 and 2024
Honduras, 2018 Guatemala, 2020 Kyrgyzstan, 2020 Uzbekistan, 2019 Iraq, 2024 Pakistan, 2018 Lesotho).
Sentences of our own making, about a fictional country."""
from __future__ import annotations

import pytest

from rightsledger.extract.numbers import find_numbers

from .test_figprov_classes import _doc_figures
from .test_provisions_round10 import _rule_values

RULES = [
    ("The judicial council has set a standing rule for courts to decide all land cases within a year of filing.", [1]),
    ("The Rapid Counsel Procedure requires police to give every suspect access to a lawyer within the first "
     "hour of arrest.", [1]),
    ("Under the security act police may request to detain persons without charge for 21-day periods, up to a "
     "maximum of three months.", [21, 3]),
    ("Gendarmes may double the custody period from 24 to 48 hours if a prosecutor so authorizes.", [48]),
    ("In cases of organized crime, investigators may request a judge double this period to 96 hours.", [96]),
    ("The prosecution may request an additional three-month extension, but many detainees stayed in jail longer.", [3]),
    ("The ministry maintains protocols requiring inspectors to answer labor complaints within 10 working days.", [10]),
    ("Appeals courts sit in three-judge panels.", [3]),
    ("The assembly elects the speaker by a two-thirds majority vote.", [2 / 3]),
    ("A union with a 60-percent majority of the staff may call a strike.", [60]),
    ("The penalty for arson is 20 years' imprisonment or, if a person dies in the fire, life imprisonment.", [20, None]),
    ("Under the code, penalties for sacrilege include the death sentence for “burning the relics,” life imprisonment "
     "for “damaging the shrine,” and five years’ imprisonment for mocking the rites.", [None, None, 5]),
    ("There was a functioning bail system for crimes carrying a sentence of less than eight years.", [8]),
    ("Bail exists only for crimes for which the maximum sentence if convicted is four years' imprisonment or less.", [4]),
    ("A provincial governor may order a person detained for 45 days to prevent a threat to public order.", [45]),
    ("A reviewing judge has two to seven days to uphold or overturn the decision.", [2]),
    ("The length of custody without a court hearing or formal charges is also limited to six months.", [6]),
]

NOT_RULES = [
    "The ruling party won a two-thirds majority in the assembly in the March elections.",
    "In May the prosecutor requested a three-month extension of the journalist's detention.",
    "In March a court sentenced him to 10 years in prison, and in May another court sentenced his brother to life "
    "imprisonment.",
    "In March he was charged with crimes carrying a sentence of up to 10 years and denied bail.",
    "The judge who grants such an extension is often the same one that hears the case.",
]


@pytest.mark.model
@pytest.mark.parametrize("sentence, values", RULES)
def test_rule_quantities_of_round_eleven(nlp, sentence: str, values: list) -> None:
    got = _rule_values(nlp, sentence)
    assert [None if v is None else pytest.approx(v, abs=1e-6) for v in got] == values


@pytest.mark.model
@pytest.mark.parametrize("sentence", NOT_RULES)
def test_narrated_quantities_of_round_eleven_are_no_rules(nlp, sentence: str) -> None:
    assert _rule_values(nlp, sentence) == []


def test_kinds_of_days_are_durations() -> None:
    (m,) = find_numbers("within seven working days")
    assert (m.kind, m.value, m.unit) == ("duration", 7, "days")
    (m,) = find_numbers("at least 10 business days")
    assert (m.kind, m.value, m.unit) == ("duration", 10, "days")
    (m,) = find_numbers("a 60-percent majority")
    assert (m.kind, m.value) == ("percent", 60)


@pytest.mark.model
def test_the_majority_a_vote_needs_is_no_figure(nlp) -> None:
    text = ("Zembla\n\nThe assembly elects the speaker by a two-thirds majority vote. The ruling party won a "
            "two-thirds majority in the assembly.\n")
    assert [f.value for f in _doc_figures(nlp, text)] == [pytest.approx(2 / 3, abs=1e-6)]
