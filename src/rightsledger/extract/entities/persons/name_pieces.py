"""Words a report writes in lower case only as pieces of names: the lower-case syllable of a romanised
given name after a hyphen, a family name before it ("Ban Ki-moon", "Ri Yong-jin"), and a name particle
before a capitalised word ("Gamal el Gaml", "el Gaml was released"). Such a word is no ordinary word of
the report, so a name that holds it capitalised ("President Moon", "Kim Yong Jin", "Mostafa El Hassan")
is not dropped as ordinary words by the local vote (``votes/local.py``); a particle that leads a name
("La Grecia", a company) still counts as a word there (:func:`ordinary_at`). Issue 14, t-ents69: judged
on unread 2021 Egypt, 2016 North Korea (t-ents64, t-ents68) and 2020 South Korea; stated by the words'
shape, never by a name: the syllable is :func:`.syllables.syllable_given`'s, the particles
``entities.toml``'s ``particles``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import PARTICLES
from .syllables import syllable_given

#: a lower-case word: the report's lower-case vocabulary is the words it matches (``classify``)
LOWER_WORD = re.compile(r"(?<![\w’'])[a-z][a-z\-]+")
#: a capitalised word (a family name), then the capitalised piece of a hyphenated word right before a
#: lower-case word ("Ban Ki-" of "Ban Ki-moon"; not "Two-" of "Two-thirds" opening a sentence)
_SYLLABLE_BEFORE = re.compile(r"(?<![\w’'\-])[A-Z][\w’']*\s+([A-Z][a-z]{1,6}-)$")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")


def _inside_name(text: str, start: int, end: int) -> bool:
    """The lower-case word at ``start:end`` is a piece of a name: a given name's syllable after a
    hyphen, or a particle the name goes on after."""
    word = text[start:end]
    head = _SYLLABLE_BEFORE.search(text, max(0, start - 40), start)
    if head and syllable_given(head.group(1) + word):
        return True
    return word in PARTICLES and _CAPITAL_AFTER.match(text, end) is not None


@lru_cache(maxsize=8)
def name_pieces(text: str) -> frozenset[str]:
    """The lower-case words ``text`` writes only inside names, never as words of their own."""
    inside: set[str] = set()
    outside: set[str] = set()
    for m in LOWER_WORD.finditer(text):
        (inside if _inside_name(text, m.start(), m.end()) else outside).add(m.group())
    return frozenset(inside - outside)


def ordinary_at(word: str, first: bool, lower_vocab: set[str], text: str) -> bool:
    """``word`` (in lower case), the ``first`` word of a name or not, is an ordinary word of the report
    ``text``: written in lower case, and not only as a piece of names — unless it is a particle leading
    the name, which the name-piece exemption does not cover."""
    return word in lower_vocab and (word not in name_pieces(text) or (first and word in PARTICLES))
