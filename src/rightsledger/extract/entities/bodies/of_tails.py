"""A body's name cut before "of" and a capitalised run (issue 14, organizations; t-orgs40).

The runs extend a name over "of" after a body's head word ("Ministry of …", "Commission of …"); a
name whose last word is no head word stops where the model stopped it, before "of": "the National
Observatory [of Hate Crimes]", "the Open Observatory [of Network Interference]", "the NGO
Observatory for the Freedom [of the Press in Africa]". The front was exported as a body and the run
after "of" often as a second one. Judged on unread reports (round record t-orgs40): 2021
Argentina, 2018 Mali, 2022 DRC.

So an organization-typed name of two words or more and no body head word (``org_heads``: a name
with one is the runs' to extend; the dev gold stops "the Labor Office [of the Ministry of Labor]")
written right before " of " (then maybe "the")
and a capitalised run goes on over them, when the run is of one to ``max_words`` capitalised words
(``[of_tails]`` of ``entities.toml``; "of", "in", "and", "for" with maybe "the" may link them),
does not end in a body head word (``org_heads``: "… of the Federal Court" names a body of its own;
a head word inside the run is a field: "of Network Interference", "of the Press in Africa"), holds
no acronym, does not start with a place or a country ("the Bar Association of Kosovo" is left to
the runs) and the phrase plainly ends after it (no capitalised word, possessive or slash next).
Candidates inside the run are dropped, as ``slash_tails.py`` does.
"""
from __future__ import annotations

import re

from ...lexicons.gazetteer import gazetteer
from ..common import Cand, is_acronym, org_heads
from ..lexicon import OF_TAIL_MAX_WORDS
from .slash_tails import join_tails

_WORD = r"[A-Z][\w’'\-]*"
_LINK = r"(?:(?:of|in|and|for)\s+(?:the\s+)?)"
_TAIL = re.compile(rf"\s+of\s+(?:the\s+)?({_WORD}(?:\s+{_LINK}?{_WORD}){{0,{OF_TAIL_MAX_WORDS - 1}}})"
                   rf"(?![\w’'\-/]|\s+[A-Z]|\s+{_LINK}[A-Z]|[’']s\b)")
_SPLIT = re.compile(rf"\s+{_LINK}?")


def of_tail_end(text: str, c: Cand, home: str | None = None) -> int | None:
    """Where the name of ``c`` ends once it goes on over "of" and its capitalised run, or None."""
    if c.type != "organization" or len(c.text.split()) < 2 or org_heads(c.text.split()):
        return None
    m = _TAIL.match(text, c.end)
    if m is None:
        return None
    run = m.group(1)
    if run.endswith(("’s", "'s")):
        return None                          # "of the Press’s rights": a possessive, the phrase goes on
    words = [w for w in run.split() if w[0].isupper()]
    if len(words) > OF_TAIL_MAX_WORDS or org_heads(words[-1:]) or any(is_acronym(w) for w in words):
        return None
    first = _SPLIT.split(run)[0]
    gaz = gazetteer()
    if gaz.countries(first) or gaz.lookup(first, home, alternates=False) or gaz.countries(words[0]):
        return None
    return m.end()


def join_of_tails(text: str, cands: list[Cand]) -> list[Cand]:
    """The candidates with each body's name cut before "of" and a capitalised run made whole."""
    return join_tails(text, cands, of_tail_end)
