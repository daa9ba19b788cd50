"""The shape of place names (issue 14, places).

- A name that ends in a place word but names a body: a body's head word followed by "of" or
  "for" before the place ("the Revenues Bureau of Oromia Region", "the Department of Education
  of Saryagash District"). A head word that is also a place word ("Municipality of Tirana")
  decides nothing.
- A place name goes on over a lower-case particle ("San Miguel del Ene", "Birni n’Konni",
  "Santa Cruz de la Sierra"), where the model and the runs of capitalised words cut it.
- A place candidate that spans a list of places ("Far North, East, and Southwest Regions",
  "Africa and Mozambique") is each of them; so is a body's that spans a list of countries ("the
  Russian Federation and Belarus": "Federation" is a body's head word).
"""
from __future__ import annotations

import re

from ...lexicons.gazetteer import gazetteer
from ..common import Cand, is_cap, name_key
from ..lexicon import ORG_HEADS, PLACE_WORDS, SIDE_WORDS
from .pairs import known_pair


def body_of_place(words: list[str]) -> bool:
    """Whether a body's head word comes before "of"/"for" in the name ``words``."""
    low = [w.lower() for w in words]
    return any(low[i] in ORG_HEADS and low[i] not in PLACE_WORDS and is_cap(words[i])
               and low[i + 1] in ("of", "for") for i in range(len(words) - 1))


#: a place name's lower-case particle and the capitalised rest: "San Miguel| del Ene", "Birni|
#: n’Konni", "Santa Cruz| de la Sierra" (the model and the runs of capitalised words stop at it)
_PARTICLE_TAIL = re.compile(
    r"(?:[ \t]+(?:de|del|de[ \t]+la|de[ \t]+las|de[ \t]+los|do|da|dos|das|du|des)[ \t]+|[ \t]+n[’'])"
    r"[A-Z][\w’'\-]*[a-z](?:[ \t]+[A-Z][\w’'\-]*[a-z])?")
_CAPITALISED = re.compile(r"[A-Z][\w’'\-]*[a-z]")


def extend_over_particles(text: str, cands: list[Cand]) -> list[Cand]:
    """Places that go on over a lower-case particle take it and the rest of the name; the
    candidates inside the rest ("Ene", "Konni") go."""
    grown: list[tuple[int, int]] = []
    for c in cands:
        if c.type != "place":
            continue
        m = _PARTICLE_TAIL.match(text, c.end)
        if m is None:
            continue
        end = m.end()
        last = text[c.end:end].split()[-1]
        if last.lower() in PLACE_WORDS or not _CAPITALISED.fullmatch(last.split("’")[-1].split("'")[-1]):
            end = c.end + text[c.end:end].rstrip().rfind(" ")      # "… del Ene Region": not the kind
            if end <= c.end or not _PARTICLE_TAIL.fullmatch(text, c.end, end):
                continue
        grown.append((c.end, end))
        c.end = end
        c.text = text[c.start:end]
    return without_swallowed(cands, grown)


def without_swallowed(cands: list[Cand], grown: list[tuple[int, int]]) -> list[Cand]:
    """The candidates that lie inside a stretch a name grew over, dropped: they are part of that name now."""
    if not grown:
        return cands
    return [c for c in cands if not any(a <= c.start and c.end <= b for a, b in grown)]


#: a possessive country before a listed name: "Cameroon’s [Northwest and Southwest Regions]"
_POSSESSOR = re.compile(r"[A-Z][\w\-]*[’']s\s+")
_SEPARATOR = re.compile(r",\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")


def split_coordinated_places(text: str, cands: list[Cand]) -> list[Cand]:
    """A place candidate that spans a list of names ("Far North, East, and Southwest Regions",
    "Adamawa, and Northwest Regions", "Africa and Mozambique") is each of its names, unless the
    whole is one place a gazetteer knows ("Trinidad and Tobago", "Bosnia and Herzegovina"); a
    name another candidate covers is not made twice."""
    gaz = gazetteer()
    out: list[Cand] = []
    spans = {(c.start, c.end) for c in cands}
    known = {name_key(c.text) for c in cands if c.type == "place"}
    for c in cands:
        pieces = _pieces(c, known) if c.type in ("place", "organization") and _SEPARATOR.search(c.text) else []
        if c.type == "organization" and not all(gaz.countries(text[a:b]) for a, b in pieces):
            pieces = []                # a body, unless every name is a country ("the Russian Federation and Belarus")
        if len(pieces) < 2 or gaz.countries(c.text) or gaz.lookup(c.text) is not None or known_pair(c.text):
            out.append(c)
            continue
        for a, b in pieces:
            if (a, b) not in spans:
                out.append(Cand(a, b, text[a:b], "RULE_PLACE", type="place"))
                spans.add((a, b))
    return out


def _placelike(name: str, known: set[str]) -> bool:
    """A piece of a listed candidate that is a place by itself: a place of the report or of a
    gazetteer, a name ending in a place word ("Southwest Regions"), or side words ("Far North")."""
    low = name.lower().split()
    return name_key(name) in known or low[-1] in PLACE_WORDS or all(w in SIDE_WORDS for w in low) \
        or gazetteer().countries(name) is not None or gazetteer().lookup(name) is not None


def _pieces(c: Cand, known: set[str]) -> list[tuple[int, int]]:
    """The spans of the names of a candidate that is a list, or none when a piece is no place."""
    out, at = [], 0
    for m in list(_SEPARATOR.finditer(c.text)) + [None]:
        end = m.start() if m else len(c.text)
        a, b = at, end
        p = _POSSESSOR.match(c.text, a, b)
        if p and b - p.end() > 2:
            a = p.end()
        if b <= a or not c.text[a].isupper() or not _placelike(c.text[a:b], known):
            return []                  # "Southern Nations, Nationalities, and Peoples’ Region"
        out.append((c.start + a, c.start + b))
        at = m.end() if m else len(c.text)
    return out
