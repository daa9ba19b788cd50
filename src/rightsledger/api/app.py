"""The read-only REST API: thin routes over :class:`~rightsledger.ledger.Ledger` and search.

``create_app(db)`` builds the FastAPI app; ``rightsledger serve`` runs it with uvicorn.
Every route is under ``/api`` (``/`` and ``/static`` are left to the web UI, mounted
with ``ui=True`` when :mod:`rightsledger.web` is installed). The OpenAPI schema is at
``/openapi.json``. Every error, whether a catalogue error, a validation error or an
unknown route, has one JSON shape::

    {"error": {"code": "E021", "name": "NO_DOCUMENT", "message": "…", "status": 404}}

Lists are paginated with ``limit`` (at most :data:`MAX_LIMIT`) and ``offset`` and come
as ``{"items": […], "total": n, "limit": …, "offset": …}``.

Hardening: no CORS unless ``cors_origins`` is given; request bodies over
``max_body_bytes`` are refused (413) on ``/api``; an in-process token bucket per client
IP (``rate_limit`` requests per second, ``burst`` at once) answers 429 when exceeded.
"""
from __future__ import annotations

import importlib
import importlib.util
import json
import os
import threading
import time
from typing import Any, Iterator, Literal, Optional

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse, Response, StreamingResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sqlalchemy import text as sql_text

from .. import metrics, settings
from ..errors import Code, RightsledgerError
from ..ledger import Ledger
from ..records import ENTITY_TYPES, EVENT_TYPES, NORMS
from ..store.citations import CitationCache
from ..version import __version__
from .caching import CacheMiddleware
from .observe import ObserveMiddleware, configure_logging, log_error

MAX_LIMIT = 500
DEFAULT_LIMIT = 50
DEFAULT_MAX_BODY = 1_000_000

EventType = Literal[EVENT_TYPES]  # type: ignore[valid-type]
EntityType = Literal[ENTITY_TYPES]  # type: ignore[valid-type]
Norm = Literal[NORMS]  # type: ignore[valid-type]
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"

# -- response models (the OpenAPI schema) -------------------------------------------------


class ErrorBody(BaseModel):
    code: str = Field(examples=["E021"])
    name: str = Field(examples=["NO_DOCUMENT"])
    message: str
    status: int


class ErrorOut(BaseModel):
    error: ErrorBody


class SpanOut(BaseModel):
    start: int
    end: int
    text: str


class DocumentOut(BaseModel):
    id: str
    title: str
    country: Optional[str] = None
    country_code: Optional[str] = None
    year: Optional[int] = None
    source: Optional[str] = None
    format: str
    sha256: str
    chars: int


class DocumentRow(DocumentOut):
    sections: int = 0
    entities: int = 0
    events: int = 0
    figures: int = 0
    provisions: int = 0


class SectionOut(BaseModel):
    doc: str
    id: str
    title: str
    level: int
    parent: Optional[str] = None
    start: int
    end: int
    topic: Optional[str] = None


class SubtopicOut(BaseModel):
    doc: str
    section: Optional[str] = None
    title: str
    start: int
    end: int
    topic: Optional[str] = None


class OutlineOut(BaseModel):
    doc: str
    sections: list[SectionOut]
    subtopics: list[SubtopicOut]


class TextOut(BaseModel):
    doc: str
    start: int
    end: int
    text: str
    citation: Optional[str] = None


class EntityOut(BaseModel):
    id: str
    type: str
    name: str
    aliases: list[str]
    attributes: dict[str, Any]
    mentions: int = Field(description="how many mentions (in the selected document, if any)")


class MentionOut(BaseModel):
    doc: str
    start: int
    end: int
    text: str
    section: Optional[str] = None
    citation: str


class ParticipantOut(BaseModel):
    entity: Optional[str] = None
    name: str
    role: str


class EventOut(BaseModel):
    id: str
    doc: str
    type: str
    date: str
    date_end: Optional[str] = None
    precision: str
    participants: list[ParticipantOut]
    place: Optional[str] = None
    section: Optional[str] = None
    polarity: str
    source: Optional[str] = None
    evidence: SpanOut


