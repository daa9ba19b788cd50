"""Efforts not made: "There were no known actions to investigate or punish those responsible", "There
were no reported efforts by the government to prevent child marriage", "There was no known official
response to such discrimination", "The government took no steps to prevent discrimination", "No steps
were taken to implement the action plan" — a negated occurrence of the report year, typed by what the
effort would have done (``step_verbs`` in ``events.toml``: investigate → investigation, prosecute →
charge) or ``other`` (docs/gold/: the Somalia 2023, Chad 2009, Guinea 2011 and 2020 and
Kazakhstan 2022 gold). A positive effort ("took steps to raise awareness") is left to the rules of
``occurrences.py``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .inaction import past_main
from .lexicon import EFFORT_NOUNS, REPORT_VERBS, STEP_NOUNS, STEP_VERBS
from .triggers import _lemma

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


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
    verbs = sorted((t for t in tokens if t.i > after and t.pos_ == "VERB" and _lemma(t) in STEP_VERBS),
                   key=lambda t: t.i)
    return STEP_VERBS[_lemma(verbs[0])] if verbs else None


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
    lemma = _lemma(root)
    clauses = [c for c in root.children if c.dep_ == "ccomp" and _lemma(c) in ("take", "make")] \
        if lemma in REPORT_VERBS else []
    for verb in (root, *clauses) if lemma in ("take", "make") else clauses:
        found = _not_taken(sent, verb)
        if found is not None:
            return found
    return None


def _not_taken(sent: "SpacySpan", root: "Token") -> tuple["Token", str] | None:
    """``steps_not_taken`` on the verb ``root``."""
    kids = list(root.children)
    if _lemma(root) not in ("take", "make") or not past_main(root):
        return None  # (not a habit, a modal, the present or "has taken no steps", a state)
    nouns = STEP_NOUNS if _lemma(root) == "take" else EFFORT_NOUNS  # ("made no effort to investigate")
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
    ("No action was taken against the guards") the first step, an investigation; else ``other``."""
    if any(_lemma(t) in ("prosecute", "prosecution") for t in sent):
        return "charge"
    if any(c.dep_ == "prep" and c.lower_ == "against" for c in obj.children) or any(
            c.dep_ == "prep" and c.lower_ == "against" for c in obj.head.children):
        return "investigation"
    return "other"
