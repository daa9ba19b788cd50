"""A place the report names once more under a form the other passes did not tie to it (issue 14,
places; round t-places5). Two rules, both stated by resources and the report's own places, not by
the words of any sentence:

- ``bodies_named_as_places``: a name typed organization that is a country by the gazetteer's
  country names ("citizens of the Russian Federation", "after the breakup of the Soviet Union": an
  organization word in a country's name is no body), or that is, letter for letter or but for one
  letter, the name or bare name of a place of the same report ("the border with the Casamance"
  beside "the Casamance Region"; "on Grand Comore" beside "Grande Comore") and carries no body's
  head word, is that place. A country named as an actor is still a place (docs/EVALUATION.md).
- ``join_misspelt_places``: two places of one report whose names differ by one letter ("Qoryoley"
  and "Qoroley", "Kasai Orientale" and "Kasai Oriental") are one place named two ways, unless the
  gazetteer knows them as two different places or either is a country ("Dominica", "Dominican").
  A difference in the first letter of a word is no slip but another name ("Tien Giang" and "Kien
  Giang" are two provinces; round t-places8), and two forms the gazetteer finds each at another
  spot are two places even when neither group took a gazetteer entry.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...lexicons.gazetteer import fold, gazetteer
from ..common import Cand, name_key
from ..lexicon import ORG_HEADS
from .forms import bare_form

if TYPE_CHECKING:
    from ..common import Group

#: the shortest name (folded, in characters) two spellings one letter apart are taken as one place
MIN_LETTERS = 6


def one_letter_apart(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one inserted, deleted or replaced character, both long enough
    that one letter is a slip of spelling rather than another name."""
    if a == b or min(len(a), len(b)) < MIN_LETTERS or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if i == 0 or not a[i - 1].isalnum():
        return False                          # the first letter of a word: another name
    return a[i + 1:] == b[i + 1:] if len(a) == len(b) else a[i:] == b[i + 1:]


def _near(key: str, keys: set[str]) -> bool:
    return key in keys or any(one_letter_apart(key, k) for k in keys)


def bodies_named_as_places(cands: list[Cand]) -> list[Cand]:
    """``cands`` with the bodies that are a country, or a place of the report, typed place."""
    gaz = gazetteer()
    keys = {k for c in cands if c.type == "place" for k in (name_key(c.text), bare_form(c.text))}
    keys.discard("")
    for c in cands:
        if c.type != "organization":
            continue
        if gaz.countries(c.text) or (
                not any(w.lower() in ORG_HEADS for w in c.text.split()) and _near(name_key(c.text), keys)):
            c.type = "place"
    return cands


def _where(place) -> tuple:
    return place.country_code, place.lat, place.lon


def _two_known_places(a: str, b: str) -> bool:
    """The gazetteer finds ``a`` and ``b`` each, at two different spots."""
    gaz = gazetteer()
    pa, pb = gaz.lookup(a), gaz.lookup(b)
    return pa is not None and pb is not None and _where(pa) != _where(pb)


def join_misspelt_places(groups: list["Group"]) -> list["Group"]:
    """``groups`` (places) with two places whose names are one letter apart joined into one."""
    gaz = gazetteer()
    out: list["Group"] = []
    for g in groups:
        forms = {fold(f) for f in g.forms}
        if any(gaz.countries(f) for f in forms):
            out.append(g)
            continue
        for h in out:
            if g.place is not None and h.place is not None and _where(g.place) != _where(h.place):
                continue                      # two places the gazetteer tells apart
            others = {fold(f) for f in h.forms}
            if any(gaz.countries(f) for f in others):
                continue
            if any(one_letter_apart(a, b) and not _two_known_places(a, b) for a in forms for b in others):
                h.forms.update(g.forms)
                h.mentions |= g.mentions
                h.place = h.place or g.place
                h.paren |= g.paren - set(h.forms)
                break
        else:
            out.append(g)
    return out
