"""Rules told as a change, chained time limits and minimum wages an authority sets (issue 14,
provisions round 10: the first runs of the ten new dev reports, 2017 Tunisia, 2014 DRC, 2020 Fiji,
2019 Suriname, 2018 Mauritius; confirmed on collection pages without gold, 2018 Kenya and Nepal,
2022 Benin, 2021 Nigeria). A change states the new limit only ("raised from 16 to 18" gives 18,
docs/EVALUATION.md); a minimum wage an authority sets is a threshold, a stated one a figure; the
members a union or party needs to be formed are a threshold even without a rule verb; pay as a
multiple of the wage ("twice the basic salary", "a premium of 25 percent") is a rule in an undated
sentence (2019 Ecuador, 2018 Mauritius; 2018 Tajikistan, 2021 Bangladesh, 2022 Tanzania).
Sentences of our own making, about a fictional country."""
from __future__ import annotations

import pytest

from rightsledger.extract.provisions.changes import new_values

from .test_figprov_classes import _doc_figures
from .test_provisions_schedules import _mentions


def _rule_values(nlp, sentence: str) -> list:
    return [m.value for m in new_values(sentence, sorted(_mentions(nlp, sentence), key=lambda m: m.start))]


RULES = [
    ("The 2019 amendments to the code of criminal procedure shortened the maximum period of police "
     "custody to 36 hours, renewable once by a prosecutor, for a maximum of three days.", [36, 3]),
    ("The antiterrorism law also extends the time a suspect may be held without access to a lawyer "
     "from four to 12 days.", [12]),
    ("Under previous laws, sex with a girl under the age of 14 was punishable by five years in prison; "
     "the new law raised the age of consent to 17.", [17]),
    ("It allows up to a three-year sentence for the offender, instead of the previous one year in prison.", [3]),
    ("For minor offenses the time limit is 36 hours, renewable once.", [36]),
    ("Suspects in terrorism cases may be held without access to a lawyer for 72 hours.", [72]),
    ("Pretrial detention may last nine months and may be extended by court order for two additional "
     "three-month periods.", [9, 3]),
    ("A magistrate may extend the detention period in 15-day increments up to a total of 90 days.", [15, 90]),
    ("Defendants have the right to a trial within 20 days of being charged, but judges may extend this "
     "period to a maximum of 60 days.", [20, 60]),
    ("The minister of justice must authorize detention without charge exceeding 72 hours.", [72]),
    ("The government introduced a minimum wage of 12,000 francs per month.", [12000]),
    ("In March the cabinet increased the minimum wage from 200 francs ($9) to 260 francs ($12) per day.",
     [260, 12]),
    ("For workers in mining, the minimum wage was increased to 9,500 francs per month.", [9500]),
    ("Workers can form a union with the participation of at least 15 employees from one enterprise.", [15]),
    ("The establishment of unions required at least 40 founding members and approval from the labor office.",
     [40]),
    ("A requirement that new parties present signatures from 3,000 registered members was criticized.", [3000]),
    ("Premium pay is 1.5 times the basic salary for night work, and work on holidays receives twice the basic "
     "salary.", [1.5, 2]),
    ("Those who work on public holidays are paid at double their normal salary rate.", [2]),
    ("Night workers receive a premium of 30 percent.", [30]),
    ("Penalties for employers who fire union members range from 10 to 40 times the monthly minimum salary.", [10]),
    ("The security law allows for four days of incommunicado detention, which can be renewed for two four-day "
     "extensions with a judge's approval.", [4, 4]),
    ("Schooling is compulsory until age 14, but the law does not provide for free schooling.", [14]),
    ("In August parliament increased the mandatory minimum sentence for torture from six months to one year.", [1]),
    ("Punishment for the crime also increased from six to nine years in prison.", [9]),
    ("The 2018 amendments to the criminal procedure code reduced the length of time for preliminary detention "
     "from 72 to 36 hours.", [36]),
    ("The punishment for petty theft was increased from 10 to 15 days' arrest, or 20 days for repeat offenses.",
     [15, 20]),
]
NOT_RULES = [
    "The minimum wage was 30,000 francs a month, below the poverty line.",
    "In 2003 the government and employers agreed in principle to increase the minimum wage to 54,000 francs.",
    "The court extended his detention to 30 days.",
    "Police held him without access to a lawyer for 72 hours.",
    "Police arrested at least 40 members of the opposition party when they tried to register their candidates.",
    "A guard told reporters that there were at least 10 members in his unit younger than 18.",
    "In May the mine paid its workers twice the basic salary to end the strike.",
    "The 2010 law, which was adopted after 14 people died in a fire, bans smoking in bars.",
    "The 2011 government-established minimum wage of 1,500 francs per day remained unadjusted.",
    "The unemployment rate for women was double the rate for men.",
]


@pytest.mark.model
@pytest.mark.parametrize("sentence, values", RULES)
def test_rules_told_as_a_change_or_a_chain(nlp, sentence: str, values: list) -> None:
    assert _rule_values(nlp, sentence) == values


@pytest.mark.model
@pytest.mark.parametrize("sentence", NOT_RULES)
def test_stated_wages_and_one_case_are_no_rule(nlp, sentence: str) -> None:
    assert _rule_values(nlp, sentence) == []


@pytest.mark.model
def test_a_minimum_wage_set_by_an_authority_is_no_figure(nlp) -> None:
    text = ("ZEMBLA 2024 HUMAN RIGHTS REPORT\n\n"
            "The government introduced a minimum wage of 12,000 francs per month. "
            "The minimum wage for farm workers was 9,000 francs a month.\n")
    assert [f.value for f in _doc_figures(nlp, text)] == [9000]


@pytest.mark.model
def test_a_replaced_wage_stays_a_figure_and_a_rest_period_is_no_count(nlp) -> None:
    text = ("ZEMBLA 2024 HUMAN RIGHTS REPORT\n\n"
            "On May 2, the government increased the minimum wage from 40,000 francs ($65) per month to "
            "52,000 francs ($85) per month. "
            "The labor code provides for paid holidays and at least one 24-hour rest period per week.\n")
    assert [f.value for f in _doc_figures(nlp, text)] == [40000, 65]
