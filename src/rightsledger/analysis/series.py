"""A country over the years: its reports as a line through time, every point cited.

``series(ledger, country)`` takes the country's reports (one per year: a second rendition
of the same report is left out) and gives:

* per classic topic, year by year, the number of events by type, with the evidence of
  the first events as citations. An event's topic is that of its sub-heading when the
  sub-heading has one, else of its section (or the parent section), so that 2016–2023 and
  the restructured 2024 edition count under the same topics;
* the figures that recur: figures whose ``what`` (normalised) appears in several years,
  each value cited;
* the people and organisations that appear in several years (the store links one
  real-world entity across reports), with the first mention of each year cited.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any

from ..errors import Code, RightsledgerError
from ..store.citations import DocumentRecords, section_containing

#: Citations kept per topic and year (the first events in text order).
CITED_PER_POINT = 3


@dataclass
class Point:
    """One cited thing in one report."""

    doc: str
    year: int | None
    start: int
    end: int
    text: str
    citation: str


@dataclass
class TopicYear:
    year: int | None
    doc: str
    events: int
    by_type: dict[str, int]
    cited: list[Point] = field(default_factory=list)


@dataclass
class TopicSeries:
    topic: str
    years: list[TopicYear]

    @property
    def total(self) -> int:
        return sum(y.events for y in self.years)


@dataclass
class FigurePoint:
    year: int | None
    value: float
    unit: str | None
    qualifier: str | None
    source: str | None
    point: Point


@dataclass
class RecurringFigure:
    what: str
    points: list[FigurePoint]


@dataclass
class EntityYears:
    entity: str
    name: str
    type: str
    years: list[int | None]
    first: list[Point]


@dataclass
class Series:
    country: str
    docs: list[dict[str, Any]]       # id, year, format
    topics: list[TopicSeries]
    figures: list[RecurringFigure]
    entities: list[EntityYears]

    @property
    def years(self) -> list[int | None]:
        return [d["year"] for d in self.docs]

    def topic(self, key: str) -> TopicSeries | None:
        return next((t for t in self.topics if t.topic == key), None)

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["years"] = self.years
        for t, td in zip(self.topics, d["topics"]):
            td["total"] = t.total
        return d


_NUM = re.compile(r"[\d.,%]+")


def _what_key(what: str | None) -> str | None:
    if not what:
        return None
    key = " ".join(_NUM.sub(" ", what.lower()).split())
    return key if len(key) >= 4 else None


def _country_docs(ledger: Any, country: str) -> list[dict[str, Any]]:
    want = country.strip().lower()
    rows = [d for d in ledger.documents()
            if (d.get("country") or "").lower() == want or (d.get("country_code") or "").lower() == want]
    if not rows:
        raise RightsledgerError(Code.BAD_ARGUMENT, detail=f"no reports of {country!r} in the database")
    by_year: dict[Any, dict[str, Any]] = {}
    for d in sorted(rows, key=lambda d: (d.get("rendition_of") is not None, d.get("ingested_at") or "")):
        by_year.setdefault(d.get("year"), d)      # the first rendition of each year's report
    return [by_year[y] for y in sorted(by_year, key=lambda y: (y is None, y or 0))]


class _Topics:
    """The topic at an offset of one document: sub-heading, else section, else parent."""

    def __init__(self, recs: DocumentRecords) -> None:
        self.sections = recs.sections
        self.by_id = {s.id: s for s in recs.sections}
        subs = sorted((s for s in recs.subtopics if s.topic), key=lambda s: s.start)
        self.sub_starts = [s.start for s in subs]
        self.subs = subs

    def at(self, offset: int) -> str | None:
        k = bisect.bisect_right(self.sub_starts, offset) - 1
        if k >= 0 and self.subs[k].start <= offset < self.subs[k].end:
            return self.subs[k].topic
        sec = section_containing(self.sections, offset)
        while sec is not None:
            if sec.topic and sec.topic != "executive_summary":
                return sec.topic
            if sec.topic == "executive_summary":
                return None
            sec = self.by_id.get(sec.parent or "")
        return None


def series(ledger: Any, country: str, *, min_years: int = 2) -> Series:
    """The country's reports year by year (see the module docstring)."""
    docs = _country_docs(ledger, country)
    per_topic: dict[str, list[TopicYear]] = defaultdict(list)
    figures: dict[str, list[FigurePoint]] = defaultdict(list)
    seen: dict[str, dict[Any, Point]] = defaultdict(dict)
    names: dict[str, tuple[str, str]] = {}
    for d in docs:
        recs = DocumentRecords(ledger.store, d["id"])
        topics = _Topics(recs)
        year = d.get("year")

        def point(start: int, end: int) -> Point:
            return Point(d["id"], year, start, end, recs.text[start:end], recs.citation(start))

        counts: dict[str, Counter] = defaultdict(Counter)
        cited: dict[str, list[Point]] = defaultdict(list)
        for ev in sorted(recs.events, key=lambda e: e.evidence.start):
            if ev.polarity == "negated":
                continue
            topic = topics.at(ev.evidence.start)
            if topic is None:
                continue
            counts[topic][ev.type] += 1
            if len(cited[topic]) < CITED_PER_POINT:
                cited[topic].append(point(ev.evidence.start, ev.evidence.end))
        for topic, c in counts.items():
            per_topic[topic].append(TopicYear(year, d["id"], sum(c.values()), dict(c.most_common()),
                                              cited[topic]))
        for f in recs.figures:
            key = _what_key(f.what)
            if key and not any(p.year == year for p in figures[key]):
                figures[key].append(FigurePoint(year, f.value, f.unit, f.qualifier, f.source,
                                                point(f.evidence.start, f.evidence.end)))
        for e in recs.entities:
            if e.type not in ("person", "organization") or not e.mentions:
                continue
            s, t = min(e.mentions)
            names[e.id] = (e.name, e.type)
            seen[e.id].setdefault(year, point(s, t))
    years = [d.get("year") for d in docs]
    topic_rows = []
    for topic, rows in per_topic.items():
        have = {r.year for r in rows}
        for d in docs:                       # a year without events on the topic: zero
            if d.get("year") not in have:
                rows.append(TopicYear(d.get("year"), d["id"], 0, {}))
        rows.sort(key=lambda r: years.index(r.year))
        topic_rows.append(TopicSeries(topic, rows))
    topic_rows.sort(key=lambda t: -t.total)
    recurring = [RecurringFigure(what, sorted(pts, key=lambda p: years.index(p.year)))
                 for what, pts in figures.items() if len(pts) >= min_years]
    recurring.sort(key=lambda r: (-len(r.points), r.what))
    entities = [EntityYears(eid, names[eid][0], names[eid][1], list(by_year),
                            list(by_year.values()))
                for eid, by_year in seen.items() if len(by_year) >= min_years]
    entities.sort(key=lambda e: (-len(e.years), e.name))
    return Series(docs[0].get("country") or country,
                  [{"id": d["id"], "year": d.get("year"), "format": d.get("format")} for d in docs],
                  topic_rows, recurring, entities)
