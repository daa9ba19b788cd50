"""One record per date of a sentence (docs/EVALUATION.md, "One record per date"; round t-events75).

The dated path makes one record per date expression; where two expressions of one sentence give the same
date to the same type of occurrence ("On November 15, the judge ordered … reopened that same day", "the 2011
legislative elections … deemed the 2011 elections credible", "On February 4, media reported … killed … on
February 4"), the two records tell one occurrence: the first is kept, the second folded into it (its
participants, source and place where the first has none). A negated record and an asserted one stay apart.
"""
from __future__ import annotations

from ....records import Event


def _key(ev: Event) -> tuple:
    return (ev.evidence.start, ev.evidence.end, ev.type, ev.date, ev.date_end, ev.precision,
            ev.polarity == "negated")


def _fold(first: Event, other: Event) -> None:
    """What ``other`` tells that ``first`` does not: participants, source, place."""
    seen = {(p.role, p.name) for p in first.participants}
    first.participants.extend(p for p in other.participants if (p.role, p.name) not in seen)
    first.source = first.source or other.source
    first.place = first.place or other.place


def one_per_date(events: list[Event]) -> list[Event]:
    """``events`` with the second and later records of one (sentence, type, date) folded into the first."""
    first: dict[tuple, Event] = {}
    out: list[Event] = []
    for ev in events:
        kept = first.get(_key(ev))
        if kept is None:
            first[_key(ev)] = ev
            out.append(ev)
        else:
            _fold(kept, ev)
    return out
