"""Reactions dated by their own date (issue 14, round t-types7).

"On April 27, the center condemned the attempted abduction", "In a March 3 press conference, the minister
criticized the prosecutor's charges", "In April, the alliance characterized the arrest of 900 protesters as a
setback", "On October 10, the commission expressed concern about the suspension of the newspaper": the date
dates the reaction, an ``other`` event (docs/EVALUATION.md, "Statements, verdicts and cooperation"), not the
act it names (the 2018 El Salvador, 2019 Ecuador and 2024 Jordan gold; before this round the arguments of
the verb were searched for a trigger; "condemned … in Dar es Salaam" was read as a sentence). The undated
reactions are ``reactions.py``'s; both share :func:`specific_occurrence`. The words are data in
``extract/data/events.toml``: ``reaction_verbs``, ``reaction_objects``, ``concern_nouns``, ``deciding_verbs``.
This module takes the trigger table as an argument (``trigger_type``), so that ``attach.py`` may call it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from ..lexicon import CONCERN_NOUNS, DECIDING_VERBS, REACTION_OBJECTS, REACTION_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

_DEFINITE = frozenset({"the", "this", "that", "these", "those", "his", "her", "their", "its"})
_ABOUT = frozenset({"about", "over", "at", "regarding"})


def specific_occurrence(obj: "Token", deciding: bool, trigger_type: Callable[["Token"], str | None]) -> bool:
    """ "the arrest", "the new law", "the results of the vote", "his demotion" (not "discrimination
    against herders", "such practices"). After a verb of deciding ("rejected") only ``reaction_objects``:
    "The commission rejected their registrations" is a decision on them."""
    if not any(c.dep_ in ("det", "poss") and (c.lower_ in _DEFINITE or c.dep_ == "poss") for c in obj.children):
        return False
    return obj.lemma_.lower() in REACTION_OBJECTS or not deciding and trigger_type(obj) is not None


def dated_reaction(verb: "Token", trigger_type: Callable[["Token"], str | None]) -> bool:
    """``verb``, which a date dates, is a reaction to a specific occurrence told in the past. The caller
    checks first that the verb is no trigger of its own ("condemned him to death" is a sentence,
    "protested the arrest" a protest)."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or any(c.dep_ == "neg" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma in REACTION_VERBS:
        return any(specific_occurrence(c, lemma in DECIDING_VERBS, trigger_type)
                   for c in verb.children if c.dep_ == "dobj")
    if lemma != "express":
        return False
    concern = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in CONCERN_NOUNS]
    about = [d for h in (verb, *concern) for c in h.children if c.dep_ == "prep" and c.lower_ in _ABOUT
             for d in c.children if d.dep_ == "pobj"]
    return bool(concern) and any(specific_occurrence(o, False, trigger_type) for o in about)
