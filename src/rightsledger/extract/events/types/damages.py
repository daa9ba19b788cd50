"""Damages and fines a court orders one to pay (issue 14, round t-types9).

"In June a court ordered the newspaper to pay $3,000 in damages", "the lawyer was ordered to pay damages of
almost $150,000", "ordered the musician to pay a fine of $100" are the court's verdict,
``conviction_or_sentence`` (the 2010 Liberia, 2020 Fiji and 2022 Panama gold against one fictional 2022
record; 2018 Zimbabwe without gold). "damage" and "fine" are noun triggers only there: damage caused, a fine
the law provides, damages the state or a public body must pay (a ruling for a victim, left as it was) are no
verdict. The word lists are ``paid_things`` and ``paying_state`` under ``[crimes]`` in
``extract/data/events.toml``; used by ``cues.py``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...lexicons import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

_C = lexicon("events")["crimes"]["lists"]
_PAID = frozenset(_C["paid_things"])
_STATE = frozenset(_C["paying_state"])


def paid_type(noun: "Token", lemma: str) -> str | None:
    """``conviction_or_sentence`` for damages or a fine a person or an outlet is ordered to pay, None for any
    other damage or fine; ``""`` when ``lemma`` is no such noun."""
    if lemma not in _PAID and noun.lower_ not in _PAID:
        return ""
    pay = noun.head
    for _ in range(2):
        if pay.pos_ == "ADP" and pay.lower_ in ("in", "of", "for"):
            pay = pay.head
        if pay.pos_ == "NUM" or pay.lemma_.lower() in ("$", "amount", "sum"):
            pay = pay.head  # "to pay $3,000 in damages"
    if pay.lemma_.lower() != "pay" or pay.dep_ not in ("xcomp", "ccomp", "advcl", "conj"):
        return None
    order = pay.head
    while order.dep_ == "conj" and order.lemma_.lower() == "pay":
        order = order.head  # "to pay $3,000, and journalists … to pay $750"
    if order.lemma_.lower() != "order":
        return None
    payer = [c for c in order.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(p.lemma_.lower() in _STATE or any(w.lemma_.lower() in _STATE for w in p.subtree if w.dep_ == "compound")
           for p in payer):
        return None  # "ordered the state to pay Mukoko $150,000 in damages": left as it was
    return "conviction_or_sentence"
