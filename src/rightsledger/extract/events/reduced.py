"""A reduced relative clause the parser took for the main clause: "Workers dismissed for union
activity can seek reinstatement", "Persons arrested without a warrant must be brought before a judge",
"Children born to refugees are citizens" — the participle describes the subject of a rule or a state
(a modal or present-tense verb after it that has no subject of its own), so it states no occurrence.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_PRESENT = ("VBZ", "VBP")


def reduced_relative(verb: "Token") -> bool:
    """``verb`` (a root in the past) is the participle of a bare plural subject right before it, and the
    sentence's real verb follows: a modal or present-tense verb without a subject of its own."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBN") or verb.i == 0:
        return False
    subj = verb.doc[verb.i - 1]
    if subj.dep_ != "nsubj" or subj.head.i != verb.i or subj.tag_ != "NNS" or any(
            c.dep_ == "det" for c in subj.children):
        return False  # ("The workers dismissed the manager", "Police arrested …": a statement)
    for tok in verb.sent:
        if tok.i <= verb.i or tok.pos_ not in ("VERB", "AUX") or any(c.dep_.startswith("nsubj") for c in tok.children):
            continue
        if tok.tag_ in _PRESENT or any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children) or (
                tok.tag_ == "MD"):
            return True
    return False
