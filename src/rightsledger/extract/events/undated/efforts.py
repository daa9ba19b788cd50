"""Efforts not made: a negated occurrence of the report year, typed by what the effort would have
done (``step_verbs`` in ``events.toml``: investigate → investigation, prosecute → charge) or
``other`` (the Somalia 2023, Chad 2009, Guinea 2011 and 2020, Kazakhstan 2022 and Guinea-Bissau 2019
gold). :func:`not_made` tries two shapes in turn:

- ``steps_not_taken``: "take" (or "make" with an effort noun) in the past with a negated step
  noun, or "There were no known actions to investigate or punish those responsible", "There was no
  known official response to such discrimination", "No steps were taken to implement the plan";
- ``negated_inaction``: a do-verb and a negated noun of action, "did not undertake specific
  measures", "provided no services to street children", "No action was taken against the guards"
  (no action against persons is a negated charge: ``inaction_against``), typed also by the step
  the sentence named before it ("would be prosecuted; however, no action was taken" → charge).

Not a habit ("at times did not take steps", ``past_main``), a modal or the present; an inaction "as
of" a date is one of the year (negated steps, settled 2026-12-06). A positive effort ("took steps to
raise awareness") is left to ``occurrences.py``. The words are data in ``extract/data/events.toml``: ``step_nouns``,
``effort_nouns``, ``step_verbs``, ``inaction_verbs``, ``inaction_nouns``, ``inaction_institutions``,
``inaction_against``.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon import (
    EFFORT_NOUNS, HABITUAL_ADV, HABITUAL_PHRASES, INACTION_AGAINST, INACTION_NOUNS, INACTION_VERBS,
    INSTITUTION_NOUNS, REPORT_VERBS, STEP_NOUNS, STEP_VERBS,
)
from ..types.triggers import trigger_lemma, trigger_type

_NOUNS = re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, INACTION_NOUNS)) + ")")
_NEGATION = re.compile(r"(?i)\b(?:no|not|never)\b|n't\b")

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def not_made(sent: "SpacySpan", stext: str) -> tuple["Token", str] | None:
    """``(trigger, type)`` of an effort the sentence says was not made, else None (``stext``: the
    sentence's text, the caller's)."""
    return steps_not_taken(sent) or negated_inaction(sent, stext)


def effort_noun(no: "Token") -> "Token | None":
    """The effort noun that ``no`` determines: "no known actions", "no government or civil society
    efforts" (the parser may hang "no" on a compound or a conjunct of the noun)."""
    noun = no.head
    for _ in range(3):
        if noun.lemma_.lower() in EFFORT_NOUNS and noun.pos_ == "NOUN":
            return noun
        conj = next((c for c in noun.children if c.dep_ == "conj" and c.lemma_.lower() in EFFORT_NOUNS), None)
        if conj is not None:  # "no government or civil society efforts" parsed as "no government", "efforts"
            return conj
        if noun.dep_ in ("compound", "amod", "conj", "nmod") and noun.head.i != noun.i:
            noun = noun.head
            continue
        break
    return None


def first_aim(tokens: "Iterable[Token]", after: int) -> str | None:
    """The type of the first verb of ``step_verbs`` among ``tokens`` after index ``after``, or None."""
    verbs = sorted((t for t in tokens if t.i > after and t.pos_ == "VERB" and trigger_lemma(t) in STEP_VERBS),
                   key=lambda t: t.i)
    return STEP_VERBS[trigger_lemma(verbs[0])] if verbs else None


def aim_type(noun: "Token") -> str:
    """What the effort was to do: the type of the first verb of ``step_verbs`` after the noun in its
    phrase ("actions to investigate or punish" → investigation), else ``other``."""
    return first_aim(noun.subtree, noun.i) or "other"


def steps_not_taken(sent: "SpacySpan") -> tuple["Token", str] | None:
    """ "The government took no steps to prevent …", "did not take action to address the problem", "No
    steps were taken to implement …", "made no effort to investigate …": the main verb "take" (or "make"
    with an effort noun) in the past with a step noun that is negated
    (its "no", or "not" on the verb), no habit or modal. The trigger is the verb, which carries the
    negation; the type is the aim's (``aim_type``). Also a clause of a verb of saying ("The minister
    said those responsible would be prosecuted; however, no action was taken")."""
    root = sent.root
    lemma = trigger_lemma(root)
    clauses = [c for c in root.children if c.dep_ == "ccomp" and trigger_lemma(c) in ("take", "make")] \
        if lemma in REPORT_VERBS else []
    for verb in (root, *clauses) if lemma in ("take", "make") else clauses:
        found = _not_taken(sent, verb)
        if found is not None:
            return found
    return None


def _not_taken(sent: "SpacySpan", root: "Token") -> tuple["Token", str] | None:
    """``steps_not_taken`` on the verb ``root``."""
    kids = list(root.children)
    if trigger_lemma(root) not in ("take", "make") or not past_main(root):
        return None  # (not a habit, a modal, the present or "has taken no steps", a state)
    nouns = STEP_NOUNS if trigger_lemma(root) == "take" else EFFORT_NOUNS  # ("made no effort to investigate")
    obj = next((c for c in kids if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in nouns), None)
    if obj is None:
        return None
    negated = any(c.dep_ == "neg" for c in kids) or any(
        c.dep_ == "det" and c.lower_ == "no" for c in obj.children)
    if not negated:
        return None
    aims = [*obj.subtree, *(t for c in kids if c.dep_ in ("xcomp", "advcl") for t in c.subtree)]
    return root, first_aim(aims, obj.i) or _against(sent, obj)


