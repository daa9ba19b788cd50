"""A place's acronym defined in parentheses is that place (issue 14, places; round t-places3):
"the Gorno-Badakhsan Autonomous Oblast (GBAO) … permits to visit the GBAO" is one place, named two
ways. The model's own candidate for the acronym (which pass 1 keeps over the rule's) loses the
expansion, and the acronym became a place of its own; here every candidate of that acronym takes
the expansion, which ``linking._link_places`` files under the expansion's place.
"""
from __future__ import annotations

from .common import _PAREN, Cand, _acronym_of, _is_acronym, _key


def link_place_acronyms(text: str, cands: list[Cand]) -> list[Cand]:
    """``cands`` with every place acronym that the report defines after a place ("Name (ACR)")
    marked as that place's ("ACRO", roles = [Name])."""
    expansions: dict[str, str] = {}
    for c in cands:
        if c.type != "place" or _is_acronym(c.text):
            continue
        m = _PAREN.match(text, c.end)
        if m and _is_acronym(m.group(1)) and _acronym_of(c.text, m.group(1)):
            expansions.setdefault(_key(m.group(1)), c.text)
    if not expansions:
        return cands
    for c in cands:
        name = expansions.get(_key(c.text)) if c.type == "place" and _is_acronym(c.text) else None
        if name is not None:
            c.label, c.roles = "ACRO", [name]
    return cands
