"""A body set up by an actor (issue 14, round t-events79): "The ministry established a directorate of gender
issues", "Authorities established checkpoints and roadblocks", "Early in the year, the prison directorate
established the first legal aid office".

``establish`` is a verb of states and rules (``state_verbs``: "The law establishes a commission"), so
``occurrences._other_occurrence`` and ``_is_report_year_occurrence`` read no occurrence in it; told in the
simple past with an actor as its subject it narrates an act of the year, and the dev gold (not held out)
records it so (the census is the round's record). Admitted by shape: the sentence's root, a verb of
``set_up_verbs`` in the simple past, active, with no negation, habit or modal; its subject an actor
(``summaries.is_actor``), not a law nor a class under a quantifier ("some employers"); a direct object; no
sentence opening on a rule. Type ``other``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from ..clause.tense import GENERIC_START, habitual, past, state_aux
from ..lexicon import LAW_SUBJECTS, PRACTICE_QUANTIFIERS, SET_UP_VERBS
from ..types.triggers import is_verb, trigger_lemma

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def set_up(sent: "SpacySpan", actor: Callable[["Token"], bool]) -> "Token | None":
    """The root verb of a sentence telling that an actor set something up in the past, else None."""
    root = sent.root
    if not is_verb(root) or trigger_lemma(root) not in SET_UP_VERBS or root.tag_ != "VBD":
        return None
    if not past(root) or habitual(root) or state_aux(root) or GENERIC_START.search(sent.text.lstrip()):
        return None
    kids = list(root.children)
    if any(c.dep_ in ("neg", "auxpass", "nsubjpass") for c in kids):
        return None
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    if subj is None or obj is None or subj.lemma_.lower() in LAW_SUBJECTS or not actor(subj):
        return None
    return None if _quantified(subj) else root


def _quantified(noun: "Token") -> bool:
    """A class under a quantifier ("most employers", "most wages"): a practice, not an act."""
    return noun.lower_ in PRACTICE_QUANTIFIERS or any(
        c.dep_ in ("det", "amod") and c.lower_ in PRACTICE_QUANTIFIERS for c in noun.children)
