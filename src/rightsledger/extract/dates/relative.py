"""Relative date expressions ("the same day", "two days later", "the previous year"),
resolved against the previous dated mention (``previous``); without it their date is ``None``.
"""
from __future__ import annotations

import re
from datetime import date as _date
from datetime import timedelta

from .values import NUM_WORDS, VAGUE, DateMention, iso


def count_words(raw: str, default: int) -> int:
    """The count of "three", "3", "several" (-1: a vague count), else ``default``."""
    raw = re.sub(r"\s+", " ", raw.lower())
    return -1 if raw in VAGUE else int(raw) if raw.isdigit() else NUM_WORDS.get(raw, default)


def relative_date(g: dict[str, str | None], year: int | None,
                  previous: DateMention | None) -> tuple[str | None, str | None, str | None, str]:
    """``(date, date_end, precision, kind)`` of a match of the ``relative`` pattern (groups ``g``)."""
    unit = (g["unit"] or g["unit2"] or g["unit3"] or g["unit4"] or g.get("unit6") or "day").lower()
    if unit in ("date", "morning", "afternoon", "evening", "night"):
        unit = "day"
    rel = (g["rel"] or g["rel3"] or "").lower()
    direction = (g["dir"] or g["dir5"] or "").lower()
    if g["unit4"] or rel == "same" or g["rel3"]:
        n, sign = 0, 0
    elif rel:
        n, sign = 1, (-1 if rel in ("previous", "preceding", "prior") else 1)
    elif g["dir5"]:
        n, sign = 1, (-1 if direction == "before" else 1)
    else:
        n = count_words(g["n"] or g.get("n6") or "1", 1)
        sign = -1 if direction in ("earlier", "before", "prior") else 1
    if unit == "year" and rel in ("previous", "preceding", "prior", "next", "following", "same"):
        base = int(previous.date[:4]) if previous and previous.date else year
        if base is None:
            return None, None, "year", "relative"
        return iso(base + sign * n), None, "year", "relative"
    return count_from(previous, n, unit, sign)


def count_from(previous: DateMention | None, n: int, unit: str, sign: int
               ) -> tuple[str | None, str | None, str | None, str]:
    """The date ``n`` ``unit``s after (``sign`` 1) or before (-1) ``previous``'s date; ``n`` -1 is a
    vague count ("several days"), which keeps the month (or year) of ``previous``. A count of days
    or weeks from a date known only to the month keeps that date: no false precision."""
    if previous is None or previous.date is None:
        return None, None, None, "relative"
    parts = [int(p) for p in previous.date.split("-")]
    prec = previous.precision or ("day" if len(parts) == 3 else "month" if len(parts) == 2 else "year")
    if n < 0:  # vague offset: keep the month (or year) of the previous date
        prec = "month" if prec == "day" else prec
        return iso(*parts[:2]) if prec == "month" else iso(parts[0]), None, prec, "relative"
    if unit in ("day", "week"):
        days = n * (7 if unit == "week" else 1) * sign
        if prec != "day" or len(parts) < 3:
            return previous.date, None, prec, "relative"
        d = _date(*parts) + timedelta(days=days)
        return d.isoformat(), None, "day", "relative"
    if unit == "month":
        if len(parts) < 2:
            return previous.date, None, prec, "relative"
        total = parts[0] * 12 + parts[1] - 1 + sign * n
        return iso(total // 12, total % 12 + 1), None, "month", "relative"
    return iso(parts[0] + sign * n), None, "year", "relative"
