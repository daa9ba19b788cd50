"""Polarity of an event: negated ("did not detain", "there were no reports of killings"),
alleged ("reportedly", "accused") or asserted.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...annotate import span_text
from ..lexicon import (
    ALLEGE_WORDS, HAPPENING_VERBS, NEGATED_STEP_AIM_VERBS, NEGATED_STEP_VERBS,
    REFUSED_STEP_KEPT_TYPES, REPORT_NOUNS, REPORT_VERBS,
)
from ..types.triggers import sentence_tokens

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


THERE_NO = re.compile(r"(?i)\bthere\s+(?:were|was|had\s+been)\s+no\b")


NO_REPORTS = re.compile(r"(?i)\b(?:no\s+(?:(?!(?:in|of|on|about|for|from)\b)\w+\s+){0,3}(?:reports?|cases?|"
                        r"instances?|incidents?)\s+(?:of|that|were|was)\b|(?:were|was)\s+not\s+"
                        r"(?:any\s+)?reports?\b|did\s+not\s+receive\s+(?:any\s+)?reports?\b)")


def event_polarity(trig: "Token | None", sent: "SpacySpan") -> str:
    """The event's polarity, ``asserted``, ``negated`` or ``alleged``, read from the trigger's chain of
    heads and the sentence."""
    chain: list["Token"] = []
    if trig is not None:
        cur = trig
        for _ in range(5):
            chain.append(cur)
            if cur.head.i == cur.i:
                break
            cur = cur.head
        if negated(trig, chain):
            return "negated"
    elif NO_REPORTS.search(span_text(sent)) or THERE_NO.search(span_text(sent)):
        return "negated"
    for tok in chain:
        if tok.lemma_.lower() in ALLEGE_WORDS or tok.lower_ in ALLEGE_WORDS:
            return "alleged"
        for c in tok.children:
            if c.lower_ in ALLEGE_WORDS and c.dep_ in ("advmod", "amod", "aux", "npadvmod"):
                return "alleged"
    if trig is None and any(t.lower_ in ALLEGE_WORDS for t in sentence_tokens(sent)):
        return "alleged"
    if re.search(r"(?i)\bthere\s+(?:were|was)\s+(?:(?!no\b)\w+\s+){0,3}reports?\b(?!\s+(?:were|was)\b)",
                 span_text(sent)):
        # (also without "that": "there were reports government officials employed them"; not "there were
        # no credible reports …" after a main clause that states its own occurrence)
        return "alleged"
    return "asserted"


def happened_verb(verb: "Token") -> bool:
    """``verb`` says its subject happened: "occurred", "took place" (not "took time")."""
    lemma = verb.lemma_.lower()
    return verb.pos_ in ("VERB", "AUX") and lemma in HAPPENING_VERBS and (
        lemma != "take" or any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children))


def not_always_free(verb: "Token") -> bool:
    """``verb``'s negation is not "not always" ("did not always respect the right": sometimes not, no
    negation of the act; settled 2026-12-08)."""
    return not any(c.dep_ == "advmod" and c.lower_ == "always" for c in verb.children)


def negated(trig: "Token", chain: list["Token"]) -> bool:
    """ "did not detain", "no killings were", "no officials were detained", "no reports of killings"."""
    for c in trig.children:
        if c.dep_ == "neg" and not_always_free(trig) or (c.dep_ == "det" and c.lower_ == "no") \
                or c.lower_ in ("neither", "never"):
            return True  # ("authorities neither killed journalists nor …")
        if c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children):
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("none", "nobody"):
            return True  # "None of the bodies had been exhumed by year's end"
    if aims_at_step(trig):
        return True  # "Police declined to prosecute the attackers", "The ministry failed to investigate the killing"
    if trig.dep_ == "xcomp" and any(c.lower_ == "yet" for c in trig.head.children):
        return True  # "The commission had yet to act on the request" (events/undated/negsteps.py)
    if trig.dep_ in ("dobj", "attr") and any(c.dep_ == "neg" for c in trig.head.children) \
            and not_always_free(trig.head):
        return True  # "the government did not commit any killings"
    if trig.dep_ == "nsubj" and happened_verb(trig.head) and any(c.dep_ == "neg" for c in trig.head.children):
        return True  # "Legislative elections did not take place", "the referendum never took place"
    for anc in trig.ancestors:
        if anc.lemma_.lower() in REPORT_NOUNS and (any(d.dep_ == "det" and d.lower_ == "no" for d in anc.children)
                                                   or _under_there_no(anc)):
            return True  # "There were no (confirmed) reports that prisoners died", "… of restrictions on … strikes"
    for anc in chain[1:]:
        if anc.lemma_.lower() in REPORT_VERBS and any(d.dep_ == "neg" for d in anc.children) and \
                trig.dep_ in ("dobj", "ccomp"):
            return True  # "NGOs did not report any killings"
    return False


def aims_at_step(verb: "Token") -> bool:
    """ "declined/failed/refused to <a step>": ``verb`` one of ``negated_step_aim_verbs`` with an open complement
    whose lemma is one of ``negated_step_verbs``; "refuse" not before a step of ``refused_step_kept_types`` (the
    refusal is then the decision: "refused to register the party"). Settlement 2026-12-21 S3, read as
    ``events/undated/negsteps.py`` reads it; the older "declined to <anything>" folded in (t-house29)."""
    lemma = verb.lemma_.lower()
    if lemma not in NEGATED_STEP_AIM_VERBS:
        return False
    for c in verb.children:
        kind = NEGATED_STEP_VERBS.get(c.lemma_.lower()) if c.dep_ == "xcomp" else None
        if kind is not None and not (lemma == "refuse" and kind in REFUSED_STEP_KEPT_TYPES):
            return True
    return False


def _under_there_no(noun: "Token") -> bool:
    """``noun`` is a conjunct of (or hangs under) the attribute "no" determines in "There were no X":
    "There were no restrictions on access to the Internet or (credible) reports that …" (the "no" covers
    the reports; events/undated/nostates.py)."""
    if noun.dep_ not in ("conj", "pobj"):
        return False
    for anc in noun.ancestors:
        if anc.dep_ == "attr" and any(d.dep_ == "det" and d.lower_ == "no" for d in anc.children):
            # (coordinated with the attribute: not "no developments in the case of …")
            return any(c.dep_ == "expl" for c in anc.head.children) and any(
                noun.doc[k].dep_ == "cc" for k in range(anc.i + 1, noun.i))
    return False
