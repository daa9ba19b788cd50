"""A person's first given name left out in front of the name (issue 14, round t-ents27).

Read on reports nobody annotated (2018 Colombia, 2024 Mexico of the round's ten) and on a dev report
(2017 Tunisia): "the 2017 killing of Eduardo Antonio Gutierrez", "on August 4, Alejandro Alfredo
Martínez Noguez (in Guanajuato)", "interrogated Sami Ben Gharbia". The model spans the name without
its first word, or gives that word a span of its own (an organisation), or a rule cuts it, and the
person is named by the rest ("Antonio Gutierrez"), which is no name the report gives him.

The shape, read before a name typed person of two words or more: one capitalised word right before
it (one space between), which opens the capitalised run (the word before it is no capitalised word,
nor a joining word of ``given_front_joiners`` after one: not "Director of Prisons X Y", "Women’s
Crisis Centre Coordinator X Y") and stands after a lower-case word, a number or a comma (not at a
sentence's or a parenthesis' start, nor after a quote). The word is no title, title qualifier,
sentence word or month, no ordinary English word (``common_zipf``), no word the report writes in
lower case ("coordinator"), no plural of a title or a people ("MPs", "Xians"), no acronym, no country nor town of the report's country
in the gazetteer, and no name of another candidate elsewhere in the report. Then the person's span
starts at that word, and a candidate made on the word alone is dropped.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from ...lexicons.gazetteer import gazetteer, zipf
from ..common import Cand, demonym, fold, name_key
from ..titles.post_fronts import post_before
from ..lexicon import (COMMON, GIVEN_FRONT_JOINERS, LEADING_NOISE, MONTHS, TITLE_COMPOUNDS,
                       TITLE_QUALIFIERS, TITLES)

#: the capitalised word right before the name, one space between ("Eduardo", "Jean-Claude")
GIVEN_FRONT = re.compile(r"(?<![\w’'\-.])([A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?) $")
_WORD_END = re.compile(r"([\w’'\-]+)\s*$")
#: a test of the word before a name where it stands: (text, start, word, lower, home, places) -> bool
FrontTest = Callable[[str, int, str, set[str], "str | None", frozenset[str]], bool]


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def opens_run(text: str, start: int) -> bool:
    """Does the word at ``start`` open a capitalised run inside a sentence: after a lower-case word
    (not a joining word right after a capitalised one), a number or a comma?"""
    before = text[max(0, start - 80):start].rstrip()
    if not before or before[-1] in ".!?:;\"“”‘’'()[]–—":
        return False
    if before[-1] == ",":
        return True
    m = _WORD_END.search(before)
    if not m or _capitalised(m.group(1)):
        return False
    if m.group(1).lower() in GIVEN_FRONT_JOINERS:
        prev = _WORD_END.search(before[:m.start()].rstrip())
        if prev and _capitalised(prev.group(1)):
            return False                  # "Minister of Telecommunications X Y"
    return True


def name_word(word: str, lower: set[str], home: str | None, places: frozenset[str] = frozenset(),
              frequent_ok: bool = False) -> bool:
    """Can ``word`` be a given name: no title, sentence word or month, no ordinary English word or
    word the report writes in lower case, no plural of a title or a people (of a country or of a place
    of the report, ``places`` folded: "Tarsanians" beside "Tarsania"), no country or town of the
    report's country? A singular people's word stays a name: "Sami" is a given name as well (the dev
    gold has no nationality right before a person's name in this shape). ``frequent_ok``: an ordinary
    English word by its frequency alone may be one ("Lucas", "Paul": ``common_fronts.py`` says where)."""
    low = word.lower()
    if (low in TITLES or low in LEADING_NOISE or low in MONTHS or low in TITLE_QUALIFIERS
            or low in TITLE_COMPOUNDS or low in lower or (zipf(word) >= COMMON and not frequent_ok)):
        return False
    if low.endswith("s") and (low[:-1] in TITLES or demonym(word, set(), set(places))):
        return False                      # "MPs X Y", "ethnic Xians X Y" (persons/fronts.py cuts them)
    return not country_or_home_place(word, home)


def country_or_home_place(word: str, home: str | None) -> bool:
    """Is ``word`` a country's name, or a place of the report's country (``home``) in the gazetteer?"""
    gaz = gazetteer()
    if gaz.countries(word):
        return True
    place = gaz.lookup(word, home) if home else None
    return place is not None and place.country_code == home


def _plain_front(text: str, start: int, word: str, lower: set[str], home: str | None,
                 places: frozenset[str]) -> bool:
    """The word's test of this module: opens a run, and can be a given name (``name_word``)."""
    return opens_run(text, start) and name_word(word, lower, home, places)


def given_name_fronts(text: str, typed: list[Cand], lower: set[str], home: str | None,
                      word_ok: FrontTest = _plain_front) -> list[Cand]:
    """``typed`` with each person's left-out first given name put back in front of the name, and
    the candidates made on that word alone dropped; ``word_ok`` tests the word before the name where
    it stands (``common_fronts.py`` passes its own test)."""
    spans: dict[str, set[tuple[int, int]]] = {}
    places = frozenset(fold(c.text) for c in typed if c.type == "place")
    for c in typed:
        spans.setdefault(name_key(c.text), set()).add((c.start, c.end))
    extended: dict[int, Cand] = {}
    fronts: set[tuple[int, int]] = set()
    for i, c in enumerate(typed):
        if c.type != "person" or len(c.text.split()) < 2:
            continue
        m = GIVEN_FRONT.search(text, max(0, c.start - 40), c.start)
        if not m:
            continue
        ws, we, word = m.start(1), m.end(1), m.group(1)
        if not word_ok(text, ws, word, lower, home, places) or post_before(text, ws):
            continue                      # not a post's body or place: "president of [Fetravelm] X Y" (t-ents71)
        if spans.get(name_key(word), set()) - {(ws, we)}:
            continue                      # a name of its own elsewhere in the report
        if any(o.start < we and ws < o.end and (o.start, o.end) != (ws, we) and o is not c for o in typed):
            continue                      # the word lies inside another candidate
        extended[i] = replace(c, start=ws, text=text[ws:c.end])
        fronts.add((ws, we))
    if not extended:
        return typed
    return [extended.get(i, c) for i, c in enumerate(typed) if (c.start, c.end) not in fronts]
