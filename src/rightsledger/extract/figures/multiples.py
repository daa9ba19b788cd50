"""Word multipliers as figures: "increased taxes tenfold", "double the rate for men" (unit ``times``).

``word_multiples(ptext)`` returns a :class:`NumberMention` (kind ``count``, unit ``times``) for each
multiplier written as a word in a paragraph that the figure stage should read as a number: a
``-fold`` word ("tenfold"), or "double"/"triple"/"quadruple" used as a predeterminer (a determiner
right after it, or a qualifier right before it: "more than double prison capacity"), not after a
preposition ("remunerated at double their salary") and not in a sentence that states a rule
(``provisions.build.is_rule_sentence``; the sentence is the parse's, given by the caller). The words are in data/figures.toml. The number scanner
(extract/numbers/scan.py) is not changed: dates and provisions read nothing new.
"""
from __future__ import annotations

import re
from typing import Callable

from ..lexicons import alternation, lexicon
from ..numbers import NumberMention
from ..provisions.build import is_rule_sentence

_L = lexicon("figures")
FOLD = {k.lower(): v for k, v in _L["fold_words"].items()}
PREDET = {k.lower(): v for k, v in _L["predeterminer_multipliers"].items()}
FOLD_WORD = re.compile(rf"(?<![\w-]){alternation(FOLD)}(?![\w-])", re.I)
PREDET_WORD = re.compile(rf"(?<![\w-]){alternation(PREDET)}(?![\w-])", re.I)
DETERMINER_AFTER = re.compile(rf"\s+{alternation(_L['multiplier_determiners'])}\b", re.I)
QUALIFIER_BEFORE = re.compile(rf"\b{alternation(_L['multiplier_qualifiers'])}\s+$", re.I)
PREPOSITION_BEFORE = re.compile(rf"\b{alternation(_L['multiplier_not_after'])}\s+$", re.I)


def word_multiples(ptext: str, sentence_at: Callable[[int], str]) -> list[NumberMention]:
    """The word multipliers of ``ptext`` that are figures, in text order (offsets in ``ptext``);
    ``sentence_at(offset)`` is the text of the sentence holding that offset of ``ptext``."""
    found = [(m, FOLD[m.group(0).lower()]) for m in FOLD_WORD.finditer(ptext)]
    found += [(m, PREDET[m.group(0).lower()]) for m in PREDET_WORD.finditer(ptext)
              if _predeterminer(ptext, m.start(), m.end())]
    out = [NumberMention(m.start(), m.end(), m.group(0), value, unit="times", num_start=m.start(),
                         num_end=m.end()) for m, value in found
           if not is_rule_sentence(sentence_at(m.start()))]
    return sorted(out, key=lambda n: n.start)


def _predeterminer(ptext: str, start: int, end: int) -> bool:
    before = ptext[max(0, start - 16):start]
    if PREPOSITION_BEFORE.search(before):
        return False
    return bool(DETERMINER_AFTER.match(ptext, end) or QUALIFIER_BEFORE.search(before))

