"""Occurrences told as happening or granted (issue 14, round t-events9): a trigger noun that "occurred",
"took place" or "happened" in the simple past, in the sentence's main clause, with no mark of habit —
"Assaults on inmates by prison guards occurred", "Nonetheless, strikes in the public sector did occur",
"The law bars arrests at night, but arrests between those hours occurred" — states an occurrence of the
report year, as "Police arrested persons at night" does (the summary statements of the year, settled
2026-12-04). The dev gold records them so (2014 DRC, 2016 Niger, 2018 Lesotho, 2020 Guinea, 2022
Panama, 2022 Peru).

Not this: a habit ("Strikes generally occurred", "Forced marriages occurred occasionally", "In general
the killings took place during operations"), a manner ("Registration of births occurred in a timely
manner"), a clause under another ("reports that corporal punishment occurred", "violations that occurred
in the territory", "if they suspect a crime occurred"), what a share of them did ("Most arrests occurred
in the south": a distribution), cases, incidents and instances (report nouns: what they are cases of is
the occurrence, ``thereare.py``), negations (``polarity.py``), and acts of violence or abuse without their
doer ("Child abuse occurred openly on the street", "Ritual killings occurred": phenomena of society, as the
dev gold reads them; ``happened_need_doer``).

A release or an asylum decision an actor granted ("The president granted pardons to 300 prisoners") is
one as well (``granted``), as what one commits or stages is (``outcome_verbs``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import (GRANTED_NOT, GRANTED_TYPES, GRANTING_VERBS, HABITUAL_ADV, HAPPENED_MANNERS,
                      HAPPENED_NEED_DOER, HAPPENED_PHENOMENA, HAPPENED_SHARES, REPORT_NOUNS)
from ..clause.polarity import happened_verb
from ..clause.tense import habitual, past, under_habit
from ..types.triggers import trigger_type

if TYPE_CHECKING:
    from spacy.tokens import Token


def happened_statement(noun: "Token", trigger: "Token | None" = None) -> bool:
    """``noun`` (a trigger noun, or the subject that ``trigger`` is a conjunct of: "Neglect, common assault,
    and sexual assault occurred") is the subject of a happening verb that states it occurred in the year."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.i == noun.i or not happened_verb(verb):
        return False
    if not (verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
        return False  # (a clause under a noun, a report or a condition)
    if any(c.dep_ in ("mark", "neg") for c in verb.children):
        return False  # ("when demonstrations occurred"; negations are polarity.py's)
    if not past(verb) or habitual(verb) or under_habit(verb) or any(
            k.dep_ == "advmod" and k.lower_ in HABITUAL_ADV for c in verb.conjuncts for k in c.children):
        return False  # ("Protests occurred and sometimes resulted in riots")
    if any(p.dep_ == "prep" and any(o.lemma_.lower() in HAPPENED_MANNERS for o in p.children) for p in verb.children):
        return False  # ("Registration of births occurred in a timely manner": how it goes)
    if noun.lower_ in HAPPENED_PHENOMENA or "-".join(
            [*(c.lower_ for c in noun.children if c.dep_ == "compound"), noun.lower_]) in HAPPENED_PHENOMENA:
        return False  # ("Significant self-censorship occurred")
    if noun.lemma_.lower() in REPORT_NOUNS or any(
            c.dep_ in ("amod", "det", "nsubj") and c.lower_ in HAPPENED_SHARES for c in noun.children):
        return False  # ("such cases occurred", "Most arrests occurred in the south")
    if {trigger_type(noun), trigger_type(trigger or noun)} & HAPPENED_NEED_DOER:
        return any(p.dep_ == "prep" and p.lower_ == "by" for p in noun.subtree)  # "assaults on inmates by guards"
    return True


def granted(noun: "Token", trigger: "Token | None" = None) -> bool:
    """``noun`` (a release or an asylum decision: ``granted_types``; or the object that ``trigger`` is a
    conjunct of: "granted refugee status and asylum") is what an actor granted in the simple past, without
    negation or habit: "The president granted pardons to 300 prisoners", "It granted amnesty to former
    fighters", "were granted provisional release" (not "granted first asylum to refugees")."""
    verb, trigger = noun.head, trigger or noun
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in GRANTING_VERBS or trigger_type(trigger) not in GRANTED_TYPES:
        return False
    if any(c.dep_ == "amod" and c.lower_ in GRANTED_NOT for c in trigger.children):
        return False
    return past(verb) and not habitual(verb) and not any(c.dep_ == "neg" for c in verb.children)
