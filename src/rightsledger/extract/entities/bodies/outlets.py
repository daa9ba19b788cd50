"""Outlets named right after the word for their kind (pass 2, with ``classify.py``; issue 14,
t-ents5, read on 2019 Bolivia without gold): "the local daily newspaper La Razon", "the newspapers
Sol de Pando, Agencia de Noticias Fides, La Razon, and Pagina Siete", "the radio stations Radio
Kito and Voix du Peuple". The model takes such names for persons ("La Razon", "Pagina Siete")
wherever else they stand; the kind right before the name, or before the list that holds it,
decides for the whole report. The kinds are data (``media_words_before``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..common import Cand, name_key
from .descriptors import descriptor_keys
from .named_bodies import kept_persons
from ..lexicon import MEDIA_WORDS_BEFORE

_NAME = r"[A-Z][\w’'\-]*(?:\s+(?:de|del|la|du|des|el|al|of|the)?\s*[A-Z][\w’'\-]*){0,4}"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """One name after a singular kind; a list that ends with "and" after a plural kind (not "the
    newspaper Rwanda Focus, Jean Roe, published": the editor's name in apposition)."""
    def alt(ks):
        return "|".join(re.escape(k) for k in sorted(ks, key=len, reverse=True))
    one = [k for k in MEDIA_WORDS_BEFORE if not k.endswith("s")]
    many = [k for k in MEDIA_WORDS_BEFORE if k.endswith("s")]
    return (re.compile(rf"\b(?:{alt(one)})\s+({_NAME})"),
            re.compile(rf"\b(?:{alt(many)})\s+((?:{_NAME})(?:\s*,\s*{_NAME})*,?\s+and\s+{_NAME})"))


def outlet_keys(text: str, cands: list[Cand]) -> set[str]:
    """Keys of the candidates' names that stand right after a kind of outlet, alone or in its list,
    or right after any kind of body (``descriptors.py``); not a person after the body's own name
    (``named_bodies.py``)."""
    kinds = descriptor_keys(text, cands)
    spans: list[tuple[int, int]] = []
    for pattern in _patterns():
        spans.extend(m.span(1) for m in pattern.finditer(text))
    if not spans:
        return kinds
    kept = kept_persons(text, cands)          # a person after the body's own name is none of it
    return kinds | {name_key(c.text) for c in cands if c.start not in kept and (
            any(a <= c.start and c.end <= b for a, b in spans) and " " in c.text.strip()
            or any(a == c.start for a, _ in spans))}
