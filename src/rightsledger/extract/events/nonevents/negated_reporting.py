"""Negated reporting by a body (issue 14, round t-events39): "The ministry did not report any deaths from
workplace accidents", "The government did not report any official child labor investigations", "the service
did not release records or statistics on …" are a negated act on a class, no event (docs/EVALUATION.md,
Settled 2026-12-16, "Negated reporting"; dev census none in 9 reports : event 1). By the parse: a reporting
verb (``negated_reporting_verbs``) with a negation, its subject a body (``duty_bodies`` or
``reporting_bodies``), its direct object a class — under "any" or a bare plural or mass noun, not a
particular report ("did not publish its findings", "did not release a report on the investigation" keep
their negated step) — and no "during the year" or date on the verb ("did not report any cases during the
year" keeps its negated event). Both the reporting verb and the trigger nouns of its object are then
none; "release" only on records and figures (``negated_release_objects``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...lexicons import words

if TYPE_CHECKING:
    from spacy.tokens import Token

VERBS = words("events", "negated_reporting_verbs")
RELEASED = words("events", "negated_release_objects")
BODIES = words("events", "duty_bodies") | words("events", "reporting_bodies")
_PARTICULAR = ("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her")


def negated_reporting(tok: "Token") -> bool:
    """True when ``tok`` is a body's negated reporting verb on a class, or a word of its object."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else _reporting_head(tok)
    if verb is None or verb.lemma_.lower() not in VERBS or not any(c.dep_ == "neg" for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if subj is None or obj is None or subj.lemma_.lower() not in BODIES or subj.tag_ == "PRP":
        return False
    if verb.lemma_.lower() == "release" and obj.lemma_.lower() not in RELEASED:
        return False  # "did not release detainees": a negated step on persons
    return _class(obj) and not _dated(verb)


def _reporting_head(noun: "Token") -> "Token | None":
    """The verb whose object ``noun`` is or lies in (through of, on, conj and compounds)."""
    cur = noun
    for _ in range(6):
        if cur.dep_ == "dobj":
            return cur.head
        if cur.dep_ in ("compound", "amod", "pobj", "prep", "conj", "nmod"):
            cur = cur.head
            continue
        return None
    return None


def _class(obj: "Token") -> bool:
    """The object is a class: "any deaths", "records or statistics", "data" — no particular determiner."""
    dets = [c for c in obj.children if c.dep_ in ("det", "poss", "nummod")]
    if any(c.lower_ == "any" for c in dets):
        return True
    return not dets and obj.tag_ in ("NNS", "NN") and not any(c.pos_ == "PROPN" for c in obj.children)


def _dated(verb: "Token") -> bool:
    """A date or "during the year" in the verb's clause."""
    return any(t.ent_type_ == "DATE" or t.lower_ == "year" for t in verb.subtree)
