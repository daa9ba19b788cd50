"""The names of a list closed by the place that holds them are places (issue 14, places; t-places40, on the
session-22 amendment: judged on unread reports, Sections 2–7).

"displaced in the areas of Velmi, Orsa du Kant, and Tavrelle in the Korvi Region", "prisons in Adro in the
Center Region; Bessul, Dorne, and Amvik in the East Region": a serial list of names (three or more, joined by
commas and closed by "and"/"or") right before "in" (and "the") and a place candidate names the towns of that
place. The gazetteer knows some of them and the model leaves the others out, so that ``list_rest.py`` (two
places and half the list) does not complete the list. Here one place of the list is enough, the closing place
stands for the rest: every name of the list that no candidate covers is a place. A name of the list may hold a
lower-case particle (``located_lists.particles`` in ``extract/data/entities.toml``: "Orsa du Kant"); the names
are those ``lists.named_items`` allows (no ordinary word alone, body's head, adjective, month, acronym).
A name typed otherwise keeps its type.
"""
from __future__ import annotations

import re

from ..common import Cand
from ..lexicon import LOCATED_LIST_MIN, LOCATED_LIST_PARTICLES
from .list_rest import covering_of
from .lists import WORD, named_items

_PARTICLE = "|".join(sorted((r"\s+".join(map(re.escape, p.split())) for p in LOCATED_LIST_PARTICLES),
                            key=len, reverse=True))
_NAME = rf"{WORD}(?:\s+(?:(?:{_PARTICLE})\s+)?{WORD}){{0,3}}"
_ITEM = re.compile(_NAME)
#: a serial list right before "in" (and "the") and a capitalised word
_LOCATED_LIST = re.compile(rf"{_NAME}(?:,\s+{_NAME})+,?\s+(?:and|or)\s+{_NAME}(?=\s+in\s+(?:the\s+)?[A-Z])")
_CLOSING = re.compile(r"\s+in\s+(?:the\s+)?")


def located_list_places(text: str, cands: list[Cand], spans: list[tuple[int, int]]) -> list[Cand]:
    """``cands`` and, as places, the names no candidate covers of the lists closed by "in" and a place
    candidate that hold one place at least."""
    covering = covering_of(cands)
    place_starts = {c.start for c in cands if c.type == "place"}
    new: list[Cand] = []
    for start, end in spans:
        for m in _LOCATED_LIST.finditer(text, start, end):
            if _CLOSING.match(text, m.end()).end() not in place_starts:
                continue
            items = named_items(text, [i.span() for i in _ITEM.finditer(text, m.start(), m.end())])
            if len(items) < LOCATED_LIST_MIN:
                continue
            kinds = [covering(a, b) for a, b in items]
            if not any(c.type == "place" for k in kinds for c in k):
                continue
            new.extend(Cand(a, b, text[a:b], "LIST_PLACE", type="place") for (a, b), k in zip(items, kinds) if not k)
    return cands + new if new else cands
