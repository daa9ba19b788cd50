"""A place cut at a lower-case particle the gazetteer knows whole (t-places12).

The model and the runs of capitalised words stop a name at a lower-case word inside it: "in Tabora,
Singida, Dodoma, and Dar es Salaam" gave the place "Dar" (and no "Dar es Salaam"), "Western Bahr
el Ghazal" the place "Western Bahr", "Gracias a Dios Department" the body "Dios Department".
``names.extend_over_particles`` goes on over the Spanish, Portuguese and French particles ("de",
"del", "do", …) whatever follows; this rule takes the other particles of ``[known_particles]`` in
``extract/data/places.toml`` ("el", "es", "a", …) only where the gazetteer knows the whole: a
place candidate that stops right before such a particle and one to three capitalised words goes on
over them, the longest whole the gazetteer knows (any kind, no alternate names), unless a further
capitalised word follows ("the Dar es Salaam Port Authority" is a body's name); the candidates
inside the tail go. The other way round too: a candidate whose last word is a place word or
one of ``region_words`` ("Dios Department", typed a body) or that is typed place, right after one to three capitalised
words and such a particle, is the place of the longest whole the gazetteer knows ("Gracias a Dios
Department"), unless the head runs on from a longer run of capitalised words.
"""
from __future__ import annotations

import re

from ...lexicons import lexicon
from ...lexicons.gazetteer import gazetteer
from ..common import Cand
from ..lexicon import PLACE_WORDS
from .names import without_swallowed

_PARTICLES = sorted(lexicon("places")["known_particles"]["particles"], key=len, reverse=True)
_REGION_WORDS = set(PLACE_WORDS) | set(lexicon("places")["known_particles"]["region_words"])
_WORD = r"[A-Z][\w’'\-]*[a-z][\w’'\-]*"
_TAIL = re.compile(rf"[ \t]+(?:{'|'.join(_PARTICLES)})[ \t]+({_WORD}(?:[ \t]+{_WORD}){{0,2}})")
_CAP_AFTER = re.compile(r"[ \t]+[A-Z]")
_HEAD = re.compile(rf"(?<![\w’'\-])({_WORD}(?:[ \t]+{_WORD}){{0,2}})[ \t]+(?:{'|'.join(_PARTICLES)})[ \t]+$")
_CAP_BEFORE = re.compile(r"[A-Z][\w’'\-]*[ \t]+$")


def known_tail(text: str, cand: Cand) -> int | None:
    """Where the place ``cand`` ends when it goes on over a particle: the end of the longest whole
    the gazetteer knows, or None."""
    m = _TAIL.match(text, cand.end)
    if m is None:
        return None
    gaz = gazetteer()
    ends = [m.start(1) + w.end() for w in re.finditer(r"\S+", m.group(1))]
    for end in reversed(ends):
        if _CAP_AFTER.match(text, end):
            continue
        if gaz.lookup(text[cand.start:end], alternates=False) is not None:
            return end
    return None


def known_head(text: str, cand: Cand) -> int | None:
    """Where the place ``cand`` (a place, or a name ending in a place word) starts when a head of
    capitalised words and a particle stands right before it: the start of the longest whole the
    gazetteer knows, or None."""
    if cand.type != "place" and cand.text.split()[-1].lower() not in _REGION_WORDS:
        return None
    line = text.rfind("\n", 0, cand.start) + 1
    m = _HEAD.search(text, max(line, cand.start - 80), cand.start)
    if m is None:
        return None
    gaz = gazetteer()
    starts = [m.start(1) + w.start() for w in re.finditer(r"\S+", m.group(1))]
    for start in starts:
        if start == starts[0] and _CAP_BEFORE.search(text, max(line, start - 40), start):
            continue                      # the head runs on from a longer capitalised run
        if gaz.lookup(text[start:cand.end], alternates=False) is not None:
            return start
    return None


def extend_over_known_particles(text: str, cands: list[Cand]) -> list[Cand]:
    """Places that stop before a particle of ``[known_particles]`` take it and the rest of a name
    the gazetteer knows; the candidates inside the rest go."""
    grown: list[tuple[int, int]] = []
    for c in cands:
        if any(a <= c.start and c.end <= b for a, b in grown):
            continue                      # inside a name grown already: it goes below
        start = known_head(text, c)
        if start is not None:
            grown.append((start, c.start))
            c.start, c.type = start, "place"
            c.text = text[start:c.end]
        if c.type != "place":
            continue
        end = known_tail(text, c)
        if end is None:
            continue
        grown.append((c.end, end))
        c.end = end
        c.text = text[c.start:end]
    return without_swallowed(cands, grown)
