"""A person record one of whose mentions is glossed as a place, a programme or a body is no person
(issue 14, persons; round t-ents50, on the session-22 amendment).

A report tells what an unfamiliar name is in a gloss set beside it by a comma: "X, a Bangladeshi,
remote island in the Bay of Bengal" (2020 Bangladesh), "eight members of X, an independent civil
society group," (2020 Vietnam), "the progress of X, a five-year strategy launched in 2019" and "X,
the official OSH authority" (2022 New Zealand), "the growing “X,” an area that extends between the
states" (2018 Venezuela): four unread reports judged before the rule, where the model had labelled the
name PERSON. A person's gloss has a person's noun as its head ("X, a prominent newspaper
correspondent who"); a kind of place, programme or body is never the head of one.

The gloss is "a", "an" or "the", at most five modifiers (a comma may follow one: "a Bangladeshi,
remote island"; no preposition, conjunction or relative word, ``appositive_kind_stops``: "X, a member
of the group" glosses a member), then the kind (``person_gloss_kinds`` with ``person_place_kinds``,
``program_words`` and ``descriptor_kinds`` of ``entities.toml``), then the phrase ends: punctuation,
a relative or locative word, or a participle ("launched", "focused"). One such mention is enough;
a group with a person's role keeps its record (a role read from the gloss itself, "official OSH
authority", is none). The group is dropped, not retyped: the place and body rules did not take the
name, and the kinds are three.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ...lexicons import alternation
from ..lexicon import APPOSITIVE_KIND_STOPS, PERSON_GLOSS_KINDS

if TYPE_CHECKING:
    from ..common import Group


@lru_cache(maxsize=1)
def _gloss() -> re.Pattern[str]:
    """", a|an|the MODS KIND" right after a name (a closing quote may stand before or after the comma),
    the kind ending the phrase."""
    kinds = alternation(re.escape(k) for k in sorted(PERSON_GLOSS_KINDS, key=len, reverse=True))
    mods = r"((?:[\w’'\-]+,?\s+){0,5}?)"
    end = r"(?=\s*[,.;:)”]|\s+(?:that|which|whose|where|in|on|with|[a-z]+ed|[a-z]+ing)\b)"
    return re.compile(rf"[”\"]?,[”\"]?\s+(?:a|an|the)\s+{mods}{kinds}\b{end}")


def glossed_as_kind(text: str, end: int) -> bool:
    """Does a gloss with a kind of place, programme or body as its head follow the name ending at ``end``?"""
    m = _gloss().match(text, end)
    return bool(m) and not {w.strip(",").lower() for w in m.group(1).split()} & APPOSITIVE_KIND_STOPS


def _kind_role(role: str) -> bool:
    """Is the role the gloss itself ("official OSH authority": a kind as its head, no other head before)?"""
    words = role.lower().split()
    return bool(words) and words[-1] in PERSON_GLOSS_KINDS and not set(words) & APPOSITIVE_KIND_STOPS


def persons_not_glossed_kinds(persons: list["Group"], text: str) -> list["Group"]:
    """``persons`` without the groups that have no person's role and a mention glossed as a kind of
    place, programme or body."""
    return [g for g in persons if not all(_kind_role(r) for r in g.roles)
            or not any(glossed_as_kind(text, e) for _, e in g.mentions)]
