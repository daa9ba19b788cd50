"""Merging across reports: whether two event records describe the same occurrence."""
from __future__ import annotations

import re

from ...records import Event

def _dates_compatible(a: Event, b: Event) -> bool:
    """Same date, or one is a coarser form of the other ("2022-01" and "2022-01-05")."""
    if not a.date or not b.date:
        return False
    short, long_ = sorted((a.date, b.date), key=len)
    if long_.startswith(short):
        return True
    # overlapping spans
    a_end, b_end = a.date_end or a.date, b.date_end or b.date
    return a.date <= b_end[:len(a.date)] and b.date <= a_end[:len(b.date)] if a.date_end or b.date_end else False


def _norm_name(name: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"['’]s\b|^the\s+", "", name.lower())).strip()


def same_event(a: Event, b: Event) -> bool:
    """Whether two event records (e.g. from two reports) describe the same occurrence.

    Same type, compatible dates (equal, or one a coarser precision of the other, or
    overlapping spans) and at least one shared participant (by entity id, else by
    normalised name; a surname alone matches the full name). Events without
    participants match only when both have none and the dates are equal at day precision.
    """
    if a.type != b.type or a.polarity == "negated" or b.polarity == "negated":
        return False
    if not _dates_compatible(a, b):
        return False
    if not a.participants or not b.participants:
        return not a.participants and not b.participants and a.precision == b.precision == "day" \
            and a.date == b.date
    ids_a = {p.entity for p in a.participants if p.entity}
    ids_b = {p.entity for p in b.participants if p.entity}
    if ids_a & ids_b:
        return True
    names_a = {_norm_name(p.name) for p in a.participants}
    names_b = {_norm_name(p.name) for p in b.participants}
    for x in names_a:
        for y in names_b:
            if x == y or (len(x) > 3 and len(y) > 3 and (x.split()[-1] == y.split()[-1])
                          and (x in y or y in x)):
                return True
    return False
