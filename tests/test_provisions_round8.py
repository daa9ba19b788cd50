"""Rule shapes of issue 14, provisions round 8, found by reading §1, §2, §6 and §7 of state.gov
pages without gold (2016 Uganda, 2017 Jordan, 2018 Guatemala, 2019 Bolivia, 2021 Cameroon, 2022
Cambodia, 2023 Mali): penalties told with a modal or as what offenders are subject to, limits told
with other verbs, permissions tied to an age, death and life imprisonment as penalties without a
number (as the dev gold of 2016 Malawi, 2020 Senegal and 2023 Papua New Guinea records them), and
the lengths of events those pages told in ways the extractor missed. Sentences of our own making,
about a fictional country."""
from __future__ import annotations

import pytest

from .test_penalties import _Ann, _events
from .test_provisions_schedules import _mentions  # the quantities a sentence gives as provisions

RULES = [
    # a penalty told with a modal, or as what offenders are subject to / receive / carry
    ("Publishers who print unlicensed leaflets can be fined between 2,000 and 6,000 dinars.", [2000]),
    ("Persons convicted of bonded labor may be fined up to 800,000 dinars, sentenced to three years' "
     "imprisonment, or both.", [800000, 3]),
    ("Breaches of the apprenticeship rules carry a 40,000 dinar fine.", [40000]),
    ("Offenders are subject to a prison sentence of eight to 12 years.", [8]),
    ("Offenders may be subject to imprisonment for periods of three months to two years and a fine.", [3]),
    ("If the victim is a child, the penalty may be two to four years in prison.", [2]),
    ("Where the offender is a guardian, the penalty may increase to five to eight years in prison.", [5]),
    ("The maximum punishment remained four years' imprisonment.", [4]),
    ("The press code includes penalties, including fines up to 50,000 dinars, for unlicensed printing.", [50000]),
    ("Criticism of the armed forces could result in a maximum 10 years' imprisonment.", [10]),
    ("Sentences for smuggling may be up to six years.", [6]),
    ("Employers who ignore inspectors could receive a fine of no more than $80 for each violation.", [80]),
    ("Convicted smugglers receive three to seven years' imprisonment.", [3]),
    # limits told with other verbs, negated, or as a power
    ("Officers may not hold a suspect for more than eight hours without informing a magistrate.", [8]),
    ("Prosecutors can extend the period to file charges to as long as four months for serious crimes.", [4]),
    ("The interior ministry may suspend a charity's activities for two months for unpaid fees.", [2]),
    ("Magistrates have the power to detain suspects for an initial 72 hours.", [72]),
    ("Miners are not to work more than 10 hours a day.", [10]),
    ("Shop workers may work a maximum three hours of overtime per day.", [3]),
    # a permission tied to an age
    ("With the approval of a court, a child as young as 16 may be married.", [16]),
    ("A boy age 17 could marry with the consent of both parents.", [17]),
    ("Children younger than age three could stay in prison with their mothers.", [3]),
    ("Children age 15 and older may engage in light farm work during school holidays.", [15]),
    ("Nationality may be acquired through at least one parent born in the country.", [1]),
    # an instrument adopted without an article; a limit named with its noun
    ("In May the council issued new licensing regulations, including a 30-day limit on temporary permits.", [30]),
    ("The 25-member threshold for registering a party was criticized by the opposition.", [25]),
    # rule verbs and legal notions in the present tense; a duty's residence period or frequency
    ("The nationality code accords citizenship to a child if at least one grandparent is a citizen.", [1]),
    ("Foundlings under the age of 16 are considered citizens.", [16]),
    ("Children younger than 13 are exempt from criminal liability.", [13]),
    ("Because compulsory education ends at the age of 11, many children worked in the fields.", [11]),
    ("If the inspector closes a shop, the closure lasts for two months.", [2]),
    ("Applicants must show that they have been resident in the country for seven years.", [7]),
    ("Asylum seekers must report to the district office one day per week.", [1]),
    ("The courts give defendants up to 30 days to appeal death sentences.", [30]),
]

# death and life imprisonment as penalties of a rule: one provision each, no value (the settled
# convention "penalties without a number")
CAPITAL = [
    ("The maximum penalty for armed robbery is death or life imprisonment.", [None, None]),
    ("Trafficking in children is punishable by life imprisonment.", [None]),
    ("Assault resulting in death is punishable by death.", [None]),
    ("The courts give defendants up to 30 days to appeal death sentences.", [30]),  # not a penalty
    ("Relatives reported that the death of the two guards was never investigated.", []),
]

