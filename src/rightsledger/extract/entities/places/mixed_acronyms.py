"""A place's acronym written in mixed case is that place (issue 14, places; t-places21, on the session-22
amendment: read on unread reports, the dev texts hold none).

"Velmora and Orvania (VaO) is a republic … a case continued in VaO court": the acronym keeps a small
letter (a connector of the place's own language), so it is no acronym to ``common.is_acronym`` and
``classify.acronym_definitions`` and ``acronyms.link_place_acronyms`` pass it by; the model types it a
person or a body, and the place's record loses every mention but the first. Here a mixed-case acronym
— a capital first and last, one or two small letters between capitals, at most eight letters — written
in parentheses right after a place candidate whose capitalised words' initials are the acronym's
capitals names that place: every candidate written exactly as the acronym becomes the place's acronym
("ACRO", roles = [Name], filed under the place by ``linking.link_places``), and the acronym in the
parentheses is a mention of it. Acronyms written in capitals only are left to the rules above.
"""
from __future__ import annotations

import re

from ..common import PAREN, Cand, is_acronym

#: a capital first and last, letters only, one or two of them small: "BiH", "FBiH", "RiK"
_MIXED = re.compile(r"[A-Z][A-Za-z]{0,6}[A-Z]")


def mixed_acronym(word: str) -> bool:
    """Whether ``word`` is written as a mixed-case acronym ("BiH"): no acronym in capitals only."""
    small = sum(ch.islower() for ch in word)
    return bool(_MIXED.fullmatch(word)) and 1 <= small <= 2 and sum(ch.isupper() for ch in word) >= 2


def spelt_by_capitals(name: str, acr: str) -> bool:
    """Whether the initials of the capitalised words of ``name`` are the capitals of ``acr``
    ("Velmora and Orvania" → "VaO")."""
    caps = "".join(w[0] for w in re.split(r"[\s\-]+", name) if w[:1].isupper())
    return len(caps) >= 2 and caps == "".join(ch for ch in acr if ch.isupper())


def _defined(text: str, cands: list[Cand]) -> dict[str, tuple[str, int]]:
    """The mixed-case acronyms defined right after a place candidate: acronym → (the place's name, where
    the acronym stands)."""
    out: dict[str, tuple[str, int]] = {}
    for c in cands:
        if c.type != "place" or is_acronym(c.text):
            continue
        m = PAREN.match(text, c.end)
        if m and mixed_acronym(m.group(1)) and spelt_by_capitals(c.text, m.group(1)):
            out.setdefault(m.group(1), (c.text, m.start(1)))
    return out


def link_mixed_place_acronyms(text: str, cands: list[Cand]) -> list[Cand]:
    """``cands`` with every candidate of a place's mixed-case acronym made that place's acronym, and the
    acronym's definition added where no candidate stands."""
    defined = _defined(text, cands)
    if not defined:
        return cands
    for c in cands:
        if c.text in defined and c.label != "ACRO":
            c.type, c.label, c.roles = "place", "ACRO", [defined[c.text][0]]
    taken = [(c.start, c.end) for c in cands]
    for acr, (name, at) in defined.items():
        if not any(s < at + len(acr) and at < e for s, e in taken):
            cands.append(Cand(at, at + len(acr), acr, "ACRO", [name], "place"))
    return sorted(cands, key=lambda c: c.start)
