"""Where a portfolio ends and its holder's name begins, after an office's title (issue 14, t-ents42).

``slots.title_persons`` reads a person right after a capitalised title's phrase ("Minister of
Interior Gaston Ruvalcaba") as the run of capitalised words that are no ordinary English words and
that the report never writes in lower case. Two portfolios hid the holder:

- the portfolio's last word is rare and written nowhere else, so the run starts inside the portfolio,
  right after its "and"/"of"/"on"/"for" ("former Minister of Agriculture and [Fishery Pedro dos Reis]"):
  that first word is the portfolio's, the name the words after it (two or more);
- the portfolio ends in an ordinary English word the report writes only capitalised ("Coordinating
  Minister of Maritime and Investment [Affairs] Luhut Pandjaitan"): the run stops at it, and it ends
  the portfolio where the model reads the portfolio as a body's name ending with that word
  ("Investment Affairs", ORG). Many given names are ordinary words by their frequency ("David",
  "Jean", "Francisco": the dev census), so the word alone is no evidence ("Minister of Justice
  Grace [Akinyi Mwangi]" is left whole).

Judged on unread reports before the rule (session-22 amendment: 2023 Greece, 2022 Colombia, 2022
Indonesia) and the dev miss of 2023 Timor-Leste.
"""
from __future__ import annotations

from typing import Callable

from ..common import Cand, is_common
from ..lexicon import PARTICLES

#: the small words inside a title's phrase right before a portfolio's word
_OPENERS = frozenset({"and", "of", "on", "for"})


def portfolio_word_first(doc, j: int, last: int, title_before: Callable) -> bool:
    """Does the run of tokens ``j``..``last`` open with the portfolio's own last word: right after
    "and"/"of"/"on"/"for" inside a title's phrase, and followed by two name words or more?"""
    if j <= 0 or j >= last or doc[j - 1].lower_ not in _OPENERS or title_before(doc, j) is None:
        return False
    return sum(1 for t in doc[j + 1:last + 1] if t.lower_ not in PARTICLES) >= 2


def common_portfolio_end(before, base: int, taken: list[Cand]) -> bool:
    """Is token ``before`` (right before a name) an ordinary English word that ends the portfolio: the
    last word of a span the model labels a body?"""
    e = base + before.idx + len(before.text)
    return is_common(before.text) and any(t.label == "ORG" and t.start < e == t.end for t in taken)
