"""Buildings named as bodies (issue 14, organizations; round t-orgs25, on the session-22 amendment).

A building named by a house of worship's or a seat's head word — "a prayer ceremony at the Cathedral
of the Holy Cross in Lusaka" (2017 Zambia), "a protest in front of Jubilee House, the presidential
office" (2023 Ghana), "an exhibit at Great Park Synagogue", "held in the Old Synagogue section of
the museum" (2024 South Africa; all three unread) — is no entity: the annotation guidelines' entities
are bodies and geographic places, and the annotators' notes make facilities (prisons, hotels,
airports, a mine) no entities. The model labels such a name ORG.

So an organization name, no acronym and none in its group, whose head is a word of ``[building_names]``
of ``entities.toml`` — its last word, or the word before its first "of" ("Cathedral of the Holy
Cross") — is no body, with all its candidates, when every occurrence of the name in the report stands
right after a locative preposition ("the" allowed between):

- ``worship_heads`` (cathedral, mosque, synagogue, temple …): ``preps`` or ``worship_preps`` ("in");
- ``seat_heads`` (church, house): ``preps`` only (at, outside, in front of …): "in the X Church" is
  as often the congregation, and "House" counts only as the last word ("House of Representatives"
  stays a body).

One occurrence anywhere else — the subject of a verb ("the Tarsanian Evangelical Church said"), an
owner ("a Grand Mosque imam"), after "by", "from", "of" — keeps the body. The dev gold holds no
building of these heads in its scored text and makes a body of every name of these heads it holds
(the round's record: 0 dev records turned).
"""
from __future__ import annotations

import re

from ...lexicons import alternation, lexicon
from ..common import Cand, is_acronym, without_groups
from ..occurrences import APOSTROPHES, HYPHEN, occurrences

_B = lexicon("entities")["building_names"]
_WORSHIP = frozenset(_B["worship_heads"])
_SEAT = frozenset(_B["seat_heads"])
_LAST_ONLY = frozenset({"house"})


def _before(preps: list[str]) -> re.Pattern[str]:
    """A locative preposition (any case) and an optional "the" right before the end of the text."""
    alt = alternation(sorted((p.replace(" ", r"\s+") for p in preps), key=len, reverse=True))
    return re.compile(rf"(?i:\b(?:{alt}))\s+(?:(?i:the)\s+)?$")


_SEAT_FRAME = _before(_B["preps"])
_WORSHIP_FRAME = _before(_B["preps"] + _B["worship_preps"])
_JOINERS = HYPHEN + APOSTROPHES
_LEAD = re.compile(r"^(?:the|The)\s+")


def building_head(name: str) -> str | None:
    """The building head word of ``name`` (lowercased), or None (see the module)."""
    words = name.split()
    if not words or not all(w[:1].isupper() or w in ("of", "the") for w in words):
        return None
    if "of" in words:
        i = words.index("of")
        if i == 0:
            return None
        head = words[i - 1].lower()
        return head if head in _WORSHIP or (head in _SEAT and head not in _LAST_ONLY) else None
    head = words[-1].lower()
    return head if head in _WORSHIP or head in _SEAT else None


def only_located(text: str, name: str, head: str) -> bool:
    """Whether ``name`` occurs in ``text`` and every occurrence follows a locative preposition."""
    frame = _WORSHIP_FRAME if head in _WORSHIP else _SEAT_FRAME
    spans = occurrences(text, name, joiners=_JOINERS)
    return bool(spans) and all(frame.search(text, max(0, s - 40), s) for s, _ in spans)


def bodies_not_buildings(text: str, cands: list[Cand]) -> list[Cand]:
    """``cands`` without the organizations named as buildings (see the module)."""
    return without_groups(cands, "organization", lambda group: _named_as_building(text, group))


def _named_as_building(text: str, group: list[Cand]) -> bool:
    names = {_LEAD.sub("", c.text.strip()) for c in group}
    if any(not n or is_acronym(n) for n in names):
        return False
    heads = [building_head(n) for n in names]
    if any(h is None for h in heads):
        return False
    return all(only_located(text, n, h) for n, h in zip(names, heads))
