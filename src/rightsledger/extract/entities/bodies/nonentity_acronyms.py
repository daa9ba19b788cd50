"""An acronym the report defines after a capitalised name that is no entity names no entity
("The Public Order Act (POA) …", "a procedure known as the Best Loser System (BLS)", "the Export
Processing Zone (EPZ)", "laws authorizing Electronic Monitoring (EM)"): an acronym has its
expansion's type (``classify.retype_defined``), and a law, a system, a zone or a measure has none,
so the model's ORG label on the acronym, wherever it stands, is no body. Issue 14, round t-near10:
seen as false bodies in four dev reports (2020 Fiji, 2018 Mauritius, 2017 Togo, 2020 Senegal).

The expansion counts as no entity when its capitals spell the acronym (``acronym_of``), its last
word is a head of a name that is no entity (``nonbody_heads``: act, system, zone, monitoring …) and
no head of a body's name (``org_heads``), and no candidate of any type overlaps it: a body's name
the passes found or cut keeps its acronym. The first version asked only for a last word outside
``org_heads`` and took "Women’s and Children’s Protection Section (WCPS)" (2011 Liberia, a police
unit the passes missed) for no entity; the table keeps to names that are never bodies.

A facility of detention (``facilities.detention_facility``: "Conakry Central Prison (CCP)", "the
Rehabilitation of Youth Center (RYC)") is no body either, though "Center" is a body's head word: its
acronym names no body (t-ents22: 2018 Mauritius, 2020 Guinea dev); a place the passes found inside
its name ("Conakry") does not keep the acronym."""
from __future__ import annotations

import re

from ...lexicons.gazetteer import fold
from ..common import Cand, acronym_of, is_acronym
from ..lexicon import NONBODY_HEADS, ORG_HEADS
from .facilities import detention_facility

# a capitalised run (connectors inside) right before "(ACR)" or "(ACR, see section 1.d.)"
DEFINED = re.compile(r"((?:[A-Z][\w’'-]*)(?:\s+(?:of|the|and|for|on|in|to|[A-Z][\w’'-]*))*)"
                     r"\s*\(\s*([A-Z][A-Za-z0-9]{1,9})\s*[,;)]")


def nonentity_acronyms(text: str, cands: list[Cand]) -> set[str]:
    """Folded acronyms whose definition in ``text`` expands to a name no candidate covers."""
    out: set[str] = set()
    for m in DEFINED.finditer(text):
        words = m.group(1).split()
        while words and words[0] in ("The", "A", "An", "In", "On", "Under", "By"):
            words = words[1:]  # a sentence-initial article or preposition is no part of the name
        acr = m.group(2)
        facility = detention_facility([w.lower() for w in words])
        if len(words) < 2 or not is_acronym(acr) or not facility and (
                words[-1].lower() in ORG_HEADS or words[-1].lower() not in NONBODY_HEADS):
            continue
        name = " ".join(words)
        if not acronym_of(name, acr):
            continue
        start = m.start(1) + m.group(1).index(words[0])
        if any(c.start < m.end(1) and start < c.end and not (facility and c.type == "place") for c in cands):
            continue
        out.add(fold(acr))
    return out
