"""A second clause of the year (issue 14, round t-events13): a coordinated clause with a subject of its
own that places what it tells "during the year", after a first clause that is no occurrence — a
permission, a standing practice or a state ("The government permitted the ICRC to visit prisons, and
the ICRC conducted such visits during the year", "Authorities generally granted monitors access, and
these groups conducted visits during the year", "A formal bail system existed, but judges did not use it
during the year"). ``_other_occurrence`` (occurrences.py) reads only the main clause, whose verb is a
state or a permission here, and ``tense.habitual`` carries a habit of the first clause ("generally")
down to the second, whose own time says it happened. On the 44 tuning dev files such second clauses
were 4 misses in 3 reports (2016 Chad, 2016 Niger, 2017 Azerbaijan) and no sentence without a gold event.

The clause is admitted by its shape: a conjunct of the root verb with its own subject, an actor
(``summaries.is_actor``, not a law, not quantified as part of a class), in the simple past (or past
perfect, or "did (not)"), placed "during the year" by its own phrase, without a habit, modal or frequency
of its own, not a state auxiliary, its verb outside ``not_occurrences`` and ``phenomenon_verbs`` (unless
a verb of the year's activity, ``year_activity_verbs``), its direct object no right or stance. Type
``other``; a negation of its own makes the event negated (``polarity.py``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from ..lexicon import (
    HABITUAL_ADV, LAW_SUBJECTS, MODALS, NOT_OCCURRENCES, PHENOMENON_VERBS, PRACTICE_QUANTIFIERS, RIGHT_NOUNS,
    STANCE_OBJECTS, YEAR_ACTIVITY_VERBS,
)
from ..clause.tense import frequent, past, state_aux
from ..types.triggers import is_verb, trigger_lemma

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def year_conjunct(sent: "SpacySpan", actor: Callable[["Token"], bool],
                  in_the_year: Callable[["Token"], bool]) -> "Token | None":
    """The verb of a coordinated clause of the root that tells what an actor did during the year (see the
    module), else None. ``actor`` tells whether a noun names who acts (``summaries.is_actor``);
    ``in_the_year`` whether a verb carries "during the year" (``occurrences._in_the_year``)."""
    root = sent.root
    if not is_verb(root):
        return None
    for verb in root.children:
        if verb.dep_ == "conj" and is_verb(verb) and _admitted(verb, actor) and in_the_year(verb):
            return verb
    return None


def _admitted(verb: "Token", actor: Callable[["Token"], bool]) -> bool:
    """``verb`` heads a clause of its own (a subject that acts) in the past, without a habit of its own."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lemma_.lower() in LAW_SUBJECTS or not actor(subj):
        return False
    if subj.lower_ in PRACTICE_QUANTIFIERS or any(
            c.dep_ in ("det", "amod", "nummod") and c.lower_ in PRACTICE_QUANTIFIERS for c in subj.children):
        return False  # ("some employers …": a practice of a class)
    if not past(verb) or state_aux(verb):
        return False
    lemma = trigger_lemma(verb)
    if lemma in NOT_OCCURRENCES | PHENOMENON_VERBS and lemma not in YEAR_ACTIVITY_VERBS:
        return False
    for c in verb.children:  # the clause's own habit, modal or frequency ("conducted regular visits")
        if c.dep_ == "advmod" and c.lower_ in HABITUAL_ADV or c.dep_ == "aux" and c.lemma_.lower() in MODALS \
                or frequent(c) or c.dep_ == "dobj" and c.lemma_.lower() in RIGHT_NOUNS | STANCE_OBJECTS:
            return False
    return True
