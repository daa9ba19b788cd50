"""The share of a body of workers or members a rule turns on, stated in the present tense without a
legal frame ("a strike may be called if 35 percent of the workers vote for it", "an association
representing at least 50 percent of civil servants", "20 to 30 percent of the workforce must keep
working"): a ``threshold`` (docs/EVALUATION.md, "at least half of the regions").

A percentage counts when it is the share of a collective of ``quorum_lemmas`` (workforce, workers,
members, employees …: the noun its "of" governs in the parse), and its clause is a rule's: no past tense,
a present verb or modal, and a condition, a present modal or a minimum ("if", "unless", "may", "must",
"at least"). A plain present statement of a share ("Women make up 30 percent of the
workforce") has none and stays a figure. Seen missed in four dev reports (2020 Fiji, 2021 Costa Rica,
2018 Lesotho, 2022 Panama; issue 14, round t-prov13)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicons import lexicon
from ..numbers import NumberMention
from .norms import undated_rule_numbers

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

_L = lexicon("provisions")
QUORUM_LEMMAS = frozenset(_L["quorum_lemmas"])
PRESENT_MODALS = frozenset(_L["present_modals"])
CONDITIONS = frozenset(_L["rule_conditions"])
BOUNDS = frozenset({"at least"})  # a minimum; "more than 80 percent of the workforce" describes


def _of_collective(head: "Token") -> bool:
    """Is the percentage (its last token, "percent") the share of a collective of ``QUORUM_LEMMAS``
    ("percent of the workforce")?"""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in QUORUM_LEMMAS for o in c.children) for c in head.children)


def _ruled(tok: "Token") -> bool:
    """Does one of the (up to three) verbs above the percentage carry a present modal or a condition
    ("a strike may be initiated if 35 percent of the workers call for a vote"); a modal of a coordinated
    clause does not count ("Unions represent 40 percent of workers, and membership may be higher")?"""
    t, verbs = tok, 0
    while t.head is not t and verbs < 3:
        t = t.head
        if t.pos_ not in ("VERB", "AUX"):
            continue
        verbs += 1
        if any(c.tag_ == "MD" and c.lower_ in PRESENT_MODALS or c.dep_ == "mark" and c.lower_ in CONDITIONS
               for c in t.children):
            return True
    return False


def quorum_shares(sentence: str, sent: "SpacySpan | None") -> list[NumberMention]:
    """Percentages of ``sentence`` that a present-tense rule sets as the share of workers or members."""
    found, clauses = undated_rule_numbers(sentence, sent, lambda m: m.kind == "percent")
    if clauses is None:
        return []
    base = clauses.base
    out: list[NumberMention] = []
    for m in found:
        lo, hi, toks = clauses.around(m.start)
        tags = {t.tag_ for t in toks}
        if "VBD" in tags or not tags & {"VBZ", "VBP", "MD"}:
            continue
        if any(t.tag_ == "MD" and t.lower_ not in PRESENT_MODALS for t in toks):
            continue
        tok = next((t for t in toks if t.idx - base < m.end <= t.idx - base + len(t.text)), None)
        if tok is None or not _of_collective(tok):
            continue
        if m.qualifier in BOUNDS or _ruled(tok):
            out.append(m)
    return out
