"""Outlets whose name ends with a number (pass 1; issue 14, t-ents5, dev 2018 El Salvador and
2018 Lesotho): "the newspaper Diario 1", "the television station Channel 24", "Radio 10". The
runs of capitalised words stop before the number; the number goes with a body's name where the
kind of outlet stands right before the name or the name's last word is a media word, and the
number is not a count of something ("Channel 24 hours"). Armed groups with a number ("the
Barrio 18 gang") are found with the other armed groups (``votes/groups.py``)."""
from __future__ import annotations

import re

from ..common import Cand
from ..lexicon import BODY_BEFORE, ORG_HEADS

#: a number of one to three digits after a name, not followed by a word it counts
_NUMBER_AFTER = re.compile(r" (\d{1,3})\b(?![.,]\d)(?!\s*(?:%|percent|[a-z]+s\b))")


def with_number(text: str, c: Cand) -> Cand:
    """``c`` with the number after it when it names an outlet; ``c`` itself otherwise."""
    if c.label not in ("ORG", "RULE_ORG"):
        return c
    m = _NUMBER_AFTER.match(text, c.end)
    last = c.text.split()[-1].lower()
    if m is None or not (ORG_HEADS.get(last) == "media"
                         or BODY_BEFORE.search(text, max(0, c.start - 40), c.start)):
        return c
    return Cand(c.start, m.end(1), text[c.start:m.end(1)], c.label, c.roles)
