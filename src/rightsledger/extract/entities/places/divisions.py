"""Subdivisions named "X Department" or "X Division" that were typed bodies (issue 14,
organizations; t-orgs14).

"Department" and "Division" are a body's head words ("the Immigration Department", "the Legal Aid
Division"), so "the Littoral Department", "Beni Department" or "Manyu Division of the Southwest
Region" — the subdivisions of the departmental and divisional countries (Benin, Bolivia,
Nicaragua, Cameroon…) — come out as bodies. Read on twelve reports without gold (round record
t-orgs14): four reports, 13 names. The guidelines make them places (regions, provinces,
districts; the dev gold writes "X Province", "X County", "X District" as places).

The words before the head decide: a body's are ordinary words ("Labor Inspection", "Complaint",
"Temporary Detention") or carry a body's head word, an acronym or a digit; a subdivision's are a
toponym. A name is retyped a place when those words are

- a place the gazetteer knows ("Littoral", "Carazo", "Santa Cruz") and not all ordinary English
  (``division_common_zipf``), or
- rare words (below ``name_part_zipf`` each) that the report sets in a place's slot: after "in"
  ("in Tarsa Department") or before "of the … Region/Province" ("Velo Division of the North
  Region"); before "of the … Region/Province", words that are not ordinary English (below
  ``division_common_zipf``) are enough ("Meme Division of the South Region"; t-places31).
"""
from __future__ import annotations

import re

from ...lexicons.gazetteer import gazetteer
from ...lexicons.frequency import zipf
from ..common import Cand, is_acronym, name_key
from ..lexicon import ADMIN_WORDS, DIVISION_COMMON_ZIPF, DIVISION_WORDS, NAME_PART_ZIPF, ORG_HEADS

_IN = re.compile(r"\b[Ii]n\s+$")
_OF_REGION = re.compile(r"\s+of\s+the\s+(?:[A-Za-z][\w’'\-]*\s+){1,3}(?:%s)\b" % "|".join(
    w.capitalize() for w in sorted(ADMIN_WORDS) if not w.endswith("s")), re.I)


def _base(text: str) -> list[str] | None:
    """The words before the subdivision word, when the name has that shape and nothing of a body."""
    words = text.split()
    if not 2 <= len(words) <= 4 or words[-1].lower() not in DIVISION_WORDS:
        return None
    base = words[:-1]
    if any(not w[:1].isupper() or w.lower() in ORG_HEADS or is_acronym(w) or any(ch.isdigit() for ch in w)
           for w in base):
        return None
    return base


def _gazetteer_place(base: list[str], home: str | None) -> bool:
    """A place the gazetteer knows, not a phrase of ordinary words."""
    if all(zipf(w) >= DIVISION_COMMON_ZIPF for w in base):
        return False
    return gazetteer().lookup(" ".join(base), home) is not None


def _in_place_slot(text: str, c: Cand) -> bool:
    return bool(_IN.search(text, max(0, c.start - 4), c.start) or _OF_REGION.match(text, c.end))


def _slotted(text: str, group: list[Cand], base: list[str]) -> bool:
    """Rare words in a place's slot, or words not ordinary English before "of the … Region" ("Meme Division of the
    South Region": t-places31, 2018 Cameroon unread)."""
    if all(zipf(w) < NAME_PART_ZIPF for w in base) and any(_in_place_slot(text, c) for c in group):
        return True
    return all(zipf(w) < DIVISION_COMMON_ZIPF for w in base) and any(_OF_REGION.match(text, c.end) for c in group)


def divisions_as_places(text: str, cands: list[Cand], home: str | None) -> list[Cand]:
    """Retype as places the organization-typed "X Department/Division" names that name a
    subdivision (every candidate of the name: one type per name in a report)."""
    groups: dict[str, list[Cand]] = {}
    for c in cands:
        if c.type == "organization" and _base(c.text) is not None:
            groups.setdefault(name_key(c.text), []).append(c)
    for group in groups.values():
        base = _base(group[0].text) or []
        if _gazetteer_place(base, home) or _slotted(text, group, base):
            for c in group:
                c.type = "place"
    return cands