class EntityDetail(BaseModel):
    entity: EntityOut
    mentions: list[MentionOut]
    mentions_total: int
    events: list[EventOut]


class FigureOut(BaseModel):
    id: str
    doc: str
    value: float
    unit: Optional[str] = None
    what: Optional[str] = None
    qualifier: str
    source: Optional[str] = None
    section: Optional[str] = None
    evidence: SpanOut
    value_end: Optional[float] = None


class QuantityOut(BaseModel):
    value: Optional[float] = None
    unit: Optional[str] = None
    text: str


class ProvisionOut(BaseModel):
    id: str
    doc: str
    norm: str
    quantity: Optional[QuantityOut] = None
    subject: Optional[str] = None
    section: Optional[str] = None
    evidence: SpanOut


class TimelineItemOut(BaseModel):
    event: EventOut
    citations: list[str]
    also: list[EventOut]


class HitOut(BaseModel):
    kind: Literal["hit"] = "hit"
    rank: int
    doc: str
    section: Optional[str] = None
    start: int
    end: int
    text: str
    score: float
    citation: str
    snippet: list[tuple[str, bool]] = Field(description="(text, is_match) pieces; escape the text yourself")
    link: str


class Page(BaseModel):
    total: int
    limit: int
    offset: int


class DocumentsPage(Page):
    items: list[DocumentRow]


class EntitiesPage(Page):
    items: list[EntityOut]


class EventsPage(Page):
    items: list[EventOut]


class FiguresPage(Page):
    items: list[FigureOut]
    groups: Optional[list[list[FigureOut]]] = Field(
        None, description="with disputed=true: groups of figures of one quantity from different sources")


class ProvisionsPage(Page):
    items: list[ProvisionOut]


class TimelinePage(Page):
    items: list[TimelineItemOut]


class SearchPage(Page):
    query: str
    items: list[HitOut]


class AnswerOut(BaseModel):
    kind: Literal["answer"] = "answer"
    type: Literal["figure", "date", "who"]
    text: str = Field(description='what a reader sees: "approximately 260 deaths, according to HRW"')
    value: Any = None
    source: Optional[str] = None
    doc: str
    start: int
    end: int
    evidence: str = Field(description="the sentence that states it (document_text[start:end])")
    citation: str
    model_config = {"extra": "allow"}


class AnswersOut(BaseModel):
    wants: list[str] = Field(description="what the question asks for: figure, date, who, where")
    summary: Optional[str] = Field(None, description='grouped figures: "238, according to the government; …"')
    items: list[AnswerOut]


class AskOut(BaseModel):
    question: str
    query: str
    reranked: bool
    answers: AnswersOut
    items: list[HitOut]


class Health(BaseModel):
    status: Literal["ok"]
    version: str
    documents: int
    database: Literal["sqlite", "postgresql"] | str
    changes: int = Field(description="the database's change counter (what ETags follow)")
    pid: int = Field(description="the worker process that answered")


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut, "description": desc}
    for code, desc in ((400, "Bad request or query"), (404, "Not found"),
                       (401, "Login required, or a wrong or expired token"),
                       (403, "Not allowed for this role, or a missing CSRF token"),
                       (409, "The record changed since you read it"),
                       (413, "Request body too large"), (422, "Invalid parameters"),
                       (429, "Rate limited"), (500, "Server error"))
}

# -- helpers --------------------------------------------------------------------------------


def _error_json(code: str, name: str, message: str, status: int) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "name": name, "message": message, "status": status}},
                        status_code=status)


def error_response(err: RightsledgerError) -> JSONResponse:
    resp = JSONResponse({"error": err.as_dict()}, status_code=err.status)
    if err.code is Code.RATE_LIMITED:
        resp.headers["Retry-After"] = "1"
    return resp


def _page(items: list[Any], limit: int, offset: int) -> dict[str, Any]:
    return {"total": len(items), "limit": limit, "offset": offset,
            "items": items[offset:offset + limit]}


