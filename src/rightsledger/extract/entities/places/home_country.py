"""The report's own country, from the metadata, where it stands alone in the prose (t-places10).

DESIGN: the report's own country comes from the metadata. The model may read a country whose name
opens with a word that is also a title or a first name as a person ("Saint Lucia is a
parliamentary democracy": PERSON "Saint Lucia", its title "Saint" then cut, "Lucia" a person), and
the capitalised run is then split at the model's person, so the gazetteer's country rule never
sees the whole name: the report's own country had no record at all (2020 Saint Lucia, t-places9).
So every occurrence of the metadata's country name that stands alone (no capitalised word glued
before it inside a sentence, none after it: "the Saint Lucia Labour Party" is a body's name) is a
``COUNTRY`` candidate; rule candidates win over the model spans inside them (``_merge``) and the
type vote gives the report's own country its place (``votes/local.py``). A fictional country not in
the gazetteer is found the same way, from the metadata alone.
"""
from __future__ import annotations

import re

from ..common import Cand

#: a country name usable as written: letters, spaces, hyphens, apostrophes, at most six words
#: (not "China (includes Tibet, Hong Kong, and Macau)", not "Israel, West Bank and Gaza")
_PLAIN = re.compile(r"[A-Za-zÀ-ÿ’'\-]+(?: [A-Za-zÀ-ÿ’'\-]+){0,5}")
_CAP_AFTER = re.compile(r"[ \t]+[A-Z]")
_WORD_BEFORE = re.compile(r"([A-Za-z’'\-]+)[ \t]+$")
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n]\s*|[“\"(]\s*)$")


def home_name(country: str | None) -> str | None:
    """The metadata's country name as the prose writes it ("The Gambia" → "Gambia"), or None
    when it is no plain name."""
    if not country:
        return None
    name = country.strip()
    if name.lower().startswith("the "):
        name = name[4:]
    return name if _PLAIN.fullmatch(name) and name[:1].isupper() else None


def home_mentions(text: str, start: int, end: int, country: str | None,
                  found: "list[Cand] | None" = None) -> list[Cand]:
    """``COUNTRY`` candidates for the occurrences of the report's own country between ``start``
    and ``end`` that are no part of a longer capitalised name, nor of a body's name among the
    candidates ``found`` already ("Free Choice of Tarsania (FCT)")."""
    name = home_name(country)
    if name is None:
        return []
    bodies = [(c.start, c.end) for c in found or () if c.label == "ORG"]
    out: list[Cand] = []
    for m in re.finditer(r"(?<![\w’'\-])" + re.escape(name) + r"(?![\w\-])", text[start:end]):
        s, e = start + m.start(), start + m.end()
        if _CAP_AFTER.match(text, e):
            continue                          # "the Saint Lucia Labour Party"
        if any(bs <= s and e <= be and be - bs > e - s for bs, be in bodies):
            continue                          # "members of Free Choice of Tarsania (FCT)"
        w = _WORD_BEFORE.search(text, max(0, s - 40), s)
        if w and w.group(1)[:1].isupper() and not _SENTENCE_END.search(text, max(0, w.start(1) - 3), w.start(1)):
            continue                          # "the Royal Saint Lucia …" (not "In Saint Lucia …")
        out.append(Cand(s, e, text[s:e], "COUNTRY"))
    return out
