"""Corruption reported as an act (round t-events30): "There were credible reports of officials receiving
kickbacks", "there were reports that judges accepted bribes", "There were allegations of corrupt practices
by customs officers". The reports' frame is ``thereare.reports_trigger``'s; when what is reported holds no
trigger and no ``reported_nouns`` noun, a payment noun (``corrupt_payment_nouns``) or "corrupt"
(``corrupt_adjectives``) on a noun of conduct (``corrupt_conduct_nouns``) is the act: an ``other`` event of
the year, as "There were numerous reports of government corruption" (docs/EVALUATION.md, "There were
numerous reports of <acts>", settled 2026-12-16, and "There were reports of <a practice>": by frame).
A payment told by frequency ("reports that judges routinely accepted bribes") is a practice: none.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from ..clause.tense import habitual
from ..lexicon import CORRUPT_ADJECTIVES, CORRUPT_CONDUCT_NOUNS, CORRUPT_PAYMENT_NOUNS
from ..types.triggers import is_verb

if TYPE_CHECKING:
    from spacy.tokens import Token


def _conduct(tok: "Token") -> bool:
    """ "corrupt practices", "corrupt dealings": "corrupt" on a noun of conduct."""
    return tok.lemma_.lower() in CORRUPT_CONDUCT_NOUNS and any(
        c.dep_ == "amod" and c.lower_ in CORRUPT_ADJECTIVES for c in tok.children)


def by_frequency(tok: "Token") -> bool:
    """The verb the noun hangs on is told by frequency ("routinely accepted bribes")."""
    verb = next((a for a in tok.ancestors if is_verb(a)), None)
    return verb is not None and habitual(verb)


def corrupt_act(tokens: Iterable["Token"]) -> tuple["Token", str] | None:
    """The first noun of ``tokens`` (what the reports are of) that tells a corruption act: (noun, "other")."""
    for tok in tokens:
        if tok.pos_ != "NOUN":
            continue
        if (tok.lemma_.lower() in CORRUPT_PAYMENT_NOUNS or _conduct(tok)) and not by_frequency(tok):
            return tok, "other"
    return None
