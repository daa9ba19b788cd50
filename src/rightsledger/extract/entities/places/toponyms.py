"""Toponyms of Spanish, Portuguese and French shape the model took for a person or a body (issue
14, places; round t-places3): "a farm in San Blas, San Jose Villanueva", "took them to Colonia
Santa Maria", "emergency zones in the VRAEM and La Pampa", "the province of Tambopata, Madre de
Dios", "a clerk from Petite Riviere de Nippes", "in the Boucle du Mouhoun who …".

A name of toponym shape — it begins with a toponym's first word ("San", "Santa", "Colonia",
"Puerto", "La", "Petite": ``[toponyms] first_words`` in ``extract/data/places.toml``) or joins its
capitalised words with a lower-case particle ("de", "del", "du", "da") — typed person or
organization is a place when the report shows it as a place somewhere — a place preposition
before it, a place noun after it, a place and a comma before it ("Tambopata, Madre de Dios"), a
region of the report named by it ("the Boucle du Mouhoun Region") — and nowhere as a body or a
person: no body's head word in it ("Casa de la Cultura"), no body's kind or reporting verb
around it ("the daily newspaper La Nacion", "La Prensa reported"), no title, role or human cue
("Jean de Dieu said"). A name that begins with a nationality adjective ("the remote Amazonian
Madre de Dios region") loses it.
"""
from __future__ import annotations

import re

from ...lexicons.gazetteer import gazetteer
from ...lexicons import lexicon
from ...lexicons.frequency import zipf
from ..common import Cand, name_key
from ..lexicon import ORG_HEADS, PLACE_NOUN_AFTER
from .bodies import mention_evidence
from .forms import bare_form
from ..titles.roles import human_cue

_DATA = lexicon("places")["toponyms"]
_FIRST = frozenset(_DATA["first_words"])
COMMON_ZIPF: float = _DATA["common_zipf"]
_BODY_FIRST = frozenset(_DATA["body_first_words"])
_PARTICLE = re.compile(r"[A-Z][\w’'\-]*\s+(?:de|del|de\s+la|de\s+las|de\s+los|du|da|do|dos|das)\s+[A-Z]")
_IN = re.compile(r"\b(?:[Ii]n|near|[Aa]cross|[Tt]hroughout|outside|within|around)\s+(?:the\s+)?$")
_AFTER_PLACE = re.compile(r"[A-Z][\w’'\-]*,\s+$")
#: "in the VRAEM and |": the last name of a list after a place preposition
_LISTED = re.compile(r"\b(?:[Ii]n|near|from|to|[Aa]cross|[Tt]hroughout|around)\s+(?:the\s+)?"
                     r"(?:[A-Z][\w’'\-]*\s*(?:,\s*)?)+(?:and|or)\s+$")
#: "Amazonian Madre de Dios": a nationality or regional adjective before the name
_ADJECTIVE = re.compile(r"^[A-Z][a-z]+(?:%s)\s+(?=[A-Z])" % "|".join(lexicon("places")["peoples"]["nationality_endings"]))


def _toponym_shape(name: str) -> bool:
    """A toponym's first word, or a particle after a first word that is no common English word
    ("Boucle du Mouhoun", "Madre de Dios"; not "Institution Saint-Louis de Gonzague"), and no
    body's first word ("Plantations de Haut Penja", "Casa de la Cultura")."""
    words = name.split()
    return len(words) >= 2 and not any(w.lower() in ORG_HEADS for w in words) and words[0] not in _BODY_FIRST \
        and (words[0] in _FIRST or (_PARTICLE.search(name) is not None and zipf(words[0].lower()) < COMMON_ZIPF))


def places_of_toponym_shape(text: str, cands: list[Cand], home: str | None) -> list[Cand]:
    """``cands`` with the persons and bodies of toponym shape that the report shows as places
    retyped, and nationality adjectives cut from the front of places."""
    places = {name_key(c.text) for c in cands if c.type == "place"}
    region_bases = {bare_form(c.text) for c in cands if c.type == "place"}
    starts = {c.end: c for c in cands if c.type == "place"}
    groups: dict[str, list[Cand]] = {}
    split: list[Cand] = []
    for c in cands:
        if c.type in ("person", "organization") and not c.roles and _toponym_shape(c.text):
            groups.setdefault(name_key(c.text), []).append(c)
    for key, group in groups.items():
        seen = {mention_evidence(text, c, set()) for c in group}
        if group[0].type == "person" and group[0].text.split()[0] not in _FIRST and not any(
                _IN.search(text, max(0, c.start - 12), c.start) for c in group):
            seen.discard("place")    # "a letter from Maria da Silva": a person's particle, not a town's
        if seen & {"body", "tail"} or (key not in region_bases and "place" not in seen
                                         and any(human_cue(text, c.start, c.end) for c in group)):
            continue     # a place preposition or the report's "Boucle du Mouhoun Region" decides
                         # ("a clerk from Petite Riviere de Nippes was killed": the clerk was)
        shown = "place" in seen or key in region_bases or any(
            PLACE_NOUN_AFTER.match(text, c.end) or _after_a_place(text, c, starts)
            or _LISTED.search(text, max(0, c.start - 60), c.start) for c in group)
        if shown and key not in places:
            for c in group:
                c.type = "place"
            split.extend(group)
    if split:
        cands = _split_regions(text, cands, {id(c) for c in split}, home)
    for c in cands:
        m = _ADJECTIVE.match(c.text) if c.type == "place" else None
        if m and _toponym_shape(c.text[m.end():]):
            c.start += m.end()
            c.text = c.text[m.end():]
    return cands


def _after_a_place(text: str, c: Cand, place_ends: dict[int, Cand]) -> bool:
    """"Tambopata, Madre de Dios": a place and a comma right before the name."""
    m = _AFTER_PLACE.search(text, max(0, c.start - 40), c.start)
    return m is not None and c.start - len(re.search(r",\s+$", m.group()).group()) in place_ends


def _split_regions(text: str, cands: list[Cand], retyped: set[int], home: str | None) -> list[Cand]:
    """"in Las Vueltas Chalatenango": a retyped name that ends in a region of the report's country
    is two places, the town and its region."""
    gaz = gazetteer()
    out: list[Cand] = []
    for c in cands:
        words = c.text.split()
        region = gaz.lookup(words[-1], home, alternates=False, region=True) if id(c) in retyped and home \
            and len(words) >= 3 and words[-2][:1].isupper() else None
        if region is None or region.country_code != home or region.kind != "region":
            out.append(c)
            continue
        cut = c.start + c.text.rindex(" ")
        out.append(Cand(c.start, cut, text[c.start:cut], c.label, type="place"))
        out.append(Cand(cut + 1, c.end, text[cut + 1:c.end], "RULE_PLACE", type="place"))
    return out
