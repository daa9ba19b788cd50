"""Reactions of a named actor to a specific occurrence — "Rights groups condemned the arrest", "The
journalists' union denounced the attacks", "Media criticized the new law", "The opposition rejected the
results of the vote" — are ``other`` events of the year when told without a date (docs/EVALUATION.md,
"Statements, verdicts and cooperation", settled 2026-12-06). Criticism of, or concern about, a law,
policy, practice or trend in general ("Activists criticized discrimination against herders",
"criticized such practices") is none: the object must be definite (an article, a demonstrative or a
possessive) and name an occurrence (a trigger noun of the table) or one of ``reaction_objects``. Not
habits, modals, the present or the past perfect (a background: ``efforts.past_main``), relative
clauses, nor a reaction inside another clause ("arrested the journalist who criticized the
decision"). The words are data in
``extract/data/events.toml``: ``reaction_verbs``, ``reaction_objects``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .efforts import past_main
from .lexicon import CONCERN_NOUNS, DECIDING_VERBS, REACTION_OBJECTS, REACTION_VERBS
from .triggers import _lemma, _trigger_type

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

_DEFINITE = frozenset({"the", "this", "that", "these", "those", "his", "her", "their", "its"})


def reaction(sent: "SpacySpan") -> "Token | None":
    """The verb of a reaction of the sentence's main clause to a specific occurrence, else None."""
    root = sent.root
    for verb in (root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB")):
        if _lemma(verb) not in REACTION_VERBS or not past_main(verb) or any(c.dep_ == "neg" for c in verb.children):
            continue
        actor = next((c for c in verb.children if c.dep_ in ("nsubj", "agent")), None)
        if actor is None and verb.i != root.i:
            actor = next((c for c in root.children if c.dep_ == "nsubj"), None)
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        if verb.tag_ != "VBD" and not passive:
            continue  # ("Kamara had criticized the appointments": the background of another occurrence)
        if actor is None or actor.lower_ in ("who", "which", "that") and not passive:
            continue
        objs = [c for c in verb.children if c.dep_ in (("nsubjpass",) if passive else ("dobj",))]
        if passive and not any(c.dep_ == "agent" for c in verb.children):
            continue  # ("the results were rejected": by whom?)
        if any(_specific_occurrence(o, _lemma(verb) in DECIDING_VERBS) for o in objs):
            return verb
    return None


def dated_reaction(verb: "Token") -> bool:
    """``verb``, which a date dates, is a reaction to a specific occurrence told in the past: "On April 27,
    the center condemned the attempted abduction", "In a March 3 press conference, the minister criticized
    the prosecutor's charges", "On October 10, the commission expressed concern about the suspension of the
    newspaper" (``concern_nouns``). The reaction is the event of that date (``other``), not the act it
    names (the 2018 El Salvador, 2019 Ecuador and 2024 Jordan gold); the caller checks first that the verb
    is no trigger of its own ("condemned him to death" is a sentence, "protested the arrest" a protest)."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or any(c.dep_ == "neg" for c in verb.children):
        return False
    lemma = _lemma(verb)
    if lemma in REACTION_VERBS:
        return any(_specific_occurrence(c, lemma in DECIDING_VERBS) for c in verb.children if c.dep_ == "dobj")
    if lemma != "express":
        return False
    concern = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in CONCERN_NOUNS]
    about = [d for h in (verb, *concern) for c in h.children if c.dep_ == "prep" and c.lower_ in (
        "about", "over", "at", "regarding") for d in c.children if d.dep_ == "pobj"]
    return bool(concern) and any(_specific_occurrence(o, False) for o in about)


def _specific_occurrence(obj: "Token", deciding: bool) -> bool:
    """ "the arrest", "the new law", "the results of the vote", "his demotion" (not "discrimination
    against herders", "such practices"). After a verb of deciding ("rejected") only ``reaction_objects``:
    "The commission rejected their registrations" is a decision on them."""
    if not any(c.dep_ in ("det", "poss") and (c.lower_ in _DEFINITE or c.dep_ == "poss") for c in obj.children):
        return False
    return obj.lemma_.lower() in REACTION_OBJECTS or not deciding and _trigger_type(obj) is not None
