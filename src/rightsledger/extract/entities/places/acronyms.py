"""A place's acronym defined in parentheses is that place (issue 14, places; round t-places3):
"the Gorno-Badakhsan Autonomous Oblast (GBAO) … permits to visit the GBAO" is one place, named two
ways. The model's own candidate for the acronym (which pass 1 keeps over the rule's) loses the
expansion, and the acronym became a place of its own; here every candidate of that acronym takes
the expansion, which ``linking.link_places`` files under the expansion's place.
"""
from __future__ import annotations

from ..common import PAREN, Cand, acronym_of, is_acronym, name_key


def link_place_acronyms(text: str, cands: list[Cand]) -> list[Cand]:
    """``cands`` with every place acronym that the report defines after a place ("Name (ACR)")
    marked as that place's ("ACRO", roles = [Name])."""
    expansions: dict[str, str] = {}
    for c in cands:
        if c.type != "place" or is_acronym(c.text):
            continue
        m = PAREN.match(text, c.end)
        if m and is_acronym(m.group(1)) and acronym_of(c.text, m.group(1)):
            expansions.setdefault(name_key(m.group(1)), c.text)
    if not expansions:
        return cands
    for c in cands:
        name = expansions.get(name_key(c.text)) if c.type == "place" and is_acronym(c.text) else None
        if name is not None:
            c.label, c.roles = "ACRO", [name]
    return cands
