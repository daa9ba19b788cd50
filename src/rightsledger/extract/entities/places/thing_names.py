"""A name the model took for a place that only qualifies a thing (issue 14, places; round t-ents23):
"fears of Tarn Valley fever", "the so-called Lindra case", "regulated by Orvish law and custom",
"following the Brask attack", "filed suit in Velm Provincial court". When every mention of a place
group stands right before a lower-case noun of a thing that is no place — a disease, a court case,
a law or custom, a court, an attack: ``[thing_names]`` in ``extract/data/places.toml`` — the name
is a modifier of that thing, no place (docs/EVALUATION.md: a place is a named geographic entity).
Only a name the gazetteer does not show as a place of the report is decided this way: a country, a
town or region of the report's country or a foreign town of some size ("under Veridian law", "the
Arvel court", "the Geneva court") stays a place, as in ``peoples.py``; a run that ends in a
place's word ("Tarn Valley fever") is decided like a name the model proposed.
"""
from __future__ import annotations

import re

from ...lexicons import alternation, lexicon
from ...lexicons.gazetteer import gazetteer, region_key
from ..common import Cand, name_key
from ..lexicon import FOREIGN_TOWN_MIN

_NOUNS = sorted(lexicon("places")["thing_names"]["nouns"], key=len, reverse=True)
#: the thing's noun right after the name, lower-case, one space or tab between
_THING = re.compile(rf"[ \t]+{alternation(_NOUNS)}\b")
#: labels of places the gazetteer found (a run with a place's word, "Tarn Valley", is no such proof)
_RULED = ("COUNTRY", "TOWN")


def _known(name: str, home: str | None) -> bool:
    """A country, a town or region of the report's country, or a foreign town of some size
    ("Geneva"; not a hamlet abroad that shares a body's name): ``peoples.py`` asks the same. A name
    with a region word is judged by its town too ("the Almaty Region court" in another country's
    report: the gazetteer gives the region no population of its own)."""
    gaz = gazetteer()
    if gaz.countries(name):
        return True
    for form in dict.fromkeys((name, region_key(name))):
        place = gaz.lookup(form, home)
        if place is not None and ((home is not None and place.country_code == home)
                                  or place.population >= FOREIGN_TOWN_MIN):
            return True
    return False


def thing_names_not_places(text: str, cands: list[Cand], home: str | None) -> list[Cand]:
    """``cands`` without the place groups whose every mention qualifies a thing's noun."""
    places: dict[str, list[Cand]] = {}
    for c in cands:
        if c.type == "place":
            places.setdefault(name_key(c.text), []).append(c)
    drop: set[int] = set()
    for group in places.values():
        if any(c.label in _RULED for c in group) or _known(group[0].text, home):
            continue
        if all(_THING.match(text, c.end) for c in group):
            drop.update(id(c) for c in group)
    return [c for c in cands if id(c) not in drop] if drop else cands
