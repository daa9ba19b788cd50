"""A gathering permitted or facilitated is the gathering (issue 14, round t-types24).

"Police allowed LGBTI persons to conduct a march through the city", "the government permitted the first
pride parade in June", "a protest that police facilitated on October 9": the verb of permission has no type
of its own; what it permits decides it, here a gathering (a ``protest``; the 2018 Guyana, 2018 Lesotho and
2019 Ecuador gold, against 2016 Chad, where the permission is told of a class, "allowed supporters to gather
and rally but banned such activities"). The verb's type is its argument's class: the noun it acts on (its
object, the object of the verb it lets someone do, or the noun its relative clause qualifies) must be one
particular gathering (not a bare plural: "allowed demonstrations" is a standing permission, no event,
settled 2026-12-08), and the verb not negated (a gathering not allowed is a ban, ``bans.py``).
Called from ``verb_types._procedures_and_decisions``; the words are ``permitting_verbs`` and
``permitted_gatherings`` in ``extract/data/events.toml``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import NO_CUE
from ..lexicon import NOUN_TYPES, PERMITTED_GATHERINGS, PERMITTING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token


def permitted_type(tok: "Token", lemma: str) -> str | None:
    """``protest`` for a verb of permission acting on one gathering, else :data:`.cues.NO_CUE`."""
    if lemma not in PERMITTING_VERBS or any(c.dep_ == "neg" for c in tok.children):
        return NO_CUE
    return "protest" if any(_one_gathering(n) for n in _permitted(tok)) else NO_CUE


def _permitted(verb: "Token") -> list["Token"]:
    """What the verb permits: its objects, the objects of the act it lets someone do ("allowed them to
    conduct a march"), or the noun its relative clause qualifies ("a protest that police facilitated")."""
    out = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    out += [d for c in verb.children if c.dep_ in ("xcomp", "ccomp") for d in c.children if d.dep_ == "dobj"]
    if verb.dep_ in ("relcl", "acl"):
        out.append(verb.head)
        if verb.head.dep_ == "pobj" and verb.head.head.dep_ == "prep":
            out.append(verb.head.head.head)  # "a protest by 17,000 marchers that police facilitated" (hung low)
    return out


def _one_gathering(noun: "Token") -> bool:
    """A particular gathering: a protest noun (or a parade) in the singular, or with a determiner,
    number, possessive or name ("the march", "three rallies"), not a class ("demonstrations")."""
    lemma = noun.lemma_.lower()
    if NOUN_TYPES.get(lemma) != "protest" and lemma not in PERMITTED_GATHERINGS:
        return False
    return noun.tag_ not in ("NNS", "NNPS") or any(
        c.dep_ in ("det", "nummod", "poss") for c in noun.children)
