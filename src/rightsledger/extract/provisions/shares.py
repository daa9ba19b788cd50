"""Shares a rule fixes as a fraction, stated in the present tense without a legal frame ("a daughter's
share of the estate is half the size of a son's", "a woman's testimony is deemed one-half that of a
man's", "Spouses may freely give up to a third of their estate"): a ``right`` of unit ``share``
(docs/EVALUATION.md, "Provisions"; the dev gold of three reports records them so). Reports narrate in
the past tense and state standing rules in the present, as :mod:`.rule_ages` reads ages.

A fraction (a value between 0 and 1, "half", "one-third") counts when its clause names what such rules
divide or weigh between persons (``share_lemmas``: share, estate, inheritance, heir, testimony …), has a
present-tense verb or a modal, none that reports or supposes (``NARRATING_MODALS``), no past
tense, no percentage, in an undated sentence. Seen missed in three dev reports (2016 Niger, 2019 Qatar, 2017 Tunisia; issue 14, round t-prov13)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..lexicons import lexicon
from ..numbers import NumberMention
from .norms import undated_rule_numbers

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

_L = lexicon("provisions")
SHARE_LEMMAS = frozenset(_L["share_lemmas"])
#: modals that report, suppose or advise ("a sister would inherit one-half as much"); "will" is left in,
#: since the parser reads the noun in "a formal will stating otherwise" as one
NARRATING_MODALS = frozenset({"would", "could", "might", "should"})
PERCENT = re.compile(r"%|\bpercent\b", re.I)


def _fraction(m: NumberMention) -> bool:
    """A single count between 0 and 1 ("half", "one-third")."""
    return m.kind == "count" and m.value is not None and 0 < m.value < 1 and m.value_end is None


def present_shares(sentence: str, sent: "SpacySpan | None") -> list[NumberMention]:
    """Fractions of ``sentence`` that a present-tense rule fixes as a share (offsets in ``sentence``)."""
    fractions, clauses = undated_rule_numbers(sentence, sent, _fraction)
    if clauses is None:
        return []
    out: list[NumberMention] = []
    for m in fractions:
        lo, hi, toks = clauses.around(m.start)
        tags = {t.tag_ for t in toks}
        if "VBD" in tags or PERCENT.search(sentence, lo, hi) or not tags & {"VBZ", "VBP", "MD"}:
            continue
        if any(t.tag_ == "MD" and t.lower_ in NARRATING_MODALS for t in toks):
            continue  # "a sister would inherit one-half as much": reported or hypothetical
        if not any(t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in SHARE_LEMMAS for t in toks):
            continue
        out.append(replace(m, unit="share"))
    return out
