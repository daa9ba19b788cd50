"""A rule of a class named by its defining act (issue 14, round t-events26): "Any person found guilty of
importing such a publication was liable to a fine", "anyone found guilty of the death of a woman paid
only half", "Those convicted of rape received prison sentences". The subject is anyone of a class
(``class_rule_pronouns``; a noun under ``class_rule_dets``; "those" with a participle of conviction and no
particular anchor: "Those arrested were released" tells the persons of an episode), the class named by an act; what its members were liable to, paid or received is a rule or a
practice, whatever the tense, and neither the defining act nor the main verb is an occurrence.
``reduced.described_rule_subject`` reads the present-tense and modal rules; this reads the past, where
the parser often takes the participle for the main verb ("found" the root, "was liable" its clause). Seen in
2021 Laos, 2023 Somalia, 2023 Papua New Guinea (dev) and 2016 Seychelles (mini-gold t-events21). A
coordinated clause with its own subject ("…, but police arrested few suspects") is not the class's.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...lexicons import words
from ..types.triggers import trigger_type

if TYPE_CHECKING:
    from spacy.tokens import Token

PRONOUNS = words("events", "class_rule_pronouns")
DETS = words("events", "class_rule_dets")
DEMONSTRATIVES = words("events", "class_rule_demonstratives")
_PARTICULAR_DETS = ("the", "this", "these", "that")


def class_rule(tok: "Token") -> bool:
    """True when ``tok`` lies in a clause whose subject is anyone of a class, or in that subject."""
    for a in (tok, *tok.ancestors):
        if a.dep_ in ("nsubj", "nsubjpass") and anyone_of_class(a):
            return True
        subj = next((c for c in a.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return anyone_of_class(subj)  # the trigger's own clause decides
    return False


def anyone_of_class(subj: "Token") -> bool:
    """"anyone", "any person", "every offender", "those convicted of arson" (not "those convicted of the
    May riot", "those who protested": a particular group)."""
    if subj.lower_ in PRONOUNS or any(c.dep_ == "det" and c.lower_ in DETS for c in subj.children):
        return True
    if subj.lower_ not in DEMONSTRATIVES:
        return False
    mods = [c for c in subj.children if c.dep_ == "acl"]
    if not mods or not all(trigger_type(m) == "conviction_or_sentence" for m in mods):
        return False  # "Those arrested were released": the persons of the episode, not a class (2010 Liberia)
    return not any(
        t.dep_ == "det" and t.lower_ in _PARTICULAR_DETS or t.pos_ == "PROPN" or t.like_num or t.ent_type_ == "DATE"
        for m in mods for t in m.subtree)
