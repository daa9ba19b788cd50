"""A word of ``leading_noise`` that opens a body's name (issue 14, organizations; round t-orgs50):
"the Ministry of Labor’s Domestic Workers Directorate", "the nongovernmental Early Intervention
Center", "the All Progressives Congress".

``runs.trim_run`` drops such words from the front of a capitalised run, for they begin sentences
("Domestic violence remained …", "Early in the year …", "All detainees …"). Inside a sentence, after
a lower-case word, a comma or a possessive, an ordinary word is written with a capital only inside a
name; when the run it opens holds a body's head word (checked by the caller), the word is the name's
first. Only the words of ``name_opening_words`` (data/entities.toml) are read so; the rule reads the
word before and the word's list, no name of a report (dev 2024 Jordan, 2020 Fiji, 2018 Lesotho;
unread 2018 Nigeria, 2021 United Kingdom)."""
from __future__ import annotations

import re

from ..lexicon import NAME_OPENING_WORDS

#: the word before the run's first word, with what follows it up to the run
_BEFORE = re.compile(r"(\S+)[ \t]+$")
#: a possessive ends the word before: "the Ministry of Labor’s Domestic Workers Directorate"
_POSSESSIVE = re.compile(r"(?:[’']s|s[’'])$")


def inside_sentence(text: str, start: int) -> bool:
    """Does the word at ``start`` stand inside a sentence: after a lower-case word, a comma or a
    semicolon, or a possessive (not a sentence's or a heading's first word)?"""
    m = _BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    before = m.group(1)
    return before[:1].islower() or before[-1] in ",;" or _POSSESSIVE.search(before) is not None


def opens_name(text: str, start: int, core: str) -> bool:
    """Is ``core`` at ``start`` a word of ``name_opening_words`` written with a capital inside a
    sentence (so the first word of the name it opens)?"""
    return core[:1].isupper() and core.lower() in NAME_OPENING_WORDS and inside_sentence(text, start)
