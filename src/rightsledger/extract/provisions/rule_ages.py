"""Ages stated in the present tense without a legal frame ("Trials are closed for children
younger than age 16", "Voting is open to citizens who are at least 18 years old", "Military
service is universal for men between the ages of 18 and 35"): reports narrate events in the past
tense and state standing rules in the present, and an age that delimits a class of persons in a
present-tense clause is the age the rule turns on (a ``threshold``, docs/EVALUATION.md) even
without "the law provides". The same reading as :mod:`.deadlines` for durations, here for
ages (round t-near10, a pattern of five dev reports). Whether a bare number is a person's age at all
is ``extract/numbers/ages.py``'s.

What stays out: a clause with a past tense, the present perfect, or a modal outside
``present_modals`` ("would", "could", "should": reported speech, the 2023- layouts' narration,
advice), "as young as" without a modal (a practice), an age already given earlier in the sentence, a
dated sentence, the age of one person ("a 17-year-old boy", "who is 17"), and a clause that
holds a percentage (the make-up of a population is a figure, not a rule)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dataclasses import replace

from ..annotate import text_start
from ..lexicons import lexicon
from ..numbers import NumberMention
from .norms import undated_rule_numbers

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

_L = lexicon("provisions")
#: nouns and pronouns that name a class of persons a rule delimits by age ("children", "anyone",
#: "citizens", "minors"): the age must belong to one of them in the parse
PERSON_CLASSES = frozenset(_L["age_classes"])
PRESENT_MODALS = frozenset(_L["present_modals"])  # "could" narrates in the 2023- layouts, "would" reports
JOINED = re.compile(r"\s*(?:,\s*)?(?:and|or|to|through)\s+(?:ages?\s+)?", re.I)
#: words between a class and its age ("under", "younger than", "age", "between the ages of")
COMPARATOR_TAGS = frozenset({"IN", "JJR", "RBR", "JJ", "RB", "DT", "CC", "TO", "NN", "NNS"})
YOUNG_AS = re.compile(r"\bas\s+young\s+as\s+(?:age\s+)?$", re.I)
ONE_PERSON = re.compile(r"-years?-old\b", re.I)  # "a 17-year-old boy", "the 16-year-olds"
#: two ages of one class coordinated: "children ages 16 and 17", "children who are 12 or 13"
COORDINATED = re.compile(r"\s+(?:and|or)\s+(?:ages?\s+)?", re.I)
RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


def _perfect(tok: "Token") -> bool:
    """Is the first verb above the age a present perfect ("have participated")?"""
    t = tok
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"):
            return t.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in t.children)
        if t.head is t:
            return False
        t = t.head
    return False


def _is_class(t: "Token") -> bool:
    return t.lemma_.lower() in PERSON_CLASSES or t.lower_ in PERSON_CLASSES


def _class_of(tok: "Token") -> bool:
    """Does the age token belong to a class of persons: a noun of ``PERSON_CLASSES`` among its
    heads (up to four steps: "children younger than age 16", "men between the ages of 18"), or
    the subject of the verb it depends on ("Minors are considered adults at 18"), or the noun a
    relative clause it sits in describes ("citizens who are at least 18 years old")?"""
    t = tok
    for _ in range(5):
        if _is_class(t) or any(c.dep_ == "compound" and _is_class(c) for c in t.children):
            return True  # "children ages 13 and 14": the class as a compound of "ages"
        if t.pos_ in ("VERB", "AUX"):
            subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
            if any(_is_class(c) for c in subj):
                return True
            if t.dep_ == "relcl" and _is_class(t.head):
                return True
        if t.head is t:
            return False
        t = t.head
    return False


def present_ages(sentence: str, sent: "SpacySpan | None") -> list[NumberMention]:
    """Age mentions of ``sentence`` that delimit a class of persons in a clause whose verbs are
    all present tense (or a present modal), in an undated sentence."""
    mentions, clauses = undated_rule_numbers(sentence, sent, lambda m: m.kind == "age")
    if clauses is None:
        return []
    base = clauses.base
    out: list[NumberMention] = []
    prev: NumberMention | None = None
    for m in mentions:
        prev, m_prev = m, prev
        if ONE_PERSON.search(sentence, m.num_end, m.num_end + 12):
            continue
        lo, hi, toks = clauses.around(m.start)
        tags = {t.tag_ for t in toks}
        if "VBD" in tags or "%" in sentence[lo:hi] or re.search(r"\bpercent\b", sentence[lo:hi], re.I):
            continue
        if any(t.tag_ == "MD" and t.lower_ not in PRESENT_MODALS for t in toks):
            continue
        if YOUNG_AS.search(sentence, max(0, m.start - 16), m.num_start) and "MD" not in tags:
            continue  # "children as young as 10 work in mines": a practice, unless a modal states it
        if any(o.value == m.value for o in mentions if o.start < m.start):
            continue  # one provision per quantity: "prohibits FGM on girls younger than 18, but … women 18 or older"
        if not tags & {"VBZ", "VBP", "MD"}:
            continue
        tok = next((t for t in sent if t.idx - base <= m.num_start < t.idx - base + len(t.text)), None)
        if tok is not None and _perfect(tok):
            continue  # the present perfect narrates: "Boys as young as 14 have joined militias"
        if m_prev is not None and JOINED.fullmatch(sentence[m_prev.end:m.start]):
            continue  # "ages 13 and 14", "12 or 13": one rule, the first age (one provision per range)
        before = [t for t in toks if t.idx - base + len(t.text) <= m.num_start]
        for _ in range(4):  # "children under age 18", "anyone younger than 20", "men between the ages of"
            if not before or _is_class(before[-1]) or before[-1].tag_ not in COMPARATOR_TAGS:
                break
            before.pop()
        if before and _is_class(before[-1]) or tok is not None and _class_of(tok):
            # the class right before the age, or found in the parse
            out.append(m)
    return out


def _class_before(tok: "Token") -> bool:
    """Is a class of persons written right before the age, over comparator words ("those ages 16",
    "children under age 18"), as ``present_ages`` reads it?"""
    t = tok
    for _ in range(4):
        if t.i == t.sent.start:
            return False
        t = t.doc[t.i - 1]
        if _is_class(t):
            return True
        if t.tag_ not in COMPARATOR_TAGS:
            return False
    return False


def joined_ages(sentence: str, mentions: list[NumberMention], sent: "SpacySpan | None") -> list[NumberMention]:
    """Two ages of one class of persons joined by "and"/"or" ("children ages 16 and 17", "children who
    are 12 or 13 may perform light work") are one range, one quantity valued at its first age
    (docs/EVALUATION.md: one provision per quantity, a range is one quantity; the dev gold's value and
    value_end): the second age is no provision of its own. Only when the second age is the greater one,
    nothing but the conjunction stands between them, the first belongs to a class of persons in the
    parse (``_class_of``) or right before it (``_class_before``) and the sentence does not pair values "respectively" ("the minimum ages for
    light and hazardous work are 15 and 18" names no class: two rules). Seen in four dev reports
    (issue 14, round t-prov13)."""
    if sent is None or RESPECTIVELY.search(sentence):
        return mentions
    base = text_start(sent)
    out: list[NumberMention] = []
    merged = False
    for b in sorted(mentions, key=lambda m: m.start):
        a = out[-1] if out else None
        if a is not None and a.kind == "age" and b.kind == "age" and a.value_end is None \
                and b.value_end is None and a.value is not None and b.value is not None and b.value > a.value \
                and COORDINATED.fullmatch(sentence[a.end:b.start]):
            tok = next((t for t in sent if t.idx - base <= a.num_start < t.idx - base + len(t.text)), None)
            if tok is not None and (_class_of(tok) or _class_before(tok)):
                out[-1] = replace(a, end=b.end, value_end=b.value, text=sentence[a.start:b.end])
                merged = True
                continue
        out.append(b)
    return out if merged else mentions  # the callers' order (and so the record ids) when nothing joins
