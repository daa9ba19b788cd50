"""A body's name cut at a slash (issue 14, organizations; t-orgs30).

Some bodies write a slash inside their name: a party and its wing or its renaming ("the People’s
National Congress/Reform party", "the People’s Progressive Party/Civic", gold of 2018 Guyana), a
faction and its leader ("Sudan Liberation Army/Abdul Wahid (SLA-AW)"), an NGO and the network it
belongs to ("the NGO Open Gate/La Strada"), a field of two words ("the National Observatory for
Male/Female Equality"). The runs stop at the slash, so the body was exported as its front and the
words after the slash as a body or a person of their own ("Reform", "Abdul Wahid"). Read on unread
reports (round record t-orgs30): 2020 Central African Republic, 2021 Sudan, 2020 North Macedonia.

So an organization-typed name of two words or more written right before "/" goes on over it and
the capitalised run after it, when that run is of one to ``max_words`` words (``[slash_tails]`` of
``entities.toml``), holds no body head word (``org_heads``) and no acronym, and is not followed by
another slash. Two bodies joined by a slash keep their names: "OSCE/ODIHR", "UNAMI/OHCHR"
(acronyms), "the PFDJ/National Assembly members", "the Rapid Response Unit/Violent Crime Crack
Unit" (a head word after the slash). Other candidates inside the run (the model's person "Abdul
Wahid", the word "Reform" taken for a body) are dropped; the front's other mentions, without the
slash, are left to linking.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from ..common import Cand, is_acronym
from ..lexicon import ORG_HEADS, SLASH_TAIL_MAX_WORDS

_WORD = r"[A-Z][\w’'\-]*"
_TAIL = re.compile(rf"/({_WORD}(?: {_WORD}){{0,{SLASH_TAIL_MAX_WORDS - 1}}})(?![\w’'\-/]| [A-Z])")


def slash_tail_end(text: str, c: Cand) -> int | None:
    """Where the name of ``c`` ends once it goes on over a slash and its capitalised run, or None."""
    if c.type != "organization" or len(c.text.split()) < 2:
        return None
    m = _TAIL.match(text, c.end)
    if m is None or any(w.lower().strip("’'") in ORG_HEADS or is_acronym(w) for w in m.group(1).split()):
        return None
    return m.end()


def join_slash_tails(text: str, cands: list[Cand]) -> list[Cand]:
    """The candidates with each body's name cut at a slash made whole (see module)."""
    return join_tails(text, cands, slash_tail_end)


def join_tails(text: str, cands: list[Cand], tail_end: Callable[[str, Cand], int | None]) -> list[Cand]:
    """The candidates with each one that ``tail_end`` extends made whole and the candidates inside its
    new tail dropped (here and ``of_tails.py``)."""
    out: list[Cand] = []
    drop: set[tuple[int, int]] = set()
    for c in cands:
        end = tail_end(text, c)
        if end is None:
            out.append(c)
            continue
        drop.update((d.start, d.end) for d in cands if d is not c and c.end <= d.start and d.end <= end)
        out.append(replace(c, end=end, text=text[c.start:end], roles=list(c.roles)))
    return [c for c in out if (c.start, c.end) not in drop]
