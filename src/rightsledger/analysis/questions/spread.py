"""Which reports a question's passages come from, and whether to suggest narrowing it.

A question that names no report, asked of a whole library, is answered by sentences of several
reports; choosing the report is most of what the ranking gets wrong there (of the dev questions
missed across the corpus, 20 of 22 are answered when asked of their own report:
docs/rounds/2026-12-10-07-t-ask6.md). So an answer says where its passages come from, and when
they come from several countries and the question named none, it suggests narrowing by country
or year instead of pretending one ranking fits every reader.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable

if TYPE_CHECKING:
    from ...store import Store

#: passages from at least this many reports, of at least this many countries, suggest narrowing
MIN_REPORTS, MIN_COUNTRIES = 3, 2
#: a filter that already names the report, its country or its year
NARROWING_FILTERS = ("doc", "country", "year")


@dataclass(frozen=True)
class ReportShare:
    """One report among a question's passages: how many of them it gave."""

    doc: str
    country: str | None
    year: int | None
    hits: int

    def as_dict(self) -> dict[str, Any]:
        return {"doc": self.doc, "country": self.country, "year": self.year, "hits": self.hits}


def spread(store: "Store", hits: Iterable[Any]) -> list[ReportShare]:
    """The reports of ``hits`` (each with a ``doc``), in the order of their best passage."""
    counts: dict[str, int] = {}
    for h in hits:
        counts[h.doc] = counts.get(h.doc, 0) + 1
    if not counts:
        return []
    meta = {d["id"]: d for d in store.documents() if d["id"] in counts}
    return [ReportShare(doc, meta.get(doc, {}).get("country"), meta.get(doc, {}).get("year"), n)
            for doc, n in counts.items()]


def should_narrow(shares: list[ReportShare], filters: dict[str, Any]) -> bool:
    """True when the question named no report, country or year and its passages come from
    :data:`MIN_REPORTS` reports or more of :data:`MIN_COUNTRIES` countries or more."""
    if any(filters.get(k) for k in NARROWING_FILTERS):
        return False
    countries = {(s.country or "").lower() for s in shares if s.country}
    return len(shares) >= MIN_REPORTS and len(countries) >= MIN_COUNTRIES
