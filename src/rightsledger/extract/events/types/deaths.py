"""Deaths: whether a death a report tells is a killing, a death in custody, or neither (a death
of disease, of childbirth or in an accident outside custody), and what "removed from" a place of
custody means. Used by :func:`.triggers.trigger_type`.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...annotate import paragraph_text
from ..lexicon import ACCIDENTS, CUSTODIANS, DISEASES, NATURAL_DEATH_MODS

if TYPE_CHECKING:
    from spacy.tokens import Token


_CUSTODY = re.compile(r"\b(?:custody|detention|prisons?|jails?|cells?|police station|pretrial|detained|"
                      r"interrogation|penal colon(?:y|ies)|detention facilit(?:y|ies))\b", re.I)


def from_custody(tok: "Token") -> bool:
    """ "was removed from prison", "removed from his cell": taken out of custody, not out of a post."""
    for d in tok.subtree:
        if d.lower_ == "from" and d.i > tok.i:
            return bool(_CUSTODY.search(tok.doc[d.i + 1: d.i + 3].text))
    return False


def death_type(tok: "Token") -> str | None:
    """ "died in custody", "prisoners died", "57 deaths in prisons" → death_in_custody, else killing;
    None for a natural death or an accident outside custody ("died of AIDS", "maternal deaths",
    "labor accidents that caused the death of workers")."""
    subj = next((c.lemma_.lower() for c in tok.children if c.dep_ == "nsubj"), "")
    if subj in CUSTODIANS or any(c.dep_ in ("compound", "amod", "conj") and c.lemma_.lower() in CUSTODIANS | {
            "custodial"} for c in tok.children):
        return "death_in_custody"  # "prisoners died", "20 prisoner and detainee deaths"
    # the clause of the death: its subtree and, for a noun, the noun phrase
    span = tok.doc[tok.left_edge.i: tok.right_edge.i + 1] if tok.pos_ == "NOUN" else tok.sent
    if _CUSTODY.search(span.text):
        return "death_in_custody"
    if tok.pos_ == "NOUN":  # the words after the noun, however the parse attached them
        after = tok.doc[tok.i + 1: min(tok.i + 9, tok.sent.end)]
        of = next((t.i for t in after if t.lower_ == "of"), None)
        if of is not None and any(t.lemma_.lower() in CUSTODIANS for t in tok.doc[of + 1: min(of + 4, tok.sent.end)]):
            return "death_in_custody"  # "the death in April of an inmate"
        if any(t.lower_ in ("during", "in") and any(
                x.lemma_.lower() in ACCIDENTS for x in tok.doc[t.i + 1: min(t.i + 4, tok.sent.end)]) for t in after):
            return None  # "the death of 10 persons during a mudslide at a mine site": an accident
    if _natural(tok):  # of disease in a paragraph about detention ("succumbed to an unknown illness")
        return "death_in_custody" if _CUSTODY.search(paragraph_text(tok.doc)) else None
    return "killing"


def _natural(tok: "Token") -> bool:
    """A death of disease, of childbirth or in an accident: "died of AIDS", "died from the Ebola
    virus", "maternal deaths", "accidents that caused the death of workers"."""
    if any(c.dep_ in ("amod", "compound") and (c.lower_ in NATURAL_DEATH_MODS or c.lower_ in DISEASES)
           for c in tok.children):
        return True  # "maternal deaths", "two COVID-19 deaths"
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "from", "to") and any(
                d.lemma_.lower() in DISEASES or d.lower_ in DISEASES or d.lemma_.lower() == "cause" and any(
                    m.lower_ == "natural" for m in d.children)
                for p in c.children if p.dep_ == "pobj" for d in (p, *(x for x in p.children if x.dep_ == "compound"))):
            return True  # ("died of natural causes"; not "died of his injuries")
    head = tok.head
    if tok.dep_ in ("dobj", "conj") and head.lemma_.lower() in ("cause", "result"):
        owners = [c for c in head.children if c.dep_ == "nsubj"] + ([head.head] if head.dep_ == "relcl" else [])
        return any(o.lemma_.lower() == "accident" for o in owners)  # (not "landmine explosions caused deaths")
    return False
