"""The rest of a list of places (issue 14, places): "unofficial detention centers throughout the
country, including in Dedessa, Bir Sheleko, Tolay, Hormat, Blate, Tatek, Jijiga, Holeta, and
Senkele", "in Brazzaville and Doloise". Where most names of a list are places already (two at
least, and at least half of the list) and the model left the others out, the others are places
too: villages and small towns no gazetteer knows are written beside the towns it does. A list
of two names needs a place preposition before it and one place.
Only names no other candidate covers are added; a name typed otherwise keeps its type
(``votes/lists.py`` weighs those), and so does an ordinary word ("Police").
"""
from __future__ import annotations

import bisect
import re
from typing import Callable

from ..common import Cand
from .lists import LIST, list_items

_ANY_LIST = re.compile(LIST)
_PLACE_PREP = re.compile(r"\b(?:[Ii]n|at|from|to|near|between)\s+$")


def covering_of(cands: list[Cand]) -> Callable[[int, int], list[Cand]]:
    """A function of (a, b): the candidates of ``cands`` that overlap text[a:b] (none is longer than 200
    characters)."""
    ordered = sorted(cands, key=lambda c: c.start)
    starts = [c.start for c in ordered]

    def covering(a: int, b: int) -> list[Cand]:
        out = []
        for c in ordered[bisect.bisect_left(starts, a - 200):]:
            if c.start >= b:
                break
            if a < c.end:
                out.append(c)
        return out
    return covering


def complete_place_lists(text: str, cands: list[Cand], spans: list[tuple[int, int]]) -> list[Cand]:
    """``cands`` and the names of lists of places that no candidate covers, as places."""
    covering = covering_of(cands)
    new: list[Cand] = []
    for start, end in spans:
        for m in _ANY_LIST.finditer(text, start, end):
            if "," not in m.group() and " and " not in m.group() and " or " not in m.group():
                continue
            items = list_items(text, m.start(), m.end())
            if len(items) < 2:
                continue
            kinds = [covering(a, b) for a, b in items]
            placed = sum(1 for k in kinds if any(c.type == "place" for c in k))
            if len(items) == 2:
                # two names: one place is enough after a place preposition ("in Brazzaville and Doloise")
                if placed < 1 or not _PLACE_PREP.search(text, max(0, items[0][0] - 8), items[0][0]):
                    continue
            elif placed < 2 or placed * 2 < len(items):
                continue
            for (a, b), k in zip(items, kinds):
                if not k:
                    new.append(Cand(a, b, text[a:b], "LIST_PLACE", type="place"))
    return cands + new if new else cands
