"""Bodies named in Urdu and Persian with the izafat "-e-"/"-i-" between their words (pass 1;
issue 14, t-ents5, read on 2024 Pakistan without gold): "Jamiat Ulema-e-Islam", "Pakistan
Tehreek-e-Insaf", "Lashkar-e-Taiba", "Tehrik-e-Labbaik Pakistan", "Jamaat-e-Islami". The model
cuts them at the hyphens and takes the first piece for a person ("Jamiat Ulema", "Tehrik"). A name
with an izafat is a body when one of its words is a body's first word (``body_first_words``:
jamiat, tehreek, lashkar, jamaat, …); a person's name with an izafat ("Noor-e-Alam") has none.
One capitalised word before it goes with the name ("Pakistan", "Jamiat"), and a country after it
("Tehrik-e-Labbaik Pakistan").
"""
from __future__ import annotations

import re

from ...lexicons.gazetteer import gazetteer
from ..common import Cand
from ..lexicon import BODY_FIRST_WORDS, LEADING_NOISE, TITLES

_W = r"[A-Z][\w’']+"
_IZAFAT = re.compile(rf"(?:({_W})\s+)?({_W}(?:-(?:e|i)-{_W})+)(?:\s+({_W}))?")


def find_izafat(text: str, paragraphs: list[tuple[int, int, list[tuple[int, int]]]]) -> list[Cand]:
    """Every body's name with an izafat in the prose paragraphs, outside their masked lines."""
    gaz = gazetteer()
    out: list[Cand] = []
    for start, end, masks in paragraphs:
        if "-e-" not in text[start:end] and "-i-" not in text[start:end]:
            continue
        for m in _IZAFAT.finditer(text, start, end):
            s, e = m.span(2)
            before, after = m.group(1), m.group(3)
            if before and before.lower() not in LEADING_NOISE and before.lower() not in TITLES:
                s = m.start(1)
            if after and gaz.countries(after):
                e = m.end(3)
            parts = {p.lower() for p in re.split(r"[\s\-]+", text[s:e])}
            if parts & BODY_FIRST_WORDS and not any(a <= s < b for a, b in masks):
                out.append(Cand(s, e, text[s:e], "RULE_ORG"))
    return out
