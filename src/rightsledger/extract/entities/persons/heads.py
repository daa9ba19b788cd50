"""Names typed person that only ever stand before the noun of a facility or a body (issue 14,
t-ents12).

Found on reports nobody annotated (2022 Burma "… publishing houses", "… printing press"; 2020
Iraq "… theater", "… border crossing"; 2018 Egypt "… misdemeanor court"), so the rule is stated
by a word class (``facility_heads_after`` in ``entities.toml``), not by those sentences: a name
that the report writes, every time, right before a lower-case noun of a facility's or a body's
kind (one rarer lower-case word may stand between: "border crossing", not "from prison") names that place or body, not a
person; a person's name does not modify such nouns. The candidate is dropped (the full name of
the facility or body is not known here).

The nouns of an event are read the same way (``event_heads_after``, t-ents47): a name written every
time right before "collapse", "massacre", "festival", "attack" … names the event or its place ("the
2013 … collapse", "the 2013 … building collapse": 2020 Bangladesh, unread), not a person.
"""
from __future__ import annotations

import re

from ...lexicons.frequency import zipf
from ..common import Cand
from ..lexicon import EVENT_HEADS_AFTER, FACILITY_HEADS_AFTER

_HEADS = "|".join(sorted(FACILITY_HEADS_AFTER | EVENT_HEADS_AFTER, key=len, reverse=True))
_HEAD = re.compile(r"\s+(?:([a-z]+)\s+)?(?:%s)\b" % _HEADS)
#: a head word right after the name, whatever follows ("… building collapse": the head word first)
_HEAD_NEXT = re.compile(r"\s+(?:%s)\b" % _HEADS)
#: the word between may be a noun or an adjective of the head ("border", "misdemeanor"), not a
#: function word ("from prison", "to court": zipf 5 and above) nor a verb in "-ed" ("fled camp")
_BETWEEN_ZIPF = 5.0


def _head_after(text: str, end: int) -> bool:
    if _HEAD_NEXT.match(text, end):
        return True
    m = _HEAD.match(text, end)
    if not m:
        return False
    w = m.group(1)
    return w is None or (zipf(w) < _BETWEEN_ZIPF and not w.endswith("ed"))


def _word_char(ch: str) -> bool:
    """``\\w`` of ``re`` on one character (a letter, a digit of any script, or "_")."""
    return ch.isalnum() or ch == "_"


def _always_before_head(text: str, name: str) -> bool:
    """Every occurrence of ``name`` in the text, as a whole word, is followed by a facility's or
    body's noun. The occurrences are found with ``str.find`` (t-ents13: a regular expression
    with a look-behind scanned the whole report per name, ~2 ms a name on a long report), with
    the same word boundaries and the same non-overlapping order as ``re.finditer`` had."""
    seen = False
    n = len(name)
    i = text.find(name)
    while i != -1:
        end = i + n
        if (i and _word_char(text[i - 1])) or (end < len(text) and _word_char(text[end])):
            i = text.find(name, i + 1)
            continue
        if not _head_after(text, end):
            return False
        seen = True
        i = text.find(name, end)
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
