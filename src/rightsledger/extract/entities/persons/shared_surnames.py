"""Given names coordinated before one surname (issue 14, round t-ents26).

"Rufat and Rovshan Zahidov", "Kalyk and Erik Mendygaziyev", "Ylli, Agron, and Mehmet Bytyqi": the
report names two or three persons and writes their shared surname once, after the last given name.
The model finds the last person ("Rovshan Zahidov") and reads the given names before it as nothing,
a place or a body ("Kalyk"), or links one to another person of the same given name. Each given name
is a person of its own, named with the surname: a candidate typed person whose span is the given
name as written and whose form is the given name and the surname ("Rufat Zahidov").

The shape, read before a name typed person of exactly two capitalised words: one capitalised word, or
several separated by commas, then a word of ``shared_surname_conjunctions`` ("and", "or"; a comma
before it only when there are three names or more), right before that name; the word before the
first given name is no capitalised word of a longer name (a title, "Presidents Martinelli and …", or
the end of another name, "Abulkadir Ali and Mohamed Deq") unless it ends a clause. A given name is
no ordinary English word (``common_zipf``), no acronym, no country, no town of the report's country
in the gazetteer, no surname or one-word name of another person of the report ("Martinelli and Juan
Carlos Varela") and no name typed place or body elsewhere in the report.
"""
from __future__ import annotations

import re

from ...lexicons.gazetteer import zipf
from ..common import Cand
from ..lexicon import COMMON, SHARED_SURNAME_CONJUNCTIONS
from .given_fronts import country_or_home_place

_NAME = r"[A-Z][a-z’'-]+"
_GIVEN = re.compile(_NAME + r"$")
#: the coordination right before the last person: "A and ", "A, B, and ", "A, B and "
_BEFORE = re.compile(r"(?<![\w’'-])(" + _NAME + r")((?:,\s+" + _NAME + r")*)(,?)\s+(\w+)\s+$")
_WINDOW = 160


def _given_names(text: str, person: Cand) -> list[tuple[int, int, str]] | None:
    """The given names coordinated right before ``person`` (spans and words), or None."""
    window_start = max(0, person.start - _WINDOW)
    m = _BEFORE.search(text, window_start, person.start)
    if not m or m.group(4) not in SHARED_SURNAME_CONJUNCTIONS:
        return None
    if m.group(3) and not m.group(2):
        return None                      # "the newspaper Sahan, and Ahmed Mohamed Ali": a list of two
    prev = re.search(r"(\S+)\s*$", text[max(0, m.start() - 40):m.start()])
    if prev and prev.group(1)[:1].isupper() and not prev.group(1).endswith((".", ",", ";", ":")):
        return None                      # "Presidents Martinelli and …", "Abulkadir Ali and …"
    out = [(m.start(1), m.end(1), m.group(1))]
    for g in re.finditer(_NAME, m.group(2) or ""):
        s = m.start(2) + g.start()
        out.append((s, s + len(g.group(0)), g.group(0)))
    return out


def _may_be_given(word: str, home: str | None, others: set[str]) -> bool:
    """Whether ``word`` may be a given name: no ordinary word, country, home town or other name."""
    if not _GIVEN.match(word) or word.isupper() or zipf(word) >= COMMON or word in others:
        return False
    return not country_or_home_place(word, home)


def shared_surname_persons(text: str, typed: list[Cand], home: str | None) -> list[Cand]:
    """``typed`` with a person for each given name coordinated before a person's two-word name, named
    with its surname; the candidates that stood on those given names are dropped."""
    persons = [c for c in typed if c.type == "person" and len(c.text.split()) == 2
               and all(w[:1].isupper() for w in c.text.split())]
    if not persons:
        return typed
    added: list[Cand] = []
    for p in persons:
        names = _given_names(text, p)
        if not names:
            continue
        spans = {(s, e) for s, e, _ in names}
        # names of the report other than at the given names themselves (a given name's own candidate,
        # a place or a body the model made of it, does not count): surnames, one-word names, places, bodies
        others = {c.text.split()[-1] for c in typed if c.type == "person" and (c.start, c.end) not in spans
                  and c is not p} | {c.text for c in typed if c.type in ("place", "organization")
                                     and (c.start, c.end) not in spans}
        if not all(_may_be_given(w, home, others) for _, _, w in names):
            continue
        surname = p.text.split()[-1]
        added += [Cand(s, e, f"{w} {surname}", "PERSON", type="person") for s, e, w in names]
    if not added:
        return typed
    taken = [(c.start, c.end) for c in added]
    kept = [c for c in typed if not any(c.start < e and s < c.end for s, e in taken)]
    return sorted(kept + added, key=lambda c: (c.start, c.end))
