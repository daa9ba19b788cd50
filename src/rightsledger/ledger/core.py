"""``Ledger``: ingest, read, export, search and compare; review comes from :class:`.review.ReviewDesk`."""
from __future__ import annotations

import os
import time
from typing import Any, Callable, Iterable, Iterator

from ..errors import Code, RightsledgerError
from ..records import Document, Entity, Event, Figure, Provision, Section, Subtopic
from ..run.ingest import IngestResult, expand_paths, ingest_file
from ..store import Store
from ..store.citations import CitationCache
from .review import ReviewDesk
from .views import AskResult, EntityView, Mention, TimelineItem


class Ledger(ReviewDesk):
    """A database of ingested reports and everything extracted from them."""

    def __init__(self, db: str | os.PathLike[str] | None = None) -> None:
        self.store = Store(db)

    # -- ingest ---------------------------------------------------------------------------
    def ingest(self, inputs: Iterable[str | os.PathLike[str]], *, force: bool = False,
               country: str | None = None, year: int | None = None,
               max_bytes: int | None = None,
               progress: Callable[[IngestResult], None] | None = None) -> list[IngestResult]:
        """Ingest files, folders and globs; a bad file is reported and skipped."""
        results = []
        for path in expand_paths(inputs):
            result = self.ingest_file(path, force=force, country=country, year=year,
                                      max_bytes=max_bytes)
            results.append(result)
            if progress is not None:
                progress(result)
        return results

    def ingest_file(self, path: str | os.PathLike[str], *, force: bool = False,
                    country: str | None = None, year: int | None = None,
                    max_bytes: int | None = None) -> IngestResult:
        """Ingest one file (the rules: :func:`rightsledger.run.ingest.ingest_file`).

        Counted in :mod:`rightsledger.metrics` (``rightsledger_ingests`` by status and
        ``rightsledger_ingest_duration_seconds``)."""
        from .. import metrics   # prometheus_client: not imported by commands that ingest nothing

        t0 = time.perf_counter()
        result = ingest_file(self.store, path, force=force, country=country, year=year,
                             max_bytes=max_bytes)
        metrics.INGESTS.labels(status=result.status if result.ok else "failed").inc()
        metrics.INGEST_SECONDS.observe(time.perf_counter() - t0)
        return result

    # -- documents ------------------------------------------------------------------------
    def documents(self) -> list[dict[str, Any]]:
        """One row per document: the document record plus counts of what was extracted."""
        return self.store.documents()

    def document(self, doc_id: str) -> Document:
        return self.store.document(doc_id)

    def sections(self, doc_id: str) -> list[Section]:
        self.store.document(doc_id)
        return self.store.sections(doc_id)

    def subtopics(self, doc_id: str) -> list[Subtopic]:
        return self.store.subtopics(doc_id)

    def section(self, doc_id: str, section_id: str) -> Section:
        for s in self.sections(doc_id):
            if s.id == section_id:
                return s
        raise RightsledgerError(Code.NO_SECTION, doc=doc_id, section=section_id)

    def text(self, doc_id: str, section: str | None = None) -> str:
        """The document text (what every offset refers to), or one section of it."""
        text = self.store.document_text(doc_id)
        if section is None:
            return text
        s = self.section(doc_id, section)
        return text[s.start:s.end]

    # -- citations ------------------------------------------------------------------------
    def citation(self, doc_id: str, offset: int) -> str:
        """"USDOS, *Title*, section 1.c (Torture …), paragraph 4" for a character offset."""
        return CitationCache(self.store).cite(doc_id, offset)

    # -- export ---------------------------------------------------------------------------
    def export(self, doc_id: str | None = None, *, machine_only: bool = False) -> Iterator[dict[str, Any]]:
        """The export contract: for each document, its records, ``kind`` first.

        Entities are given per document, with only the mentions in that document, so that
        every offset refers to that document's text. Corrected values by default, each
        extracted record with ``confidence`` and ``review``, rejected records left out;
        ``machine_only``: what the pipeline alone produced.
        """
        from ..store.export import document_records

        ids = [doc_id] if doc_id else self.store.doc_ids()
        if doc_id:
            self.store.document(doc_id)
        for d in ids:
            yield from document_records(self.store, d, machine_only=machine_only)

    # -- entities -------------------------------------------------------------------------
    def entities(self, *, doc: str | None = None, type: str | None = None) -> list[Entity]:
        if doc:
            self.store.document(doc)
        return self.store.entities(doc=doc, type=type)

    def find_entity(self, query: str) -> Entity:
        ids = self.store.find_entities(query)
        if not ids:
            raise RightsledgerError(Code.NO_ENTITY, query=query)
        ents = self.store.entities(ids=ids)
        # the best match: most mentions
        return max(ents, key=lambda e: len(e.mentions))

    def entity(self, query: str, *, context: int = 60) -> EntityView:
        """An entity with every mention in context, its events and related entities."""
        ent = self.find_entity(query)
        texts: dict[str, str] = {}
        mentions = []
        cites = CitationCache(self.store)
        for (s, e), d in zip(ent.mentions, getattr(ent, "mention_docs", [])):
            text = texts.setdefault(d, self.store.document_text(d))
            mentions.append(Mention(
                d, s, e, text[s:e], text[max(0, s - context):s], text[e:e + context],
                cites.section_at(d, s), cites.cite(d, s)))
        events = self.store.events(entity=ent.id)
        related: dict[str, int] = {}
        for ev in events:
            for p in ev.participants:
                if p.entity and p.entity != ent.id:
                    related[p.entity] = related.get(p.entity, 0) + 1
        rel_ents = {e.id: e for e in self.store.entities(ids=related)} if related else {}
        rel = sorted(((rel_ents[i], n) for i, n in related.items() if i in rel_ents),
                     key=lambda t: -t[1])
        return EntityView(ent, mentions, events, rel)

    # -- events and timelines -------------------------------------------------------------
    def events(self, **filters: Any) -> list[Event]:
        return self.store.events(**filters)

    def timeline(self, query: str | None = None, *, case: str | None = None) -> list[TimelineItem]:
        """Events of an entity (or of a case: events whose sentence matches ``case``) in date order.

        The same event told in two reports is shown once, with both citations.
        """
        from ..extract.events import same_event

        if case:
            events = self._case_events(case)
        elif query:
            events = self.store.events(entity=self.find_entity(query).id)
        else:
            raise RightsledgerError(Code.BAD_ARGUMENT, detail="give an entity name or --case")
        cites = CitationCache(self.store)
        items: list[TimelineItem] = []
        for ev in sorted(events, key=lambda e: (e.date, e.doc, e.evidence.start)):
            for item in items:
                if item.event.doc != ev.doc and same_event(item.event, ev):
                    item.also.append(ev)
                    item.citations.append(cites.cite(ev.doc, ev.evidence.start))
                    break
            else:
                items.append(TimelineItem(ev, [cites.cite(ev.doc, ev.evidence.start)]))
        return items

    def _case_events(self, case: str) -> list[Event]:
        words = [w.lower() for w in case.replace('"', " ").split() if len(w) > 2]
        out = []
        for ev in self.store.events():
            low = ev.evidence.text.lower()
            if all(w in low for w in words):
                out.append(ev)
        return out

    # -- figures and provisions -----------------------------------------------------------
    def figures(self, *, doc: str | None = None, about: str | None = None,
                section: str | None = None) -> list[Figure]:
        return self.store.figures(doc=doc, about=about, section=section)

    def disputed_figures(self, *, doc: str | None = None, about: str | None = None) -> list[list[Figure]]:
        from ..extract.figures.disputes import disputed

        return disputed(self.store.figures(doc=doc, about=about))

    def provisions(self, *, doc: str | None = None, norm: str | None = None,
                   section: str | None = None) -> list[Provision]:
        return self.store.provisions(doc=doc, norm=norm, section=section)


    # -- across reports -------------------------------------------------------------------
    def compare(self, doc_a: str, doc_b: str) -> Any:
        """Section by section: new / gone / continuing people, cases, figures and text."""
        from ..analysis.compare import compare

        return compare(self, doc_a, doc_b)

    def series(self, country: str) -> Any:
        """A country's reports year by year: events per topic and type, recurring figures,
        people and organisations of several years, every point cited."""
        from ..analysis.series import series

        return series(self, country)

    def indicators(self, doc: str) -> list[Any]:
        """CIRI physical-integrity scores and a Political Terror Scale estimate, with evidence."""
        from ..analysis.indicators import indicators

        return indicators(self, doc)

    # -- search and questions -------------------------------------------------------------
    def search(self, query: str, *, semantic: bool = False, **filters: Any) -> list[Any]:
        """Sentences matching ``query`` (exact query language), or with ``semantic=True``
        the hybrid of its words and its meaning (:func:`analysis.questions.ask.semantic_search`)."""
        if semantic:
            from ..analysis.questions.ask import semantic_search

            return semantic_search(self.store, query, **filters)
        from ..store.search import search

        return search(self.store, query, **filters)

    def ask(self, question: str, *, limit: int = 5, rerank: bool | None = None,
            **filters: Any) -> AskResult:
        """The answers (figures, dates, actors) and the ranked, cited sentences for ``question``."""
        from ..analysis.questions.answers import answer
        from ..analysis.questions.ask import ask

        from ..analysis.questions.spread import should_narrow, spread

        hits = ask(self.store, question, limit=max(limit, 5), rerank=rerank, **filters)
        shares = spread(self.store, hits[:limit])
        return AskResult(question, answer(self.store, question, hits), hits[:limit], shares,
                         should_narrow(shares, filters))

    def reindex(self, docs: list[str] | None = None,
                progress: Callable[[str], None] | None = None) -> dict[str, float]:
        """Headings and vectors for documents stored before they existed (or ``docs``)."""
        from ..run.vectors import embed_stored

        return embed_stored(self.store, docs, progress=progress)
