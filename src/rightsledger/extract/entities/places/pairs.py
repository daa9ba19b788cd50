"""A region named by two names joined by "and" is one place (t-places10).

Regions such as "Newfoundland and Labrador", "Jammu and Kashmir" or "Sistan and Baluchestan
Province" are written as a coordination, and the model labels each conjunct on its own
("Newfoundland" GPE, "Labrador" GPE), so the report got two places (one of them a town abroad by
the gazetteer) and no record of the region (2016 Canada unread, t-places10; 2018 India and 2019
Iran unread, t-places8). The rule: one to three capitalised words, "and" (or "&"), one to three
capitalised words ("va", "y", "et" too, as reports write some names: "Sistan va Baluchestan
Province"), whose whole the gazetteer knows as a region or a country, also when the
gazetteer writes the conjunction in the country's language ("va", "y", "et", "e", "i") or the
name carries a trailing region word ("… Province"): one ``RULE_PLACE`` candidate, which wins over
the model's pieces in ``_merge``, and which ``split_coordinated_places`` leaves whole.
A pair the gazetteer does not know stays two names ("Castile and Leon": the gazetteer writes
"Castilla y León").
"""
from __future__ import annotations

import re

from ...lexicons.gazetteer import gazetteer
from ..common import Cand
from ..lexicon import PLACE_WORDS

_WORD = r"[A-Z][\w’'\-]+"
_PAIR = re.compile(rf"(?<![\w’'\-])((?:{_WORD}\s+){{0,2}}{_WORD})\s+(?:and|&|va|y|et)\s+({_WORD}(?:\s+{_WORD}){{0,2}})")
#: the conjunction as gazetteers write it in the names of regions
_CAP_AFTER = re.compile(r"[ \t]+[A-Z]")
_CONJUNCTIONS = ("and", "va", "y", "et", "e", "i", "&")


def known_pair(name: str) -> bool:
    """Is ``name`` ("X and Y", perhaps with a trailing region word) a region or a country the
    gazetteer knows, with any of the conjunctions it writes?"""
    parts = re.split(r"\s+(?:and|&|va|y|et)\s+", name)
    if len(parts) != 2:
        return False
    left, right = parts
    rights = [right]
    words = right.split()
    if len(words) > 1 and words[-1].lower() in PLACE_WORDS:
        rights.append(" ".join(words[:-1]))
    gaz = gazetteer()
    for r in rights:
        for conj in _CONJUNCTIONS:
            place = gaz.lookup(f"{left} {conj} {r}", alternates=False)
            if place is not None and place.kind in ("region", "country"):
                return True
    return False


def joined_regions(text: str, start: int, end: int) -> list[Cand]:
    """``RULE_PLACE`` candidates for "X and Y" regions between ``start`` and ``end``: the
    longest pair around each "and" that the gazetteer knows."""
    out: list[Cand] = []
    for m in _PAIR.finditer(text, start, end):
        lefts = [m.start(1) + w.start() for w in re.finditer(r"\S+", m.group(1))]
        rights = [m.start(2) + w.end() for w in re.finditer(r"\S+", m.group(2))]
        found = next(((s, e) for s in lefts for e in reversed(rights) if known_pair(text[s:e])), None)
        if found and not _CAP_AFTER.match(text, found[1]):     # not "the Jammu and Kashmir Police"
            out.append(Cand(found[0], found[1], text[found[0]:found[1]], "RULE_PLACE"))
    return out
