"""A name typed person or body that is, at every occurrence, an item of a list of places is a place
(issue 14, places; t-places14, on the session-22 amendment: a class the dev texts hardly hold).

"including Sao Tome city, Trindade, Neves, Santana, and Angolares", "from Darfur, Nuba Mountains,
and Blue Nile", "one each on Fogo, Sao Vicente, and Boa Vista", "(Huehuetenango, San Marcos, Quiche,
and Alta Verapaz)": the model labels the last name a person or a body, and the votes of
``votes/lists.py`` do not turn it. ``persons/placed.py`` takes the lists a locative preposition or
"the <kind> of" opens; this rule takes any serial list, whatever opens it, but asks more of it:

- the list has three names or more, joined by commas and closed by "and"/"or" (``lists.LIST``,
  its names by ``lists.list_items``);
- every other name of the list is a place candidate (one ending where the name ends: "In X"
  before a place is the sentence's word) or is written as one elsewhere in the report (pass 4
  finds the further mentions of a place later);
- the name is no acronym, holds no body's head word, is no international body, is written without
  "the" right before it (``[list_items] not_after`` in ``places.toml``: "Syria, Iran, and the EU"),
  and does not end in a plural kind word ("Kano States": ``persons/placed.py`` cuts those);
- every occurrence of the name in the report stands so; then every candidate of that name is a
  place.

Census (dev gold, held-out excluded, and main's dev exports; the round record): of 177 names of a
serial list of three or more whose other names are gold places, 176 are gold places (18 reports) and
one is a body written after "The" ("The TNG, Somaliland, and Puntland"); main's dev exports hold
no name typed person or body in such a list.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...lexicons import lexicon
from ..common import Cand, is_acronym, org_heads
from ..lexicon import INTERNATIONAL, PERSON_PLACE_PLURAL_ENDS
from ..occurrences import occurrences
from .lists import LIST, list_items

_ANY_LIST = re.compile(LIST)
_NOT_AFTER = re.compile(r"\b(?:%s)\s+$" % "|".join(
    re.escape(w) for w in lexicon("places")["list_items"]["not_after"]), re.IGNORECASE)
_WINDOW = 300


def _line(text: str, s: int, e: int) -> tuple[int, int]:
    """The stretch of the line around text[s:e], at most ``_WINDOW`` characters either side."""
    lo = text.rfind("\n", max(0, s - _WINDOW), s) + 1 or max(0, s - _WINDOW)
    hi = text.find("\n", e, e + _WINDOW)
    return lo, (hi if hi >= 0 else min(len(text), e + _WINDOW))


def _item_of_place_list(text: str, s: int, e: int, place_ends: dict[int, int], place_names: set[str]) -> bool:
    """Whether text[s:e] is a name of a serial list of three names or more, every other name of
    which is a place candidate there or the name of one elsewhere."""
    if _NOT_AFTER.search(text, max(0, s - 6), s):
        return False
    lo, hi = _line(text, s, e)
    for m in _ANY_LIST.finditer(text, lo, hi):
        if m.end() < e or m.start() > s:
            continue
        if not re.search(r"\s(?:and|or)\s", m.group()):
            continue
        items = list_items(text, m.start(), m.end())
        if len(items) < 3 or (s, e) not in items:
            continue
        others = [(a, b) for a, b in items if (a, b) != (s, e)]
        if all((b in place_ends and place_ends[b] >= a) or text[a:b] in place_names for a, b in others):
            return True
    return False


def _may_be_place(name: str) -> bool:
    words = name.split()
    return bool(words) and not is_acronym(name) and not org_heads(words) \
        and name.lower().replace("’", "'") not in INTERNATIONAL \
        and words[-1] not in PERSON_PLACE_PLURAL_ENDS


def places_in_lists(text: str, cands: list[Cand]) -> list[Cand]:
    """``cands`` with the persons and bodies that stand, at every occurrence, in a list of places
    typed place."""
    place_ends = {c.end: c.start for c in cands if c.type == "place"}
    place_names = {c.text for c in cands if c.type == "place"}
    names = {c.text for c in cands if c.type in ("person", "organization") and _may_be_place(c.text)}
    placed = set()
    for name in names:
        occ = occurrences(text, name)
        if occ and all(_item_of_place_list(text, s, e, place_ends, place_names) for s, e in occ):
            placed.add(name)
    if not placed:
        return cands
    return [replace(c, type="place") if c.type in ("person", "organization") and c.text in placed else c
            for c in cands]
