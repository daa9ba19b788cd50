"""A place inside the list of a day's title is no place (issue 14, places; round t-places16, on the
session-22 amendment: a class the dev texts do not hold).

"on the occasion of International Day against Homophobia, Transphobia, and Biphobia" (2021 Croatia), "the
International Day against Homophobia, Transphobia, and Biphobia" (2020 Iraq), "the International Day Against
Homophobia, Biphobia, and Transphobia (IDAHOBIT)" (2022 Albania): the model labels a word of the title's list
a place (GPE), and ``list_rest.py`` gives the list's other words the same kind. ``expansions.py`` sees the
title only where an acronym follows it. A day's title is a name of its own: a place candidate that stands
after the title’s head word, inside its list — the head ("Day"), a word that opens the list ("of", "against", …),
then capitalised items (one to three capitalised words each) joined by commas and closed by "and"/"or" — is no
mention of a place. Left to the other rules: a title without such a list ("Day of X"), a list the whole of
which or an item of which is a country or a place the gazetteer knows ("National Day of Bosnia and
Herzegovina": a country's day, whose place the title carries), and anything after the list's last item ("… and
Biphobia in X", "… and Biphobia, X’s bishop").

Head words and the words that open the list are data: ``[day_titles]`` in ``extract/data/places.toml``.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...lexicons import alternation, lexicon
from ...lexicons.gazetteer import gazetteer

_DATA = lexicon("places")["day_titles"]
_ITEM = r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2}"
#: the head, the word that opens the list, then a serial list of capitalised items
_TITLE = re.compile(
    r"\b" + alternation(_DATA["heads"]) + r"\s+(?i:" + alternation(_DATA["openers"]) + r")\s+(?:the\s+)?"
    + rf"({_ITEM}(?:,\s+{_ITEM})*,?\s+(?:and|or)\s+(?:the\s+)?{_ITEM})(?![\w’'\-])")
#: what parts a list into its items: a comma (and a conjunction after it), or a conjunction
_BETWEEN = re.compile(r",\s*(?:(?:and|or)\s+)?(?:the\s+)?|\s+(?:and|or)\s+(?:the\s+)?")


def _names_places(items: str) -> bool:
    """Whether a list, or one of its items, is a country or a place the gazetteer knows by its main name."""
    gaz = gazetteer()
    return any(gaz.countries(name) or gaz.lookup(name, alternates=False) is not None
               for name in [items, *_BETWEEN.split(items)])


@lru_cache(maxsize=8)
def title_lists(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[int, ...]]:
    """The spans of every day's title's list in ``text`` (from its first item to its last), sorted, and
    their starts."""
    spans = tuple(m.span(1) for m in _TITLE.finditer(text) if not _names_places(m.group(1)))
    return spans, tuple(s for s, _ in spans)


def inside_day_title(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands inside the list of a day's title ("Homophobia" of "International Day
    against Homophobia, Transphobia, and Biphobia")."""
    spans, starts = title_lists(text)
    i = bisect.bisect_right(starts, start) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]
