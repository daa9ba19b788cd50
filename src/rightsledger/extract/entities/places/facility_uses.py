"""A name the report writes mostly as a place of detention's is the facility's where it stands alone
(issue 14, places; round t-places24, on the session-22 amendment).

``bodies.py`` drops a name no gazetteer knows that the report writes before a facility noun ("the
Tarvena detention center"), but only where nothing shows it as a place: a place preposition before a
mention ("a teacher in Tarvena") keeps it a town. A prison's own short name stands after the same
prepositions: "prisoners … in Gabode" beside "Gabode Central Prison" and "Gabode Prison", "three months
in Saharonim" beside five "Saharonim Prison", "a housing unit at Dubrava" beside "Dubrava prison" and
"the Dubrava correctional center". When ``[facilities] facility_use_share`` of the name's occurrences
or more, and ``facility_use_min`` of them or more, stand before a facility's noun (one of
``named_words`` or ``plural_words`` of ``places.toml`` or ``facility_endings`` of ``entities.toml``, up
to two ``facility_modifiers`` between, perhaps at the end of a list of names: "the Saharonim, Givon,
and Holot detention facilities"), the preposition shows no place: the name is the facility's.

Not taken: a town named once by its prison ("Gbarnga prison" and "in Gbarnga"; so also "Guards at
Versalles" beside one "Versalles Prison"), a town written alone more often than before its prison's
noun ("Puntland", "Tskhinvali"), and a name written after a facility noun and "in" — the facility's
town ("the maximum-security prison in Ovadandepe" beside "Ovadandepe Prison").
"""
from __future__ import annotations

import re

from ...lexicons import alternation, lexicon
from ..occurrences import APOSTROPHES, HYPHEN, occurrences

_FAC = lexicon("places")["facilities"]
_NOUNS = alternation(sorted(set(_FAC["named_words"] + _FAC["plural_words"]
                                + lexicon("entities")["facility_endings"]), key=len, reverse=True))
_MODIFIERS = alternation(sorted(lexicon("entities")["facility_modifiers"], key=len, reverse=True))
#: " Prison", " central prison", " detention centers", ", Givon, and Holot detention facilities": a
#: facility's noun after the name, alone or at the end of a list of names
_NOUN_AFTER = re.compile(rf"(?:,?\s+(?:(?:and|or)\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?,?)*"
                         rf"\s+(?i:(?:(?:{_MODIFIERS})\s+){{0,2}}(?:{_NOUNS}))\b")
#: "the maximum-security prison in |": the facility's town after its noun
_TOWN_OF_FACILITY = re.compile(rf"(?i:{_NOUNS})\s+(?:in|at|near)\s+$")


def mostly_facility(text: str, name: str) -> bool:
    """Whether the report writes ``name`` before a facility's noun in at least
    ``facility_use_share`` of its occurrences and ``facility_use_min`` times or more, and never after
    a facility's noun and "in"."""
    found = occurrences(text, name, joiners=HYPHEN + APOSTROPHES)
    if not found or any(_TOWN_OF_FACILITY.search(text, max(0, s - 40), s) for s, _ in found):
        return False
    fronts = sum(1 for _, e in found if _NOUN_AFTER.match(text, e))
    return fronts >= int(_FAC["facility_use_min"]) \
        and fronts >= float(_FAC["facility_use_share"]) * len(found)