def _hit_out(h: Any) -> dict[str, Any]:
    return {**h.as_dict(), "link": h.link}


def _entity_out(e: Any) -> dict[str, Any]:
    d = e.as_dict()
    d["mentions"] = len(e.mentions)
    return d


LimitQ = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description=f"page size (at most {MAX_LIMIT})")
OffsetQ = Query(0, ge=0, le=10_000_000, description="items to skip")


# -- middleware -----------------------------------------------------------------------------


class BodyLimitMiddleware:
    """Refuse request bodies over ``max_bytes`` on paths under ``prefix`` (413)."""

    def __init__(self, app: ASGIApp, max_bytes: int, prefix: str = "/api") -> None:
        self.app, self.max_bytes, self.prefix = app, max_bytes, prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope.get("path", "").startswith(self.prefix):
            await self.app(scope, receive, send)
            return
        err = RightsledgerError(Code.PAYLOAD_TOO_LARGE, limit=self.max_bytes)
        for k, v in scope.get("headers", []):
            if k == b"content-length":
                try:
                    too_big = int(v) > self.max_bytes
                except ValueError:
                    too_big = True
                if too_big:
                    await error_response(err)(scope, receive, send)
                    return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > self.max_bytes:
                    raise RightsledgerError(Code.PAYLOAD_TOO_LARGE, limit=self.max_bytes)
            return msg

        await self.app(scope, limited, send)


