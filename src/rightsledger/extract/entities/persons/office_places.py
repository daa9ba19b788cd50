"""A person record whose every mention stands right after "<office noun> of" is no person (issue 14,
persons; round t-ents41, on the session-22 amendment).

An office over a place is written "the mayor of X", "the head of X Regency", "the regional council
of X": the name after "of" is the place the office governs, and the model labelled an unfamiliar
town PERSON there ("Zarifa Ghafari, the mayor of Maidan Shar in Wardak Province", 2020 Afghanistan;
"released the mayor of Bezaha", 2022 Madagascar; "the head of Langkat Regency", 2022 Indonesia;
"demonstrated near the regional council of Ramat Negev", 2016 Israel: four unread reports judged
before the rule). The nouns are data (``office_place_nouns`` in ``extract/data/entities.toml``),
written lower case: "Mayor of X Y Z" is a title before a person's name, which may be glued to it.
Not kin nouns nor the nouns of ``person_of_nouns`` ("the wife of X", "the killing of X"), whose "of X"
names a person.

The group is dropped, not retyped: after "the head of" stands a body as well as a place, and the rule
does not decide which. A group with a role ("X, the mayor of Y, …" gives its role to X, not to Y) or
with one mention elsewhere keeps the record, and so does a mention followed by a possessive ("the
head of X's campaign": X owns the post).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..common import after_phrase
from ..lexicon import OFFICE_PLACE_OF

if TYPE_CHECKING:
    from ..common import Group

def after_office_noun(text: str, start: int, end: int) -> bool:
    """Does the name at ``start``–``end`` stand right after "<office noun> of" (lower case, "the"
    allowed between) and own nothing ("X's")?"""
    return after_phrase(OFFICE_PLACE_OF, text, start, end, 40)


def persons_not_office_places(persons: list["Group"], text: str) -> list["Group"]:
    """``persons`` without the groups that have no role and each of whose mentions stands right
    after an office noun and "of"."""
    return [g for g in persons if g.roles or not g.mentions
            or not all(after_office_noun(text, s, e) for s, e in g.mentions)]
