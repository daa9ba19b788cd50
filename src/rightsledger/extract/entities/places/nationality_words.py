"""A nationality word typed place (issue 14, places; t-places15, on the session-22 amendment):
"the islets were not Greek territory", "cross-border raids into Saudi territory", "Arab towns".

A one-word name right before a lower-case place noun is a place candidate ("the Mbeleko
neighborhood", `runs/rule_candidates.py`) and stays one (`places/peoples.py`: a place rule found
it); the shape rules that stop a nationality there ("-ian", "-ese", "-ish", a country's name plus
"-i") do not know "Greek", "Saudi" or "Arab". Such a one-word place name that no gazetteer knows as
a place — no country, no place-name ending, no town of the report's country, no foreign town of
``foreign_town_min`` people — and that the model labels a nationality or people (NORP) at
``min_uses`` occurrences or more where no lower-case place noun follows it ("Saudi women", "the
Greek prime minister"), and that no locative preposition stands right before there ("detained in
Kessaline": the model's NORP on an unfamiliar town is a guess, `places/slots.py`), is no place:
every place candidate of that name goes. One such label is not
enough: the model takes a town for a people now and then (four places of unread reports, one gold
place of the dev reports, each labelled once).
"""
from __future__ import annotations

import re
from collections import Counter
from ...lexicons import lexicon
from ...lexicons.gazetteer import fold, gazetteer
from ..common import Cand
from ..lexicon import FOREIGN_TOWN_MIN, PLACE_NOUN_AFTER, PLACE_SLOT_PREPS, TOPONYM_SUFFIX

MIN_USES: int = lexicon("places")["nationality_words"]["min_uses"]


def _key(word: str) -> str:
    return fold(word).rstrip("s")          # "Arabs" and "Arab"


#: a locative preposition right before a name ("detained in Kessaline")
_PREP_BEFORE = re.compile(r"\b(?:" + "|".join(map(re.escape, PLACE_SLOT_PREPS)) + r")\s+$", re.IGNORECASE)


def _in_place_slot(text: str, start: int) -> bool:
    """Whether the name at ``start`` stands right after a locative preposition ("detained in
    Kessaline"): the model's NORP on an unfamiliar town there is a guess (`places/slots.py`)."""
    return bool(_PREP_BEFORE.search(text, max(0, start - 16), start))


def nationality_uses(text: str, paragraphs: list) -> Counter:
    """How often the model labels each one-word name NORP where no lower-case place noun follows
    it and no locative preposition stands right before it, keyed by the folded name without a plural "s";
    a paragraph parsed twice counts once."""
    uses: Counter = Counter()
    seen: set[tuple[int, int]] = set()
    for ap in paragraphs:
        key = (ap.paragraph.start, ap.paragraph.end)
        if key in seen:
            continue
        seen.add(key)
        for ent in ap.doc.ents:
            if ent.label_ == "NORP" and " " not in ent.text.strip() \
                    and not PLACE_NOUN_AFTER.match(text, ap.start + ent.end_char) \
                    and not _in_place_slot(text, ap.start + ent.start_char):
                uses[_key(ent.text)] += 1
    return uses


def _known_place(name: str, home: str | None) -> bool:
    gaz = gazetteer()
    if gaz.countries(name) or TOPONYM_SUFFIX.search(fold(name)):
        return True
    place = gaz.lookup(name, home)
    return place is not None and ((home is not None and place.country_code == home)
                                  or place.population >= FOREIGN_TOWN_MIN)


def nationalities_not_places(text: str, cands: list[Cand], paragraphs: list,
                             home: str | None) -> list[Cand]:
    """``cands`` without the place candidates of a one-word name the report uses as a nationality."""
    names = {c.text for c in cands if c.type == "place" and c.text.strip() and " " not in c.text.strip()}
    if not names:
        return cands
    uses = nationality_uses(text, paragraphs)
    drop = {_key(n) for n in names if uses[_key(n)] >= MIN_USES and not _known_place(n, home)}
    if not drop:
        return cands
    return [c for c in cands if not (c.type == "place" and " " not in c.text.strip() and _key(c.text) in drop)]
