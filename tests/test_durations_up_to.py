"""A length told as a maximum — "up to N", "a maximum of N", "not more than N" — is a limit or a practice, not
how long a detention lasted: no event carries it as its duration (round t-terms3, read on state.gov pages
nobody annotated: 2020 Yemen, 2021 Belarus, 2020 Azerbaijan; docs/rounds/2026-12-25-16-t-terms3.md).

"detainees had been held without charge or trial for up to two years" (on a charge), "fined or detained for up
to 15 days" (on the protest's aftermath), "released after being sentenced to up to 30 days of administrative
detention" (on the release): the base code read each maximum as the length held. EVALUATION.md's conventions
(durations of a practice, legal time limits: no duration) and every terms round judged so; penalties.py already
leaves "up to" terms. Sentences of our own making, about a fictional country."""
from __future__ import annotations

import pytest

from rightsledger.extract.terms.durations import find_durations

from .test_terms_background import _terms


def _lengths(sentence):
    return [(d.value, d.unit) for _, d, _ in find_durations(sentence)]


@pytest.mark.parametrize("sentence", [
    "Police detained 40 marchers in Dunmore and held them for up to 15 days without charge.",
    "Rights groups said detainees at the Varn camp had been held without trial for up to two years.",
    "Participants were fined or detained for up to 10 days after the rally.",
    "The detainees were released after being sentenced to up to 20 days of administrative detention.",
    "The prisoners were kept in solitary confinement for a maximum of 30 days.",
    "Most of the students were held in custody for not more than 12 days.",
])
def test_a_maximum_is_no_length_held(sentence):
    assert _lengths(sentence) == []


@pytest.mark.parametrize("sentence, specs", [
    ("On May 4, police detained 30 marchers in Dunmore and held them for up to 15 days without charge.",
     [("detention_or_arrest", "2021-05-04")]),
    ("On June 2, authorities released the detainees after sentencing them to up to 20 days of administrative "
     "detention.", [("release", "2021-06-02")]),
])
def test_no_event_carries_a_maximum(sentence, specs):
    assert _terms(sentence, specs) == [(None, None)]


@pytest.mark.parametrize("sentence, expected", [
    # a length with another qualifier is still a length held
    ("Police held the editor for more than 15 days without charge.", [(15, "days")]),
    ("The two journalists were detained for at least three weeks.", [(3, "weeks")]),
    # a plain length and a maximum in one sentence: the plain one stays
    ("Police held Ivo Ranta for 12 days, although the law allows detention for up to 48 hours.", [(12, "days")]),
    ("He was released after 48 hours in custody.", [(48, "hours")]),
])
def test_what_the_rule_leaves(sentence, expected):
    assert _lengths(sentence) == expected


def test_a_maximum_term_imposed_stays_off_as_before():
    assert _lengths("The offense is punishable by up to 12 years in prison.") == []
