"""Places found by their slot in the parse, where the model labels nothing (t-places9).

spaCy's small model leaves unfamiliar small towns and districts told plainly without a label
("police detained two men in Vardholm", "a mass shooting in Kellerup, a municipality near the
capital", "a chemical attack in Tessah exposing residents"), and the gazetteer knows none of them,
so neither the model nor the gazetteer-town rule of ``runs/rule_candidates.py`` makes a candidate. The
slot says what the shape cannot: the object of a locative preposition (``place_slot_preps``:
"in", "near", "at", "outside" …) whose name is not a modifier of a noun after it is a place.

The rule takes a run of one to three capitalised words (a short capitalised article may open it:
"in A Coruna", "in El Tarf") that are no ordinary English words (word frequency), no title, month,
body head word or nationality, whose last word the parse makes the preposition's object, that the
model tags with no label or a label that says nothing against a place (not a language, a date or
an event: the model's NORP and PRODUCT on an unfamiliar town are guesses), and
that no possessive or noun follows ("in Vardholm's case", "in Facebook posts" are no places). It
adds a candidate only where no other candidate overlaps the run; the type vote then weighs it
with the name's other mentions.
"""
from __future__ import annotations

from ..common import Cand, is_common, org_heads, overlaps, nationality_word
from ..lexicon import (
    GENERIC, MONTHS_SET, PLACE_SLOT_MODIFIED_POS, PLACE_SLOT_NOT_LABELS, PLACE_SLOT_PREPS, TITLES,
)


def _cap(tok) -> bool:
    t = tok.text
    return t[:1].isupper() and t[1:].islower() and len(t) > 1 and t.replace("-", "").isalpha()


def _article(tok) -> bool:
    """A short capitalised article that opens a place's name ("A Coruna", "El Tarf", "La Paz")."""
    t = tok.text
    return len(t) <= 2 and t[:1].isupper() and t.isalpha()


def _run(doc, i: int) -> int | None:
    """Index of the first word of the name that ends at token ``i``, right after a locative
    preposition; None when the run is no name in that slot."""
    j = i
    while j > 0 and i - j < 2 and _cap(doc[j - 1]):
        j -= 1
    if j > 1 and _article(doc[j - 1]) and doc[j - 2].lower_ in PLACE_SLOT_PREPS:
        j -= 1
    if j == 0 or doc[j - 1].lower_ not in PLACE_SLOT_PREPS:
        return None
    return j


def slot_places(text: str, ap, taken: list[Cand]) -> list[Cand]:
    """Place candidates of one paragraph's parse in a locative slot that nothing else covers."""
    out: list[Cand] = []
    base = ap.start
    doc = ap.doc
    for tok in doc:
        if not _cap(tok) or tok.pos_ != "PROPN" or tok.dep_ != "pobj":
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (_cap(nxt) or nxt.pos_ in PLACE_SLOT_MODIFIED_POS
                                or nxt.text in ("’s", "'s", "’", "'")):
            continue                        # the name goes on, or modifies a noun, or owns one
        j = _run(doc, tok.i)
        if j is None or tok.head.i != j - 1 or doc[j - 1].lower_ != tok.head.lower_:
            continue                        # not the object of the preposition before the run
        toks = doc[j:tok.i + 1]
        names = [t.text for t in toks if not _article(t)]
        if any(t.ent_type_ in PLACE_SLOT_NOT_LABELS for t in toks):
            continue                        # a language, a date, an event
        low = [w.lower() for w in names]
        if org_heads(names) or any(is_common(w) for w in names) or any(w in TITLES or w in GENERIC
                                                                  or w in MONTHS_SET for w in low):
            continue
        if any(nationality_word(w) for w in names):
            continue
        s, e = base + toks[0].idx, base + tok.idx + len(tok.text)
        c = Cand(s, e, text[s:e], "RULE_PLACE")
        if any(overlaps(c, t) for t in taken):
            continue
        out.append(c)
    return out
