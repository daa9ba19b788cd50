"""Acts told as what persons were subjected to (round t-events18, issue 14): "Some journalists were
subjected to harassment by authorities", "Guards subjected inmates to beatings" state what an actor did,
as "Authorities harassed journalists" does (docs/EVALUATION.md, "Summary statements of the year"; a
taxonomy noun as object, "subjected prisoners to humiliating treatment", settled 2026-12-11). The noun
alone is often a weak trigger ("harassment", "threats") that a practice also names; the light verb with
an actor (its subject, or the agent of the passive) makes it one act of the year. Without an actor
("Some reporters were subjected to harassment") the dev gold reads no event (1 event, 6 none), so the
caller asks for one. Verbs: ``subjecting_verbs`` in ``extract/data/events.toml``; tense, habit and the
actor are the caller's (``summaries.summary_statement``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import SUBJECTING_VERBS
from .light import first_conjunct
from ..types.triggers import is_verb, trigger_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def subjecting_verb(noun: "Token") -> "Token | None":
    """The verb of "subjected (X) to <noun>" (or to a conjunct before ``noun``), else None."""
    cur = first_conjunct(noun)  # "subjected to violence, harassment, or intimidation"
    prep = cur.head
    if cur.dep_ != "pobj" or prep.lower_ != "to" or prep.dep_ != "prep":
        return None
    verb = prep.head
    return verb if is_verb(verb) and trigger_lemma(verb) in SUBJECTING_VERBS else None
