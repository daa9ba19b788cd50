"""Negated inaction: what an actor did not do during the year, told by a do-verb and a negated noun
of action ("The government made no efforts to protect displaced persons", "took no steps to prevent
discrimination", "No action was taken against the guards", "did not undertake specific measures",
"undertook no initiatives", "provided no services to street children", "There were no government
efforts to mitigate the problems"). Each is an event of the report year, polarity negated
(docs/EVALUATION.md, "Annotation guidelines": negated occurrences; the Guinea 2020, Guinea 2011,
Kazakhstan 2022 and Guinea-Bissau 2019 gold). Its type is what the action was to do, by its first
verb in ``step_verbs`` ("took no action to investigate" → investigation) or the one the sentence
named before it ("would be prosecuted; however, no action was taken" → charge), "no action against"
persons is no inquiry (``inaction_against``: investigation, as the Eritrea 2004 gold), else ``other``.
A state "as of" a date is none ("As of October authorities took no action on the case": the caller).

The words are data: ``inaction_verbs``, ``inaction_nouns``, ``inaction_institutions`` and
``inaction_against`` in ``extract/data/events.toml``.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicon import (
    HABITUAL_ADV, HABITUAL_PHRASES, INACTION_AGAINST, INACTION_NOUNS, INACTION_VERBS, INSTITUTION_NOUNS,
    STEP_VERBS,
)
from .triggers import _lemma, _trigger_type

_NOUNS = re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, INACTION_NOUNS)) + ")")
_NEGATION = re.compile(r"(?i)\b(?:no|not|never)\b|n't\b")

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


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
    if _lemma(verb) in INACTION_VERBS and past_main(verb):
        noun = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                     and c.lemma_.lower() in INACTION_NOUNS), None)
        if noun is None or not (_no(noun) or any(c.dep_ == "neg" for c in verb.children)):
            return None
        if any(c.dep_ == "conj" and _trigger_type(c) for c in verb.children):
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
    verbs = sorted((t for t in aims if t.pos_ == "VERB" and _lemma(t) in STEP_VERBS), key=lambda t: t.i)
    if verbs:
        return trigger, STEP_VERBS[_lemma(verbs[0])]
    named = [t for t in sent if t.i < noun.i and t.pos_ == "VERB" and _lemma(t) in STEP_VERBS]
    if named:  # "… said those responsible would be prosecuted; however, no action was taken"
        return trigger, STEP_VERBS[_lemma(named[-1])]
    if any(c.dep_ == "prep" and c.lower_ == "against" for c in (*noun.children, *root.children)):
        return trigger, INACTION_AGAINST  # "No action was taken against the guards"
    return trigger, "other"


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
