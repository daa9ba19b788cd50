"""The date of one matched expression: ``resolve`` turns a pattern's groups into
``(date, date_end, precision, kind)``; ``inherit_year`` gives a day without a year the year of
the narrative's previous date. Relative expressions go to ``relative.py``.
"""
from __future__ import annotations

import re

from .relative import relative_date
from .values import DateMention, day_of, iso, month_of, year_or

_HAS_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def inherit_year(date: str | None, date_end: str | None, prev: DateMention, year: int
                 ) -> tuple[str | None, str | None]:
    """ "In December 2021, X died … when they viewed it on December 9": the narrative's year.

    A date without a year takes the year of the previous date when that one named a year
    other than the report year and the month is the same (the story continues in that month).
    Only a day does (a day within the month the narrative named with its year), and only after one
    date, not a span: "in August 1999 … According to a schedule outlined in August" and "In October
    2000 … In October the TNA passed a vote" name the report year's month again; "between November
    2013 and April … published a report on November 17" the report year's day (round t-dates8: 2000
    Congo, 2001 Somalia, 2014 DRC).
    """
    if not date or not _HAS_YEAR.search(prev.text) or not prev.date or prev.date[:4] == str(year):
        return date, date_end
    if len(date) < 10 or prev.kind != "event":
        return date, date_end
    if len(prev.date) < 7 or prev.date[5:7] != date[5:7]:
        return date, date_end
    y = prev.date[:4]
    return y + date[4:], (y + date_end[4:] if date_end else None)


def resolve(name: str, g: dict[str, str | None], year: int | None,
             previous: DateMention | None) -> tuple[str | None, str | None, str | None, str]:
    """``(date, date_end, precision, kind)`` for a match of pattern ``name``."""
    if name == "cross_day":
        y1 = year_or(g["y1"], year_or(g["y2"], year))
        if y1 is None:
            return None, None, "day", "span"
        m1, m2 = month_of(g["m1"]), month_of(g["m2"])
        y2 = year_or(g["y2"], y1 + (1 if m2 < m1 else 0))
        if not g["y1"] and g["y2"] and m2 < m1:
            y1 -= 1
        return iso(y1, m1, day_of(g["d1"])), iso(y2, m2, day_of(g["d2"])), "day", "span"
    if name == "decade":
        y = int(g["y1"])
        return iso(y), iso(y + 9), "year", "span"
    if name in ("range_day", "range_dmy"):
        y = year_or(g["y2"], year)
        if y is None:
            return None, None, "day", "span"
        m = month_of(g["m1"])
        d1, d2 = day_of(g["d1"]), day_of(g["d2"])
        if d2 <= d1:
            return None, None, None, "none"
        return iso(y, m, d1), iso(y, m, d2), "day", "span"
    if name == "range_month":
        y2 = year_or(g["y2"], year)
        y1 = year_or(g["y1"], y2)
        m1 = month_of(g["m1"] or g["m1b"])
        m2 = month_of(g["m2"])
        if y1 is None:
            return None, None, "month", "span"
        if y1 == y2 and m2 < m1:  # "from November to February 2022": November of the year before
            y1 -= 1
        return iso(y1, m1), iso(y2 or y1, m2), "month", "span"
    if name == "pair_month":  # "November and December 1999"; "December and January 2000": December 1999
        m1, m2, y2 = month_of(g["m1"]), month_of(g["m2"]), year_or(g["y2"], year)
        if y2 is None:
            return None, None, "month", "span"
        return iso(y2 - 1 if m2 < m1 else y2, m1), iso(y2, m2), "month", "span"
    if name == "range_year":
        y1 = int(g["y1"] or g["y1b"])
        if g["y2"]:
            y2 = int(g["y2"])
        else:
            tail = g["y2b"] or ""
            y2 = int(tail) if len(tail) == 4 else (y1 // 100) * 100 + int(tail)
        if not (y1 < y2 <= y1 + 30):
            return None, None, None, "none"
        return iso(y1), iso(y2), "year", "span"
    if name in ("mdy", "dmy"):
        y = year_or(g["y1"], year)
        if y is None:
            return None, None, "day", "event"
        return iso(y, month_of(g["m1"]), day_of(g["d1"])), None, "day", "event"
    if name in ("part_month", "month_year", "month"):
        y = year_or(g.get("y1"), year)
        if y is None:
            return None, None, "month", "event"
        return iso(y, month_of(g["m1"])), None, "month", "event"
    if name == "season":
        y = year_or(g["y1"] or g["y1b"] or g["y2"], year)
        return (iso(y) if y else None), None, "year", "event"
    if name == "year":
        return iso(int(g["y1"] or g["y2"])), None, "year", "event"
    if name == "year_end":
        return (iso(year, 12) if year else None), None, "month", "state"
    if name == "near_year":
        if year is None:
            return None, None, "year", "relative"
        which = (g["which"] or "").lower()
        return iso(year if which.endswith("this") or "current" in which else year - 1), None, "year", "relative"
    if name == "none":
        if g["this"] and year is not None:
            return iso(year), None, "year", "none"
        return None, None, None, "none"
    if name == "relative":
        return relative_date(g, year, previous)
    raise AssertionError(name)
