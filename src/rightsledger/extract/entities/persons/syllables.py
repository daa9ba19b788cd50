"""Romanised given names of two syllables joined by a hyphen, the second in lower case (issue 14,
t-ents35).

Found on reports nobody annotated (2021 South Korea: "Kim Jeong-sik", "Park Geun-hye", "Cho
Hee-yeon", "Kwak Sang-do" and nine more, none recorded; 2016 Iran "Ban Ki-moon"; 2021 Russia
"Adygzhy Aymyr-ool"). The local vote (``votes/local.py``) takes a name whose last word ends in a
hyphen and a lower-case word for a compound adjective ("Kazakh-language schools",
"al-Shabaab-controlled"), no name, so every such person was lost; and the model cuts some of them
at the hyphen ("Kwak Sang[-do]"). Stated by the word's shape, never by a name: the last word of a
name of two words or more that the model labels PERSON is a given name when it is a capitalised
syllable of two to seven letters, a hyphen and a lower-case syllable of two to six letters that is
no ending of a compound adjective (``attributive_suffixes``, ``hyphen_tails_not_given`` in
``entities.toml``: "based", "run", "era", "style"; nor a participle in "-ed" or "-ing").
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..common import Cand, person_shape
from ..lexicon import ATTRIBUTIVE_SUFFIXES, HYPHEN_TAILS_NOT_GIVEN

_GIVEN = re.compile(r"[A-Z][a-z]{1,6}-([a-z]{2,6})")
#: a hyphen and a lower-case syllable glued to the end of a span
_TAIL = re.compile(r"-[a-z]{2,6}\b(?!-)")


def syllable_given(word: str) -> bool:
    """``word`` is a given name of two syllables, the second in lower case ("Jeong-sik",
    "Ki-moon"), not a compound adjective ("Gaza-based", "Kim-era")."""
    m = _GIVEN.fullmatch(word)
    if not m:
        return False
    tail = m.group(1)
    return (tail not in ATTRIBUTIVE_SUFFIXES and tail not in HYPHEN_TAILS_NOT_GIVEN
            and not tail.endswith(("ed", "ing")))


def syllable_given_name(c: Cand) -> bool:
    """A span the model labels PERSON, of two words or more, whose last word is such a given name
    and which has a person's shape without the lower-case syllable ("Kim Jeong"; "Park Sang" of
    "Park Sang-hak" too, English words though they are: the syllable is none)."""
    words = c.text.split()
    return (c.label == "PERSON" and len(words) >= 2 and syllable_given(words[-1])
            and person_shape(c.text[:c.text.rindex("-")], strict=False))


def with_given_tails(text: str, cands: list[Cand]) -> list[Cand]:
    """The model's PERSON spans cut at a hyphen given back their lower-case syllable ("Kwak Sang"
    → "Kwak Sang-do"), when the whole last word is such a given name."""
    out: list[Cand] = []
    for c in cands:
        m = _TAIL.match(text, c.end) if c.label == "PERSON" and " " in c.text else None
        if m and syllable_given(c.text.split()[-1] + m.group()):
            c = replace(c, end=m.end(), text=text[c.start:m.end()])
        out.append(c)
    return out
