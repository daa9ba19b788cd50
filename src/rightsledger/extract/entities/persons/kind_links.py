"""A person record one of whose mentions is the name a kind of body or facility is given ("a garment
factory named X") is no person (issue 14, persons; round t-ents72, on the session-22 amendment).

A report names an unfamiliar body or facility after the noun of its kind and a naming link: "an
Iranian hacker group known as both X and Phosphorus" (2021 Iran), "the union leader within a garment
factory named X" (2023 Madagascar, t-ents71), "a converted youth and sports center in Sheikh Zuweid
known as X" (2019 Egypt, t-ents44): three unread reports judged before the rule, where the model had
labelled the name PERSON and no rule undid it (``glossed_kinds.py`` reads a gloss after the name,
``kind_fronts.py`` a kind right before it, ``paren_names.py`` a link inside parentheses).

The shape, read on the text before the name: a lower-case kind (the lower-case ``descriptor_kinds``,
``facility_heads_after``, ``program_words`` and ``[kind_named] nouns`` of ``entities.toml``), then
at most a place ("in", "at", "near" and one to four capitalised words), then a link (``[kind_named]
links``: "named", "called", "known as [both]") and the name, an opening quote allowed. A person's
noun is no kind ("a young woman named X", "media reports called X a judge of terror" stay persons),
nor "named after". One such mention is enough; a group with a person's role keeps its record. The
group is dropped, not retyped: the kinds are bodies, facilities and programmes.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ...lexicons import phrase_alternation
from ..lexicon import (DESCRIPTOR_KINDS, FACILITY_HEADS_AFTER, KIND_NAMED_LINKS, KIND_NAMED_NOUNS,
                       KIND_NAMED_PLACES, PROGRAM_WORDS)

if TYPE_CHECKING:
    from ..common import Group

_CAP = r"[A-ZÀ-Þ][\w’'\-]*"


def _alt(items) -> str:
    return phrase_alternation(sorted(set(items), key=len, reverse=True))


@lru_cache(maxsize=1)
def _named() -> re.Pattern[str]:
    """"KIND [in|at|near Place] LINK [“]" right before a name (searched on the text before it)."""
    kinds = {k for k in DESCRIPTOR_KINDS if k.islower()} | set(FACILITY_HEADS_AFTER) | set(PROGRAM_WORDS) \
        | set(KIND_NAMED_NOUNS)
    place = rf"(?:,?\s+(?:{_alt(KIND_NAMED_PLACES)})\s+{_CAP}(?:\s+{_CAP}){{0,3}})?"
    return re.compile(rf"(?<![\w\-’'])(?:{_alt(kinds)}){place},?\s+(?:{_alt(KIND_NAMED_LINKS)})\s+[“\"]?$")


def kind_named(text: str, start: int) -> bool:
    """Is the name at ``start`` the one a lower-case kind of body or facility is given ("a factory named X")?"""
    return _named().search(text, max(0, start - 120), start) is not None


def persons_not_kind_named(persons: list["Group"], text: str) -> list["Group"]:
    """``persons`` without the groups that have no person's role and a mention a kind of body is named by."""
    return [g for g in persons if g.roles or not any(kind_named(text, s) for s, _ in g.mentions)]
