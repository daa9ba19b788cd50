"""A body's name cut before its last "and" (issue 14, organizations; t-orgs13).

``runs/extend.py`` joins "… of X and the Y" and serial lists, and leaves a bare "and" alone: "the
Ministry of Justice and Amnesty International" are two bodies. Yet a name whose last words are a
preposition's object ("Committee against Violence against Women", "Service to Prisoners",
"Council for … Promotion of Information") often coordinates a second object with a bare "and"
("… Women and Children", "… Prisoners and Juvenile Offenders", "… Information and
Communication"), and the name was cut there in four tuned dev reports (round record t-orgs13).

The tail joins when it is one or two capitalised common words that cannot be a body, place or
person of their own (``runs.extend._name_part``: no head word, no acronym, no country, ordinary words
by frequency; here no place of the gazetteer at all) and the phrase plainly ends after it (punctuation, a parenthesis or
a lower-case word); the object before "and" must be the same sort of words (no head word: "the
Ministry of Justice and Police" stays two bodies because "Police" is a head anyway).
"""
from __future__ import annotations

import re
from typing import Callable

from ...lexicons.gazetteer import gazetteer
from ..common import Cand, org_heads, is_acronym
from ..lexicon import NAME_TAIL_PREPS, PLURAL_LIST_HEADS

_CAP = r"[A-Z][\w’'\-]*"
_TAIL = re.compile(rf"\s+and\s+({_CAP}(?:\s+{_CAP})?)(?=\s*[,.;:()]|\s+[a-z]|\s*$)")


def after_last_object(text: str, c: Cand, tail: re.Pattern[str]) -> tuple[re.Match[str], list[str]] | None:
    """``tail`` matched right after a rule body ``c`` whose name ends in its last preposition's
    object, with the words after that preposition; None for another candidate, a possessive after
    the match, a plural head ("the Ministries of Justice and Labor": two bodies) or no such object.
    The start both a bare "and" tail (here) and a serial list of fields (``serial_fields.py``) need."""
    if c.label != "RULE_ORG":
        return None
    m = tail.match(text, c.end)
    if not m or text.startswith(("’s", "'s"), m.end()):
        return None
    words = c.text.split()
    if words[0].lower() in PLURAL_LIST_HEADS:
        return None
    preps = [i for i, w in enumerate(words) if w in NAME_TAIL_PREPS]
    if not preps or preps[-1] == len(words) - 1:
        return None
    return m, words[preps[-1] + 1:]


def and_tail(text: str, c: Cand, is_part: Callable[[str], bool]) -> Cand:
    """``c`` extended over "and" + a coordinated object, where the name plainly goes on so."""
    found = after_last_object(text, c, _TAIL)
    if found is None:
        return c
    m, after = found
    obj = [w for w in after if w not in ("the", "and")]
    if not obj or org_heads(obj) or any(is_acronym(w) for w in obj) or not is_part(m.group(1)):
        return c
    if gazetteer().lookup(m.group(1)) is not None:
        return c                              # "… for Refugees and Geneva staff": any place, not a field
    return Cand(c.start, m.end(), text[c.start:m.end()], "RULE_ORG", list(c.roles))
