"""A harm a class of persons underwent (issue 14, round t-events56): "Nine in 10 domestic workers suffered
sexual abuse", "Checkpoints … exposed citizens to looting, extortion, harassment, and violence". The sentence
tells what a class of persons undergoes, a condition or a statistic, not that an occurrence took place in the
report year: no undated record (docs/EVALUATION.md, "Summary statements of the year": a general statement on a
class names no instance). ``occurrences._reported_noun`` asks ``class_undergoing`` of the verb that governs a
trigger noun ("suffered <abuse>", "exposed <persons> to <harassment>").

Census of the dev gold (the round's record): undated sentences whose trigger noun is what a bare plural class
"suffered", "experienced", "faced", "endured" or was "exposed to" in the past, no habit, hold a record in 3 of 14
(3 reports; the 11 without are in 5). Not: a particular undergoer ("the journalist", "he", "his family", a name), a count of
persons ("12 detainees suffered abuse": a count of occurrences; but a share "nine in 10" is a statistic), what
is placed in the year ("during the year"), "subjected to" (settled 2026-12-04: ``abusive_treatment.py``). Word
list ``undergoing_verbs`` in ``extract/data/events.toml``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import UNDERGOING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

_PARTICULAR_DETS = frozenset({"the", "this", "that", "these", "those"})
# the persons exposed are its object ("exposed citizens to"), or the subject of the passive
_EXPOSED = ("dobj", "nsubjpass")


def class_undergoing(verb: "Token") -> bool:
    """``verb`` (``undergoing_verbs``) tells what a class of persons underwent: its undergoer is a bare
    plural common noun — no particular determiner or possessive, no count but a share ("nine in 10") —
    and the verb is not placed in the year."""
    lemma = verb.lemma_.lower()
    if lemma not in UNDERGOING_VERBS:
        return False
    deps = _EXPOSED if lemma == "expose" else ("nsubj", "nsubjpass")
    who = next((c for c in verb.children if c.dep_ in deps), None)
    return who is not None and _a_class(who) and not _in_the_year(verb)


def _a_class(noun: "Token") -> bool:
    """A bare plural of persons: "domestic workers", "citizens", a share of them ("Nine in 10 workers …",
    parsed with the number as the head) (not "the workers", "their members", "12 detainees", a name)."""
    if noun.tag_ == "CD":
        return any(c.dep_ == "prep" and c.lower_ == "in" for c in noun.children)
    if noun.tag_ != "NNS" or noun.ent_type_ in ("PERSON", "ORG"):
        return False
    if any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _PARTICULAR_DETS for c in noun.children):
        return False
    return not any(c.dep_ == "nummod" for c in noun.children) or _share(noun)


def _share(noun: "Token") -> bool:
    """The count before ``noun`` is a share: "nine in 10 domestic workers", "one in five women"."""
    words = [t.lower_ for t in noun.doc[noun.left_edge.i:noun.i]]
    return "in" in words[1:]


def _in_the_year(verb: "Token") -> bool:
    """ "during the year", "in the year", "throughout the year" on the verb's clause."""
    return any(t.lower_ == "year" and t.head.lower_ in ("during", "in", "throughout") for t in verb.subtree)
