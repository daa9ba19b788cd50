"""Names typed person that are places by a word of their own (issue 14, t-ents10).

A person's name holds no word of a place's kind: "Nakhichevan Autonomous Republic", "Phou Bia
Mountain", "Autonomous Bougainville" are not persons however the model labelled them and
whatever person evidence (a surname shape, a role nearby) voted for them. The words are data
(``nonperson_place_words`` in ``entities.toml``; words that are also common surnames, "Hill",
"Lake", "State", are left out). A name that ends in an administrative word ("Republic",
"Province", ``admin_words``) is a place, as ``classify.py`` types such names when no person
evidence outweighs them; any other (a mountain, "Autonomous X") is no entity: natural features
are an open convention, and "Autonomous X" is mostly the first words of a body's name the model
cut. The pass runs once the types are decided, on every surface form typed person.
"""
from __future__ import annotations

from ...lexicons.gazetteer import gazetteer
from ..common import Cand
from ..lexicon import ADMIN_WORDS, NONPERSON_PLACE_WORDS, UNIT_PLACE_ENDS

#: Last words that make a name a place (the administrative ones of the table, and units such as
#: "Zone", "Township", "Areas": t-ents12).
_PLACE_ENDS = ADMIN_WORDS | UNIT_PLACE_ENDS | {"republic"}


def place_word(text: str) -> str | None:
    """The first word of the name that is of a place's kind, lower-cased, or None."""
    for w in text.replace("-", " ").split():
        if w.lower() in NONPERSON_PLACE_WORDS:
            return w.lower()
    return None


def places_not_persons(typed: list[Cand], home: str | None) -> list[Cand]:
    """``typed`` without the persons whose name holds a place's word; those that end in an
    administrative word are places. A one-word form typed person that is the last word of such a
    name ("Bougainville" of "Autonomous Bougainville") is no person either: it was one only as
    the name's surname: a place if the gazetteer knows it, else no entity. A form typed person
    that is such a place's name without its last word ("Gedeo" of "Gedeo Zone") is that place."""
    out: list[Cand] = []
    dropped: set[str] = set()
    placed: set[str] = set()
    for c in typed:
        if c.type == "person" and len(c.text.split()) >= 2 and place_word(c.text):
            if c.text.split()[-1].lower() in _PLACE_ENDS:
                c.type = "place"
                placed.add(" ".join(c.text.split()[:-1]))
            else:
                dropped.add(c.text.split()[-1])
                continue
        out.append(c)
    if not dropped and not placed:
        return out
    gaz = gazetteer()
    kept: list[Cand] = []
    for c in out:
        if c.type == "person" and c.text in placed:
            c.type = "place"                  # "Gedeo" of "Gedeo Zone": the unit's own name
        elif c.type == "person" and c.text in dropped:
            if not gaz.lookup(c.text, home, region=True):
                continue
            c.type = "place"
        kept.append(c)
    return kept
