"""Central Asian and Caucasian names that end with a patronymic word written in lower case
(pass 1, with ``runs.extend.extend_persons``; issue 14, t-ents5): "Argen Baktybek uulu", "Aizada
Toktogul kyzy", "Ilham Aliyev oglu". The model leaves the word out and often takes the rest for a
body or a place; the word (``patronymic_words``) makes the whole a person.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..common import Cand
from ..lexicon import PATRONYMIC_WORDS


@lru_cache(maxsize=1)
def _after() -> re.Pattern[str]:
    words = "|".join(sorted(PATRONYMIC_WORDS, key=len, reverse=True))
    return re.compile(rf"(\s+[A-Z][\w’'\-]+)?\s+(?:{words})\b(?![’'\-])")


def with_patronymic(text: str, c: Cand) -> Cand:
    """``c`` with the patronymic word after it (and the father's name the model left out before
    it), as a person; ``c`` itself when none follows. Only a name of two or three capitalised
    words in all (a given name and the father's)."""
    words = c.text.split()
    if c.label not in ("PERSON", "ORG", "GPE", "LOC", "NORP") or not 1 <= len(words) <= 3 \
            or not all(w[:1].isupper() for w in words):
        return c
    m = _after().match(text, c.end)
    if m is None or not 2 <= len(words) + bool(m.group(1)) <= 3:
        return c
    return Cand(c.start, m.end(), text[c.start:m.end()], "PERSON", c.roles)
