"""A person record every mention of which is the other name, in parentheses, of the thing named
before it is no person (issue 14, persons; round t-ents62, on the session-22 amendment).

A report gives a group's, a programme's or a facility's other name in a parenthesis right after it:
"ISIS-Sinai Province (formerly known as X) conducted deadly attacks" (2021 Egypt), "terrorist groups,
including “Islamic State”-Sinai (formerly known as X), …" (2019 Egypt), "16 rehabilitation centers
(called X–Houses of Hope)" (2019 Philippines): three unread reports judged before the rule, where the
model labelled X PERSON.

The parenthesis holds the name alone, after a naming word (``openers`` of ``[paren_names]`` in
``entities.toml``: "called", "formerly known as"), and closes, or a dash follows the name. A
person's other name after his own ("Name Surname (known as X)") is no such site; nor is a bare
name in parentheses ("the Youth Worker Program (X)", 2018 Venezuela, but also a person's nickname
after a name the model did not type person: "Ermias Debessai (Papayo)", dev 2004 Eritrea), nor an
example after a lower-case noun ("such as incarceration (X)"). Every mention must be one; a group with
a person's role keeps its record. The group is dropped, not retyped: the thing may be a body, a
programme or a place.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ...lexicons import alternation
from ..lexicon import PAREN_NAME_OPENERS

if TYPE_CHECKING:
    from ..common import Group


@lru_cache(maxsize=1)
def _opening() -> re.Pattern[str]:
    """"WORD (" and an optional naming word right before a name (searched on the text before it)."""
    openers = alternation(re.escape(o) for o in sorted(PAREN_NAME_OPENERS, key=len, reverse=True))
    return re.compile(rf"(\S+)\s\((?:({openers})\s+)?$")


def paren_name(text: str, start: int, end: int, persons: list[tuple[int, int]]) -> bool:
    """Is the name at ``start``–``end`` alone in a parenthesis naming the thing before it (a naming word
    inside; no person's mention in ``persons`` covers the word before the parenthesis)?"""
    m = _opening().search(text, max(0, start - 60), start)
    if not m or not re.match(r"\s*[)–]", text[end:end + 3]):
        return False
    ws, we = m.span(1)
    return bool(m.group(2)) and not any(s < we and ws < e for s, e in persons)


def persons_not_paren_names(persons: list["Group"], text: str) -> list["Group"]:
    """``persons`` without the groups with no person's role every mention of which is a parenthesis's
    other name of the thing before it."""
    spans = [span for g in persons for span in g.mentions]
    return [g for g in persons if g.roles
            or not all(paren_name(text, s, e, spans) for s, e in g.mentions)]
