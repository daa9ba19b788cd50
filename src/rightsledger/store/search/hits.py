"""Hits (sentences with citation and keyword-in-context snippet) and the SQL both backends share:
filters, paging, statements, and citations in two statements whatever the page size.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Iterable

from sqlalchemy import text as sql

from ...errors import Code, RightsledgerError
from ...records import EVENT_TYPES
from .query import CLOSE, OPEN, DATE_RE, MAX_LIMIT, SNIPPET_CHARS

if TYPE_CHECKING:
    from ..store import Store

# -- hits ----------------------------------------------------------------------------------


@dataclass
class Hit:
    """One sentence that matches, best first (``rank`` from 1)."""

    rank: int
    doc: str
    section: str | None
    start: int
    end: int
    text: str
    score: float
    citation: str
    snippet: list[tuple[str, bool]] = field(default_factory=list)

    @property
    def link(self) -> str:
        """A stable link to the exact span, served by the web UI."""
        return f"/docs/{self.doc}#{self.start}-{self.end}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": "hit", "rank": self.rank, "doc": self.doc, "section": self.section,
            "start": self.start, "end": self.end, "text": self.text,
            "score": round(self.score, 6), "citation": self.citation,
            "snippet": [[t, m] for t, m in self.snippet],
        }

    def snippet_markup(self, open: str = "[", close: str = "]") -> str:
        """The snippet as plain text with matches between ``open`` and ``close`` (for terminals)."""
        return "".join(f"{open}{t}{close}" if m else t for t, m in self.snippet)


@dataclass
class SectionGroup:
    section: str | None
    hits: list[Hit]


@dataclass
class DocGroup:
    doc: str
    sections: list[SectionGroup]

    @property
    def count(self) -> int:
        return sum(len(s.hits) for s in self.sections)


def group_hits(hits: Iterable[Hit]) -> list[DocGroup]:
    """Hits grouped by document, then section, each group in the order of its best hit."""
    docs: dict[str, dict[str | None, list[Hit]]] = {}
    for h in hits:
        docs.setdefault(h.doc, {}).setdefault(h.section, []).append(h)
    return [DocGroup(d, [SectionGroup(s, hs) for s, hs in secs.items()]) for d, secs in docs.items()]


def snippet_pieces(marked: str, limit: int = SNIPPET_CHARS) -> list[tuple[str, bool]]:
    """``highlight()`` output (matches between \\x02 and \\x03) → ``(text, is_match)`` pieces,
    cut to about ``limit`` characters around the first match (``…`` marks a cut)."""
    pieces: list[tuple[str, bool]] = []
    for part in re.split(f"({OPEN}[^{CLOSE}]*{CLOSE})", marked):
        if not part:
            continue
        if part.startswith(OPEN) and part.endswith(CLOSE):
            pieces.append((part[1:-1], True))
        else:
            pieces.append((part.replace(OPEN, "").replace(CLOSE, ""), False))
    plain = "".join(t for t, _ in pieces)
    if len(plain) <= limit:
        return _merge(pieces)
    first = 0
    pos = 0
    for t, m in pieces:
        if m:
            first = pos
            break
        pos += len(t)
    lo = max(0, min(first - limit // 3, len(plain) - limit))
    hi = min(len(plain), lo + limit)
    # widen to word boundaries
    while lo > 0 and not plain[lo - 1].isspace() and first - lo < limit // 2:
        lo -= 1
    while hi < len(plain) and not plain[hi].isspace() and hi - lo < limit + 40:
        hi += 1
    out: list[tuple[str, bool]] = []
    pos = 0
    for t, m in pieces:
        s, e = pos, pos + len(t)
        pos = e
        a, b = max(s, lo), min(e, hi)
        if a < b:
            out.append((t[a - s:b - s], m))
    if lo > 0:
        out.insert(0, ("…", False))
    if hi < len(plain):
        out.append(("…", False))
    return _merge(out)


def _merge(pieces: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    out: list[tuple[str, bool]] = []
    for t, m in pieces:
        if out and out[-1][1] == m:
            out[-1] = (out[-1][0] + t, m)
        elif t:
            out.append((t, m))
    return out


# -- the search ----------------------------------------------------------------------------

_PARAM_RE = re.compile(r"(?<![:\w\\]):(\w+)(?!:)")  # what sqlalchemy.text() takes for a parameter


@functools.lru_cache(maxsize=1024)
def _pyformat(stmt: str) -> str:
    """``:name`` parameters as ``%(name)s`` (psycopg's style); a literal ``%`` doubled."""
    return _PARAM_RE.sub(r"%(\1)s", stmt.replace("%", "%%"))


def run_sql(conn: Any, stmt: str, params: dict[str, Any] | None = None) -> Any:
    """Run SQL text with ``:name`` parameters straight on the driver (no statement
    compilation, which costs more than the query on small pages): SQLite's style as it is,
    psycopg's ``%(name)s`` rewritten once per statement; through SQLAlchemy elsewhere."""
    if conn.dialect.name == "sqlite":
        return conn.exec_driver_sql(stmt, params or {})
    if conn.dialect.paramstyle == "pyformat":
        return conn.exec_driver_sql(_pyformat(stmt), params or {})
    return conn.execute(sql(stmt), params or {})


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _check_date(value: str | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    value = str(value).strip()
    if not DATE_RE.match(value):
        raise RightsledgerError(Code.BAD_ARGUMENT, detail=f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    return value


#: The filters of a sentence search, as :func:`search_filters` takes them (``headings`` is no filter:
#: it says which text a query matches).
FILTERS = ("country", "year", "doc", "section", "subtopic", "entity", "event_type", "date_from", "date_to",
           "topic")


def every_filter(filters: dict[str, Any]) -> dict[str, Any]:
    """``filters`` with each filter of :data:`FILTERS` it does not give as ``None``: the keyword arguments
    of :func:`search_filters` from a backend's ``**filters``."""
    return {**dict.fromkeys(FILTERS), **filters}


def search_filters(store: "Store", *, country: str | None, year: int | None, doc: str | None,
             section: str | None, subtopic: str | None, entity: str | None,
             event_type: str | None, date_from: str | None, date_to: str | None,
             topic: str | None = None) -> tuple[list[str], dict[str, Any], bool]:
    """SQL conditions on ``s`` (sentences) and their parameters; ``False`` when nothing can match."""
    where: list[str] = []
    params: dict[str, Any] = {}
    if country:
        where.append("s.doc IN (SELECT id FROM documents WHERE lower(country) = :country "
                     "OR lower(country_code) = :country)")
        params["country"] = country.strip().lower()
    if year is not None:
        where.append("s.doc IN (SELECT id FROM documents WHERE year = :year)")
        params["year"] = int(year)
    if doc:
        where.append("s.doc = :doc")
        params["doc"] = doc
    if section:
        where.append("(s.section = :section OR s.section LIKE :section_like ESCAPE '\\')")
        params["section"] = section
        params["section_like"] = _like_escape(section) + ".%"
    if subtopic:
        where.append(
            "EXISTS (SELECT 1 FROM subtopics t WHERE t.doc = s.doc AND t.start <= s.start "
            "AND s.start < t.\"end\" AND (lower(t.title) LIKE :subtopic ESCAPE '\\' "
            "OR t.topic = :subtopic_topic))")
        params["subtopic"] = "%" + _like_escape(subtopic.strip().lower()) + "%"
        params["subtopic_topic"] = subtopic.strip()
    if topic:
        # the classic-outline topic of the section or sub-heading the sentence stands under:
        # the same topic across years and layouts ("political_prisoners", "torture", …)
        where.append(
            "(EXISTS (SELECT 1 FROM sections x WHERE x.doc = s.doc AND x.start <= s.start "
            "AND s.start < x.\"end\" AND x.topic = :topic) OR EXISTS (SELECT 1 FROM subtopics t "
            "WHERE t.doc = s.doc AND t.start <= s.start AND s.start < t.\"end\" AND t.topic = :topic))")
        params["topic"] = topic.strip()
    if entity:
        ids = store.find_entities(entity, limit=50)
        if not ids:
            return where, params, False
        names = []
        for i, eid in enumerate(ids):
            params[f"ent{i}"] = eid
            names.append(f":ent{i}")
        # driven from the entity's mentions (few) rather than probed for every sentence
        where.append(
            "s.id IN (SELECT ms.id FROM mentions m JOIN sentences ms ON ms.doc = m.doc "
            f"AND ms.start <= m.start AND m.start < ms.\"end\" WHERE m.entity IN ({', '.join(names)}))")
    date_from = _check_date(date_from, "date_from")
    date_to = _check_date(date_to, "date_to")
    if event_type or date_from or date_to:
        # the event's evidence starts in the sentence (it is the sentence or a clause of it)
        cond = ["e.doc = s.doc", "e.start >= s.start", "e.start < s.\"end\""]
        if event_type:
            if event_type not in EVENT_TYPES:
                raise RightsledgerError(Code.BAD_ARGUMENT, detail=(
                    f"unknown event type {event_type!r}; use one of {', '.join(EVENT_TYPES)}"))
            cond.append("e.type = :event_type")
            params["event_type"] = event_type
        if date_from:
            # an event overlaps the range if it ends on or after date_from
            cond.append("coalesce(e.date_end, e.date) >= :date_from")
            params["date_from"] = date_from
        if date_to:
            cond.append("e.date <= :date_to")
            params["date_to"] = date_to + "\uffff"
        where.append(f"EXISTS (SELECT 1 FROM events e WHERE {' AND '.join(cond)})")
    return where, params, True


def check_page(limit: int, offset: int) -> None:
    """Raises the catalogue's bad-argument error unless ``limit`` is 1 to ``MAX_LIMIT`` and ``offset`` is 0
    or more."""
    if not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        raise RightsledgerError(Code.BAD_ARGUMENT, detail=f"limit must be between 1 and {MAX_LIMIT}")
    if not isinstance(offset, int) or offset < 0:
        raise RightsledgerError(Code.BAD_ARGUMENT, detail="offset must be 0 or more")


def text_only(match: str) -> str:
    """An FTS5 expression restricted to the sentence text (not the ``heading`` column)."""
    return f"text : ({match})"


def search_statement(match: str | None, where: list[str], select_extra: str, order: str) -> str:
    """The SQL text of a sentence search: over the full-text index when there is a ``match``, else over
    sentences, with the ``where`` conditions and the ``order``."""
    conds = list(where)
    if match is not None:
        conds.insert(0, "sentences_fts MATCH :match")
        return (f"SELECT s.id, s.doc, s.section, s.start, s.\"end\", s.text{select_extra} "
                "FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid "
                f"WHERE {' AND '.join(conds)} {order}")
    return (f"SELECT s.id, s.doc, s.section, s.start, s.\"end\", s.text{select_extra} "
            f"FROM sentences s {'WHERE ' + ' AND '.join(conds) if conds else ''} {order}")


def _citations(store: "Store", spots: list[tuple[str, int]]) -> list[str]:
    """Citations for (doc, offset) pairs in two statements, whatever their number.

    The same text as :func:`rightsledger.store.citations.format_citation`, without loading each
    document's whole outline: only the sections and the paragraph that hold each offset.
    """
    from ...records import Paragraph, Section
    from ..citations import format_citation

    if not spots:
        return []
    # the documents as the store remembers them (no query until the database changes)
    documents = {}
    for d in sorted({d for d, _ in spots}):
        try:
            documents[d] = store.document(d)
        except RightsledgerError:  # deleted since the hits were found
            pass
    params: dict[str, Any] = {}
    values = []
    for k, (d, off) in enumerate(spots):
        params[f"hd{k}"], params[f"ho{k}"] = d, off
        values.append(f"({k}, :hd{k}, :ho{k})")
    cte = f"WITH h(k, doc, off) AS (VALUES {', '.join(values)}) "
    with store.reading() as conn:
        sections: dict[int, list[Section]] = {}
        for r in run_sql(conn, (
                cte + 'SELECT h.k, s.doc, s.id, s.title, s.level, s.parent, s.start, s."end", s.topic '
                'FROM h JOIN sections s ON s.doc = h.doc AND s.start <= h.off AND s."end" > h.off'), params):
            sections.setdefault(r[0], []).append(Section(*r[1:]))
        paras: dict[int, list[Paragraph]] = {}
        for r in run_sql(conn, (
                cte + 'SELECT h.k, p.doc, p.section, p.subtopic, p.n, p.start, p."end" '
                # the last paragraph starting at or before the offset: one index seek
                'FROM h JOIN paragraphs p ON p.doc = h.doc AND p.start = (SELECT MAX(p2.start) '
                'FROM paragraphs p2 WHERE p2.doc = h.doc AND p2.start <= h.off) AND p."end" > h.off'), params):
            paras.setdefault(r[0], []).append(Paragraph(*r[1:]))
    out = []
    for k, (d, off) in enumerate(spots):
        doc = documents.get(d)
        out.append(format_citation(doc, sections.get(k, []), paras.get(k, []), off) if doc else d)
    return out


def rows_to_hits(store: "Store", rows: Iterable[Any], offset: int, cite: bool = True) -> list[Hit]:
    """Rows ``(id, doc, section, start, end, text, r, hl)`` → hits; ``cite=False`` leaves their
    citations empty (a ranking that shows a few of many candidates cites those: :func:`cited`)."""
    rows = list(rows)
    cites = _citations(store, [(r[1], r[3]) for r in rows]) if cite else [""] * len(rows)
    hits = []
    for i, (row, cite) in enumerate(zip(rows, cites), start=offset + 1):
        _id, doc, section, start, end, text, r, hl = row
        if hl is not None and hl.replace(OPEN, "").replace(CLOSE, "") == text:
            pieces = snippet_pieces(hl)
        else:
            pieces = snippet_pieces(text.replace(OPEN, "").replace(CLOSE, ""))
        hits.append(Hit(i, doc, section, start, end, text, -float(r or 0.0) + 0.0, cite, pieces))
    return hits


def cited(store: "Store", hits: list[Hit]) -> list[Hit]:
    """``hits`` with their citations (those found with ``cite=False``), in two statements."""
    cites = _citations(store, [(h.doc, h.start) for h in hits])
    return [replace(h, citation=c) for h, c in zip(hits, cites)]
