"""A name the report describes as a body, taken for a place (issue 14, places; round t-places8,
read on twelve unread reports). The model types some names of outlets, unions, portals and armed
groups as places; the report itself says what they are, with a kind of body in the name's frame:

- after the name, in apposition: "X, the government-owned television network", "X (ACR), a
  national trade union";
- right after the name, as the head of a compound: "the X news site";
- as the name's own last word: "the South Asian Terrorism Portal";
- before the name (t-places7's slot, ``kinds.after_body_kind``): "terrorist organizations X
  and Y".

A place group is a body (retyped organization; joined to a body of the same name when there is
one) when one of its mentions stands in such a frame, none stands in a locative slot ("in X",
"near X": the report then uses it as a place), and the gazetteer knows none of its names by their
own spelling (alternate names are not asked: they find "Hamm" for "Hamas"), nor as a country.
Stated by word classes (``descriptor_kinds``, ``place_body_kinds``, ``place_slot_preps`` of
``entities.toml``) and the gazetteer; by docs/EVALUATION.md's rule that outlets, unions and
parties are organizations and places are geographic entities.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ...lexicons.gazetteer import fold, gazetteer
from ...lexicons import alternation
from ..lexicon import DESCRIPTOR_KINDS, PLACE_BODY_KINDS, PLACE_SLOT_PREPS
from ...lexicons.english import plural
from .kinds import after_body_kind

if TYPE_CHECKING:
    from ..common import Group


#: words no modifier of the kind is ("a stronghold of the group" describes no body)
_FUNCTION = r"(?:of|for|in|on|by|with|to|from|and|or|that|which|who|near|at)\b"


@lru_cache(maxsize=1)
def _kinds() -> str:
    kinds = set(DESCRIPTOR_KINDS + PLACE_BODY_KINDS)
    kinds |= {plural(k) for k in kinds}
    return alternation(re.escape(k) for k in sorted(kinds, key=len, reverse=True))


@lru_cache(maxsize=1)
def _appositive() -> re.Pattern[str]:
    """", the government-owned television network", " (CGIL), a national trade union": an
    article, up to four modifiers, the kind, and no "of" or possessive after it ("X, the site of
    the attack" describes a place)."""
    return re.compile(rf"(?:[ \t]*\([A-Z][\w.\-]*\))?[ \t]*,[ \t]+(?:a|an|the)[ \t]+"
                      rf"(?:(?!{_FUNCTION})[\w\-’']+[ \t]+){{0,4}}?{_kinds()}(?![\w\-])(?![ \t]+of\b)(?![’']s\b)")


@lru_cache(maxsize=1)
def _compound() -> re.Pattern[str]:
    """" news site", " television channel": a lower-case kind right after the name, with at most
    one lower-case modifier between."""
    return re.compile(rf"[ \t]+(?:[a-z][\w\-]*[ \t]+)?{_kinds()}(?![\w\-])(?![ \t]+of\b)(?![’']s\b)")


@lru_cache(maxsize=1)
def _own_kind() -> re.Pattern[str]:
    """A name of two words or more whose last word is one of the kinds the descriptors lack
    (``place_body_kinds``: "… Terrorism Portal"; not the broad ``descriptor_kinds``, which hold
    "bank", "channel" and "site": "the West Bank")."""
    alt = alternation(re.escape(k) for k in sorted(PLACE_BODY_KINDS, key=len, reverse=True))
    return re.compile(rf"\S+[ \t]+(?:\S+[ \t]+)*(?i:{alt})$")


@lru_cache(maxsize=1)
def _locative() -> re.Pattern[str]:
    """"in ", "near the ": a locative preposition right before the name."""
    return re.compile(rf"(?<![\w\-]){alternation(sorted(PLACE_SLOT_PREPS))}[ \t]+(?:the[ \t]+)?$", re.I)


def described_as_body(text: str, start: int, end: int) -> bool:
    """Does the report describe the name at ``start:end`` as a body?"""
    return bool(_appositive().match(text, end) or _compound().match(text, end)
                or _own_kind().match(text, start, end) or after_body_kind(text, start, bodies_only=True))


def _known(forms) -> bool:
    gaz = gazetteer()
    return any(gaz.countries(f) or gaz.lookup(f, alternates=False) is not None for f in forms)


def places_described_as_bodies(text: str, places: list["Group"], bodies: list["Group"]) -> tuple[list["Group"], list["Group"]]:
    """``(places, bodies)`` with the place groups the report describes as bodies moved to the
    bodies (joined to a body that has one of their forms)."""
    keep: list["Group"] = []
    for g in places:
        ms = sorted(g.mentions)
        if not ms or _known(g.forms) \
                or any(_locative().search(text, max(0, s - 16), s) for s, _ in ms) \
                or not any(described_as_body(text, s, e) for s, e in ms):
            keep.append(g)
            continue
        folded = {fold(f) for f in g.forms}
        twin = next((b for b in bodies if folded & {fold(f) for f in b.forms}), None)
        if twin is None:
            g.type, g.place = "organization", None
            bodies.append(g)
        else:
            twin.forms.update(g.forms)
            twin.mentions |= g.mentions
    return keep, bodies
