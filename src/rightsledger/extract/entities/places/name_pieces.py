"""One-word places that are a piece of a person's name (issue 14, places; round t-ents19).

The model reads one word of a person's name as a place where the name has no candidate of its
own, or where its other words are one: "Tsoungui Fideline [Christelle]", "missionary [Cecilia]
Narvaez Argoti", "his client Josephat [Mwenda]". A one-word name that no gazetteer knows, one of
whose mentions is glued — one space, no punctuation — to a capitalised word of a name's shape is
a piece of that longer name, not a place, and no mention of it is a place: the word beside it
is no sentence's first word, no title, month, Roman numeral or acronym, no possessive ("Brazzaville's
Kinsoundi neighborhood"), no place of the report, and rare as an ordinary English word
("Somaliland President", "Rothe Principal Chief" stay places). Seen on three unread reports (2017
Cameroon, 2020 Mali, 2022 Kenya); the dev exports hold no such place.
"""
from __future__ import annotations

import re

from ...lexicons.gazetteer import gazetteer
from ...lexicons.frequency import zipf
from ..common import Cand, name_key
from ..lexicon import COMMON, MONTHS, TITLES

_GAZETTEER_LABELS = ("COUNTRY", "TOWN")
_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(“\"]))([A-Z][\w’'\-]*) $")
_WORD_AFTER = re.compile(r" ([A-Z][\w’'\-]*)(?![\w’'\-])")
_SENTENCE_END = re.compile(r"(?:[.!?:;]\s*[\"”’)]?|\n)\s*$")
_ROMAN = re.compile(r"^[IVXLC]+$")
#: two capitals: an acronym ("In Tarvuna FGM remains illegal"), no word of a person's name
_ACRONYM = re.compile(r"[A-Z].*[A-Z]")


def _name_word(word: str, places: set[str]) -> bool:
    """A capitalised word of a name's shape: no title, month, Roman numeral, acronym, possessive
    or place of the report, and rarer than ordinary English words."""
    if word.endswith(("’s", "'s")) or _ROMAN.match(word) or _ACRONYM.search(word) or word.lower() in MONTHS:
        return False
    if word.lower() in TITLES or name_key(word) in places:
        return False
    return zipf(word.lower()) < COMMON


def _glued(text: str, c: Cand, places: set[str]) -> bool:
    """Whether the mention has a word of a name's shape right before or after it."""
    before = _WORD_BEFORE.search(text, max(0, c.start - 40), c.start)
    if before and not _SENTENCE_END.search(text, max(0, before.start(1) - 4), before.start(1)) \
            and before.start(1) > 0 and _name_word(before.group(1), places):
        return True
    after = _WORD_AFTER.match(text, c.end)
    return after is not None and _name_word(after.group(1), places)


def name_pieces_not_places(text: str, cands: list[Cand], home: str | None) -> list[Cand]:
    """``cands`` without the one-word places no gazetteer knows that one of their mentions shows
    glued to another word of a person's name."""
    places = {name_key(c.text) for c in cands if c.type == "place"}
    gaz = gazetteer()
    drop: set[str] = set()
    known: dict[str, bool] = {}
    for c in cands:
        if c.type != "place" or c.label in _GAZETTEER_LABELS or len(c.text.split()) != 1:
            continue
        key = name_key(c.text)
        if key not in known:
            known[key] = bool(gaz.countries(c.text)) or gaz.lookup(c.text, home) is not None
        if key in drop or known[key]:
            continue
        if _glued(text, c, places - {key}):
            drop.add(key)
    if not drop:
        return cands
    return [c for c in cands if not (c.type == "place" and name_key(c.text) in drop)]
