"""A name the gazetteer does not know, written where a kind of body names it (issue 14, places;
round t-places7, read on twelve unread reports): "the internet portal Pravda", "the
company, Tiko AAA", "two laboratories, Silesia and Andromaco", "websites such as Forum 18 and
Ozodlik", "a website called “Arozaza”". The model takes such one-word names for places; the kind
noun before them says they are bodies (docs/EVALUATION.md: bodies, and a place is a named
geographic entity). ``descriptors.py`` reads only "the <kind> <Name>" without a comma, for the
organisation vote; this pass drops a place group all of whose mentions stand in any of these
slots, and only when the gazetteer knows none of its names (a known town after "the group,"
stays a place).

The kinds are data: ``descriptor_kinds`` and ``place_body_kinds`` of ``entities.toml``, singular
or plural; the slot is the kind, then a comma, "such as", "called", "named" or "including" or
nothing, an opening quote, then the name or a list of capitalised names that ends with it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ...lexicons.english import plural
from ...lexicons import alternation
from ..lexicon import DESCRIPTOR_KINDS, PLACE_BODY_KINDS

if TYPE_CHECKING:
    from ..common import Group

#: one capitalised name of a list (words with a capital first, or a number: "Forum 18")
_NAME = r"[A-Z][\w’'\-.]*(?:[ \t]+(?:[A-Z][\w’'\-.]*|\d+))*"
#: what may stand between the kind and the list
_LINK = r"(?:[ \t]*,[ \t]*|[ \t]+(?:such as|called|named|including)[ \t]+|[ \t]+)"
#: how far back the slot is looked for
_BACK = 160


@lru_cache(maxsize=1)
def _slot() -> re.Pattern[str]:
    """The kind and the slot up to the end of the text looked at (the mention's start)."""
    kinds = {k for k in DESCRIPTOR_KINDS + PLACE_BODY_KINDS}
    kinds |= {plural(k) for k in kinds}
    alt = alternation(re.escape(k) for k in sorted(kinds, key=len, reverse=True))
    return re.compile(rf"(?<![\w\-])(?:{alt}){_LINK}[“\"‘']?"
                      rf"(?:{_NAME}[”\"’']?(?:[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+)[“\"‘']?)*$")


def after_body_kind(text: str, start: int) -> bool:
    """Does the name that starts at ``start`` stand where a kind of body names it?"""
    return _slot().search(text, max(0, start - _BACK), start) is not None


def drop_places_named_by_body_kinds(text: str, groups: list["Group"]) -> list["Group"]:
    """``groups`` (places) without those the gazetteer does not know whose every mention stands
    after a kind of body."""
    return [g for g in groups if g.place is not None or not g.mentions
            or not all(after_body_kind(text, s) for s, _ in g.mentions)]
