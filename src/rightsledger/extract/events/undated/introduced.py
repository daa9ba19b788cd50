"""Occurrences introduced as the subject of a clause (issue 14, round t-events72): a trigger noun brought in
by an indefinite determiner ("a", "an", "another": ``introduced_determiners``) as the subject of the main
clause's verb in the simple past — "An investigation was completed and submitted to the ministry",
"Another protest broke out in front of his home", "An investigation uncovered a recruitment scheme" —
tells a new, specific occurrence of the report year, as "Police investigated the case" does. The dev
gold records every sentence of the shape (20 : 0 in 15 reports, the record of the round).

Not this: a bare or definite noun ("Detention resulted from a weak judiciary", "The killings resulted
from a crackdown": a class, or an occurrence told before and named again), a copula or a state ("An
investigation was pending": ``be`` and ``state_verbs``), a happening verb (``happened.py`` reads "An
attack occurred"), a clause under another or under a condition (a verb with a ``mark``), a negation, a
habit, and a verb whose outcome is itself the occurrence ("A retrial resulted in an acquittal", "A
raid led to the arrest of 12 activists": ``outcome_preps``, read from the preposition's object).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..clause.polarity import happened_verb
from ..clause.tense import habitual, past, state_aux, under_habit
from ..lexicon import INTRODUCED_DETERMINERS, OUTCOME_PREPS, REPORT_NOUNS, STATE_VERBS
from ..types.triggers import is_verb

if TYPE_CHECKING:
    from spacy.tokens import Token


def _tells_outcome(verb: "Token", lemma: str) -> bool:
    """"resulted in an acquittal", "led to the arrest": the occurrence told is the preposition's object."""
    return any(c.dep_ == "prep" and (c.lower_, lemma) in OUTCOME_PREPS for c in verb.children)


def _main_past(verb: "Token") -> bool:
    """``verb`` is the main clause's (or a conjunct of it), in the simple past, not a state, a copula, a
    happening, a negation, a habit or a clause under a condition."""
    if not is_verb(verb) or not (verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
        return False
    lemma = verb.lemma_.lower()
    if lemma in ("be", "have") or lemma in STATE_VERBS or state_aux(verb) or happened_verb(verb):
        return False
    if any(c.dep_ in ("mark", "neg") for c in verb.children) or _tells_outcome(verb, lemma):
        return False
    return past(verb) and not habitual(verb) and not under_habit(verb)


def introduced_subject(noun: "Token") -> bool:
    """``noun`` (a trigger noun, or the subject a trigger is a conjunct of) is an indefinite subject of the
    main clause's simple past: "An investigation was completed", "Another protest broke out"."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.i == noun.i or noun.lemma_.lower() in REPORT_NOUNS:
        return False
    if not any(c.dep_ == "det" and c.lower_ in INTRODUCED_DETERMINERS for c in noun.children):
        return False
    return _main_past(noun.head)
