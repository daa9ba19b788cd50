"""English word frequency (wordfreq's Zipf scale) from the prebuilt index, without loading
wordfreq: its English list is copied once into the index (see ``prebuilt``), and the words the
extractors ask about are looked up there.

``zipf(word)`` equals ``wordfreq.zipf_frequency(word.lower(), "en")``. For words of ASCII
letters, spaces and the separators ``- . + / &``, wordfreq's tokens are the runs of letters
joined by single full stops ("u.s", "orda.kz"), and the frequency is combined from them here
exactly as wordfreq does; any other word (accents, digits, apostrophes) is passed to wordfreq
itself, loaded on first need.
``tests/test_words.py`` checks the equality on every word of the shared reports.
"""
from __future__ import annotations

import math
import re
import sqlite3
from functools import lru_cache

from .prebuilt import Index, index

_SIMPLE = re.compile(r"[a-z\-.+/& ]*")
_TOKEN = re.compile(r"[a-z]+(?:\.[a-z]+)*")   # "u.s." -> "u.s"; "nur-sultan" -> "nur", "sultan"
_MINIMUM = 10 ** 0.0 / 1e9          # wordfreq.zipf_to_freq(0.0): the frequency of an unknown word


def _build(con: sqlite3.Connection) -> None:
    from wordfreq import get_frequency_dict

    con.execute("CREATE TABLE word (word TEXT PRIMARY KEY, freq REAL NOT NULL) WITHOUT ROWID")
    con.executemany("INSERT INTO word VALUES (?, ?)", get_frequency_dict("en").items())


@lru_cache(maxsize=1)
def _index() -> Index:
    return index("words-en", _build, packages=("wordfreq",), sources=("frequency.py",))


@lru_cache(maxsize=65536)
def _freq(token: str) -> float | None:
    row = _index().one("SELECT freq FROM word WHERE word = ?", (token,))
    return None if row is None else row[0]


def _word_frequency(tokens: list[str], minimum: float) -> float:
    """``wordfreq._word_frequency`` for tokens without digits, in English."""
    if not tokens:
        return minimum
    one_over_result = 0.0
    for token in tokens:
        freq = _freq(token)
        if freq is None:
            return minimum
        one_over_result += 1.0 / freq
    freq = 1.0 / one_over_result
    unrounded = max(freq, minimum)
    if unrounded == 0.0:
        return 0.0
    leading_zeroes = math.floor(-math.log(unrounded, 10))
    return round(unrounded, leading_zeroes + 3)


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """English word frequency (Zipf scale, 0–8) of ``word`` in lower case; 0 without wordfreq."""
    low = word.lower()
    if _SIMPLE.fullmatch(low):
        try:
            freq = _word_frequency(_TOKEN.findall(low), _MINIMUM)
        except ImportError:  # pragma: no cover - wordfreq is a dependency
            return 0.0
        return round(math.log(freq, 10) + 9, 2)
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - optional dependency
        return 0.0
    return zipf_frequency(low, "en")


def is_common_word(word: str, threshold: float = 4.0) -> bool:
    """True for ordinary English words ("Media", "Science"), false for most names."""
    return zipf(word) >= threshold
