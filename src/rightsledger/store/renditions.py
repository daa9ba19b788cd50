"""One report in several formats: is a new document another rendition of a stored one?

The same report read from ecoi.net text, the state.gov page and the state.gov PDF gives
texts that differ in layout, the title line, quotes and dashes, never in substance. Two
documents of the same country and year whose normalised texts share at least
:data:`SAME_REPORT` of their word 5-grams are one report: the later one is stored with
``rendition_of`` naming the first (it keeps its own text, spans and records).
"""
from __future__ import annotations

import re
import unicodedata

#: Jaccard similarity of word 5-grams above which two texts are one report.
SAME_REPORT = 0.9

_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                       "\u2014": "-", "\u00a0": " ", "\u00ad": None})
_WORD = re.compile(r"\w+")


def normalise(text: str) -> str:
    """Case, white space, curly quotes, dashes and soft hyphens folded."""
    return " ".join(unicodedata.normalize("NFKC", text).translate(_FOLD).lower().split())


def shingles(text: str, n: int = 5) -> set[int]:
    words = _WORD.findall(normalise(text))
    return {hash(tuple(words[i:i + n])) for i in range(max(1, len(words) - n + 1))}


def similarity(a: str, b: str) -> float:
    """Jaccard similarity of the word 5-grams of two texts (0–1)."""
    sa, sb = shingles(a), shingles(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)
