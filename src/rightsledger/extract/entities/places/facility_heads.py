"""Places whose own name is headed by a facility's noun (issue 14, places; round t-ents19).

A name the model or a rule typed place whose last word is a facility's noun — "the Old Market in
Limbe", "Caracol Industrial Park", "the San Rafael Mine", "MERCOSUR (Southern Common Market)" —
or that begins with one followed by "of" ("the Port of Mombasa") names a market, a park, a mine,
a port: a facility or a body, no geographic entity of the guidelines' list (countries, regions,
districts, towns, villages). A name the gazetteer knows as a place or a country is left alone
(a town may be called "… Market" or "Port …"). The nouns are the table that already makes a
name a facility's (``facility_words`` in ``extract/data/entities.toml``); ``places/bodies.py``
drops names ending in the narrower ``named_words`` (camps, prisons) and names written before a
facility noun; this pass reads the head inside the name. Seen on five unread reports (2017
Cameroon, 2018 Haiti, 2021 Guatemala, 2022 Kenya, 2023 Argentina) and once in dev (2019 Ecuador).
"""
from __future__ import annotations

from ...lexicons.gazetteer import gazetteer
from ..common import Cand, name_key
from ..lexicon import FACILITY_WORDS

#: candidates whose label says a gazetteer or a country rule found them
_GAZETTEER_LABELS = ("COUNTRY", "TOWN")


def facility_headed(name: str) -> bool:
    """Whether ``name`` of two words or more ends in a facility's noun ("Caracol Industrial
    Park") or begins with one followed by "of" ("Port of Mombasa")."""
    words = name.replace("’s", "").split()
    if len(words) < 2:
        return False
    return words[-1].lower() in FACILITY_WORDS or (words[0].lower() in FACILITY_WORDS and words[1] == "of")


def facilities_not_places(cands: list[Cand], home: str | None) -> list[Cand]:
    """``cands`` without the places whose name a facility's noun heads, unless the gazetteer
    knows the name (a country, or a place by its main spelling)."""
    drop: set[str] = set()
    gaz = gazetteer()
    for c in cands:
        if c.type != "place" or c.label in _GAZETTEER_LABELS or not facility_headed(c.text) \
                or name_key(c.text) in drop:
            continue
        if gaz.countries(c.text) or gaz.lookup(c.text, home, alternates=False) is not None:
            continue
        drop.add(name_key(c.text))
    if not drop:
        return cands
    return [c for c in cands if not (c.type == "place" and name_key(c.text) in drop)]