class RateLimitMiddleware:
    """A token bucket per client IP: ``rate`` requests a second, ``burst`` at once (429)."""

    def __init__(self, app: ASGIApp, rate: float, burst: int, prefix: str = "/api",
                 clock: Any = time.monotonic) -> None:
        self.app, self.rate, self.burst, self.prefix, self.clock = app, rate, burst, prefix, clock
        self.buckets: dict[str, tuple[float, float]] = {}
        self.lock = threading.Lock()

    def allow(self, key: str) -> bool:
        now = self.clock()
        with self.lock:
            tokens, last = self.buckets.get(key, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            ok = tokens >= 1.0
            self.buckets[key] = (tokens - 1.0 if ok else tokens, now)
            if len(self.buckets) > 10_000:  # forget idle clients
                for k in [k for k, (t, l) in self.buckets.items() if now - l > 60]:
                    del self.buckets[k]
            return ok

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope.get("path", "").startswith(self.prefix):
            client = scope.get("client") or ("?", 0)
            if not self.allow(str(client[0])):
                await error_response(RightsledgerError(Code.RATE_LIMITED))(scope, receive, send)
                return
        await self.app(scope, receive, send)


# -- routes -------------------------------------------------------------------------------


def _ledger(request: Request) -> Ledger:
    return request.app.state.ledger


def build_health_router() -> APIRouter:
    """``/api/health``: open to monitors (no login), checks the database."""
    r = APIRouter(prefix="/api", responses=ERROR_RESPONSES)

    @r.get("/health", response_model=Health, summary="Liveness and database check",
           responses={503: {"model": ErrorOut, "description": "The database cannot be used"}})
    def health(request: Request) -> Any:
        store = _ledger(request).store
        try:
            with store.reading() as conn:
                n = conn.execute(sql_text("SELECT COUNT(*) FROM documents")).scalar()
            changes, _ = store.version()
        except Exception as exc:  # the database is gone, locked or unreachable
            err = RightsledgerError(Code.DATABASE, detail=str(exc).splitlines()[0][:200])
            log_error("/api/health", err.code.code, err.code.name, 503, str(err), exc)
            return _error_json(err.code.code, err.code.name, str(err), 503)
        return {"status": "ok", "version": __version__, "documents": n,
                "database": store.engine.dialect.name, "changes": changes, "pid": os.getpid()}

    return r


def build_router() -> APIRouter:
    r = APIRouter(prefix="/api", responses=ERROR_RESPONSES)

    @r.get("/docs", response_model=DocumentsPage, summary="The ingested documents with counts")
    def docs(request: Request, country: Optional[str] = Query(None, max_length=200),
             year: Optional[int] = Query(None, ge=0, le=9999),
             limit: int = LimitQ, offset: int = OffsetQ) -> dict[str, Any]:
        rows = _ledger(request).documents()
        if country:
            c = country.lower()
            rows = [d for d in rows if c in ((d.get("country") or "").lower(), (d.get("country_code") or "").lower())]
        if year is not None:
            rows = [d for d in rows if d.get("year") == year]
        return _page(rows, limit, offset)

    @r.get("/docs/{doc}", response_model=DocumentRow, summary="One document with counts")
    def doc(request: Request, doc: str) -> dict[str, Any]:
        for row in _ledger(request).documents():
            if row["id"] == doc:
                return row
        raise RightsledgerError(Code.NO_DOCUMENT, doc=doc)

    @r.get("/docs/{doc}/sections", response_model=OutlineOut, summary="The outline: sections and subtopics")
    def sections(request: Request, doc: str) -> dict[str, Any]:
        ledger = _ledger(request)
        return {"doc": doc, "sections": [s.as_dict() for s in ledger.sections(doc)],
                "subtopics": [s.as_dict() for s in ledger.subtopics(doc)]}

    @r.get("/docs/{doc}/text", response_model=TextOut,
           summary="A span of the document text (what every offset refers to)")
    def text(request: Request, doc: str,
             start: int = Query(0, ge=0, le=2**53), end: Optional[int] = Query(None, ge=0, le=2**53),
             section: Optional[str] = Query(None, max_length=50,
                                            description="the span of this section instead")) -> dict[str, Any]:
        ledger = _ledger(request)
        full = ledger.store.document_text(doc)
        if section:
            s = ledger.section(doc, section)
            start, end = s.start, s.end
        end = len(full) if end is None else end
        if end > len(full) or start > end:
            raise RightsledgerError(Code.BAD_ARGUMENT, detail=(
                f"need 0 <= start <= end <= {len(full)} (the document's length), not {start}..{end}"))
        cite = CitationCache(ledger.store).cite(doc, start) if start < len(full) else None
        return {"doc": doc, "start": start, "end": end, "text": full[start:end], "citation": cite}

    @r.get("/docs/{doc}/export", summary="The document's records in the export contract (JSON Lines)",
           response_class=StreamingResponse,
           responses={200: {"content": {"application/x-ndjson": {"schema": {"type": "string"}}},
                            "description": "one JSON object a line, kind first"}})
    def export(request: Request, doc: str) -> StreamingResponse:
        ledger = _ledger(request)
        ledger.document(doc)  # 404 before streaming starts

        def lines() -> Iterator[str]:
            for rec in ledger.export(doc):
                yield json.dumps(rec, ensure_ascii=False) + "\n"

        return StreamingResponse(lines(), media_type="application/x-ndjson",
                                 headers={"Content-Disposition": f'inline; filename="{doc}.jsonl"'})

    @r.get("/entities", response_model=EntitiesPage, summary="People, organizations and places")
    def entities(request: Request, doc: Optional[str] = Query(None, max_length=200),
                 type: Optional[EntityType] = Query(None),  # type: ignore[valid-type]
                 q: Optional[str] = Query(None, max_length=200, description="name or alias"),
                 limit: int = LimitQ, offset: int = OffsetQ) -> dict[str, Any]:
        ledger = _ledger(request)
        if doc:
            ledger.document(doc)
        ids = ledger.store.find_entities(q, limit=MAX_LIMIT) if q else None
        if ids == []:
            return _page([], limit, offset)
        total, rows = ledger.store.entity_counts(doc=doc, type=type, ids=ids, limit=limit, offset=offset)
        items = [{**e.as_dict(), "mentions": n} for e, n in rows]
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    @r.get("/entities/{entity_id}", response_model=EntityDetail,
           summary="One entity: its mentions in context (paginated) and its events")
    def entity(request: Request, entity_id: str, limit: int = LimitQ, offset: int = OffsetQ) -> dict[str, Any]:
        ledger = _ledger(request)
        found = ledger.store.entities(ids=[entity_id])
        if not found:
            raise RightsledgerError(Code.NO_ENTITY, query=entity_id)
        ent = found[0]
        cites = CitationCache(ledger.store)
        texts: dict[str, str] = {}
        pairs = list(zip(ent.mentions, getattr(ent, "mention_docs", [])))
        mentions = []
        for (s, e), d in pairs[offset:offset + limit]:
            t = texts.setdefault(d, ledger.store.document_text(d))
            mentions.append({"doc": d, "start": s, "end": e, "text": t[s:e],
                             "section": cites.section_at(d, s), "citation": cites.cite(d, s)})
        return {"entity": _entity_out(ent), "mentions": mentions, "mentions_total": len(pairs),
                "events": [ev.as_dict() for ev in ledger.store.events(entity=ent.id)]}

    @r.get("/events", response_model=EventsPage, summary="Dated events, filterable")
    def events(request: Request, doc: Optional[str] = Query(None, max_length=200),
               type: Optional[EventType] = Query(None),  # type: ignore[valid-type]
               date_from: Optional[str] = Query(None, alias="from", pattern=DATE_PATTERN),
               date_to: Optional[str] = Query(None, alias="to", pattern=DATE_PATTERN),
               section: Optional[str] = Query(None, max_length=50),
               entity: Optional[str] = Query(None, max_length=200, description="entity id or name"),
               polarity: Optional[Literal["asserted", "negated", "alleged"]] = Query(None),
               limit: int = LimitQ, offset: int = OffsetQ) -> dict[str, Any]:
        ledger = _ledger(request)
        eid = None
        if entity:
            eid = entity if ledger.store.entities(ids=[entity]) else ledger.find_entity(entity).id
        total, evs = ledger.store.events_page(
            limit=limit, offset=offset, raw=True, doc=doc, type=type, date_from=date_from,
            date_to=date_to, section=section, entity=eid, polarity=polarity)
        return {"total": total, "limit": limit, "offset": offset, "items": evs}

    @r.get("/timeline", response_model=TimelinePage,
           summary="Events of an entity (or a case) in date order, across reports")
    def timeline(request: Request, entity: Optional[str] = Query(None, max_length=200),
                 case: Optional[str] = Query(None, max_length=200),
                 limit: int = LimitQ, offset: int = OffsetQ) -> dict[str, Any]:
        if not entity and not case:
            raise RightsledgerError(Code.BAD_ARGUMENT, detail="give entity= or case=")
        items = _ledger(request).timeline(entity, case=case)
        out = [{"event": i.event.as_dict(), "citations": i.citations,
                "also": [e.as_dict() for e in i.also]} for i in items]
        return _page(out, limit, offset)

    @r.get("/figures", response_model=FiguresPage, summary="Figures: counts, amounts, percentages")
    def figures(request: Request, doc: Optional[str] = Query(None, max_length=200),
                about: Optional[str] = Query(None, max_length=200),
                section: Optional[str] = Query(None, max_length=50),
                disputed: bool = Query(False, description="only figures of one quantity that sources dispute"),
                limit: int = LimitQ, offset: int = OffsetQ) -> dict[str, Any]:
        ledger = _ledger(request)
        if disputed:
            groups = [[f.as_dict() for f in g] for g in ledger.disputed_figures(doc=doc, about=about)]
            flat = [f for g in groups for f in g]
            return {**_page(flat, limit, offset), "groups": groups}
        return _page([f.as_dict() for f in ledger.figures(doc=doc, about=about, section=section)],
                     limit, offset)

    @r.get("/provisions", response_model=ProvisionsPage, summary="Legal provisions with their quantities")
    def provisions(request: Request, doc: Optional[str] = Query(None, max_length=200),
                   norm: Optional[Norm] = Query(None),  # type: ignore[valid-type]
                   section: Optional[str] = Query(None, max_length=50),
                   limit: int = LimitQ, offset: int = OffsetQ) -> dict[str, Any]:
        return _page([p.as_dict() for p in _ledger(request).provisions(doc=doc, norm=norm, section=section)],
                     limit, offset)

    @r.get("/compare", summary="Two reports section by section: new / gone / continuing people, "
                               "cases, changed figures and provisions, new text")
    def compare_(request: Request, a: str = Query(..., max_length=200, description="document id"),
                 b: str = Query(..., max_length=200, description="document id")) -> dict[str, Any]:
        return _ledger(request).compare(a, b).as_dict()

    @r.get("/series", summary="A country's reports year by year: events per topic and type, "
                              "recurring figures, people and organisations of several years, cited")
    def series_(request: Request, country: str = Query(..., max_length=200,
                                                       description="country name or ISO code")) -> dict[str, Any]:
        return _ledger(request).series(country).as_dict()

    @r.get("/docs/{doc}/indicators", summary="CIRI physical-integrity scores and a Political "
                                             "Terror Scale estimate, each with its evidence")
    def indicators_(request: Request, doc: str) -> dict[str, Any]:
        return {"doc": doc, "items": [i.as_dict() for i in _ledger(request).indicators(doc)]}

    @r.get("/search", response_model=SearchPage,
           summary='Full-text search: words, "phrases", AND/OR/NOT, (groups), NEAR/5, prefix*')
    def search_(request: Request,
                q: str = Query("", max_length=1000, description='e.g. torture NEAR/5 custody'),
                country: Optional[str] = Query(None, max_length=200, description="name or code"),
                year: Optional[int] = Query(None, ge=0, le=9999),
                doc: Optional[str] = Query(None, max_length=200),
                section: Optional[str] = Query(None, max_length=50, description='"1" includes 1.a, 1.b…'),
                subtopic: Optional[str] = Query(None, max_length=200),
                entity: Optional[str] = Query(None, max_length=200, description="name or alias"),
                type: Optional[EventType] = Query(None, description="sentences stating an event of this type"),  # type: ignore[valid-type]
                date_from: Optional[str] = Query(None, alias="from", pattern=DATE_PATTERN),
                date_to: Optional[str] = Query(None, alias="to", pattern=DATE_PATTERN),
                topic: Optional[str] = Query(None, max_length=100, description="classic-outline topic, any year"),
                semantic: bool = Query(False, description="words and meaning (hybrid); no operators, no offset"),
                limit: int = Query(20, ge=1, le=MAX_LIMIT), offset: int = Query(0, ge=0, le=100_000),
                ) -> dict[str, Any]:
        from ..store.search import count, search

        ledger = _ledger(request)
        store = ledger.store
        filters = dict(country=country, year=year, doc=doc, section=section, subtopic=subtopic,
                       entity=entity, event_type=type, date_from=date_from, date_to=date_to, topic=topic)
        if semantic:
            hits = ledger.search(q, semantic=True, limit=min(limit, 200), **filters)
            return {"query": q, "total": len(hits), "limit": limit, "offset": 0,
                    "items": [_hit_out(h) for h in hits]}
        hits = search(store, q, limit=limit, offset=offset, **filters)
        total = count(store, q, **filters)
        return {"query": q, "total": total, "limit": limit, "offset": offset,
                "items": [_hit_out(h) for h in hits]}

    @r.get("/ask", response_model=AskOut, summary="A question in plain English → the sentences that answer it")
    def ask_(request: Request,
             q: str = Query(..., min_length=1, max_length=1000, description="e.g. How many protesters were detained?"),
             limit: int = Query(5, ge=1, le=100),
             rerank: Optional[bool] = Query(None, description="semantic re-ranking (default: when installed)"),
             doc: Optional[str] = Query(None, max_length=200),
             country: Optional[str] = Query(None, max_length=200),
             year: Optional[int] = Query(None, ge=0, le=9999),
             section: Optional[str] = Query(None, max_length=50, description='"1" includes 1.a, 1.b…'),
             topic: Optional[str] = Query(None, max_length=100, description="classic-outline topic, any year")
             ) -> dict[str, Any]:
        from ..analysis.ask import build_query, semantic_available

        use = request.app.state.rerank if rerank is None else rerank
        if use is None:
            use = semantic_available()
        result = _ledger(request).ask(q, limit=limit, rerank=use, doc=doc, country=country, year=year,
                                      section=section, topic=topic)
        return {"question": q, "query": build_query(q)[0], "reranked": bool(use),
                "answers": result.answers.as_dict(), "items": [_hit_out(h) for h in result.hits]}

    return r


# -- the app --------------------------------------------------------------------------------


def create_app(db: str | None = None, *, ui: bool = False, cors_origins: list[str] | None = None,
               max_body_bytes: int = DEFAULT_MAX_BODY, rate_limit: float | None = None,
               burst: int = 20, rerank: bool | None = None, ledger: Ledger | None = None,
               max_upload_bytes: int | None = None, metrics_endpoint: bool = True,
               http_cache: bool = True, public: bool = False, remote_writes: bool = False) -> FastAPI:
    """The REST API over the database ``db`` (default: ``$RIGHTSLEDGER_DB`` or ./rightsledger.db).

    ``ui=True`` also mounts the web UI (``rightsledger.web``) at ``/`` when it is installed;
    ``cors_origins`` enables CORS for those origins; ``rate_limit`` (requests per second per
    client IP, with ``burst``) enables the rate limit; ``rerank`` sets the default of
    ``/api/ask`` (``None``: the semantic re-ranker when installed). Responses are gzipped,
    carry ETag/Last-Modified (``http_cache``), every request is counted at ``/metrics``
    (``metrics_endpoint``) and logged on the ``rightsledger.access`` logger. Once the database has
    users, reading needs a login unless ``public``; writing always needs an editor
    (:mod:`rightsledger.api.review`). A database without users accepts changes (API and
    web) only from loopback clients unless ``remote_writes``.
    """
    from fastapi import Depends

    from .review import LoginLimiter, build_review_router, read_access

    app = FastAPI(
        title="rightsledger",
        version=__version__,
        description="Human-rights country reports as a cited ledger. Every offset is a Python str "
                    "offset into the document text (GET /api/docs/{doc}/text). Once the database has "
                    "users, send an API token (`rightsledger users token NAME`) as `Authorization: "
                    "Bearer …`: reading needs any user (unless the server is public), writing an editor. "
                    "Writes name the record version they were based on (body `version` or If-Match) "
                    "and get 409 when it moved on.",
        docs_url="/api/ui", redoc_url=None, openapi_url="/openapi.json",
        swagger_ui_oauth2_redirect_url="/api/ui/oauth2-redirect",
    )
    app.state.ledger = ledger or Ledger(db)
    app.state.rerank = rerank
    app.state.public = public
    app.state.remote_writes = remote_writes
    app.state.login_limiter = LoginLimiter()

    @app.exception_handler(RightsledgerError)
    async def _rl_error(request: Request, err: RightsledgerError) -> JSONResponse:
        log_error(request.url.path, err.code.code, err.code.name, err.status, str(err), err)
        return error_response(err)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        parts = []
        for e in exc.errors()[:5]:
            loc = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "path"))
            parts.append(f"{loc}: {e.get('msg')}" if loc else str(e.get("msg")))
        message = "; ".join(parts) or "invalid request"
        log_error(request.url.path, "E031", "BAD_ARGUMENT", 422, message)
        return _error_json("E031", "BAD_ARGUMENT", message, 422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        name = {404: "NOT_FOUND", 405: "METHOD_NOT_ALLOWED"}.get(exc.status_code, "HTTP_ERROR")
        code = {404: "E020"}.get(exc.status_code, f"H{exc.status_code}")
        message = "no such resource" if exc.status_code == 404 else str(exc.detail)
        log_error(request.url.path, code, name, exc.status_code, message)
        resp = _error_json(code, name, message, exc.status_code)
        for k, v in (exc.headers or {}).items():
            resp.headers[k] = v
        if exc.status_code == 405:  # every method this path answers, not the first route's
            resp.headers["Allow"] = _allowed_methods(request)
        return resp

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log_error(request.url.path, "E050", "PIPELINE", 500, f"internal error ({type(exc).__name__})", exc)
        return _error_json("E050", "PIPELINE", f"internal error ({type(exc).__name__})", 500)

    app.include_router(build_health_router())
    app.include_router(build_router(), dependencies=[Depends(read_access)])
    app.include_router(build_review_router(), responses=ERROR_RESPONSES)

    if metrics_endpoint:
        @app.get("/metrics", include_in_schema=False)
        def metrics_(request: Request) -> Response:
            body, ctype = metrics.exposition()
            return Response(body, media_type=ctype)

    if ui and importlib.util.find_spec("rightsledger.web") is not None:
        web = importlib.import_module("rightsledger.web")
        if hasattr(web, "install"):
            if max_upload_bytes is not None:
                web.install(app, app.state.ledger, max_upload_bytes=max_upload_bytes)
            else:
                web.install(app, app.state.ledger)
        elif hasattr(web, "router"):
            app.include_router(web.router)

    _optional_auth_in_schema(app)
    app.add_middleware(BodyLimitMiddleware, max_bytes=max_body_bytes)
    if rate_limit:
        app.add_middleware(RateLimitMiddleware, rate=rate_limit, burst=burst)
    if cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(cors_origins), allow_methods=["GET"],
                           allow_headers=["*"])
    if http_cache:
        store = app.state.ledger.store
        ledger_ = app.state.ledger
        app.add_middleware(CacheMiddleware, version=store.version, cheap=store.version_is_cheap,
                           open_access=lambda: bool(getattr(app.state, "public", False))
                           or not ledger_.has_users())
    app.add_middleware(GZipMiddleware, minimum_size=1000, compresslevel=5)
    app.add_middleware(ObserveMiddleware)
    return app


