"""Names typed person that stand, every time, in a locative slot: places (issue 14, t-places20).

Read on reports nobody annotated (2018 Syria and 2021 Djibouti, judged by t-places20; 2017 Vietnam,
judged by t-places18; rests on the session-22 amendment): the model labels PERSON an unfamiliar place
of two words or more told plainly as the object of a locative preposition — "the pharmacy where he
worked in A B, C", "an attack at A B", "officers in A B Ward, C District". A person's name hardly
ever stands there: the dev gold holds 73 names of two words or more that its reports write only in
that slot, all places, no person.

So a name of two words or more typed person, with no role, every whole-word occurrence of which in
the report stands right after a locative preposition (``place_slot_preps``, "the" allowed between),
is a place — unless one occurrence has a possessive or a capitalised word right after it ("in A B's
case", "in A B Street") or, before its preposition, a word whose preposition takes a person
(``slot_person_verbs``: "gunmen shot at A B"). ``persons/placed.py`` does the same for names in lists
of places, ``places/slots.py`` for the names the model labels nothing. The pass runs once the types
are decided, before the linking.
"""
from __future__ import annotations

import re

from ..common import Cand
from ..lexicon import PLACE_SLOT_PREPS, SLOT_PERSON_VERBS
from ..occurrences import HYPHEN, occurrences

#: the word before a locative preposition (group 1, if any), the preposition and "the", up to the name
_BEFORE = re.compile(r"(?:([^\W\d_]+)\s+)?\b(?:%s)\s+(?:the\s+)?$" % "|".join(PLACE_SLOT_PREPS), re.I)
#: what may not follow the name in the slot: a possessive, a capitalised word (a longer name)
_AFTER = re.compile(r"[’']|\s+[A-Z]")
_WINDOW = 60


def in_slot(text: str, start: int, end: int) -> bool:
    """The occurrence ``start``..``end`` stands as a place in a locative slot (see the module)."""
    m = _BEFORE.search(text[max(0, start - _WINDOW):start])
    if m is None or (m.group(1) or "").lower() in SLOT_PERSON_VERBS:
        return False
    return _AFTER.match(text, end) is None


def slotted_persons(text: str, typed: list[Cand]) -> list[Cand]:
    """``typed`` with the persons of two words or more written only in a locative slot made places."""
    roled = {c.text for c in typed if c.type == "person" and c.roles}
    verdict: dict[str, bool] = {}
    for c in typed:
        if c.type != "person" or c.text in verdict or c.text in roled or len(c.text.split()) < 2:
            continue
        occ = occurrences(text, c.text, joiners=HYPHEN)
        verdict[c.text] = bool(occ) and all(in_slot(text, s, e) for s, e in occ)
    for c in typed:
        if c.type == "person" and verdict.get(c.text):
            c.type = "place"
    return typed
