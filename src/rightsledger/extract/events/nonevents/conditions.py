"""A class of occurrences told by its outcome (settled 2026-12-08): "Mob violence and vigilantism
resulted in deaths and injuries", "Interethnic violence resulted in deaths" name no actor, no instance
and no date: a condition, no event. The clashes of one episode ("The clashes resulted in deaths"),
named parties ("Conflict between herders and farmers resulted in deaths") and a count ("resulted in 12
deaths") stay occurrences.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import CLASS_OUTCOMES, PERSON_NOUNS, SUMMARY_ACTORS

if TYPE_CHECKING:
    from spacy.tokens import Token

_NAMED = frozenset({"PERSON", "ORG", "GPE", "FAC", "LOC"})


def class_outcome(verb: "Token", noun: "Token") -> bool:
    """``verb`` ("resulted", "led") tells the casualties ``noun`` (``class_outcomes``: "deaths") of a class
    of occurrences: its subject a bare noun (no determiner, possessive or number), with no party or actor
    in it, the outcome not counted nor placed in the year."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or noun.lemma_.lower() not in CLASS_OUTCOMES:
        return False  # (casualties only: "appeals resulted in reduced sentences" is not this settlement's)
    for t in (subj, *(c for c in subj.children if c.dep_ == "conj")):
        if any(c.dep_ in ("det", "poss", "nummod", "prep") for c in t.children):
            return False  # "the clashes", "their attacks", "conflict between herders and farmers"
    clauses = {t.i for c in subj.subtree if c.dep_ == "relcl" for t in c.subtree}
    if any(t.ent_type_ in _NAMED or t.pos_ == "PROPN" or t.lemma_.lower() in SUMMARY_ACTORS | PERSON_NOUNS
           for t in subj.subtree if t.i not in clauses):  # (not in a clause about it: "--which resulted
        # in part from the lack of confidence in the police--"; but "Conflict involving the government
        # and militias resulted in deaths" names its parties)
        return False  # ("Security forces were responsible for killings", "Militia attacks resulted in deaths",
        # "teachers went on strike")
    if any(t.lower_ == "year" for t in verb.subtree):
        return False  # placed in time: "resulted in numerous deaths during the year"
    outcomes = (noun, *(c for c in noun.children if c.dep_ == "conj"))
    return not any(c.dep_ in ("nummod", "quantmod") or c.like_num for o in outcomes for c in o.children)
