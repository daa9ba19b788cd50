"""A person group every mention of which stands right after a lower-case noun for a kind of body is no
person (issue 14, persons; round t-ents63, on the session-22 amendment).

"ultra-Orthodox news website X issued an apology" (2022 Israel, West Bank and Gaza, t-ents60), "In July,
the publisher X decided not to publish" (2023 Colombia, t-ents50) and "government-aligned media publisher
X lost a lawsuit" (2022 Hungary, this round): three unread reports judged before the rule, where the
model labelled the body's name PERSON and the kind before it did not make it a body (``descriptors.py``
leaves a name the model typed person to the person when a capitalised word stands before the kind —
"ultra-Orthodox" — and "publisher" is no kind of ``descriptor_kinds``, being a person's noun as well).

The kind is a kind of body (``descriptor_kinds``) or of ``[kind_fronts] nouns`` of ``entities.toml``
("publisher", "publishing house"), written in lower case right before the name, nothing between but a
space; the word before the kind opens in lower case or is no word (a body's own name before its kind
— "the Nasha party Jan Roe", "Spanish newspaper X", "the Masr al-Karima news site X" — is left to
``named_bodies.py``: a particle hyphened to a capitalised word is a word of a name, "ultra-Orthodox" none). Every mention of
the group must stand so; a name written once in any other way ("X said") keeps its record. The group
is dropped, not retyped: the body rules did not take the name.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ...lexicons import alternation
from ..lexicon import DESCRIPTOR_KINDS, KIND_FRONT_NOUNS, PARTICLES

if TYPE_CHECKING:
    from ..common import Group


@lru_cache(maxsize=1)
def _front() -> re.Pattern[str]:
    """"[word ]KIND " right before a name (searched on the text before it); the word before the kind kept
    in group 1."""
    kinds = sorted({k for k in DESCRIPTOR_KINDS if k.islower()} | set(KIND_FRONT_NOUNS), key=len, reverse=True)
    return re.compile(rf"(?:(?<!\S)(\S+)\s+)?(?<![\w\-’'])(?:{alternation(re.escape(k) for k in kinds)}) $")


def _name_word(word: str) -> bool:
    """Is ``word`` a word of a name: capitalised, or a particle hyphened to a capitalised word ("al-Karima";
    not "ultra-Orthodox")?"""
    front, _, rest = word.partition("-")
    return word[:1].isupper() or (rest[:1].isupper() and front.lower() in PARTICLES)


def kind_fronted(text: str, start: int) -> bool:
    """Does a lower-case kind of body stand right before the name at ``start``, with no word of a name (a
    body's own name) before the kind?"""
    m = _front().search(text, max(0, start - 60), start)
    return m is not None and not _name_word(m.group(1) or "")


def persons_not_kind_fronted(persons: list["Group"], text: str) -> list["Group"]:
    """``persons`` without the groups every mention of which stands right after a kind of body."""
    return [g for g in persons if not all(kind_fronted(text, s) for s, _ in g.mentions)]
