"""A people's place nouns (issue 14, places; t-places19, on the session-22 amendment): "Residents of
some Yezidi villages", "an ethnic Azeri region", "the nearby Bedouin town of Hura". A lower-case place
noun right after a one-word name ("the Mbeleko neighborhood") is taken as evidence that the name is a
place (`places/peoples.py`); it is a people's, no such evidence, when the noun is a plural ("Yezidi
villages": a town has no villages), when "ethnic" or "indigenous" stands right before the name, or
when the noun is one of ``place_nouns_of`` (places.toml ``[peoples]``) and "of" follows it ("the
Bedouin town of Hura", as "the Bosnian town of Foca").
"""
from __future__ import annotations

import re

from ...lexicons import alternation, lexicon
from ..lexicon import PEOPLE_WORDS_BEFORE, PLACE_NOUN_AFTER

#: "ethnic" or "indigenous" right before a name
_BEFORE = re.compile(r"\b(?i:" + alternation(PEOPLE_WORDS_BEFORE) + r")\s+$")
#: "town of", "village of" right after a name
_NOUN_OF = re.compile(r"\s+" + alternation(lexicon("places")["peoples"]["place_nouns_of"]) + r"\s+of\b")


def peoples_place_noun(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start``:``end`` stands before a lower-case place noun that is a people's."""
    noun = PLACE_NOUN_AFTER.match(text, end)
    if noun is None:
        return False
    return noun.group(0).endswith("s") or _NOUN_OF.match(text, end) is not None \
        or _BEFORE.search(text, max(0, start - 24), start) is not None
