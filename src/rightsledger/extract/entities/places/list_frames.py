"""A list of places framed as one (issue 14, places; t-places23, on the session-22 amendment):
"parents of students in Brnjarci, Vizbegovo, and Idrizovo", "victims in the Lymanska, Sviatohirska,
Donetsk, Bohorodychne, and Lyman communities", "killings in nine towns (Adet, Debre Markos, …, and
Shewa Robit)". Villages no gazetteer knows are written beside one town it knows, and
``list_rest.complete_place_lists`` wanted two places and half the list before it took the rest.
A list of three names or more whose frame says it names places needs one place:

- right after a place preposition, "the" allowed between ("in A, B, and C", "in the A, B, and C
  communities");
- or right after a plural kind of ``place_list_intro_nouns`` and an opening parenthesis ("nine
  towns (A, B, …, and C)"), a facility's kind excepted ("three camps (A, B, and C)": camps' names);
- and not a list of facilities ("in A, B, C, and D prisons": ``non_mentions.in_facility_list``).

The words are data: ``place_list_frame_prepositions``, ``place_list_frame_articles`` in
``extract/data/entities.toml``.
"""
from __future__ import annotations

import re

from ...lexicons import alternation, lexicon
from ..lexicon import PLACE_LIST_FRAME_ARTICLES, PLACE_LIST_FRAME_PREPOSITIONS, PLACE_LIST_INTRO_NOUNS
from .non_mentions import in_facility_list


def _sorted(words) -> list[str]:
    return sorted((re.escape(w) for w in words), key=len, reverse=True)


_PREPOSITION = re.compile(rf"\b{alternation(_sorted(PLACE_LIST_FRAME_PREPOSITIONS))}\s+"
                          rf"(?:{alternation(_sorted(PLACE_LIST_FRAME_ARTICLES))}\s+)?$")
_KINDS = PLACE_LIST_INTRO_NOUNS - frozenset(lexicon("places")["facilities"]["plural_words"])
_KIND_PAREN = re.compile(rf"\b{alternation(_sorted(_KINDS))}\s*\($")
_WINDOW = 24


def framed_as_places(text: str, items: list[tuple[int, int]]) -> bool:
    """Whether the list whose names are ``items`` (three or more) stands right after a place
    preposition ("in", "in the") or right after a plural place kind and "(" ("nine towns ("), and
    is no list of facilities ("… and D prisons")."""
    if len(items) < 3 or in_facility_list(text, items[-1][1]):
        return False
    first = items[0][0]
    lo = max(0, first - _WINDOW)
    return bool(_PREPOSITION.search(text, lo, first) or _KIND_PAREN.search(text, lo, first))
