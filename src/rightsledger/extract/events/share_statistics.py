"""What a share of a class did, from a survey or statistics (issue 14, round t-events26): "nine in 10
domestic workers suffered sexual abuse", "12 percent of married women reported spousal abuse within the prior
year", "only 22 percent of child workers received safety training". The subject is a share (a noun of
``share_nouns`` with a number, or a number with "in"/"out of" another) of a class in general (no determiner,
number or possessive on the class: "60 percent of the detainees were released" is a count of particular
persons): what the data show, no occurrence (docs/EVALUATION.md, annotation guidelines: "what data show …
is no occurrence"; a survey cited with its year keeps its own ``report_published``). Seen in 2008 Angola,
2019 Guinea-Bissau, 2023 Somalia and 2024 Jordan (dev). Table ``share_nouns`` in ``extract/data/events.toml``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicons import words

if TYPE_CHECKING:
    from spacy.tokens import Token

SHARE_NOUNS = words("events", "share_nouns")


def share_statistic(tok: "Token") -> bool:
    """True when ``tok`` (a trigger) is the act of, or what is reported by, a share of a class."""
    verb = tok
    for _ in range(3):  # a trigger noun: the verb whose object or complement it is
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and share_of_class(subj)


def share_of_class(subj: "Token") -> bool:
    """"12 percent of married women", "nine in 10 domestic workers" (not "60 percent of the detainees")."""
    if subj.lemma_.lower() in SHARE_NOUNS and any(c.like_num for c in subj.subtree if c.i < subj.i):
        cls = next((o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"), None)
        return cls is not None and general(cls)
    nums = [c for c in subj.children if c.dep_ == "nummod"]
    if subj.tag_ == "NNS" and any(q.dep_ == "quantmod" and q.lower_ in ("in", "out") for n in nums for q in n.children):
        return not any(c.dep_ in ("det", "poss") for c in subj.children)  # "nine in 10 domestic workers"
    return False


def general(noun: "Token") -> bool:
    """A class in general: no determiner, number, possessive or name on it."""
    return noun.pos_ == "NOUN" and not any(
        c.dep_ in ("det", "predet", "nummod", "poss") or c.like_num or c.pos_ == "PROPN" for c in noun.children)
