"""Figures about the same quantity given differently by different sources.

``disputed(figures)`` groups the figures of one report (or of several, by a key the caller
gives) that measure one quantity with different values from different sources: "238, according
to the government; approximately 260, according to human-rights observers". ``ask`` and the
ledger show such groups side by side rather than one number.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable

from ...records import Figure


DEATH_WORDS = {"die", "died", "dead", "death", "deaths", "kill", "killed", "killing", "killings"}
GENERIC_WORDS = {"person", "persons", "people", "individual", "individuals", "of", "the", "a", "an",
                 "in", "with", "from", "against", "percent", "were", "was", "had", "total"}
REPORTED_WORDS = {"report", "state", "say", "said", "estimate", "claim", "note", "announce",
                  "record", "document", "assert", "indicate", "allege", "confirm", "find",
                  "found", "show", "acknowledge", "publish", "cite", "include", "including",
                  "compare", "compared", "told"}


def _key_words(what: str | None) -> frozenset[str]:
    """Content words of a ``what``: light stems, death words merged, reporting verbs and
    generic person nouns dropped ("persons killed" and "deaths documented" → {death})."""
    words = set()
    for w in re.findall(r"[a-z]+", (what or "").lower()):
        if w in DEATH_WORDS:
            words.add("death")
            continue
        stem = re.sub(r"ies$", "y", w)
        stem = re.sub(r"(?:ed|s)$", "", stem) if len(stem) > 4 else stem
        if w in GENERIC_WORDS or w in REPORTED_WORDS or stem in REPORTED_WORDS:
            continue
        words.add(stem)
    return frozenset(words)


def _measure(f: Figure) -> str:
    return f.unit if f.unit == "percent" or (f.unit and f.unit.isupper()) else "count"


def disputed(figures: Iterable[Figure],
             group_key: Callable[[Figure], str] | None = None) -> list[list[Figure]]:
    """Groups of figures on the same quantity given differently by different sources.

    Figures are compared within one group key (default: the document; pass e.g. a
    function returning the country-year to compare reports of different publishers).
    Two figures are about the same quantity when they measure alike (count, percent or
    the same currency) and their ``what`` has the same content words once reporting
    verbs and generic person nouns are dropped and death words merged ("persons killed"
    = "deaths") and their values are within a factor of two of each other. A group is
    returned when it holds at least two values and at least two sources (the report
    itself, source None, counts as one).
    """
    key = group_key or (lambda f: f.doc)
    groups: dict[tuple, list[Figure]] = {}
    for f in figures:
        words = _key_words(f.what)
        if words:
            groups.setdefault((key(f), _measure(f), words), []).append(f)
    out = []
    for members in groups.values():
        for cluster in _close_values(members):
            values = {round(float(m.value), 6) for m in cluster}
            sources = {(m.source or "").lower().removeprefix("the ") for m in cluster}
            if len(values) > 1 and len(sources) > 1:
                out.append(sorted(cluster, key=lambda f: (f.doc, f.evidence.start)))
    return out


def _close_values(figs: list[Figure], ratio: float = 2.0) -> list[list[Figure]]:
    """Split figures into runs of values within ``ratio`` of their neighbours: estimates of
    one quantity are close (238 and 260 deaths), different quantities usually are not
    (6 deaths in custody, 238 deaths in all)."""
    ordered = sorted(figs, key=lambda f: float(f.value))
    runs: list[list[Figure]] = []
    for f in ordered:
        if runs and float(f.value) <= ratio * max(float(runs[-1][-1].value), 1e-9):
            runs[-1].append(f)
        else:
            runs.append([f])
    return runs
