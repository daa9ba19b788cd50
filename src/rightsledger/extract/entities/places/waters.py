"""A river or lake written with its water word is a place (issue 14, places; round t-places30).

"east across the Tarnek river", "between the Dorva and Kessel rivers", "an attack at Lac Vorane": the name
is a river's or a lake's, and the guidelines make rivers and lakes places ("Ruvubu River", "Lake Chad").
The model labels such a name ORG ("the" before it) or PERSON (two capitalised words), and no gazetteer
knows most of them: 2021 Djibouti "Lac Assal" (a person), 2022 and 2023 Ethiopia "the Tekeze river" (a
body) — three unread reports, judged by t-places20, t-places23 and t-places27; the dev gold makes a place
of every such name (3 : 0: "the upper Niari river system", "the Juba and Shabelle rivers").

So a body or person group is retyped place, with all its candidates, when the report writes one of its
names right before a lower-case water word (``water_words_after`` of ``extract/data/entities.toml``), as
the first name of a pair before a plural one ("the A and B rivers"), or begins with a water word of
``water_words_before`` ("Lac", "Lago"), and nothing says it is a body or a person: no body's head word
(``org_heads``: "the Tarnek River Basin Authority" is written capitalised anyway), no acronym, no role.
"""
from __future__ import annotations

import re

from ...lexicons import alternation
from ..common import Cand, is_acronym, name_key, org_heads
from ..lexicon import WATER_WORDS_AFTER, WATER_WORDS_BEFORE

_WATER = alternation(sorted(WATER_WORDS_AFTER, key=len, reverse=True))
#: the water word right after a name, in lower case and ending the phrase ("the Tarnek river", not "river
#: Basin Authority"), or after "and" and a second name ("the Dorva and Kessel rivers")
_WATER_AFTER = re.compile(rf"(?:\s+(?:and|or)\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?)?\s+{_WATER}\b(?!\s+[A-Z])")


def waters_as_places(text: str, cands: list[Cand]) -> list[Cand]:
    """``cands`` with the body and person groups named as a river or lake (see the module) typed place."""
    groups: dict[str, list[Cand]] = {}
    for c in cands:
        if c.type in ("organization", "person"):
            groups.setdefault(name_key(c.text), []).append(c)
    for group in groups.values():
        if _a_water(text, group):
            for c in group:
                c.type = "place"
    return cands


def _a_water(text: str, group: list[Cand]) -> bool:
    words = group[0].text.split()
    if not words or org_heads(words) or any(is_acronym(w) for w in words) or any(c.roles for c in group):
        return False
    before = len(words) >= 2 and words[0].lower() in WATER_WORDS_BEFORE
    return before or any(_WATER_AFTER.match(text, c.end) for c in group)
