"""Names typed person that only ever stand before the noun of a facility or a body (issue 14,
t-ents12).

Found on reports nobody annotated (2022 Burma "… publishing houses", "… printing press"; 2020
Iraq "… theater", "… border crossing"; 2018 Egypt "… misdemeanor court"), so the rule is stated
by a word class (``facility_heads_after`` in ``entities.toml``), not by those sentences: a name
that the report writes, every time, right before a lower-case noun of a facility's or a body's
kind (one rarer lower-case word may stand between: "border crossing", not "from prison") names that place or body, not a
person; a person's name does not modify such nouns. The candidate is dropped (the full name of
the facility or body is not known here).
"""
from __future__ import annotations

import re

from ..words import zipf
from .common import Cand
from .lexicon import FACILITY_HEADS_AFTER

_HEAD = re.compile(r"\s+(?:([a-z]+)\s+)?(?:%s)\b" % "|".join(sorted(FACILITY_HEADS_AFTER, key=len, reverse=True)))
#: the word between may be a noun or an adjective of the head ("border", "misdemeanor"), not a
#: function word ("from prison", "to court": zipf 5 and above) nor a verb in "-ed" ("fled camp")
_BETWEEN_ZIPF = 5.0


def _head_after(text: str, end: int) -> bool:
    m = _HEAD.match(text, end)
    if not m:
        return False
    w = m.group(1)
    return w is None or (zipf(w) < _BETWEEN_ZIPF and not w.endswith("ed"))


def _always_before_head(text: str, name: str) -> bool:
    """Every occurrence of ``name`` in the text is followed by a facility's or body's noun."""
    seen = False
    for m in re.finditer(r"(?<!\w)%s(?!\w)" % re.escape(name), text):
        if not _head_after(text, m.end()):
            return False
        seen = True
    return seen


def heads_not_persons(text: str, typed: list[Cand]) -> list[Cand]:
    """``typed`` without the persons whose every occurrence modifies a facility's noun."""
    verdict: dict[str, bool] = {}
    out: list[Cand] = []
    for c in typed:
        if c.type == "person":
            if c.text not in verdict:
                verdict[c.text] = _always_before_head(text, c.text)
            if verdict[c.text]:
                continue
        out.append(c)
    return out
