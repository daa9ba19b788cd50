"""Rule shapes of issue 14, provisions round 6: a period a detainee "may be held" in a sentence
that also names a penalty, premium pay rates of overtime ("time and a half"), schedules of
penalties by offense ("… for a first offense, and … for a subsequent offense"), the required
payment a practice sentence cites, and the legal deadline a negated practice sentence cites.
Sentences of our own making, about a fictional country."""
from __future__ import annotations

import pytest

from rightsledger.extract.provisions.build import _legal_limits, rule_mentions
from rightsledger.extract.provisions.deadlines import present_limits as _present_limits
from rightsledger.extract.provisions.quantities import pay_rates

RULES = [
    # a modal period beside a penalty frame: both periods are the rule
    ("Suspects may be held for 120 days without trial or up to 200 days if the offense is punishable "
     "by a prison term.", [120, 200]),
    # penalties by offense, amounts before the cue
    ("The amount of any fine depends on the harm done: 50,000 to 100,000 dinars for a first offense, "
     "and fines of 200,000 dinars or five to 15 days in prison for a repeated offense.", [50000, 200000, 5]),
    ("Employers pay 300 crowns for each violation and 600 crowns for a second violation, a penalty "
     "inspectors rarely impose.", [300, 600]),
    # a required payment cited in a practice sentence, with its amount in another currency
    ("Four parties were barred for failing to pay the required deposit of two million dinars ($5,000) "
     "to the electoral commission.", [2000000, 5000]),
    ("Applicants must pay a mandatory registration fee of 40,000 dinars.", [40000]),
    # the legal deadline a negated practice sentence cites
    ("Suspects usually learned of the charges at arrest but were not always brought before a "
     "magistrate within 72 hours.", [72]),
    ("Police often failed to charge detainees within the 10 days the code allows.", [10]),
    # a quota reserved by the constitution; a penalty a violation "leads to"
    ("The constitution reserves 25 percent of seats in parliament for women.", [25]),
    ("Breach of the press law leads to a fine of 40,000 dinars for a journalist.", [40000]),
    # a threshold "equal to or exceeding"; an instrument the rule verb's clause hangs on
    ("Parties were required to have members equal to or exceeding 2 percent of the electorate.", [2]),
    ("Custody was governed by rules that allowed for detention before charge up to 12 days.", [12]),
    # a past verb inside a relative clause is the rule's condition, not narration
    ("The government required visitors who stayed in the capital for more than 10 days to register.", [10]),
    # a law adopted on a date carries the quantities of its object (not its counts)
    ("On May 4, parliament enacted a law allowing former detainees to receive 2 million dinars "
     "($4,000) in compensation.", [2000000, 4000]),
    ("In 2021, the ministry announced a nationwide ban on night work by minors for five years.", [5]),
    # the limit a clause on the law states, in a practice sentence
    ("Many suspects were held longer than permitted under the code, which ranges from two to eight "
     "months depending on the offense.", [2]),
    # a past prohibition of a class of workers with a daily limit
    ("Minors were not permitted to work at night or more than six hours a day.", [6]),
    # the count of a single period, and the size of a body, are not the rule's numbers
    ("The law mandates at least one uninterrupted period of 36 hours of rest per week.", [36]),
    ("The constitution requires that 20 of the 60 senators stand for election every two years.", [20, 2]),
]

NOT_RULES = [
    "He was fined 300 crowns for a first offense in March.",
    "In June police held the two journalists for 10 days.",
    "The activist was not released within two weeks, despite a court order.",
    "Her family paid legal fees of $2,000 to a private lawyer.",
    "In April police who stayed in the village for 10 days detained 12 farmers.",
    "In March the president signed a decree pardoning 300 prisoners.",
]


def _mentions(nlp, sentence: str) -> list:
    sent = nlp(sentence)[:]
    found = rule_mentions(sentence, sent) or _present_limits(sentence, sent)
    seen = {m.start for m in found}
    return found + [m for m in _legal_limits(sentence) + pay_rates(sentence) if m.start not in seen]


@pytest.mark.model
@pytest.mark.parametrize("sentence, values", RULES)
def test_rule_shapes_of_round_six(nlp, sentence: str, values: list) -> None:
    assert [m.value for m in sorted(_mentions(nlp, sentence), key=lambda m: m.start)] == values


@pytest.mark.model
@pytest.mark.parametrize("sentence", NOT_RULES)
def test_narrated_quantities_are_not_rules(nlp, sentence: str) -> None:
    assert not _mentions(nlp, sentence)


def test_overtime_pay_rates() -> None:
    rates = pay_rates("Overtime is paid at time and a half for the first 20 hours and at time-and-three-quarters "
                      "beyond; work on holidays earns premium pay from time-and-a-half to double time.")
    assert [(r.value, r.value_end, r.unit) for r in rates] == [(1.5, None, "times"), (1.75, None, "times"),
                                                              (1.5, 2, "times")]
