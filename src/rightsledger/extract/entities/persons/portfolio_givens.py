"""A given name cut off as a portfolio's last word is put back (issue 14, round t-ents40).

``titles.glue.portfolio_before_name`` takes the first word of a three- or four-word person span
after "Title of <Portfolio>" for the portfolio's or place's end when that word is a region in the
gazetteer or is written elsewhere after "in"/"on"/"of"/"from" or the portfolio's last word:
"Minister of Territorial Administration [Paul] X Y" ("Paul" is a region), "State Minister of Higher
Education [Jose] X Y Z" ("the wife of Jose …" elsewhere), "President of the National Elections
Commission [Ahmed] X-Y Z". Read on unread reports (2020 Cameroon twice, 2019 Cuba, 2022 Egypt): the
person is named without the first given name, a name the report never gives him.

The shape, read before a name typed person: the word right before it (one space between) is one
the portfolio rule cuts off (``portfolio_before_name`` holds for the word and the name together),
and that word opens the name of another person of the report (a name typed person of two words or
more, elsewhere, whose second word differs and which stands after no title-of frame: "Paul Biya",
"Jose Daniel Ferrer"). A portfolio word opens no person's name ("Minister of Justice X Y"). The word
is no title, month, word the report writes in lower case, country or town of the report's country
(``given_fronts.name_word`` without its ordinary-word test: "Paul" is an ordinary English word).
Then the person's span starts at that word, and a candidate that ends with the word (the word alone,
or the portfolio glued to it: "Harbours [Paul]") is dropped.
"""
from __future__ import annotations

from dataclasses import replace

from ..common import Cand
from ..lexicon import LEADING_NOISE, MONTHS, TITLE_QUALIFIERS, TITLES
from ..titles.glue import portfolio_before_name, title_of_before
from .given_fronts import GIVEN_FRONT, country_or_home_place   # the capitalised word right before a name


def _name_openers(text: str, typed: list[Cand]) -> dict[str, set[tuple[int, str]]]:
    """The first word of each name typed person of two words or more that stands after no title-of
    frame, with the name's start and its second word."""
    out: dict[str, set[tuple[int, str]]] = {}
    for c in typed:
        words = c.text.split()
        if c.type == "person" and len(words) >= 2 and not title_of_before(text, c.start):
            out.setdefault(words[0], set()).add((c.start, words[1]))
    return out


def _may_open_name(word: str, lower: set[str], home: str | None) -> bool:
    """Can ``word`` open a person's name: no title, title qualifier, sentence word or month, no word
    the report writes in lower case, no country or town of the report's country?"""
    low = word.lower()
    return not (low in TITLES or low in LEADING_NOISE or low in MONTHS or low in TITLE_QUALIFIERS
                or low in lower or country_or_home_place(word, home))


def portfolio_given_names(text: str, typed: list[Cand], lower: set[str], home: str | None) -> list[Cand]:
    """``typed`` with each person's first given name that the portfolio rule cut off put back in
    front of the name, where that word opens another person's name of the report."""
    openers = _name_openers(text, typed)
    extended: dict[int, Cand] = {}
    for i, c in enumerate(typed):
        m = GIVEN_FRONT.search(text, max(0, c.start - 40), c.start) if c.type == "person" else None
        if not m or not portfolio_before_name(text, m.start(1), c.end):
            continue
        word, first = m.group(1), c.text.split()[0]
        if not _may_open_name(word, lower, home):
            continue
        if any(s != m.start(1) and second != first for s, second in openers.get(word, ())):
            extended[i] = replace(c, start=m.start(1), text=text[m.start(1):c.end])
    if not extended:
        return typed
    fronts = {c.start + len(c.text.split()[0]) for c in extended.values()}
    return [extended.get(i, c) for i, c in enumerate(typed) if i in extended or c.end not in fronts]
