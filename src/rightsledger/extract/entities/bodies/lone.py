"""A parliament or one of its houses named by its one capitalised word ("Parliament granted a
one-year extension", "the 30-seat Senate"): a body (pass 1, with ``candidates.py``; the words are
data, ``lone_bodies``). Settled 2026-12-11 (docs/EVALUATION.md, t-orgs11): inside a sentence the dev
gold records a capitalised "Parliament" or "Senate" standing alone as the organization every time
(13 mentions, 5 reports); lower-case "parliament" stays generic. At a sentence's start, where every
word has a capital, the word names the body only if the report also writes it with a capital
inside a sentence (2020 Fiji, gold; not 2008 Angola, which writes "the parliament").

"Congress" joined the words in t-orgs61: the legislature named "Congress" alone had no record where the report
also writes "congress" in lower case (three judged unread reports). The lower-case word itself stays generic
(Settled 2026-12-06: 'Lower-case "parliament" and "congress" are generic'): ``generic_lower`` tells the model's
span of it, which is then no candidate (``generic_lower_bodies``), so it never joins the body's record.
"""
from __future__ import annotations

import re

from ..lexicon import GENERIC_LOWER_BODIES, LONE_BODIES


def lone_body(text: str, s: int, e: int) -> bool:
    """Whether the one word at ``[s, e)`` names the parliament or a house of it."""
    word = text[s:e]
    if word.lower() not in LONE_BODIES or not word[:1].isupper():
        return False
    if not re.search(r"(?:^|[.!?:;\n]|[.!?][\"”’)]?)\s*$", text[max(0, s - 4):s]):
        return True
    return re.search(rf"\b[a-z][\w’']*[,;)]?\s+(?:the\s+)?{re.escape(word)}\b", text) is not None


def generic_lower(word: str) -> bool:
    """Whether ``word`` is a lone-body word written in lower case that names no body ("approved by the
    congress", "the parliament met"): ``generic_lower_bodies``."""
    return word in GENERIC_LOWER_BODIES
