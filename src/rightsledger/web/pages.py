"""Server-rendered pages of the web UI (Jinja2), thin over :class:`rightsledger.Ledger`.

Library, report reader, entity page, search, figures and provisions. Every asset is
served from ``/static`` (no CDN); report text is always escaped (Jinja2 autoescape, and
``highlight`` for the reader's text).
"""
from __future__ import annotations

import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any, Optional

from fastapi import APIRouter, File, Form, Header, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, Response

from ..errors import Code, RightsledgerError
from ..ledger import Ledger
from ..records import EVENT_TYPES, NORMS
from ..store.citations import CitationCache
from .auth import check_write
from .highlight import (
    KINDS,
    safe_json,
    chunk_spans,
    records_dict,
    entity_marks,
    event_marks,
    figure_marks,
    non_overlapping,
    provision_marks,
    with_status,
)
from .highlight import blocks as text_blocks
from .render import error_page, page, templates, viewer
from .review import vocab_json

router = APIRouter(include_in_schema=False)
UPLOAD_SUFFIXES = {".txt", ".md", ".html", ".htm", ".pdf", ".docx"}


def _ledger(request: Request) -> Ledger:
    return request.app.state.ledger


def _page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return page(request, name, status, **context)


__all__ = ["router", "error_page"]


@router.get("/", response_class=HTMLResponse)
def library(request: Request) -> HTMLResponse:
    docs = _ledger(request).documents()
    by_country: dict[str, list[dict[str, Any]]] = {}
    for d in docs:
        by_country.setdefault(d.get("country") or "Unknown", []).append(d)
    for rows in by_country.values():
        rows.sort(key=lambda d: (d.get("year") or 0), reverse=True)
    return _page(request, "library.html", groups=sorted(by_country.items()), total=len(docs),
                 max_mb=request.app.state.max_upload_bytes // 1_000_000)


@router.post("/upload")
async def upload(request: Request, file: UploadFile = File(...), csrf: Optional[str] = Form(None),
                 x_csrf_token: Optional[str] = Header(None)) -> Response:
    """Ingest an uploaded report with the CLI's readers and limits; JSON for scripts, else HTML.
    Needs the page's CSRF token (form field ``csrf`` or ``X-CSRF-Token``) and an editor."""
    limit = request.app.state.max_upload_bytes
    name = Path(file.filename or "upload.txt").name
    wants_json = "application/json" in request.headers.get("accept", "")
    suffix = Path(name).suffix.lower()
    try:
        check_write(request, x_csrf_token or csrf)
        if suffix not in UPLOAD_SUFFIXES:
            raise RightsledgerError(Code.UNSUPPORTED, path=name, suffix=suffix or name)
        data = await file.read(limit + 1)
        if len(data) > limit:
            raise RightsledgerError(Code.TOO_LARGE, path=name, size=len(data), limit=limit)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / name
            path.write_bytes(data)
            result = _ledger(request).ingest_file(path, max_bytes=limit)
        if not result.ok:
            message = (result.error or "").replace(str(path), name)
            raise _Failed(message, result.code or "")
    except RightsledgerError as err:
        message, code, status = str(err), err.code.code, err.status
    except _Failed as failed:
        message, code, status = failed.message, failed.code, 422
    else:
        payload = {"doc": result.doc, "status": result.status, "url": f"/docs/{result.doc}"}
        if wants_json:
            return JSONResponse(payload)
        return Response(status_code=303, headers={"Location": payload["url"]})
    if wants_json:
        return JSONResponse({"error": {"code": code, "message": message, "status": status}},
                            status_code=status)
    docs = _ledger(request).documents()
    return _page(request, "library.html", status=status, groups=[], total=len(docs),
                 upload_error=message, max_mb=limit // 1_000_000)


class _Failed(Exception):
    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.message, self.code = message, code


@router.get("/docs/{doc_id}", response_class=HTMLResponse)
def reader(request: Request, doc_id: str, hl: str | None = None) -> HTMLResponse:
    """The report: its outline, the first piece of its text (and the piece a ``hl`` span
    is in) with extractions highlighted; the other pieces load as the reader scrolls."""
    t0 = time.perf_counter()
    ledger = _ledger(request)
    store = ledger.store
    doc = store.document(doc_id)
    text = store.document_text(doc_id)
    outline = _Outline(store, doc_id, len(text), request.app.state.reader_first_chars)
    reviews = ledger.reviews(doc_id)
    target = _parse_span(hl, len(text))
    wanted = {0} | ({outline.chunk_of(target[0])} if target else set())
    chunks = []
    records: dict[str, Any] = {}
    for i, span in enumerate(outline.spans):
        if i in wanted:
            piece = _render_chunk(store, doc_id, text, outline, span, target, reviews)
            records.update(piece["records"])
            chunks.append({"i": i, "span": span, **piece})
        else:
            chunks.append({"i": i, "span": span, "blocks": None})
    return _page(request, "reader.html", doc=doc, doc_id=doc_id, sections=outline.sections, chunks=chunks,
                 records=safe_json(records), reviews=reviews, vocab=vocab_json(), kinds=KINDS,
                 counts=_mark_counts(store, doc_id), render_ms=(time.perf_counter() - t0) * 1000)


@router.get("/docs/{doc_id}/pieces/{i}", response_class=HTMLResponse)
def reader_piece(request: Request, doc_id: str, i: int) -> HTMLResponse:
    """One piece of the reader (HTML fragment), as ``app.js`` fetches it."""
    ledger = _ledger(request)
    store = ledger.store
    text = store.document_text(doc_id)
    outline = _Outline(store, doc_id, len(text), request.app.state.reader_first_chars)
    if not 0 <= i < len(outline.spans):
        raise RightsledgerError(Code.BAD_ARGUMENT, detail=f"no piece {i} (0..{len(outline.spans) - 1})")
    span = outline.spans[i]
    piece = _render_chunk(store, doc_id, text, outline, span, None, ledger.reviews(doc_id))
    return templates.TemplateResponse(request, "_piece.html", {
        **viewer(request), "chunk": {"i": i, "span": span, **piece}, "reviews": piece["reviews"],
        "records": safe_json(piece["records"]), "doc_id": doc_id})


@router.get("/docs/{doc_id}/events/{section}", response_class=HTMLResponse)
def section_events(request: Request, doc_id: str, section: str) -> HTMLResponse:
    """Every event of a section, in date order (HTML fragment; the reader shows the first)."""
    store = _ledger(request).store
    store.document(doc_id)
    evs = sorted(store.events(doc=doc_id, section=section, include_rejected=True),
                 key=lambda e: (e.date, e.evidence.start))
    return templates.TemplateResponse(request, "_events.html", {
        **viewer(request), "events": evs, "doc_id": doc_id, "reviews": _ledger(request).reviews(doc_id)})


class _Outline:
    """A document's headings and paragraphs, cut into the reader's pieces."""

    def __init__(self, store: Any, doc_id: str, length: int, budget: int) -> None:
        self.sections = store.sections(doc_id)
        self.subtopics = store.subtopics(doc_id)
        self.paragraphs = store.paragraphs(doc_id)
        self.spans = chunk_spans(length, self.sections, self.subtopics, self.paragraphs, budget)
        self._starts = [a for a, _ in self.spans]

    def chunk_of(self, offset: int) -> int:
        import bisect

        return max(0, bisect.bisect_right(self._starts, offset) - 1)


def _render_chunk(store: Any, doc_id: str, text: str, outline: _Outline, span: tuple[int, int],
                  target: tuple[int, int] | None,
                  reviews: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Blocks (headings, highlighted paragraphs), section events and records of one piece.

    Rejected records are shown too (struck through, with their review state)."""
    entities = store.entities(doc=doc_id, within=span)
    events = store.events(doc=doc_id, within=span, include_rejected=True)
    figures = store.figures(doc=doc_id, within=span, include_rejected=True)
    provisions = store.provisions(doc=doc_id, within=span, include_rejected=True)
    marks = with_status(non_overlapping(
        entity_marks(entities) + event_marks(text, events)
        + figure_marks(text, figures) + provision_marks(text, provisions)), reviews)
    paragraphs = [p for p in outline.paragraphs if span[0] <= p.start < span[1]]
    sections = [s for s in outline.sections if span[0] <= s.start < span[1]]
    subtopics = [t for t in outline.subtopics if span[0] <= t.start < span[1]]
    cites = CitationCache(store)
    citations = {p.start: cites.cite(doc_id, p.start) for p in paragraphs}
    blocks = text_blocks(text, sections, subtopics, paragraphs, marks, citations, target)
    events_by_section: dict[str, list[Any]] = {}
    for s in sections:
        if s.level == 1:
            evs = store.events(doc=doc_id, section=s.id, include_rejected=True)
            events_by_section[s.id] = sorted(evs, key=lambda e: (e.date, e.evidence.start))
    return {"blocks": blocks, "events_by_section": events_by_section, "reviews": reviews,
            "records": records_dict(entities, events, figures, provisions, reviews, evidence=False)}


def _mark_counts(store: Any, doc_id: str) -> Counter:
    from sqlalchemy import text as sql

    counts: Counter = Counter()
    with store.reading() as conn:
        for kind, n in conn.execute(sql(
                "SELECT e.type, COUNT(*) FROM mentions m JOIN entities e ON e.id = m.entity "
                "WHERE m.doc = :d GROUP BY e.type"), {"d": doc_id}):
            counts[kind] = n
        for kind, table in (("date", "events"), ("figure", "figures"), ("provision", "provisions")):
            counts[kind] = conn.execute(sql(f"SELECT COUNT(*) FROM {table} WHERE doc = :d"),
                                        {"d": doc_id}).scalar() or 0
    return counts


def _parse_span(value: str | None, length: int) -> tuple[int, int] | None:
    if not value:
        return None
    try:
        a, b = (int(x) for x in value.split("-", 1))
    except ValueError:
        return None
    return (a, b) if 0 <= a < b <= length else None


@router.get("/entities/{entity_id:path}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: str) -> HTMLResponse:
    ledger = _ledger(request)
    ents = ledger.store.entities(ids=[entity_id])
    view = ledger.entity(ents[0].name if ents else entity_id)
    timeline = ledger.timeline(view.entity.name) if view.events else []
    return _page(request, "entity.html", view=view, timeline=timeline)


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str = "", country: str | None = None, year: str | None = None,
                doc: str | None = None, section: str | None = None, entity: str | None = None,
                event_type: str | None = None, date_from: str | None = None,
                date_to: str | None = None, limit: int = 50) -> HTMLResponse:
    from ..store.search import group_hits, search

    ledger = _ledger(request)
    filters = {"country": country or None, "year": int(year) if year and year.isdigit() else None,
               "doc": doc or None, "section": section or None, "entity": entity or None,
               "event_type": event_type or None, "date_from": date_from or None,
               "date_to": date_to or None}
    groups, error, n = [], None, 0
    if q.strip():
        try:
            hits = search(ledger.store, q, limit=min(max(limit, 1), 200), **filters)
            n = len(hits)
            groups = group_hits(hits)
        except RightsledgerError as err:
            error = str(err)
    return _page(request, "search.html", q=q, filters=filters, groups=groups, n=n, error=error,
                 event_types=EVENT_TYPES, docs=ledger.documents())


@router.get("/ask", response_class=HTMLResponse)
def ask_page(request: Request, q: str = "", doc: str | None = None, country: str | None = None,
             topic: str | None = None, limit: int = 10) -> HTMLResponse:
    """A question in plain English: the answers (figures, dates, people) above the passages."""
    ledger = _ledger(request)
    result, error = None, None
    if q.strip():
        try:
            result = ledger.ask(q, limit=min(max(limit, 1), 50), doc=doc or None,
                                country=country or None, topic=topic or None)
        except RightsledgerError as err:
            error = str(err)
    return _page(request, "ask.html", q=q, doc=doc or "", country=country or "", topic=topic or "",
                 result=result, error=error, docs=ledger.documents())


@router.get("/figures", response_class=HTMLResponse)
def figures_page(request: Request, doc: str | None = None, about: str | None = None) -> HTMLResponse:
    ledger = _ledger(request)
    figures = ledger.figures(doc=doc or None, about=about or None)
    disputed = ledger.disputed_figures(doc=doc or None, about=about or None)
    events = ledger.events(doc=doc or None)
    per_month = Counter(e.date[:7] for e in events if e.precision in ("day", "month"))
    per_type = Counter(e.type for e in events)
    return _page(request, "figures.html", figures=figures, disputed=disputed, doc=doc, about=about,
                 docs=ledger.documents(), per_month=sorted(per_month.items()),
                 per_type=per_type.most_common())


@router.get("/provisions", response_class=HTMLResponse)
def provisions_page(request: Request, doc: str | None = None) -> HTMLResponse:
    ledger = _ledger(request)
    provisions = ledger.provisions(doc=doc or None)
    grouped = {n: [p for p in provisions if p.norm == n] for n in NORMS}
    return _page(request, "provisions.html", grouped=grouped, doc=doc, docs=ledger.documents())


@router.get("/compare", response_class=HTMLResponse)
def compare_page(request: Request, a: str | None = None, b: str | None = None) -> HTMLResponse:
    """Two reports side by side, section by section."""
    ledger = _ledger(request)
    comparison = ledger.compare(a, b) if a and b else None
    return _page(request, "compare.html", comparison=comparison, a=a, b=b, docs=ledger.documents())


@router.get("/series", response_class=HTMLResponse)
def series_page(request: Request, country: str | None = None) -> HTMLResponse:
    """A country over the years: a bar chart (inline SVG, no script) per topic."""
    ledger = _ledger(request)
    docs = ledger.documents()
    countries = sorted({d["country"] for d in docs if d.get("country")})
    result = ledger.series(country) if country else None
    return _page(request, "series.html", series=result, country=country, countries=countries)


@router.get("/docs/{doc_id}/indicators", response_class=HTMLResponse)
def indicators_page(request: Request, doc_id: str) -> HTMLResponse:
    ledger = _ledger(request)
    return _page(request, "indicators.html", doc=ledger.document(doc_id),
                 indicators=ledger.indicators(doc_id))
