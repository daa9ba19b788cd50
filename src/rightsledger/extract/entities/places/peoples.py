"""Peoples and languages the model took for places (issue 14, places): "The largest ethnic group
is the Kongo, who constitute …", "An estimated 3,500 San people lived …", "especially Quechua
women". A one-word name is no place when the report uses it as a people's name somewhere — a
people noun right after it (``adjective_use`` in ``entities.toml``: "people", "women",
"speakers") or a relative "who" after "the" ("the Kongo, who …"; not "in Geneva, who") — and nowhere shows it as a place of its
own: no place rule found it (a country, a town after a place preposition, a list of places), no
place noun follows it ("Kongo Region"), it has no place-name ending ("Somaliland"), and it is
no town or region of the report's country. A lower-case place noun that is a people's ("Yezidi
villages", "an ethnic Azeri region": `places/people_nouns.py`) shows no place.
A place preposition is no such evidence: "in Quechua" is a language. A name that ends in an
adjective in "-ish" that no gazetteer knows is a language or a nationality, no place ("the two
main Kurdish parties", "classes in Badini Kurdish"); so is one word with a nationality ending
("the Bosnian town of Foca", "two Bosniaks").
"""
from __future__ import annotations

import re

from ...lexicons.gazetteer import fold, gazetteer
from ...lexicons import lexicon
from ..common import Cand, name_key
from ..lexicon import ADJECTIVE_USE, FOREIGN_TOWN_MIN, PLACE_NOUN_AFTER, PLACE_WORDS, TOPONYM_SUFFIX
from .people_nouns import peoples_place_noun

_WHO = re.compile(r",?\s+who\b")
#: a language or nationality adjective in "-ish" ("Kurdish", "Badini Kurdish", "Turkish")
_ISH = re.compile(r"(?:^|\s)[A-Z][a-z]{3,}ish$")
#: one word with a nationality ending ("Bosnian", "Bosniaks"; t-places3): ``[peoples]`` in places.toml
NATIONALITY = re.compile(r"[A-Z][a-z]{2,}(?:%s)$" % "|".join(lexicon("places")["peoples"]["nationality_endings"]))
_THE = re.compile(r"\b[Tt]he\s+$")
_RULED = ("COUNTRY", "TOWN", "RULE_PLACE")


def _shown_as_place(text: str, name: str, home: str | None) -> bool:
    gaz = gazetteer()
    if gaz.countries(name) or TOPONYM_SUFFIX.search(fold(name)):
        return True                       # "Somaliland", "Kurdistan"
    place = gaz.lookup(name, home)
    if place is not None and ((home and place.country_code == home) or place.population >= FOREIGN_TOWN_MIN):
        return True                       # "Geneva" (not "San", a small town of Mali)
    kind = re.compile(rf"(?<![\w’'\-]){re.escape(name)}\s+(?i:{'|'.join(PLACE_WORDS)})\b")
    return any(not peoples_place_noun(text, m.start(), m.start() + len(name)) for m in kind.finditer(text))


def _place_evidence(text: str, group: list[Cand]) -> bool:
    """Whether a place rule found one of ``group`` or a lower-case place noun follows one that is not a
    people's ("the Mbeleko neighborhood", not "Yezidi villages")."""
    return any((c.label in _RULED or PLACE_NOUN_AFTER.match(text, c.end))
               and (c.label != "RULE_PLACE" and c.label in _RULED or not peoples_place_noun(text, c.start, c.end))
               for c in group)


def _used_as_people(text: str, name: str) -> bool:
    for m in re.finditer(rf"(?<![\w’'\-]){re.escape(name)}(?![\w’'\-])", text):
        if ADJECTIVE_USE.match(text, m.end()) or (
                _WHO.match(text, m.end()) and _THE.search(text, max(0, m.start() - 4), m.start())):
            return True
    return False


def peoples_not_places(text: str, cands: list[Cand], home: str | None) -> list[Cand]:
    """``cands`` without the one-word places that the report shows to be peoples."""
    gaz = gazetteer()
    cands = [c for c in cands if not (c.type == "place" and (_ISH.search(c.text) or NATIONALITY.fullmatch(c.text))
                                      and gaz.lookup(c.text, home) is None)]   # also "the Bosnian town"
    places: dict[str, list[Cand]] = {}
    for c in cands:
        if c.type == "place" and " " not in c.text.strip():
            places.setdefault(name_key(c.text), []).append(c)
    drop: set[int] = set()
    for key, group in places.items():
        if _place_evidence(text, group):
            continue
        name = group[0].text
        if _used_as_people(text, name) and not _shown_as_place(text, name, home):
            drop.update(id(c) for c in group)
    return [c for c in cands if id(c) not in drop] if drop else cands
