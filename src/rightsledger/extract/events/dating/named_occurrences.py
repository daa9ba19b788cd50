"""The named occurrences a dated sentence refers to (split from ``dated.py``, t-house21): "the January
violence" that dates the sentence's event (``ref_of``), a month-labelled noun used as a reference point
("after the July ceasefire", ``reference_point``), and the clause's occurrence "in the months leading up to
the November 2010 election" (``lead_up``).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...dates import DateMention
from ...lexicons import phrase_alternation
from .attach import Produced, date_root, find_trigger, nearest_trigger
from .date_labels import month_label
from ..lexicon import LEAD_UP_BARE_LINKS, LEAD_UP_LINKS, LEAD_UP_PERIODS, NOUN_TYPES, REFERENCE_POINT_PREPS, STATE_VERBS
from ..types.triggers import is_verb

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def ref_of(produced: list["Produced"], refs: list[DateMention], sent: "SpacySpan", base: int
            ) -> DateMention | None:
    """The named occurrence ("the January violence") that dates the sentence's event, if it does.

    It does when it hangs on the trigger itself ("killed in connection with the January
    violence"), not when it only describes a participant ("cases related to January events
    were opened").
    """
    if not produced or produced[0][0] is None:
        return None
    trig = produced[0][0]
    subjects = [c for c in trig.children if c.dep_ in ("nsubj", "nsubjpass")]
    for ref in refs:
        root = date_root(sent, ref.start - base, ref.end - base)
        if root is None or not (trig.left_edge.i <= root.i <= trig.right_edge.i):
            continue
        if any(s.left_edge.i <= root.i <= s.right_edge.i for s in subjects):
            continue
        return ref
    return None


def reference_point(m: DateMention, root: "Token", anchor: "Token") -> tuple["Token", str] | None:
    """A month-labelled noun used as a reference point ("after the July ceasefire", "following the March
    ban", "prior to the September elections", "the results of the March elections"): the noun and its type
    (``other`` when the noun is no trigger). Settled 2026-12-12 (round t-conv14): the noun's occurrence is an
    event of that month, as "Occurrences cited in a noun phrase" (2026-12-08) reads; the clause keeps its
    own date. By the parse: the noun (or the first of its conjuncts) is the object of a preposition of
    ``reference_point_preps`` (or of "prior to", "ahead of", "in advance of"), or of "of" under a noun."""
    if anchor.pos_ not in ("NOUN", "PROPN") or not month_label(m, root, anchor):
        return None
    noun = anchor
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if not (prep.lower_ in REFERENCE_POINT_PREPS or prep.head.lower_ in REFERENCE_POINT_PREPS
            or prep.lower_ == "of" and prep.head.pos_ in ("NOUN", "PROPN")):
        return None
    return anchor, NOUN_TYPES.get(anchor.lemma_.lower()) or "other"


_LEAD_UP = re.compile(r"(?i)\b(?:%s)\s+%s\s+the\s+$" % (
    "|".join(map(re.escape, sorted(LEAD_UP_PERIODS))), phrase_alternation(sorted(LEAD_UP_LINKS))))
_LEAD_UP_BARE = re.compile(r"(?i)(?:^|[\s,(])%s\s+the\s+$" % phrase_alternation(
    sorted(LEAD_UP_BARE_LINKS, key=len, reverse=True)))


def lead_up(sent: "SpacySpan", text: str, start: int, anchor: "Token", used: set[int]
             ) -> tuple["Token", str] | None:
    """What happened "in the months leading up to the November 2010 election" (or "prior to the September
    elections", ``lead_up_bare_links``): the trigger and type of
    the clause's occurrence (the caller dates it by the labelled occurrence's year), not the election.
    None when the date at ``start`` does not label an occurrence after such a period."""
    lead = _LEAD_UP.search(text[max(0, start - 40):start])
    bare = None if lead else _LEAD_UP_BARE.search(text[max(0, start - 40):start])
    if lead is None and bare is None:
        return None
    period = max(0, start - 40) + (lead or bare).start()  # the clause's verb comes before the period
    verb = next((a for a in anchor.ancestors if is_verb(a) and a.idx < period), sent.root)
    if bare and (verb.dep_ in ("acl", "relcl", "amod") or verb.lemma_.lower() in STATE_VERBS | {"be"}):
        return None  # ("acts committed prior to the 2011 revolution", "September (28) before the October 2
        # elections": a label or a count, no clause of occurrence)
    trig, type_ = find_trigger(verb) if is_verb(verb) else (None, None)
    if trig is None or trig.i == anchor.i:
        trig, type_ = nearest_trigger(sent, verb.i, used | {anchor.i}, clause=verb if is_verb(verb) else None)
    return (trig if trig is not None else verb), type_ or "other"
