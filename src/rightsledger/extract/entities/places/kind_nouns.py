"""Names written right before a lower-case noun of a place's kind, typed person or body, that are places
(issue 14, places; t-places31).

"squatters from Velmora's Dostani Kerep informal settlement", "traders in the Korvik informal settlement",
"the Orvan district": the model labels an unfamiliar settlement's or district's name PERSON or ORG, and the
report's one type per name makes a person or a body of it. A lower-case noun of a town's or a subdivision's kind
right after the name (``kind_nouns.nouns``: "settlement", "village", "district" …; a word of
``kind_nouns.modifiers``, "informal", may stand between) says the name is a place, whatever the label. Found on
three unread reports judged before this rule (2021 Kenya "Nairobi's Mathare Mabatini informal settlement" typed
person; with "X Regency" typed person, 2019 Indonesia, and "X Division of the Y Region" typed body, 2018
Cameroon, the round's one structure: a name before its place kind word); the dev gold records as a place every
name it writes in this slot that is no people or adjective (112 occurrences in 20 reports, none a person’s or a
body's). t-places49 added the lower-case kinds of a state and a division ("attacked Raja, the capital of Lol
state", "in Wum, Mentchum division of the Northwest Region"; 2016 and 2017 South Sudan, 2019 and 2022 Cameroon, unread)
and reads no noun joined by a hyphen ("state-run").

A name typed person or organization is retyped a place (every candidate of it: one type per name in a report)
when the report writes it at least once right before such a noun, and the name has a region's shape and may be
retyped as ``compass.py`` decides (no acronym, digit, body's head word, role, people's name or rule-made body).
"""
from __future__ import annotations

import re

from ...lexicons import alternation
from ..common import Cand
from ..lexicon import KIND_NOUN_MODIFIERS, KIND_NOUNS_AFTER
from ..occurrences import HYPHEN, occurrences
from .compass import retype_written

#: the noun stands alone: joined by a hyphen it is a piece of a modifier ("the Velnet state-run channel"; t-places49)
_KIND_NOUN = re.compile(r"\s+(?:%s\s+)?%s\b(?!%s)" % (
    alternation(sorted(KIND_NOUN_MODIFIERS, key=len, reverse=True)),
    alternation(sorted(KIND_NOUNS_AFTER, key=len, reverse=True)), HYPHEN))


def before_kind_noun(text: str, name: str) -> bool:
    """Whether the report writes ``name`` at least once right before a lower-case place kind noun."""
    return any(_KIND_NOUN.match(text, e) for _, e in occurrences(text, name, joiners=HYPHEN))


def kind_noun_places(text: str, cands: list[Cand], norp: set[str]) -> list[Cand]:
    """Retype as places the person- or organization-typed names the report writes before a place kind noun."""
    return retype_written(text, cands, norp, before_kind_noun)
