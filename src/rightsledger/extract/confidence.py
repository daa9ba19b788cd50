"""How sure the extractors are of a record (0–1): what they know today, not yet calibrated.

A simple prior per kind, lowered by what is known to go wrong (measured on reports nobody
tuned on: event types outside Section 1 are wrong about one time in three; a type
``other`` is a guess; a year-only date was anchored loosely; a figure without ``what``
counts nothing in particular). Until the extraction work calibrates these, they serve to
order the review queue, least certain first.
"""
from __future__ import annotations

from typing import Any

PRIOR = {"event": 0.8, "figure": 0.85, "provision": 0.75, "entity": 0.85}


def confidence(kind: str, rec: dict[str, Any]) -> float:
    c = PRIOR.get(kind, 0.7)
    if kind == "event":
        section = str(rec.get("section") or "")
        if not section.startswith("1"):
            c -= 0.15
        if rec.get("type") == "other":
            c -= 0.25
        if rec.get("precision") == "year":
            c -= 0.05
        if rec.get("polarity") == "alleged":
            c -= 0.05
        if not rec.get("participants"):
            c -= 0.05
    elif kind == "figure":
        if not rec.get("what"):
            c -= 0.25
        if rec.get("qualifier") != "exact":
            c -= 0.05
        if rec.get("value_end") is not None:
            c -= 0.05
    elif kind == "provision":
        q = rec.get("quantity") or {}
        if q.get("value") is None:
            c -= 0.15
        if not rec.get("subject"):
            c -= 0.1
    elif kind == "entity":
        n = len(rec.get("mentions") or [])
        if n <= 1:
            c -= 0.2
        elif n >= 5:
            c += 0.05
        if rec.get("type") == "place" and "lat" not in (rec.get("attributes") or {}):
            c -= 0.1
    return round(max(0.05, min(0.99, c)), 2)
