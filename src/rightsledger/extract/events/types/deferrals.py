"""Steps put off by their doer (issue 14, round t-events82): "postpone", "reschedule" and "delay" are in the
`other` row of ``verb_triggers``; this module keeps out the readings of those verbs that tell no act of the year.
"The legislature delayed discussion of the report", "the group rescheduled the event" and "the hearing was
postponed" are occurrences. Not so a cause's effect ("the case backlog delayed the process": an active subject
that names no doer), a practice ("some trials were delayed", "cases were repeatedly postponed"), a relative or
reduced clause ("officials who delayed hearings", "delayed payment of wages"), or a step told before and
referred to ("this was delayed"). The words are ``deferral_verbs``, ``deferring_bodies``, ``repeated_advs`` and
``referring_subjects`` of ``extract/data/events.toml``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import NO_CUE
from ..lexicon import (
    DEFERRAL_VERBS, DEFERRING_BODIES, ORG_NOUNS, PERSON_NOUNS, PRACTICE_QUANTIFIERS, REFERRING_SUBJECTS,
    REPEATED_ADVS, SUMMARY_ACTORS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

_DOERS = SUMMARY_ACTORS | PERSON_NOUNS | ORG_NOUNS | DEFERRING_BODIES
_CLAUSES = ("relcl", "acl", "amod")


def deferral_type(tok: "Token", lemma: str) -> str | None:
    """``NO_CUE`` for a verb of ``deferral_verbs`` that tells a step put off by its doer (the table's type
    follows) or for any other verb; None where the reading is none (see the module)."""
    if lemma not in DEFERRAL_VERBS:
        return NO_CUE
    if tok.dep_ in _CLAUSES or any(c.dep_ == "advmod" and c.lower_ in REPEATED_ADVS for c in tok.children):
        return None
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return NO_CUE
    if subj.lower_ in REFERRING_SUBJECTS | PRACTICE_QUANTIFIERS or any(
            c.dep_ in ("det", "amod") and c.lower_ in PRACTICE_QUANTIFIERS for c in subj.children):
        return None
    return NO_CUE if subj.dep_ == "nsubjpass" or _doer(subj) else None


def _doer(noun: "Token") -> bool:
    """``noun`` names who may put a step off: a named body or person, or a noun of a doer."""
    return noun.ent_type_ in ("ORG", "PERSON", "NORP", "GPE") or noun.pos_ in ("PROPN", "PRON") or (
        noun.lemma_.lower() in _DOERS)