def _allowed_methods(request: Request) -> str:
    """The methods of every route whose path matches the request's (``/api/entities/merge``
    is both a POST route and a path the GET route ``/api/entities/{id}`` matches)."""
    from starlette.routing import Match

    scope = dict(request.scope)
    methods: set[str] = set()
    for route in request.app.router.routes:
        route_methods = getattr(route, "methods", None)
        if not route_methods:
            continue
        for method in route_methods:
            match, _ = route.matches({**scope, "method": method})
            if match is Match.FULL:
                methods.add(method)
    return ", ".join(sorted(methods))


def _optional_auth_in_schema(app: FastAPI) -> None:
    """Say in the OpenAPI schema that the API token is optional: a database without users
    needs none (single user on this machine), one with users asks for it (401/403)."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = build()
            for operations in schema.get("paths", {}).values():
                for op in operations.values():
                    if isinstance(op, dict) and op.get("security") and {} not in op["security"]:
                        op["security"].insert(0, {})
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def app_from_env() -> FastAPI:
    """The app as the settings (environment variables) describe it: the factory each
    ``rightsledger serve`` worker builds (``uvicorn --factory rightsledger.api.app:app_from_env``)."""
    conf = settings.load()
    configure_logging(conf["RIGHTSLEDGER_LOG_LEVEL"], conf["RIGHTSLEDGER_ACCESS_LOG"])
    return create_app(conf["RIGHTSLEDGER_DB"], ui=conf["RIGHTSLEDGER_UI"],
                      cors_origins=conf["RIGHTSLEDGER_CORS"] or None,
                      rate_limit=conf["RIGHTSLEDGER_RATE_LIMIT"],
                      max_upload_bytes=conf["RIGHTSLEDGER_MAX_UPLOAD_BYTES"],
                      metrics_endpoint=conf["RIGHTSLEDGER_METRICS"], public=conf["RIGHTSLEDGER_PUBLIC"],
                      remote_writes=conf["RIGHTSLEDGER_ALLOW_REMOTE_WRITES"])
