"""The last word of a title's portfolio or place glued to the holder's name (issue 14, t-ents7):
"Minister of Foreign Affairs and Human [Mobility Jose Valencia]", "Former Governor of [Anjouan
Abdou Salami]" (2019 Ecuador, 2023 Comoros dev; the model's person span takes the word before the
name). Where a title and "of" come before the span, and its first word is no first name — a
country or region the gazetteer knows, a word the report also writes in lower case ("health"), or
a word the report writes elsewhere after the portfolio's word before it or after "in"/"on"/"of"
without the rest of the name — the name starts at the second word (not "Minister of Justice Maria
Elena Castro": "Maria" is written nowhere else). The place of a title ("Mayor of [Freetown] Yvonne
Aki-Sawyerr") is ``runs.rule_candidates.title_of_place``.

A title's portfolio also opens with "on" or "for" and may hold "of" ("UN Special Rapporteur on the
Situation of Human Rights [Defenders Mary Lawlor]"), and the holder may be named by the surname
alone ("Minister of Migration and [Asylum Kairidis]"): two words, the second the name (t-ents42,
on the session-22 amendment: 2023 Greece, 2022 Colombia)."""
from __future__ import annotations

import re

from ...lexicons.gazetteer import gazetteer
from ..common import Cand, org_heads, person_shape
from ..lexicon import TITLES

#: a word, then "of"/"on"/"for" opening a portfolio ("Minister of ", "Rapporteur on ")
_OPENS = re.compile(r"\b([A-Za-z]+)\s+(?:of|on|for)\s+")
#: the rest of the portfolio up to the name: capitalised words and its small words ("Foreign Affairs
#: and Human ", "the Situation of Human Rights ")
_PORTFOLIO = re.compile(r"(?:(?:the|and|of|on|for|[A-Z][\w’'\-]*),?\s+)*")


def title_of_before(text: str, s: int) -> bool:
    """Does a title's phrase (a title word, "of"/"on"/"for", its portfolio) end right at ``s``? (also read
    by ``persons/portfolio_givens.py``)"""
    lo = max(0, s - 80)
    return any(m.group(1).lower() in TITLES and _PORTFOLIO.fullmatch(text, m.end(), s)
               for m in _OPENS.finditer(text, lo, s))


def portfolio_before_name(text: str, s: int, e: int) -> bool:
    """Is the first word of the name ``text[s:e]`` (two to four words) the end of a title's
    portfolio or place?"""
    words = text[s:e].split()
    if not 2 <= len(words) <= 4 or not title_of_before(text, s):
        return False
    first, rest = words[0], words[1:]
    if not person_shape(" ".join(rest)) or org_heads(rest) or any(w.lower() in TITLES for w in rest):
        return False
    place = gazetteer().lookup(first, alternates=False)
    if gazetteer().countries(first) or place is not None and place.kind == "region":
        return True
    if len(re.findall(rf"\b{re.escape(first.lower())}\b", text)) >= 2:
        return True                           # "Minister of [Health] X": an ordinary word here
    if len(words) == 2:
        return False                          # a surname alone: only the word's own evidence cuts
    # the portfolio's last two words, or the place after a preposition, elsewhere without the name
    before = text[max(0, s - 40):s].split()
    pair = rf"{re.escape(before[-1])}\s+{re.escape(first)}" if before and before[-1][:1].isupper() else None
    prep = rf"\b(?:in|on|of|from)\s+{re.escape(first)}"
    return any(re.search(rf"{p}\b(?!\s+{re.escape(rest[0])})", text) for p in (pair, prep) if p)


def name_after_portfolio(text: str, c: Cand) -> Cand:
    """``c`` without the portfolio's last word where one is glued before a person's name."""
    if c.label != "PERSON" or not portfolio_before_name(text, c.start, c.end):
        return c
    s = c.start + len(c.text.split()[0]) + 1
    return Cand(s, c.end, text[s:c.end], c.label, c.roles, pos="")
