"""A body charged with a duty (issue 14, round t-events39): "The ministry was charged with assisting
survivors", "the commission is charged with monitoring elections", "The Ministry of Labor is charged with
enforcement of the labor law" tell a standing function, not a `charge` (no charge event on the shape in the
dev gold: 9 sentences, 7 reports; a person "charged with inciting …" stays a charge). By the parse: the
passive "charged" has a "with" whose object is a gerund (however parsed: "with leading national
activities" hangs the gerund on the noun) or a noun of a duty (``duty_charge_nouns``), and its subject,
asked through a relative pronoun or a coordinated verb, is a state body (``duty_bodies``), not a person.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...lexicons import words
from .arguments import is_passive

if TYPE_CHECKING:
    from spacy.tokens import Token

BODIES = words("events", "duty_bodies")
DUTY_NOUNS = words("events", "duty_charge_nouns")
_REL = ("which", "that", "who")


def body_charged_with_duty(tok: "Token") -> bool:
    """True when the verb ``tok`` ("charged") is a body given a duty (see the module)."""
    if tok.tag_ != "VBN" or not is_passive(tok):
        return False
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    if prep is None or not _duty(prep):
        return False
    subj = _subject(tok)
    return subj is not None and subj.lemma_.lower() in BODIES


def _duty(prep: "Token") -> bool:
    """What follows "with" is a gerund or a duty noun ("with leading …", "with enforcement of …")."""
    nxt = prep.nbor(1) if prep.i + 1 < len(prep.doc) else None
    if nxt is not None and nxt.tag_ == "VBG":
        return True
    return any(c.tag_ == "VBG" or c.dep_ == "pobj" and c.lemma_.lower() in DUTY_NOUNS for c in prep.children)


def _subject(verb: "Token") -> "Token | None":
    """The passive subject of ``verb``: its own, a relative pronoun's noun, or a coordinated verb's."""
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        if subj is not None:
            if subj.lower_ in _REL and verb.dep_ == "relcl":
                return verb.head
            return subj
        if verb.dep_ == "relcl":
            return verb.head
        if verb.dep_ != "conj":
            return None
        verb = verb.head
    return None
