"""The read routes under ``/api``: documents, outline, text, export, entities, events,
timeline, figures, provisions, compare, series, indicators, search and ask."""
from __future__ import annotations

import json
import os
from typing import Any, Iterator, Literal, Optional

from fastapi import APIRouter, Query, Request
from fastapi.responses import StreamingResponse
from sqlalchemy import text as sql_text
from starlette.concurrency import run_in_threadpool

from ..errors import Code, RightsledgerError
from ..ledger import Ledger
from ..store.citations import CitationCache
from ..version import __version__
from .models import (
    DATE_PATTERN,
    ERROR_RESPONSES,
    MAX_LIMIT,
    AskOut,
    DocumentRow,
    DocumentsPage,
    EntitiesPage,
    EntityDetail,
    EntityType,
    ErrorOut,
    EventsPage,
    EventType,
    FiguresPage,
    Health,
    Norm,
    OutlineOut,
    ProvisionsPage,
    SearchPage,
    TextOut,
    TimelinePage,
)
from .observe import log_error
from .responses import LimitQ, OffsetQ, entity_out, error_json, hit_out, page_of

# -- routes -------------------------------------------------------------------------------


def _ledger(request: Request) -> Ledger:
    return request.app.state.ledger


def build_health_router() -> APIRouter:
    """``/api/health``: open to monitors (no login), checks the database."""
    r = APIRouter(prefix="/api", responses=ERROR_RESPONSES)

    @r.get("/health", response_model=Health, summary="Liveness and database check",
           responses={503: {"model": ErrorOut, "description": "The database cannot be used"}})
    async def health(request: Request) -> Any:
        store = _ledger(request).store

        def check() -> tuple[int, int]:
            with store.reading() as conn:
                n = conn.execute(sql_text("SELECT COUNT(*) FROM documents")).scalar()
            return n, store.version()[0]

        try:
            # SQLite: one short read of a local file on the event loop (its read pool has more
            # connections than the server has threads: no wait). A thread of a busy server
            # waits for the interpreter lock at each read, and a monitor's probe would queue
            # behind the load it is meant to see. PostgreSQL: a thread (its fixed pool may be
            # busy, and the loop must not wait for a connection)
            n, changes = check() if store.is_sqlite else await run_in_threadpool(check)
        except Exception as exc:  # the database is gone, locked or unreachable
            err = RightsledgerError(Code.DATABASE, detail=str(exc).splitlines()[0][:200])
            log_error("/api/health", err.code.code, err.code.name, 503, str(err), exc)
            return error_json(err.code.code, err.code.name, str(err), 503)
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
        return page_of(rows, limit, offset)

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
            return page_of([], limit, offset)
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
        return {"entity": entity_out(ent), "mentions": mentions, "mentions_total": len(pairs),
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
        return page_of(out, limit, offset)

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
            return {**page_of(flat, limit, offset), "groups": groups}
        return page_of([f.as_dict() for f in ledger.figures(doc=doc, about=about, section=section)],
                     limit, offset)

    @r.get("/provisions", response_model=ProvisionsPage, summary="Legal provisions with their quantities")
    def provisions(request: Request, doc: Optional[str] = Query(None, max_length=200),
                   norm: Optional[Norm] = Query(None),  # type: ignore[valid-type]
                   section: Optional[str] = Query(None, max_length=50),
                   limit: int = LimitQ, offset: int = OffsetQ) -> dict[str, Any]:
        return page_of([p.as_dict() for p in _ledger(request).provisions(doc=doc, norm=norm, section=section)],
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
        from ..store.search import search_page

        ledger = _ledger(request)
        store = ledger.store
        filters = dict(country=country, year=year, doc=doc, section=section, subtopic=subtopic,
                       entity=entity, event_type=type, date_from=date_from, date_to=date_to, topic=topic)
        if semantic:
            hits = ledger.search(q, semantic=True, limit=min(limit, 200), **filters)
            return {"query": q, "total": len(hits), "limit": limit, "offset": 0,
                    "items": [hit_out(h) for h in hits]}
        hits, total = search_page(store, q, limit=limit, offset=offset, **filters)
        return {"query": q, "total": total, "limit": limit, "offset": offset,
                "items": [hit_out(h) for h in hits]}

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
        from ..analysis.questions.ask import build_query, semantic_available

        use = request.app.state.rerank if rerank is None else rerank
        if use is None:
            use = semantic_available()
        result = _ledger(request).ask(q, limit=limit, rerank=use, doc=doc, country=country, year=year,
                                      section=section, topic=topic)
        return {"question": q, "query": build_query(q)[0], "reranked": bool(use),
                "answers": result.answers.as_dict(), "items": [hit_out(h) for h in result.hits],
                "reports": [r.as_dict() for r in result.reports], "narrow": result.narrow}

    return r


