"""Durations glued to their unit before the noun of a period ("a 14-day period", "an eight-day
notification period", "one 24-hour rest period", "for a three-year period, renewable twice"): the
period a rule fixes, read without a law frame (issue 14, round t-prov15 of session 29; t-prov13's
open question on glued periods, settled by a census over the dev gold, not held out: 24 such
periods recorded against 2).

The duration (``rule_numbers``, kind duration, its number joined to the unit by a hyphen) is followed
by a noun of ``period_nouns`` with up to two words between ("time", "pretrial detention"). A period
already named or a window of practice is refused by the words right before the duration
(``period_refused_before``: "after the 14-day period", "within a six-month period"), and a dated
sentence (``DATED``) narrates."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicons import alternation, lexicon
from ..numbers import NumberMention
from .quantities import DATED, rule_numbers
from .standing import GLUED

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

_L = lexicon("provisions")
PERIOD_AFTER = re.compile(rf"\s+(?:[a-z-]+\s+){{0,2}}?{alternation(_L['period_nouns'])}\b", re.I)
REFUSED_BEFORE = re.compile(rf"\b{alternation(_L['period_refused_before'])}\s+$", re.I)


def glued_periods(sentence: str, sent: "SpacySpan | None" = None) -> list[NumberMention]:
    """The glued durations of ``sentence`` that name a rule's period (module docstring); offsets in
    ``sentence``. ``sent`` is unused and kept for the shape of the other frameless rules."""
    if DATED.search(sentence):
        return []
    return [m for m in rule_numbers(sentence)
            if m.kind == "duration" and GLUED.search(m.text) and PERIOD_AFTER.match(sentence, m.end)
            and not REFUSED_BEFORE.search(sentence[max(0, m.start - 20):m.start])]
