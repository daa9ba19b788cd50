"""A person's surname that is also a place of the report's country (issue 14, t-ents6): "Jhosivani
Guerrero" is a person, but "the state of Guerrero", "Iguala, Guerrero" are the Mexican state,
written as a place far more often than the surname alone (2021 Mexico without gold). Such a word is
left to its votes, not made the person's everywhere — unless a mention of the word alone stands by a
person's cue or role (t-places18): "Ekrem Imamoglu" … "In December Imamoglu was sentenced", "Esmail
Bakhshi" … "the court sentenced Bakhshi". Such a word's place votes come from the gazetteer alone (a
home town of that name, or of that alternate name), and it stays the person's."""
from __future__ import annotations

from collections import Counter

from ...lexicons.gazetteer import gazetteer
from ..common import Cand, name_key
from ..titles.roles import human_cue

#: how many times more place votes than person votes leave a surname to be a place
PLACE_MAJORITY = 3.0


def mostly_a_home_place(key: str, votes: Counter, home: str | None) -> bool:
    """Is the single word ``key`` a place of the home country that the report mostly writes as a
    place?"""
    if not home or votes["place"] < PLACE_MAJORITY * max(votes["person"], 1.0):
        return False
    place = gazetteer().lookup(key, home)
    return place is not None and place.country_code == home


def written_as_person(text: str, cands: list[Cand], key: str) -> bool:
    """Does a mention of the single word ``key`` stand by a role or a person's cue ("Imamoglu was
    sentenced", "sentenced Bakhshi", "Bakhshi's arrest")?"""
    return any(name_key(c.text) == key and (c.roles or human_cue(text, c.start, c.end)) for c in cands)
