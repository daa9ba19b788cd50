"""Names typed person or body that stand in a serial list of places are places (issue 14, places; t-places41).

"The Velm State local government areas of Orsa, Tarn Kivu, Dostan, Meral, and Kajo", "relocated from Orsa, Kesh
and Tarvo in Velm": the model labels one unfamiliar town of the list ORG or PERSON, and the report's one type per
name makes a body or a person of it. ``list_items.py`` asks every occurrence of the name to stand in a list whose
every other name is a place candidate, with the names of ``lists.LIST`` (no particle inside a name: "Valle del
Tarn" breaks it); this rule reads the list from the candidates themselves:

- a serial list is a run of candidates (and of capitalised names no candidate holds) joined by commas, the last
  joined by a word of ``coordinated_places.conjunctions`` ("A, B, and C", "A, B and C"), of at least
  ``coordinated_places.min_names`` names (a pair, "Israel and Hamas", may join a place and a body);
- a name typed person or organization in such a list, every other candidate of which is a place (at least one),
  is a place, unless it ends in a plural kind word ("and Dostan States": ``persons/placed.py`` cuts those):
  every candidate of the name, once the report writes it so (one type per name in a report), when it
  has a region's shape and may be retyped as ``compass.py`` decides (no acronym, digit, body's head word, role,
  people's name or rule-made body).

Found on three unread reports judged before the rule (2021 Nigeria, a local government area typed body; 2019
South Sudan, a county typed body; t-ents50's 2023 Colombia, a department typed person); the dev gold records every
name it writes in such a list beside places as a place or as nothing (the round record's census), none as a person
or a body.
"""
from __future__ import annotations

import re

from ...lexicons import alternation
from ..common import Cand
from ..lexicon import COORDINATED_CONJUNCTIONS, COORDINATED_MIN_NAMES, PERSON_PLACE_PLURAL_ENDS
from .compass import retype_written
from .lists import WORD

_JOIN = r"(?:,\s+|,?\s+%s\s+)" % alternation(sorted(COORDINATED_CONJUNCTIONS))
_CONJ = re.compile(r"\s%s\s" % alternation(sorted(COORDINATED_CONJUNCTIONS)))
_NAME = rf"{WORD}(?:\s+{WORD}){{0,3}}"
#: what may stand between two candidates of one list: joins, and names no candidate holds between them
_GAP = re.compile(rf"{_JOIN}(?:{_NAME}{_JOIN})*")
_GAP_NAME = re.compile(_NAME)
_KINDS = ("place", "person", "organization")


def _runs(text: str, cands: list[Cand]) -> list[list[tuple[Cand | None, str]]]:
    """The runs of candidates joined as a list: each item a candidate (None for a name no candidate holds) and
    the join written before it ("" for the first)."""
    runs: list[list[tuple[Cand | None, str]]] = []
    run: list[tuple[Cand | None, str]] = []
    last = None
    for c in sorted((c for c in cands if c.type in _KINDS), key=lambda c: (c.start, -c.end)):
        if last is not None and c.start < last.end:
            continue
        gap = _GAP.fullmatch(text, last.end, c.start) if last is not None else None
        if gap is None:
            runs.append(run)
            run = [(c, "")]
        else:
            run.extend(_gap_items(text, last.end, c.start))
            run.append((c, text[_last_join(text, last.end, c.start):c.start]))
        last = c
    runs.append(run)
    return [r for r in runs if r]


def _gap_items(text: str, s: int, e: int) -> list[tuple[Cand | None, str]]:
    """The names no candidate holds between two candidates of a list, each with the join before it."""
    items, pos = [], s
    for m in _GAP_NAME.finditer(text, s, e):
        items.append((None, text[pos:m.start()]))
        pos = m.end()
    return items


def _last_join(text: str, s: int, e: int) -> int:
    names = list(_GAP_NAME.finditer(text, s, e))
    return names[-1].end() if names else s


def _lists(run: list[tuple[Cand | None, str]]) -> list[list[Cand | None]]:
    """The serial lists of a run: the names up to and including the one a conjunction joins."""
    found, start = [], 0
    for i, (_, join) in enumerate(run):
        if i and _CONJ.search(" " + join.strip(", ") + " ") and not any(
                _CONJ.search(" " + j.strip(", ") + " ") for _, j in run[start + 1:i]):
            if i + 1 - start >= COORDINATED_MIN_NAMES:
                found.append([c for c, _ in run[start:i + 1]])
            start = i + 1
    return found


def _listed_forms(text: str, cands: list[Cand]) -> set[str]:
    """The forms of the persons and bodies that stand in a serial list whose every other candidate is a place."""
    forms = set()
    for run in _runs(text, cands):
        for items in _lists(run):
            for c in items:
                if c is None or c.type == "place" or c.text.split()[-1] in PERSON_PLACE_PLURAL_ENDS:
                    continue
                others = [d for d in items if d is not None and d is not c]
                if others and all(d.type == "place" for d in others):
                    forms.add(c.text)
    return forms


def coordinated_places(text: str, cands: list[Cand], norp: set[str]) -> list[Cand]:
    """Retype as places the person- or organization-typed names the report writes in a serial list of places."""
    forms = _listed_forms(text, cands)
    if not forms:
        return cands
    return retype_written(text, cands, norp, lambda _text, form: form in forms)