def _against(sent: "SpacySpan", obj: "Token") -> str:
    """The type of an action not taken without an aim: against persons after a promise to prosecute
    ("those responsible would be prosecuted; however, no action was taken") a charge; against persons
    ("No action was taken against the guards") proceedings, ``inaction_against`` (a charge); else
    ``other``."""
    if any(trigger_lemma(t) in ("prosecute", "prosecution") for t in sent):
        return "charge"
    if any(c.dep_ == "prep" and c.lower_ == "against" for c in obj.children) or any(
            c.dep_ == "prep" and c.lower_ == "against" for c in obj.head.children):
        return INACTION_AGAINST
    return "other"


def negated_inaction(sent: "SpacySpan", stext: str) -> tuple["Token", str] | None:
    """``(trigger, type)`` of a negated inaction stated by the sentence's main clause (or the clause
    after a semicolon that the parser hangs under it), else None. The trigger carries the negation
    ("did not take", "no efforts") for ``polarity.py``. ``stext`` is the sentence's text (the caller's:
    ``Span.text`` walks every token)."""
    if not (_NEGATION.search(stext) and _NOUNS.search(stext)):
        return None  # (string tests first: most sentences negate nothing or name no action)
    root = sent.root
    semi = next((t.i for t in sent if t.text == ";"), None) if ";" in stext else None
    for verb in (root, *(c for c in root.children if c.dep_ in ("ccomp", "parataxis", "conj")
                         and semi is not None and c.i > semi)):
        found = _clause(verb)
        if found is not None:
            return _typed(sent, verb, *found)
    return None


def _clause(verb: "Token") -> tuple["Token", "Token"] | None:
    """``(trigger, noun)`` when ``verb``'s clause states a negated inaction."""
    if trigger_lemma(verb) in INACTION_VERBS and past_main(verb):
        noun = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                     and c.lemma_.lower() in INACTION_NOUNS), None)
        if noun is None or not (_no(noun) or any(c.dep_ == "neg" for c in verb.children)):
            return None
        if any(c.dep_ == "conj" and trigger_type(c) for c in verb.children):
            return None  # "provided no services …, and did not arrest or prosecute any violators": the arrest
        return verb, noun
    if verb.lemma_.lower() == "be" and verb.tag_ == "VBD" and any(c.dep_ == "expl" for c in verb.children):
        noun = next((c for c in verb.children if c.dep_ == "attr" and c.lemma_.lower() in INACTION_NOUNS
                     and c.lemma_.lower() not in INSTITUTION_NOUNS and _no(c)), None)
        # ("There were no government efforts to mitigate the problems"; "There was no public defenders
        # service" is a state: no such institution)
        return (noun, noun) if noun is not None else None
    return None


def _typed(sent: "SpacySpan", root: "Token", trigger: "Token", noun: "Token") -> tuple["Token", str]:
    """The type of the inaction: what it was to do, what the sentence named before it, "against" persons."""
    aims = [t for t in (*noun.subtree, *(t for c in root.children if c.dep_ in ("xcomp", "advcl")
                                          for t in c.subtree)) if t.i > noun.i]
    verbs = sorted((t for t in aims if t.pos_ == "VERB" and trigger_lemma(t) in STEP_VERBS), key=lambda t: t.i)
    if verbs:
        return trigger, STEP_VERBS[trigger_lemma(verbs[0])]
    named = [t for t in sent if t.i < noun.i and t.pos_ == "VERB" and trigger_lemma(t) in STEP_VERBS]
    if named:  # "… said those responsible would be prosecuted; however, no action was taken"
        return trigger, STEP_VERBS[trigger_lemma(named[-1])]
    if any(c.dep_ == "prep" and c.lower_ == "against" for c in (*noun.children, *root.children)):
        return trigger, INACTION_AGAINST  # "No action was taken against the guards"
    return trigger, "other"


def inaction_of(sent: "SpacySpan", verb: "Token") -> tuple["Token", str] | None:
    """``(trigger, type)`` of an effort or action the clause of ``verb`` says was not made or taken
    ("took no action", "No steps were taken to implement …", "made no efforts"), whatever clause of the
    sentence it is (``inaction_beside.inaction_beside_dated`` reads it beside a clause dated to an earlier year)."""
    found = _not_taken(sent, verb)
    if found is not None:
        return found
    clause = _clause(verb)
    return _typed(sent, verb, *clause) if clause is not None else None


def _no(noun: "Token") -> bool:
    """ "no efforts" (not "any action", which is negated by its verb: "did not take any action")."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def past_main(verb: "Token") -> bool:
    """The simple past or its passive ("took", "did not take", "was taken"), not a habit ("often
    took no action") nor the present ("makes no efforts")."""
    kids = list(verb.children)
    if any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADV or c.dep_ == "prep" and " ".join(
            d.lower_ for d in c.subtree) in HABITUAL_PHRASES for c in kids):
        return False  # ("often took no action", "at times did not take steps")
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ == "VB":
        return any(c.dep_ == "aux" and c.lower_ == "did" for c in kids)
    return verb.tag_ == "VBN" and any(c.dep_ in ("auxpass", "aux") and c.lower_ in ("was", "were", "had")
                                      for c in kids)
