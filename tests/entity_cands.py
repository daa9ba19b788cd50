"""Candidates placed on a test sentence by their text, for the tests of the entity rules that take
candidates (`persons/given_fronts.py`, `persons/given_singles.py`), and the spans of names on it."""
from __future__ import annotations

from rightsledger.extract.entities.common import Cand


def span_at(text: str, name: str, nth: int = 0) -> tuple[int, int]:
    """Start and end of the nth occurrence (from 0) of `name` in `text`."""
    s = -1
    for _ in range(nth + 1):
        s = text.index(name, s + 1)
    return s, s + len(name)


def cand_at(text: str, name: str, type_: str, label: str = "PERSON", nth: int = 0) -> Cand:
    """A candidate on the nth occurrence (from 0) of `name` in `text`, typed `type_`."""
    s, e = span_at(text, name, nth)
    return Cand(s, e, name, label, type=type_)
