"""A term goes to no event of a type that holds no one and convicts no one — a protest, a strike — when the
sentence has no event of the term's kind (round t-pen4, judged on six state.gov pages nobody annotated:
2018 China, 2019 Turkey; docs/rounds/2026-12-28-40-t-pen4.md).

"sentenced X, after two years of pretrial detention, for assembling demonstrators … to protest … in 2016"
(a length held, on the protest), "held without charge for four months before prosecutors named him among
those involved in the 2013 protests" (a length held, on the protest): the base code put the term on that
event. A strike's own length, a length held on a detention beside a protest, a penalty on a conviction
beside a killing or on a killing alone (a conviction for a killing may be typed so), and a length on an
event of another type stay as they were. Sentences of our own making, about a fictional country."""
from __future__ import annotations

import pytest

from .test_terms_background import _terms


@pytest.mark.parametrize("sentence, specs", [
    # a length held, on a protest the sentence names
    ("Teacher Arno Kell was held without charge for five months before prosecutors named him in an indictment "
     "of those involved in the 2019 Velmar Square protests.", [("protest", "2019")]),
    ("On May 4, the Dunmore District Court sentenced activist Ida Voss, after three years of pretrial detention, "
     "for leading a group of farmers to protest land seizures in 2018.",
     [("protest", "2018"), ("conviction_or_sentence", "2021-05-04")]),
    # a penalty on a protest
    ("Seven students who had protested in 2019 against the Velmar dam were sentenced to two years in prison.",
     [("protest", "2019")]),
    # a strike's event, a length held in custody
    ("Dock workers who had gone on strike in 2020 were detained for six days.", [("strike", "2020")]),
])
def test_a_term_goes_to_no_event_that_holds_or_convicts_no_one(sentence, specs):
    assert all(t == (None, None) for t in _terms(sentence, specs))


@pytest.mark.parametrize("sentence, specs, expected", [
    # a strike's or a hunger strike's own length stays
    ("On April 11, about 400 miners went on strike for three days over unpaid wages.", [("strike", "2021-04-11")],
     [(None, (3, "days"))]),
    ("On January 7 she started a 40-day hunger strike.", [("protest", "2021-01-07")], [(None, (40, "days"))]),
    # a length held goes to the detention beside the protest
    ("On June 2, police detained Ola Brand for four days after she joined the 2020 Velmar Square protests.",
     [("detention_or_arrest", "2021-06-02"), ("protest", "2020")], [(None, (4, "days")), (None, None)]),
    # a penalty goes to the conviction beside the killing
    ("On February 2, a court sentenced Farid Olen to 12 years in prison for killing his neighbor in 2019.",
     [("conviction_or_sentence", "2021-02-02"), ("killing", "2019")], [(("prison", 12), None), (None, None)]),
    # a killing alone keeps the penalty (a conviction for a killing typed as the killing)
    ("On February 2, Farid Olen was convicted of killing his neighbor and sentenced to 12 years in prison.",
     [("killing", "2021-02-02")], [(("prison", 12), None)]),
    # a mistyped event of another type keeps a length held, as before
    ("On March 3, border guards detained the reporter for six hours.", [("other", "2021-03-03")],
     [(None, (6, "hours"))]),
])
def test_what_the_rule_leaves(sentence, specs, expected):
    assert _terms(sentence, specs) == expected


def test_held_in_custody():
    from rightsledger.extract.terms.background import held_in_custody
    for sentence, custody in [("He was held without charge for four months.", True),
                              ("She was sentenced after two years of pretrial detention.", True),
                              ("Miners went on strike for three days.", False)]:
        at = next(sentence.index(w) for w in ("four", "two", "three") if w in sentence)
        assert held_in_custody(sentence, at) is custody
