"""An acronym that names a thing, not a body (issue 14, organizations; t-orgs33, on the session-22 amendment).

"cell phones with Chinese SIM cards", "passports, cellphones, ATM cards": the model reads the acronym before
a lower-case noun of a thing (``acronym_thing_nouns``) as an ORG, and the report's record of it was an
organization: judged false in five unread reports (round record t-orgs33); the dev gold records no body
there (one sentence of the shape, no organization mention on it).

A body group all of whose forms are acronyms and every mention of which stands right before such a noun is
no record. A body's acronym written so once and elsewhere alone ("UNHCR cards … UNHCR said") keeps its record.
"""
from __future__ import annotations

from ..common import Group, is_acronym
from ..lexicon import ACRONYM_THING_NOUN


def is_thing_acronym(g: Group, text: str) -> bool:
    """Is ``g`` an acronym-only body group whose every mention stands before a thing's noun?"""
    return (g.type == "organization" and bool(g.mentions) and all(is_acronym(f) for f in g.forms)
            and all(ACRONYM_THING_NOUN.match(text, end) for _, end in g.mentions))


def without_thing_acronyms(groups: list[Group], text: str) -> list[Group]:
    """The body groups that are not a thing's acronym (see the module)."""
    return [g for g in groups if not is_thing_acronym(g, text)]
