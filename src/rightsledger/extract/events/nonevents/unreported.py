"""Victims who did not report (issue 14, round t-events26): "Most victims did not report rape due to fear
of reprisal", "some survivors of domestic violence did not report abuse because …", "Many individuals did
not report cases of rape". What victims or other private persons did not do is a practice of the year, not
a negated occurrence of the act they did not report; bodies not reporting are the settled "negated
reporting" (docs/EVALUATION.md, 2026-12-16). The reporting verb (``unreported_verbs``) is negated, its
subject a class of persons (``unreported_persons``, plural, bare or shared: no determiner of a particular
group, number, possessive or name) and its object the act, or instances of it (``unreported_instance_nouns``).
Seen in 2019 Ecuador, 2023 Papua New Guinea (dev), 2016 Seychelles and 2023 Saint Vincent (mini-gold).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...lexicons import words

if TYPE_CHECKING:
    from spacy.tokens import Token

VERBS = words("events", "unreported_verbs")
PERSONS = words("events", "unreported_persons")
INSTANCES = words("events", "unreported_instance_nouns")
_GROUP_DETS = ("the", "these", "those", "this", "that", "two", "three")


def unreported(noun: "Token") -> bool:
    """True when the trigger noun ``noun`` is what persons in general did not report (see the module)."""
    cur = noun
    for _ in range(4):
        if cur.dep_ == "conj" or cur.dep_ == "pobj" and cur.head.lower_ == "of" and \
                cur.head.head.lemma_.lower() in INSTANCES:
            cur = cur.head if cur.dep_ == "conj" else cur.head.head
            continue
        break
    verb = cur.head
    if cur.dep_ != "dobj" or verb.lemma_.lower() not in VERBS or not any(c.dep_ == "neg" for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and persons_in_general(subj)


def persons_in_general(subj: "Token") -> bool:
    """"most victims", "some survivors of domestic violence", "many women": persons of a class."""
    if subj.lemma_.lower() not in PERSONS or subj.tag_ != "NNS" and subj.lower_ != "people":
        return False
    return not any(c.dep_ in ("det", "nummod", "poss", "compound") and (c.lower_ in _GROUP_DETS or c.dep_ != "det")
                   or c.pos_ == "PROPN" or c.like_num for c in subj.children)
