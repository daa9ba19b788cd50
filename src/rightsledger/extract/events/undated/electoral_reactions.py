"""Reactions to an election told without a date (round t-events35): "Opposition parties criticized many
aspects of the electoral process", "Local groups criticized the lack of participation by the candidates and
low voter turnout", "The main opposition parties boycotted the election" are ``other`` events of the year
(docs/EVALUATION.md, "Statements, verdicts and cooperation", settled 2026-12-06: a criticism of an election
is a reaction to a specific occurrence).

``reactions.py`` asks for a definite object that names an occurrence ("criticized the new law"), so that
criticism of a practice in general stays none. An object that names the vote or its conduct
(a word of ``verdict_election_words`` anywhere in it: "electoral", "voter", "ballot", "election") names the
report's election, definite or not. The verb is one of ``reaction_verbs`` or ``electoral_reaction_verbs``
("boycott": a reaction only to an election), in the main clause (the root or a verb conjoined to it), active,
in the simple past, not negated, not told by frequency (``efforts.past_main``), with a subject that is no
relative pronoun. Criticism told with "without" ("private media criticized the government's election
preparations without restriction") says how freely one could speak: none. The words are data in
``extract/data/events.toml``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .efforts import past_main
from ..lexicon import ELECTORAL_REACTION_VERBS, REACTION_VERBS, VERDICT_ELECTION_WORDS
from ..types.triggers import trigger_lemma

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

_RELATIVE = frozenset({"who", "which", "that"})


def _electoral(obj: "Token") -> bool:
    """``obj`` names the vote or its conduct: a word of ``verdict_election_words`` in its words."""
    return any(t.lemma_.lower() in VERDICT_ELECTION_WORDS or t.lower_ in VERDICT_ELECTION_WORDS
               for t in obj.subtree)


def electoral_reaction(sent: "SpacySpan") -> "Token | None":
    """The verb of the main clause's reaction to an election, else None. (A dated object, "boycotted the
    2019 elections", is the dated path's: the caller asks only sentences without a dated record.)"""
    root = sent.root
    for verb in (root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB")):
        lemma = trigger_lemma(verb)
        if lemma not in REACTION_VERBS and lemma not in ELECTORAL_REACTION_VERBS:
            continue
        if verb.tag_ != "VBD" or not past_main(verb) or any(c.dep_ == "neg" for c in verb.children):
            continue  # the simple past, active ("had criticized" is a background; "is boycotting" no occurrence)
        actor = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if actor is None and verb.i != root.i:
            actor = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if actor is None or actor.lower_ in _RELATIVE:
            continue
        if any(c.dep_ == "prep" and c.lower_ == "without" for c in verb.children):
            continue  # "criticized the government's election preparations without restriction": a freedom
        if any(c.dep_ == "dobj" and _electoral(c) for c in verb.children):
            return verb
    return None
