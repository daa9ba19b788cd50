"""A person's given name left out in front of a one-word name (issue 14, round t-ents31, on the
session-22 amendment: a class the dev texts hardly hold).

Judged on reports nobody annotated: "On January 28, Marcel [Rivas], the director general" (2020
Bolivia), "¶ Filmmaker Kayvan [Karimi], initially sentenced" (2016 Iran), "before being beaten.
Nikolay [Merinov] was hit" (2021 Russia). The model spans the surname alone, or the whole span is
dropped for its role word and only the surname is found again, and the person is named by the surname,
a name the report never gives alone at that spot. ``given_fronts.py`` puts a left-out given name back
in front of a name of two words or more only; here the rest is one word.

The shape, read at every place the report writes a one-word name typed person (``occurrences``, no
hyphen glued): one capitalised word right before it (one space between) that can be a
given name by ``given_fronts.name_word`` (no title, sentence word, month, ordinary English word, word
the report writes in lower case, plural of a title or people, country or town of the report's country)
and is no people's or nationality word ("Tarsanian Karimi"), no name of another candidate of the
report, with no capitalised word after the name (a longer name: "the Antoinette Tubman Sports
Stadium"), and that opens the name: after a lower-case word, a number or a comma (``opens_run``), at a
sentence's or paragraph's start (after ". ", "! ", "? " or a line break), or right after a capitalised
role word the report writes in lower case, singular or plural ("Filmmaker Kayvan Karimi" beside
"filmmakers"), itself
at such a start. The word before is then part of the name: a person candidate "Given Surname" is made
there (it replaces a candidate on the surname at that spot), and the one-word forms link to it as its
surname (``linking.py``). A candidate on the given name alone at that spot is dropped.
"""
from __future__ import annotations

import re

from ..common import Cand, demonym, fold, name_key, nationality_word
from ..occurrences import HYPHEN, occurrences
from .given_fronts import GIVEN_FRONT, name_word, opens_run

#: a one-word name of a person's surname shape ("Merinov", "Al-Sayed")
_SURNAME = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?")
#: the word right before the name, one space between
_WORD_END = re.compile(r"([\w’'\-]+) $")
#: a capitalised word right after the name: the run goes on ("Antoinette Tubman Sports Stadium")
_RUN_ON = re.compile(r" [A-ZÀ-Þ]")


def _sentence_start(text: str, start: int) -> bool:
    """Does the word at ``start`` open a sentence or a paragraph (after ". ", "! ", "? " or a line
    break)?"""
    if start == 0:
        return True
    before = text[max(0, start - 3):start]
    if before.endswith("\n"):
        return True
    return len(before) >= 2 and before[-1] == " " and before[-2] in ".!?"


def _after_role(text: str, start: int, lower: set[str]) -> bool:
    """Is the word at ``start`` right after a capitalised role word the report writes in lower case,
    that itself opens a sentence, a paragraph or a run ("¶ Filmmaker Kayvan")?"""
    m = _WORD_END.search(text, max(0, start - 40), start)
    if not m or not m.group(1)[:1].isupper():
        return False
    low = m.group(1).lower()
    if low not in lower and low + "s" not in lower:
        return False                      # "Filmmaker" beside "filmmaker" or "filmmakers"
    return _sentence_start(text, m.start(1)) or opens_run(text, m.start(1))


def single_front(text: str, start: int, end: int, lower: set[str], home: str | None,
                 places: frozenset[str] = frozenset()) -> int | None:
    """The start of a given name left out right before the one-word name at ``start``–``end``, or None."""
    if _RUN_ON.match(text, end):
        return None                       # a longer name: "the Antoinette Tubman Sports Stadium"
    m = GIVEN_FRONT.search(text, max(0, start - 40), start)
    if not m:
        return None
    ws, word = m.start(1), m.group(1)
    if not (opens_run(text, ws) or _sentence_start(text, ws) or _after_role(text, ws, lower)):
        return None
    if not name_word(word, lower, home, places) or nationality_word(word) or demonym(word, set(), set(places)):
        return None
    return ws


def given_name_singles(text: str, typed: list[Cand], lower: set[str], home: str | None) -> list[Cand]:
    """``typed`` with a person candidate "Given Surname" wherever a one-word name typed person stands
    right after its left-out given name, and the candidates on either word alone there dropped."""
    names = {name_key(c.text) for c in typed}
    places = frozenset(fold(c.text) for c in typed if c.type == "place")
    singles = {c.text for c in typed if c.type == "person" and _SURNAME.fullmatch(c.text)}
    made: dict[tuple[int, int], Cand] = {}
    for name in sorted(singles):
        for s, e in occurrences(text, name, joiners=HYPHEN):
            ws = single_front(text, s, e, lower, home, places)
            if ws is None:
                continue
            word = text[ws:s - 1]
            if name_key(word) in names:
                continue                  # a name of its own in the report ("Kayvan" of "Kayvan Kalhor")
            if any(o.start < e and ws < o.end and (o.start, o.end) not in ((s, e), (ws, s - 1)) for o in typed):
                continue                  # inside another candidate
            made[(ws, e)] = Cand(ws, e, text[ws:e], "PERSON", type="person")
    if not made:
        return typed
    gone = {(s, e) for s, e in made} | {(s, s + len(c.text.split()[0])) for (s, _), c in made.items()}
    gone |= {(e - len(c.text.split()[-1]), e) for (_, e), c in made.items()}
    out: list[Cand] = []
    new = sorted(made.values(), key=lambda c: c.start)
    for c in typed:
        while new and new[0].start <= c.start:
            out.append(new.pop(0))
        if (c.start, c.end) not in gone:
            out.append(c)
    return out + new
