"""A place candidate inside a body's name that holds a serial list is no place (issue 14, places; t-places42,
on the session-22 amendment: unread 2019 South Sudan, 2018 Syria, 2022 Georgia).

"the South Sudan Disarmament, Demobilization, and Reintegration Commission", "the Global Fund to Fight AIDS,
Tuberculosis, and Malaria", "the Ministry of Internally Displaced Persons from the Occupied Territories, Labor,
Health, and Social Affairs": the commas of the list inside the body's name break it, and a piece of it is taken
for a place ("South Sudan Disarmament", "Tuberculosis", "Occupied Territories").

The stretch of one name: capitalised words joined only by spaces, by the lower-case words of ``[body_lists]
links`` in ``entities.toml`` ("of", "to", "from the" …) and by the commas of a serial list of at least
``min_items`` items whose last begins with "and"; it holds a body's head word (``ORG_HEADS``: "Commission",
"Fund", "Ministry"). A place candidate lying wholly inside such a stretch, whose name no gazetteer knows and
holds no comma of the list, is dropped: a piece, not a place whose own name holds the list ("the Southern
Nations, Nationalities, and Peoples' Region" stays whole); a known country inside one stays.

Census (dev gold, held-out left out; the round record): 107 such stretches in 35 dev reports; the dev gold
names no place as an item of their lists, and main's dev exports hold no place mention inside one.
"""
from __future__ import annotations

import re

from ...lexicons import alternation
from ...lexicons.gazetteer import gazetteer
from ..common import Cand
from ..lexicon import BODY_LIST_LINKS, BODY_LIST_MIN_ITEMS, ORG_HEADS

_WORD = r"[A-Z][\w’'\-]*"
_STRETCH = re.compile(rf"{_WORD}(?:(?:,[ \t]+(?:and[ \t]+)?|[ \t]+(?:{alternation(BODY_LIST_LINKS)}[ \t]+)*){_WORD})+")
_ITEM_SEP = re.compile(r",[ \t]+")


def body_list_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that are one body's name holding a serial list."""
    out = []
    for m in _STRETCH.finditer(text):
        items = _ITEM_SEP.split(m.group())
        if len(items) < BODY_LIST_MIN_ITEMS or not re.match(r"and[ \t]", items[-1]):
            continue
        if any(w.lower() in ORG_HEADS for w in re.findall(_WORD, m.group())):
            out.append(m.span())
    return out


def places_not_in_body_lists(text: str, typed: list[Cand], home: str | None) -> list[Cand]:
    """``typed`` without the places no gazetteer knows that lie inside a body's name holding a serial list."""
    spans = body_list_spans(text)
    if not spans:
        return typed
    gaz = gazetteer()

    def inside(c: Cand) -> bool:
        return any(a <= c.start and c.end <= b for a, b in spans)

    return [c for c in typed if not (c.type == "place" and "," not in c.text and inside(c)
                                     and gaz.lookup(c.text, home) is None)]
