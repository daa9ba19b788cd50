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
or plural; the slot is the kind, then a comma, "such as", "called", "named" or "including" (a comma may
stand before them) or nothing, an opening quote, then the name or a list of capitalised names that ends
with it ("the" may open a name after a link word or a joint of the list).

Round t-orgs46 (issue 14, organizations missed, read on unread 2017 Colombia and 2021 Pakistan: "drug
gangs such as the Gulf Clan", "terrorist groups, including the TTP, …, and Islamic State Khorasan
Province"): ``described.py`` reads the slot (``bodies_only``: not after a kind of people, "ethnic groups,
including the X") before this pass runs, so such a name becomes a body; what this pass drops is what is
left (a people's name in such a list).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ...lexicons.english import plural
from ...lexicons import alternation
from ..lexicon import DESCRIPTOR_KINDS, PEOPLE_GROUP_QUALIFIERS, PLACE_BODY_KINDS, SLOT_PEOPLE_WORDS

if TYPE_CHECKING:
    from ..common import Group

#: one capitalised name of a list (words with a capital first, or a number: "Forum 18")
_NAME = r"[A-Z][\w’'\-.]*(?:[ \t]+(?:[A-Z][\w’'\-.]*|\d+))*"
#: what may stand between the kind and the list: a link word (after a comma or not: "groups, including"),
#: a comma, or nothing; "the" may open a name after a link word or a list's joint ("drug gangs such as
#: the X", "terrorist groups, including the X, Y, and Z"; issue 14, round t-orgs46)
_LINK = r"(?:(?:[ \t]*,)?[ \t]+(?:such as|called|named|including)[ \t]+(?:the[ \t]+)?|[ \t]*,[ \t]*|[ \t]+)"
#: the joint of two names of the list, "the" after it
_JOINT = r"(?:[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+)(?:the[ \t]+)?"
#: how far back the slot is looked for
_BACK = 160


@lru_cache(maxsize=1)
def _slot() -> re.Pattern[str]:
    """The kind and the slot up to the end of the text looked at (the mention's start)."""
    kinds = {k for k in DESCRIPTOR_KINDS + PLACE_BODY_KINDS}
    kinds |= {plural(k) for k in kinds}
    alt = alternation(re.escape(k) for k in sorted(kinds, key=len, reverse=True))
    return re.compile(rf"(?<![\w\-])(?:{alt}){_LINK}[“\"‘']?"
                      rf"(?:{_NAME}[”\"’']?{_JOINT}[“\"‘']?)*$")


def after_body_kind(text: str, start: int, bodies_only: bool = False) -> bool:
    """Does the name that starts at ``start`` stand where a kind of body names it? With ``bodies_only``, not
    where the kind is a group of people ("ethnic groups, including the X", "religious groups such as X": a
    word of ``people_group_qualifiers`` or ``slot_people_words`` right before the kind; issue 14, t-orgs46)."""
    m = _slot().search(text, max(0, start - _BACK), start)
    if m is None or not bodies_only:
        return m is not None
    before = re.search(r"([A-Za-z\-]+)[ \t]+$", text[max(0, m.start() - 40):m.start()])
    return before is None or before.group(1).lower() not in PEOPLE_GROUP_QUALIFIERS | SLOT_PEOPLE_WORDS


def drop_places_named_by_body_kinds(text: str, groups: list["Group"]) -> list["Group"]:
    """``groups`` (places) without those the gazetteer does not know whose every mention stands
    after a kind of body."""
    return [g for g in groups if g.place is not None or not g.mentions
            or not all(after_body_kind(text, s) for s, _ in g.mentions)]
