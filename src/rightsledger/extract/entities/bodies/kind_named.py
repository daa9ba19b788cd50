"""Names a kind of body vouches for that no candidate holds whole (after pass 1, with ``international.py``;
issue 14, t-orgs38): "the Velm Dolls, an organization that …", "groups such as Mothers of the
Plain and unions reported", "Opposition groups such as the Southern Wardens, …".

Why: ``appositive_kinds.py`` and ``kind_lists.py`` read a name in apposition with a kind of body
("X, a local NGO,") or listed under a plural kind ("groups such as X and Y"), but only retype a
candidate that is there already. A name with no head word that the model does not label
("Velm Dolls", "Mothers of the Plain") is no candidate at all, and the report's body is missed.
Where such a name stands in a prose paragraph it becomes a body's candidate, in place of the
candidates inside it (a piece the model labelled, "Households"; the name read as a place, "Southern
Wardens"), unless one is a person (the votes decide, ``classify.py``) or reaches outside the name, or
the name is a body's candidate already. Not a month, a weekday, a generic word, a place of the gazetteer, a demonym or a
people the model names (NORP: "groups such as Roma"); the name ends at a sentence's end.
"""
from __future__ import annotations

import re

from ...lexicons.gazetteer import fold, gazetteer
from ..common import Cand, demonym, name_key
from ..lexicon import APPOSITIVE_KIND_STOPS, GENERIC, MONTHS, WEEKDAYS
from .appositive_kinds import appositive_spans
from .kind_lists import kind_list_spans

#: Labels of a candidate that is a body's already (the model's, the rules', an acronym, an armed group).
_BODY_LABELS = {"ORG", "RULE_ORG", "ACRO", "ARMED"}


def _cut(text: str, s: int, e: int) -> int:
    """The name's end: before a sentence's end or a line break inside the span ("NHRC.\\n\\nAlthough")."""
    stop = re.search(r"\.\s|\n", text[s:e])
    return s + stop.start() if stop else e


def _no_body(name: str, norp: set[str], home: str | None) -> bool:
    """A month, weekday, generic word, place, demonym or people: no body's name."""
    gaz = gazetteer()
    first = name.split()[0].lower()
    return first in MONTHS or first in WEEKDAYS or name_key(name) in GENERIC \
        or fold(name).rstrip("s") in norp or bool(gaz.countries(name) or gaz.lookup(name, home)) \
        or demonym(name, set(), set())


def _replaced(cands: list[Cand], s: int, e: int) -> list[Cand] | None:
    """The candidates the name at ``s``–``e`` replaces: those inside it, none a person ("Households" of
    "Women Heads of Households"; "Southern Wardens" read as a place); None when one reaches outside it
    or is a person (the votes decide a person, ``classify.py``)."""
    clash = [c for c in cands if c.start < e and s < c.end]
    if any(c.start < s or c.end > e or c.label == "PERSON" for c in clash):
        return None
    return clash


def with_kind_named(text: str, paragraphs: list[tuple[int, int, list[tuple[int, int]]]],
                    cands: list[Cand], norp: set[str], home: str | None) -> list[Cand]:
    """The candidates with a body's candidate for each name in apposition with, or listed under, a kind
    of body in the prose paragraphs (outside their masked lines), in place of the pieces and non-persons
    inside it."""
    out = list(cands)
    for s, e in sorted(set(appositive_spans(text) + kind_list_spans(text))):
        e = _cut(text, s, e)
        lead = re.match(r"(?:(\w+)\s+)?", text[s:e])
        if lead.group(1) and (lead.group(1).lower() in APPOSITIVE_KIND_STOPS or lead.group(1).lower() == "the"):
            s += lead.end()                   # "In August, a local NGO, …", "The X, a daily,": no "In", "The"
        inside = [m for a, b, m in paragraphs if a <= s and e <= b]
        gone = _replaced(out, s, e) if e > s and inside and not any(a < e and s < b for a, b in inside[0]) \
            and not _no_body(text[s:e], norp, home) else None
        if gone is not None and not any((c.start, c.end) == (s, e) and c.label in _BODY_LABELS for c in gone):
            out = [c for c in out if c not in gone] + [Cand(s, e, text[s:e], "RULE_ORG")]
    return sorted(out, key=lambda c: (c.start, c.end))
