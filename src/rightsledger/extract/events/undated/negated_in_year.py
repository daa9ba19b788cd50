"""A negated act placed in the report year on its own verb (issue 14, round t-events70): "The Ministry of
Labor did not compile any reports on workplace accidents during the year", "Unlike in the previous year,
labor disputes did not lead to the use of force during the year", "…, but authorities did not prosecute
any cases during the year" is a negated event of the year, typed by the act (``negsteps.step_type``).

``negsteps.py`` reads a negated simple past only for the verbs of proceedings and responses
(``negated_step_verbs``) on a specific object; the year on the verb itself ("during the year", "in the
year": ``occurrences._in_the_year``) is what makes any act a step not taken in that year, as a time mark does
for the past perfect. The dev gold, the sentences whose root or coordinated clause is so negated and so
placed: 38 with an event : 3 without (22 reports); the rule itself 29 : 0 (15 reports; round t-events70).
Read after every other reading of an undated sentence found nothing. Not a state ("was not available during
the year", ``year_phrase_state_verbs``; "No refugee possessed a valid identity card during the year",
``state_verbs``, but for those of a step or of an activity of the year: "did not permit observers to visit
prisons during the year"), a double negation of an aim ("had not declined to prosecute any cases",
``negated_step_aim_verbs``), a modal, a habit, a judgement of manner ("did not effectively enforce …",
``step_manner_adv``), a general duty not kept (its object or passive subject a duty: ``duty_objects``,
``duty_nouns``; "did not prioritize enforcement of prohibitions …", the rule's one false record in the dev gold
before round t-events70's mend) nor what a law did (``law_subjects``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from .efforts import past_main
from .negsteps import negated_by_word, step_type
from .noncompliance import DUTY_OBJECTS
from ..clause.tense import habitual
from ..lexicon import (DUTY_NOUNS, LAW_SUBJECTS, MODALS, NEGATED_STEP_AIM_VERBS, NEGATED_STEP_VERBS, STATE_VERBS,
                       STEP_MANNER_ADV, YEAR_ACTIVITY_VERBS, YEAR_PHRASE_STATE_VERBS)
from ..types.triggers import trigger_lemma

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def negated_in_the_year(sent: "SpacySpan", in_the_year: Callable[["Token"], bool]) -> tuple["Token", str] | None:
    """``(verb, type)`` of the sentence's root, or of a clause coordinated with it that has its own subject,
    negated in the simple past and placed "during the year" on itself (``in_the_year``), else None."""
    root = sent.root
    clauses = [root, *(c for c in root.children if c.dep_ == "conj" and _subject(c) is not None)]
    for verb in clauses:
        if verb.pos_ == "VERB" and in_the_year(verb) and _negated_act(verb):
            return verb, step_type(verb)
    return None


def _subject(verb: "Token") -> "Token | None":
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _negated_act(verb: "Token") -> bool:
    """``verb`` is an act not done: negated by a word, in the simple past (or its passive), no state, habit,
    modal, manner, law subject or negated aim."""
    if not negated_by_word(verb) or not past_main(verb) or habitual(verb):
        return False
    lemma = trigger_lemma(verb)
    if lemma in YEAR_PHRASE_STATE_VERBS or lemma in NEGATED_STEP_AIM_VERBS or lemma in STATE_VERBS and not (
            lemma in YEAR_ACTIVITY_VERBS or lemma in NEGATED_STEP_VERBS):
        return False  # ("No refugee possessed a valid identity card during the year"; not "did not permit visits")
    if any(c.dep_ == "aux" and c.lower_ in MODALS or c.dep_ == "advmod" and c.lower_ in STEP_MANNER_ADV
           for c in verb.children):
        return False
    if any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in DUTY_OBJECTS | DUTY_NOUNS for c in verb.children):
        return False  # a general duty not kept: "did not prioritize enforcement of …", "the law was not enforced"
    subj = _subject(verb)
    return subj is None or subj.lemma_.lower() not in LAW_SUBJECTS
