"""A body's name written as the first half of an attributive compound (issue 14, t-ents6):
"the Democratic Party of Socialists-led government", "a Ministry of Labor-appointed committee",
"the Ministry of Social Development-operated Amman-based shelter". The name ends at the hyphen;
what follows it is no part of the name (2024 Jordan and 2024 Montenegro dev, where the name with
its suffix was a false body and the body itself was missed)."""
from __future__ import annotations

import re
from dataclasses import replace

from ..common import Cand
from ..lexicon import ATTRIBUTIVE_SUFFIXES

#: a hyphen followed by an attributive participle inside or at the end of a candidate
_HYPHENATED = re.compile(r"(?<=\w)-([a-z]+)\b")


def _cut(text: str) -> int | None:
    """Where a name ends before its first attributive suffix ("-led", "-appointed"), if it has one."""
    for m in _HYPHENATED.finditer(text):
        suffix = m.group(1)
        if suffix in ATTRIBUTIVE_SUFFIXES or (suffix.endswith("ed") and len(suffix) > 4):
            return m.start()
    return None


def trim_attributives(cands: list[Cand]) -> list[Cand]:
    """Candidates of several words cut before an attributive suffix; a single word with its
    suffix ("al-Shabaab-controlled", "Rwanda-backed") is left to the other rules."""
    out: list[Cand] = []
    for c in cands:
        at = _cut(c.text)
        name = c.text[:at].rstrip() if at is not None else ""
        out.append(replace(c, end=c.start + len(name), text=name) if " " in name else c)
    return out