NOT_RULES = [
    "The law allows the 14 regional prefects to close markets during epidemics.",
    "On March 3, the tribunal sentenced 22 of the protesters to prison terms ranging from two to six years.",
    "In March a court sentenced the mayor to life imprisonment.",
    "Relatives reported that the death of the two guards was never investigated.",
]


@pytest.mark.model
@pytest.mark.parametrize("sentence, values", RULES)
def test_rule_shapes_of_round_eight(nlp, sentence: str, values: list) -> None:
    assert [m.value for m in sorted(_mentions(nlp, sentence), key=lambda m: m.start)] == values


@pytest.mark.model
@pytest.mark.parametrize("sentence", NOT_RULES)
def test_narrated_or_named_quantities_are_not_rules(nlp, sentence: str) -> None:
    assert _mentions(nlp, sentence) == []


@pytest.mark.model
@pytest.mark.parametrize("sentence, values", CAPITAL)
def test_capital_penalties(nlp, sentence: str, values: list) -> None:
    assert [m.value for m in sorted(_mentions(nlp, sentence), key=lambda m: m.start)] == values


@pytest.mark.model
def test_capital_penalty_is_a_penalty_without_value(nlp) -> None:
    from rightsledger.extract.provisions.norms import norm_of as _norm, unit_of as _unit

    s = "The maximum penalty for armed robbery is death or life imprisonment."
    found = sorted(_mentions(nlp, s), key=lambda m: m.start)
    assert [(s[m.start:m.end], _norm(m, s, s), _unit(m, s, "penalty")) for m in found] == [
        ("death", "penalty", None), ("life imprisonment", "penalty", None)]


@pytest.mark.parametrize("sentence, expected", [
    # "a year's imprisonment": the possessive of a term told with an article
    ("In June a court sentenced the blogger to a year's imprisonment and a fine of 500,000 dinars.",
     ("prison", 1, "years")),
    # several defendants given a range of terms: the lower bound, as for a rule's range
    ("On May 2, a military court sentenced 30 of the defendants to prison terms ranging from three to "
     "nine years.", ("prison", 3, "years")),
])
def test_terms_imposed(sentence, expected) -> None:
    from rightsledger.extract.terms.penalties import find_penalties

    assert (find_penalties(sentence)[0][1].kind, find_penalties(sentence)[0][1].value,
            find_penalties(sentence)[0][1].unit) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Police placed the opposition leader under 14-day house arrests.", [(14, "days")]),
    ("Guards remanded him for less than 12 hours before moving him to the central prison, where he "
     "spent four months without trial.", [(12, "hours"), (4, "months")]),
    ("Soldiers detained at least 12 herders for periods ranging from two days to three weeks.", [(2, "days")]),
    ("The guard spent six days in hospital after the riot.", []),  # not held
    ("The activist spent five months in pretrial detention.", [(5, "months")]),
])
def test_lengths_of_detention(sentence, expected) -> None:
    from rightsledger.extract.terms.durations import find_durations

    assert [(d.value, d.unit) for _, d, _ in find_durations(sentence)] == expected


def test_released_later_is_how_long_the_arrest_lasted() -> None:
    """"arrested … in March and released him two months later": the arrest of the sentence lasted two
    months (2020 Senegal dev gold); the release alone in its sentence keeps the length."""
    from rightsledger.extract.event_terms import attach_penalties

    s = "In March police arrested the editor of the Sarnova Courier, and released him two months later."
    out = attach_penalties(_Ann(s, 2022), _events(s, [("detention_or_arrest", "2022-03"), ("release", "2022-05")]))
    assert (out[0].duration.value, out[0].duration.unit) == (2, "months") and out[1].duration is None
    s2 = "Authorities released the two teachers on bail three weeks later."
    out = attach_penalties(_Ann(s2, 2022), _events(s2, [("release", "2022")]))
    assert (out[0].duration.value, out[0].duration.unit) == (3, "weeks")


def test_released_later_in_the_next_clause_goes_to_the_arrest() -> None:
    """The events of one sentence may cite a clause each: "In March police arrested the editor, |
    and released him two months later." — the length goes to the arrest of the clause before."""
    from rightsledger.extract.event_terms import attach_penalties
    from rightsledger.records import Event, Span

    s = "In March police arrested the editor of the Sarnova Courier, and released him two months later."
    cut = s.index("and released")
    evs = [Event("d:ev:0", "d", "detention_or_arrest", "2022-03", None, "month", [], None, "1.d", "asserted",
                 None, Span.of(s, 0, cut - 1)),
           Event("d:ev:1", "d", "release", "2022-05", None, "month", [], None, "1.d", "asserted",
                 None, Span.of(s, cut, len(s)))]
    out = attach_penalties(_Ann(s, 2022), evs)
    assert (out[0].duration.value, out[0].duration.unit) == (2, "months") and out[1].duration is None
