"""What a conviction or a detention imposed, read on text nobody tuned on (issue 14, round t-prov11):
a day of a month before a term starts no range ("sentenced on August 5 to six months"), a term being
served ("under a 17-year sentence"), convictions narrated without "was sentenced" ("resulted in
convictions with prison sentences ranging from three to 11 years") are penalties and no rule, a range
up to life keeps its first term, fines after a long object and in the report country's currency, and
the length of a detention kept on the charge, acquittal or state of emergency the sentence dates.
Found on the first runs of 2014 DRC, 2016 Malawi, 2016 Niger, 2017 Tunisia, 2019 Ecuador, 2020 Fiji,
2022 Peru, 2023 Comoros, 2024 Jordan (dev) and confirmed on pages without gold (2018 Tajikistan,
2021 Nigeria, 2021 Vietnam, 2020 Uzbekistan). Sentences of our own making, about a fictional country."""
from __future__ import annotations

import pytest

from rightsledger.extract.numbers.currency import local_code
from rightsledger.extract.numbers import find_numbers
from rightsledger.extract.terms.durations import find_durations
from rightsledger.extract.event_terms import attach_penalties
from rightsledger.extract.terms.penalties import find_penalties
from rightsledger.extract.provisions import rule_mentions

from .test_penalties import _Ann, _events


def _pen(sentence: str) -> list[tuple]:
    return [(p.kind, p.value, p.unit) for _, p in find_penalties(sentence)]


@pytest.mark.parametrize("sentence, expected", [
    # the day of the date is no start of a range
    ("Charged with mocking the governor, the poet was sentenced on August 5 to six months in prison and fined "
     "900 dinars ($300).", [("prison", 6, "months"), ("fine", 900, "dinars")]),
    ("Tomas Vell was sentenced on June 11 to 12 years in a strict-regime colony.", [("prison", 12, "years")]),
    # a term being served, after the conviction it came from
    ("The former minister stayed in jail under a 12-year sentence following his May 2021 conviction for fraud.",
     [("prison", 12, "years")]),
    ("The former mayor stayed in jail under a life sentence following his conviction for sedition.",
     [("life", None, None)]),
    # a range up to life: the first term stated
    ("A garrison court found 12 soldiers guilty of looting and imposed sentences of between three years to life "
     "imprisonment.", [("prison", 3, "years"), ("life", None, None)]),
    ("By June courts had heard 20 cases, which resulted in nine convictions with prison sentences ranging from "
     "two to nine years.", [("prison", 2, "years")]),
    # a fine after a long object, and one told by its noun
    ("In April the Broadcasting Authority fined the Arvel Morning Television network and the Dunmore community "
     "radio station two million naira ($4,800) each for airing interviews.", [("fine", 2000000, "NGN")]),
    ("In May the press council sanctioned the weekly Arvel Courier with a $2,000 fine over a photograph.",
     [("fine", 2000, "USD")]),
])
def test_penalties_imposed(sentence, expected):
    assert _pen(sentence) == expected


def test_day_ranges_and_rules_stay_as_they_were():
    assert [(n.value, n.value_end, n.kind) for n in find_numbers("Strikes took place from January 5 to 8.")] == \
        [(5, 8, "date")]
    assert _pen("The law provides for fines of between 100 and 500 dollars for insulting officials.") == []
    # a ruling that narrates convictions is no rule; a rule's range stays one
    assert rule_mentions("By June courts had heard 20 cases, which resulted in nine convictions with prison "
                         "sentences ranging from two to nine years.") == []
    assert [m.value for m in rule_mentions("Penalties for libel include prison sentences ranging from two to "
                                           "nine years.")] == [2]


def test_a_term_served_goes_to_the_conviction_only():
    s = "The journalist, who was serving a five-year sentence, died in custody in May."
    out = attach_penalties(_Ann(s, 2021), _events(s, [("death_in_custody", "2021-05")]))
    assert out[0].penalty is None
    s2 = "The former minister stayed in jail under a 12-year sentence following his May 2020 conviction for fraud."
    out = attach_penalties(_Ann(s2, 2021), _events(s2, [("conviction_or_sentence", "2020-05")]))
    assert (out[0].penalty.kind, out[0].penalty.value) == ("prison", 12)


@pytest.mark.parametrize("sentence, event, expected", [
    ("Police held the activist for six days; she appeared in court on April 2 charged with sedition.",
     ("charge", "2021-04-02"), (6, "days")),
    ("In July a court acquitted a farmer, who had spent almost three years in pretrial detention, of arson.",
     ("acquittal", "2021-07"), (3, "years")),
    ("In July a court acquitted a farmer of arson after nearly three years' detention.",
     ("acquittal", "2021-07"), (3, "years")),
    ("On May 4 a presidential decree put the capital under a state of exception for 45 days.",
     ("law_or_decree", "2021-05-04"), (45, "days")),
    ("On March 3 the cabinet imposed a 60-day, nationwide state of emergency after the floods.",
     ("law_or_decree", "2021-03-03"), (60, "days")),
    ("In January the mandate of the regional councils was extended for two years.",
     ("other", "2021-01"), (2, "years")),
])
def test_durations_on_the_step_the_sentence_dates(sentence, event, expected):
    out = attach_penalties(_Ann(sentence, 2021), _events(sentence, [event]))
    got = (out[0].duration.value, out[0].duration.unit) if out[0].duration else None
    assert got == expected


def test_durations_not_read_from_terms():
    assert find_durations("He was sentenced to two years in prison for a 2019 post.") == []
    # a law adopted on a date that makes an act subject to a term: the term is no length of the law
    s = ("On June 13 the assembly amended the criminal code so that sharing “extremist” posts is subject to up "
         "to 12 years in jail.")
    assert find_durations(s) == []
    out = attach_penalties(_Ann(s, 2021), _events(s, [("law_or_decree", "2021-06-13")]))
    assert out[0].duration is None


@pytest.mark.parametrize("unit, country, expected", [
    ("dinars", "JO", "JOD"), ("dinars", "TN", "TND"), ("shillings", "KE", "KES"), ("rupees", "PK", "PKR"),
    ("francs", "SN", "XOF"),
    ("dinars", "FR", "dinars"),  # a word the country's currency does not name stays the word
    ("USD", "JO", "USD"),
])
def test_a_currency_word_takes_the_report_country_s_code(unit, country, expected):
    assert local_code(unit, f"5,000 {unit}", country) == expected
