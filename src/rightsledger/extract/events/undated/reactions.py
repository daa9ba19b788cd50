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
from ..lexicon import DECIDING_VERBS, REACTION_VERBS
from ..dating.reacted import specific_occurrence
from ..types.triggers import trigger_lemma, trigger_type

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def reaction(sent: "SpacySpan") -> "Token | None":
    """The verb of a reaction of the sentence's main clause to a specific occurrence, else None."""
    root = sent.root
    for verb in (root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB")):
        if trigger_lemma(verb) not in REACTION_VERBS or not past_main(verb) or any(
                c.dep_ == "neg" for c in verb.children):
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
        if any(specific_occurrence(o, trigger_lemma(verb) in DECIDING_VERBS, trigger_type) for o in objs):
            return verb
    return None
