"""A one-word name in apposition to a noun of a person: "the plaintiff, Tarvo,", "Velen's sister, Marit,",
"his associates, Joran Vesk and Tarvo," — the name is the person the noun names, whatever label the
model gave it (an organization, a place). Issue 14, t-ents51: judged on unread 2016 India, 2019 Burma
and 2023 Saudi Arabia (session 28), with dev 2020 Fiji ("Lal's wife, Padma,").
"""
from __future__ import annotations

import re

from ...lexicons import alternation
from ..common import is_acronym, person_shape
from ..lexicon import APPOSITION_NOUNS, ROLE_NOUNS

_NOUNS = alternation(sorted(ROLE_NOUNS | APPOSITION_NOUNS, key=len, reverse=True))
_NAME = r"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3}"
#: "<the|his|her|their|X's> [up to two lower-case words] <noun>[s], [Name, Name and ]" right before the name
APPOSED = re.compile(r"(?:\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|[\w\-]+[’']s)\s+(?:[a-z][\w\-]*\s+){0,2}?"
                     + r"(" + _NOUNS + r")s?,\s+(?:" + _NAME + r"(?:,\s+|,?\s+and\s+)){0,3}$")


def apposed_noun(text: str, start: int, name: str) -> str | None:
    """The noun of a person a one-word ``name`` at ``start`` stands in apposition to, or None."""
    if " " in name or is_acronym(name) or not person_shape(name, strict=True) \
            or re.match(r"\s+[A-Z]", text[start + len(name):start + len(name) + 2]):
        return None                           # (a longer name: "the president, Vela Tarsa")
    m = APPOSED.search(text, max(0, start - 120), start)
    return m.group(1).lower() if m else None
