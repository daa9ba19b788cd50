"""A reduced relative clause the parser took for the main clause: "Workers dismissed for union
activity can seek reinstatement", "Persons arrested without a warrant must be brought before a judge",
"Children born to refugees are citizens" — the participle describes the subject of a rule or a state
(a modal or present-tense verb after it that has no subject of its own), so it states no occurrence.
``described_rule_subject`` (round t-events10) does the same for other subjects ("Anyone found guilty
of bribery faces …", "Those found guilty of treason face …") and for a participle or relative clause the
parser did attach to the subject of a present-tense or modal verb.
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


def described_rule_subject(trig: "Token") -> bool:
    """The trigger only describes the subject of a rule in the present: "Workers dismissed for union
    activity have the right to reinstatement", "Persons who were unlawfully detained may request
    compensation"; the parser often takes the participle for the main verb and hangs the present-tense
    verb under it ("Anyone found guilty of bribery faces …"). Round t-events10 (five dev reports)."""
    if trig.dep_ == "ROOT" and trig.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in trig.children):
        return any(c.dep_ in ("ccomp", "conj") and c.i > trig.i and (c.tag_ in _PRESENT or c.dep_ == "ccomp"
                   and c.tag_ == "NNS") and not any(d.dep_.startswith("nsubj") for d in c.children)
                   for c in trig.children)  # (a clause headed by a "plural noun": "faces" mis-tagged)
    if trig.dep_ in ("relcl", "acl") and trig.head.dep_ in ("nsubj", "nsubjpass"):
        main = trig.head.head
        return main.tag_ in _PRESENT or any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP", "MD")
                                            for c in main.children)
    return False
