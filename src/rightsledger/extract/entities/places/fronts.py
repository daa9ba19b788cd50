"""A place name that stands only at the front of a longer capitalised name (issue 14, places; round
t-places6): "the Gabon-based Africa Number One" (a broadcaster), "detained in the Grand River North
West Prison" (a facility), "the Cabecar territory of China Kicha" (another place). A town or country
inside a body's, a facility's or another place's name is no place mention (docs/EVALUATION.md,
facilities and bodies), so a place all of whose mentions continue into a capitalised word that
begins no other name is no place of the report.

The continuation is told apart by word classes and the report's own candidates, not by the words
of any sentence: it is no continuation when the next word is a title or role word ("Margibi County
Superintendent Victoria …"), a month, weekday or generic word ("Georgia May 29"), when another
candidate begins there ("Las Vueltas Chalatenango", a person after the place), when the place is
the object of a title ("Ambassador to China Ermias …", "Archbishop of Lubango Dom …"), or when a town's
site follows ("the Tarsa IDP site", ``site_words``: round t-places28).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..bodies.facility_names import site_after
from ..common import Cand
from ..lexicon import MONTHS, ROLE_NOUNS, TITLES, TRAILING_TITLES, WEEKDAYS
from ..occurrences import HYPHEN, occurrences

if TYPE_CHECKING:
    from ..common import Group

#: the capitalised word right after a name, on the same line, with one space between
_NEXT = re.compile(r" ([A-Z][\w'’.\-]*)")
#: "<word> of|to|for (the)" right before a name: the word is tested against the title classes
_OBJECT_OF = re.compile(r"\b([A-Za-z\-]+)\s+(?:of|to|for)\s+(?:the\s+)?$")


def _titleword(word: str) -> bool:
    w = word.lower().rstrip(".")
    return w in TITLES or w in ROLE_NOUNS or w in TRAILING_TITLES


def front_of_longer_name(text: str, start: int, end: int, starts: set[int]) -> bool:
    """Does the place name text[start:end] run on into a longer capitalised name here?"""
    m = _NEXT.match(text, end)
    if m is None or m.start(1) in starts or site_after(text, end):
        return False   # "the Tarsa IDP site": a town's site goes on, no longer name (t-places28)
    word = m.group(1)
    if _titleword(word) or word.lower().rstrip(".") in MONTHS | WEEKDAYS:
        return False
    before = _OBJECT_OF.search(text, max(0, start - 40), start)
    return not (before and _titleword(before.group(1)))


def drop_fronts_of_longer_names(text: str, groups: list["Group"], cands: list[Cand]) -> list["Group"]:
    """``groups`` (places) without those whose every mention is the front of a longer name."""
    starts = {c.start for c in cands}
    others = sorted((c.start, c.end) for c in cands)
    return [g for g in groups if not g.mentions or not all(
        front_of_longer_name(text, s, e, starts) for s, e in _occurrences(text, g, others))]


def _occurrences(text: str, g: "Group", others: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The group's mentions and every other place its names stand alone in the report (the
    mentions recovery would add; not those inside another candidate, "Human Rights Watch
    Africa"), so a place named alone once anywhere is kept."""
    spans = set(g.mentions)
    for form in g.forms:
        if len(form) > 1:
            for s, e in occurrences(text, form, joiners=HYPHEN):
                if not any(a <= s and e <= b and (a, b) != (s, e) for a, b in others):
                    spans.add((s, e))
    return spans
