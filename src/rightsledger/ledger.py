"""The library API: ``Ledger`` does what the CLI, the REST API and the web UI offer.

Every method returns records (or small dataclasses of records); the interfaces above
only format them.
"""
from __future__ import annotations

import glob
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from . import PIPELINE_VERSION
from .errors import Code, RightsledgerError
from .records import Document, Entity, Event, Figure, Provision, Section, Subtopic
from .store import Store

READABLE_SUFFIXES = {".txt", ".md", ".html", ".htm", ".pdf", ".docx"}


@dataclass
class IngestResult:
    path: str
    status: str                      # ingested, replaced, unchanged, duplicate, failed
    doc: str | None = None
    error: str | None = None
    code: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.status != "failed"


@dataclass
class Mention:
    """One mention of an entity, with keyword-in-context and citation."""

    doc: str
    start: int
    end: int
    text: str
    before: str
    after: str
    section: str | None
    citation: str


@dataclass
class EntityView:
    entity: Entity
    mentions: list[Mention]
    events: list[Event]
    related: list[tuple[Entity, int]]


@dataclass
class TimelineItem:
    event: Event
    citations: list[str]
    also: list[Event] = field(default_factory=list)   # the same event in other reports


def expand_paths(inputs: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Files, folders (recursively) and globs → the readable files, sorted, without repeats.

    A name that matches nothing is kept, so that ingest reports it as missing.
    """
    out: dict[Path, None] = {}
    for raw in inputs:
        raw = str(raw)
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in READABLE_SUFFIXES:
                    out[f] = None
        elif p.exists():
            out[p] = None
        elif any(ch in raw for ch in "*?["):
            for m in sorted(glob.glob(raw, recursive=True)):
                mp = Path(m)
                if mp.is_file():
                    out[mp] = None
        else:
            out[p] = None
    return list(out)


class Ledger:
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
        import time

        from .pipeline import DEFAULT_MAX_BYTES, default_doc_id, process_source
        from .read import read_path

        t0 = time.perf_counter()
        path = Path(path)
        key = str(path.resolve())
        try:
            if not path.exists():
                raise RightsledgerError(Code.NOT_FOUND, path=path)
            source = read_path(path, max_bytes=max_bytes or DEFAULT_MAX_BYTES)
            existing = self.store.find_by_path(key)
            if existing and not force and existing["sha256"] == source.sha256 \
                    and existing["pipeline_version"] == PIPELINE_VERSION:
                return IngestResult(str(path), "unchanged", existing["id"])
            if not existing:
                twin = self.store.find_by_sha(source.sha256)
                if twin and not force:
                    return IngestResult(str(path), "duplicate", twin)
            doc_id = existing["id"] if existing else self.store.unique_doc_id(
                default_doc_id(source, country=country, year=year), key)
            source.path = key
            bundle = process_source(source, doc_id, country=country, year=year)
            doc_id = self.store.save(bundle, PIPELINE_VERSION)
        except RightsledgerError as err:
            if err.path is None:
                err = RightsledgerError(err.code, path=path, **err.fields)
            return IngestResult(str(path), "failed", error=str(err), code=err.code.code)
        except Exception as exc:  # a bug must not stop the batch; report it on one line
            err = RightsledgerError(Code.PIPELINE, path=path, detail=f"{type(exc).__name__}: {exc}")
            return IngestResult(str(path), "failed", error=str(err), code=err.code.code)
        counts = {
            "sections": len(bundle.sections), "entities": len(bundle.entities),
            "events": len(bundle.events), "figures": len(bundle.figures),
            "provisions": len(bundle.provisions),
        }
        status = "replaced" if existing else "ingested"
        return IngestResult(str(path), status, doc_id, counts=counts,
                            seconds=time.perf_counter() - t0)

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
        return _CitationCache(self.store).cite(doc_id, offset)

    # -- export ---------------------------------------------------------------------------
    def export(self, doc_id: str | None = None) -> Iterator[dict[str, Any]]:
        """The export contract: for each document, its records, ``kind`` first.

        Entities are given per document, with only the mentions in that document, so that
        every offset refers to that document's text.
        """
        from .export import document_records

        ids = [doc_id] if doc_id else self.store.doc_ids()
        for d in ids:
            yield from document_records(self.store, d)

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
        cites = _CitationCache(self.store)
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
        from .events import same_event

        if case:
            events = self._case_events(case)
        elif query:
            events = self.store.events(entity=self.find_entity(query).id)
        else:
            raise RightsledgerError(Code.BAD_ARGUMENT, detail="give an entity name or --case")
        cites = _CitationCache(self.store)
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
        from .figures import disputed

        return disputed(self.store.figures(doc=doc, about=about))

    def provisions(self, *, doc: str | None = None, norm: str | None = None,
                   section: str | None = None) -> list[Provision]:
        return self.store.provisions(doc=doc, norm=norm, section=section)


    # -- across reports -------------------------------------------------------------------
    def compare(self, doc_a: str, doc_b: str) -> Any:
        """Section by section: new / gone / continuing people, cases, figures and text."""
        from .compare import compare

        return compare(self, doc_a, doc_b)

    def indicators(self, doc: str) -> list[Any]:
        """CIRI physical-integrity scores and a Political Terror Scale estimate, with evidence."""
        from .indicators import indicators

        return indicators(self, doc)


class DocumentRecords:
    """Every record of one document, loaded once, with section, paragraph and citation lookups."""

    def __init__(self, store: Store, doc_id: str) -> None:
        self.id = doc_id
        self.document = store.document(doc_id)
        self.text = store.document_text(doc_id)
        self.sections = store.sections(doc_id)
        self.subtopics = store.subtopics(doc_id)
        self.paragraphs = store.paragraphs(doc_id)
        self.sentences = store.sentences_in(doc_id)
        self.entities = store.entities(doc=doc_id)
        self.events = store.events(doc=doc_id)
        self.figures = store.figures(doc=doc_id)
        self.provisions = store.provisions(doc=doc_id)
        self._para_starts = [p.start for p in self.paragraphs]

    def section_of(self, offset: int) -> str | None:
        s = section_containing(self.sections, offset)
        return s.id if s else None

    def paragraph_n(self, offset: int) -> int | None:
        import bisect

        k = bisect.bisect_right(self._para_starts, offset) - 1
        if k >= 0 and self.paragraphs[k].start <= offset < self.paragraphs[k].end:
            return self.paragraphs[k].n
        return None

    def citation(self, offset: int) -> str:
        return format_citation(self.document, self.sections, self.paragraphs, offset)


class _CitationCache:
    """Citations and section lookups without re-reading a document's outline each time."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._docs: dict[str, tuple[Document, list[Section], list[Any]]] = {}

    def _get(self, doc_id: str) -> tuple[Document, list[Section], list[Any]]:
        if doc_id not in self._docs:
            self._docs[doc_id] = (self.store.document(doc_id), self.store.sections(doc_id),
                                  self.store.paragraphs(doc_id))
        return self._docs[doc_id]

    def cite(self, doc_id: str, offset: int) -> str:
        return format_citation(*self._get(doc_id), offset)

    def section_at(self, doc_id: str, offset: int) -> str | None:
        _, sections, _ = self._get(doc_id)
        best = section_containing(sections, offset)
        return best.id if best else None


def section_containing(sections: list[Section], offset: int) -> Section | None:
    best = None
    for s in sections:
        if s.start <= offset < s.end and (best is None or s.level >= best.level):
            best = s
    return best


def format_citation(doc: Document, sections: list[Section], paragraphs: list[Any],
                    offset: int) -> str:
    publisher = "USDOS" if "human rights" in doc.title.lower() else (doc.source or doc.id)
    parts = [publisher, f"*{doc.title}*"]
    sec = section_containing(sections, offset)
    if sec is not None:
        parts.append(f"section {sec.id} ({sec.title})" if sec.id != "exec" else sec.title)
    para = next((p for p in paragraphs if p.start <= offset < p.end), None)
    if para is not None:
        parts.append(f"paragraph {para.n}")
    return ", ".join(parts)
