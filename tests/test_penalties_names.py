"""A term imposed on a person whose name is written with punctuation between the court's verb and the term
(round t-terms2, read on state.gov pages nobody annotated: 2021 Saudi Arabia, 2020 Yemen, 2022 Egypt;
docs/rounds/2026-12-25-08-t-terms2.md).

"the court sentenced al-Rabea to death" (a hyphenated name), "sentencing blogger Mohamed “Oxygen” Ibrahim to
four years" (a nickname in quotes), "sentenced four of them–A al-B, C D, and E al-F–to death" (persons listed
between dashes, set off by commas): the base code bridged only plain words (``\\w+``) between the verb and the
term, and read no penalty. Sentences of our own making, about a fictional country."""
from __future__ import annotations

import pytest

from rightsledger.extract.event_terms import attach_penalties
from rightsledger.extract.terms.penalties import find_penalties

from .test_penalties import _Ann, _events


def _kinds(sentence):
    return [(p.kind, p.value, p.unit) for _, p in find_penalties(sentence)]


@pytest.mark.parametrize("sentence, expected", [
    # a hyphenated name
    ("In May the High Court sentenced al-Tamir to death in a final ruling.", [("death", None, None)]),
    ("In May the court sentenced activist Omar bin-Zayed al-Harthi to seven years in prison.",
     [("prison", 7, "years")]),
    # a nickname in quotes
    ("The court upheld the verdict sentencing poet Karim “the Lark” Sadeh to four years for his verses.",
     [("prison", 4, "years")]),
    # an apostrophe in the name
    ("A Dunmore court sentenced teacher Ana O’Dell to 18 months in prison for libel.",
     [("prison", 18, "months")]),
    # persons listed between dashes, and a list set off by commas
    ("The armed group tried nine fishermen and sentenced three of them–Ali al-Saad, Rami Tal, and Nour "
     "al-Din–to death in March.", [("death", None, None)]),
    ("In June a court sentenced Mira Hadi and Lina Sour, two members of the Arvel LGBTQI+ association, to death "
     "for “corruption.”", [("death", None, None)]),
    ("In June the tribunal sentenced Karim al-Sayed to life imprisonment.", [("life", None, None)]),
])
def test_a_name_with_punctuation_between_the_verb_and_the_term(sentence, expected):
    assert _kinds(sentence) == expected


def test_the_term_lands_on_the_conviction():
    s = "On May 4, the Supreme Court sentenced al-Tamir to death, and his lawyer appealed."
    out = attach_penalties(_Ann(s, 2021), _events(s, [("conviction_or_sentence", "2021-05-04")]))
    assert [(e.penalty.kind if e.penalty else None) for e in out] == ["death"]


@pytest.mark.parametrize("sentence, expected", [
    # a "to" among the listed words ends the list: the first term stays the first stated
    ("The court sentenced three men to 10 years in prison and two others to death.", [("prison", 10, "years")]),
    # more than 12 listed words: no bridge
    ("The court sentenced Ali, Rami, Nour, Sami, Hadi, Lina, Mira, Omar, Karim, Tala, Rana, Dina, and Fadi, all "
     "from the coast, to death.", []),
    # a rule, not a court: unchanged
    ("The law provides that al-Harthi-style offenses may be punished by up to five years in prison.", []),
    # a plain-word bridge reads as before
    ("The court sentenced the former mayor to 12 years in prison.", [("prison", 12, "years")]),
])
def test_what_the_rule_leaves(sentence, expected):
    assert _kinds(sentence) == expected
