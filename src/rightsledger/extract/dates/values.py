"""The values of date expressions: the ``DateMention`` record, month and number words, ISO strings.

Shared by the patterns (``patterns.py``), the resolution of one expression
(``resolve.py``), relative dates (``relative.py``) and the scan of a text
(``dates.py``); kept apart so that each of them imports these without importing the others.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date as _date

KINDS = ("event", "span", "state", "relative", "none")

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
         "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
NUM_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
             "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
             "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30}
VAGUE = {"several", "a few", "few", "some", "many"}


@dataclass
class DateMention:
    """A date expression; ``start``/``end`` are offsets into the text given to ``find_dates``."""

    start: int
    end: int
    text: str
    date: str | None
    date_end: str | None
    precision: str | None
    kind: str
    attributive: bool = False  # "the January events": a date used as a modifier after a determiner

    def shifted(self, offset: int) -> "DateMention":
        return replace(self, start=self.start + offset, end=self.end + offset)


def month_of(token: str) -> int:
    t = token.lower().rstrip(".")
    return MONTHS.get(t) or _ABBR[t]


def days_apart(a: str | None, b: str | None) -> int:
    """Days from ISO day ``a`` to ISO day ``b`` (0 when either is not a full day)."""
    if not a or not b or len(a) != 10 or len(b) != 10:
        return 0
    from datetime import date

    return (date.fromisoformat(b) - date.fromisoformat(a)).days


def day_of(token: str) -> int:
    return int(re.match(r"\d+", token).group(0))  # type: ignore[union-attr]


def iso(y: int, m: int | None = None, d: int | None = None) -> str | None:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    try:
        return _date(y, m, d).isoformat()
    except ValueError:
        return None


def year_or(s: str | None, default: int | None) -> int | None:
    return int(s) if s else default
