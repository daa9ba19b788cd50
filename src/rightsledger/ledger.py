"""The library API: ``Ledger`` does what the CLI, the REST API and the web UI offer.

Every method returns records (or small dataclasses of records); the interfaces above
only format them.
"""
from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

from .errors import Code, RightsledgerError
from .records import Document, Entity, Event, Figure, Provision, Section, Subtopic
from .run.ingest import IngestResult, expand_paths, ingest_file
from .store import Store
from .store import accounts, audit, reapply, review
from .store.accounts import Account
from .store.citations import CitationCache, DocumentRecords, format_citation

__all__ = ["Ledger", "IngestResult", "expand_paths", "DocumentRecords", "CitationCache",
           "format_citation", "Mention", "EntityView", "TimelineItem", "Account"]

READABLE_SUFFIXES = {".txt", ".md", ".html", ".htm", ".pdf", ".docx"}


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
        """Ingest one file (the rules: :func:`rightsledger.run.ingest.ingest_file`).

        Counted in :mod:`rightsledger.metrics` (``rightsledger_ingests`` by status and
        ``rightsledger_ingest_duration_seconds``)."""
        from . import metrics   # prometheus_client: not imported by commands that ingest nothing

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
        from .store.export import document_records

        ids = [doc_id] if doc_id else self.store.doc_ids()
        if doc_id:
            self.store.document(doc_id)
        for d in ids:
            yield from document_records(self.store, d, machine_only=machine_only)

    # -- accounts -------------------------------------------------------------------------
    def has_users(self) -> bool:
        """A database without users is a single-user database: no login is asked for."""
        def ask() -> bool:
            with self.store.reading() as conn:
                return accounts.has_users(conn)

        return bool(self.store.until_change("has_users", ask))

    def require(self, actor: Account | None, role: str) -> str:
        """The name a change is recorded under, if ``actor`` may do what needs ``role``.

        Without users anyone may (recorded as ``local``); with users, LOGIN_REQUIRED
        without an actor and FORBIDDEN for a weaker role.
        """
        if not self.has_users():
            return actor.name if actor else "local"
        if actor is None:
            raise RightsledgerError(Code.LOGIN_REQUIRED, detail="a user and password, or an API token")
        if not actor.can(role):
            raise RightsledgerError(Code.FORBIDDEN, user=actor.name, role=actor.role, needed=role)
        return actor.name

    def add_user(self, name: str, role: str, password: str, actor: Account | None = None) -> Account:
        """A new user; the first one (an admin) needs no login, later ones an admin."""
        with self.store.writing() as conn:
            if accounts.has_users(conn):
                self.require(actor, "admin")
            by = actor.name if actor else "local"
            acc = accounts.add_user(conn, name, role, password, by)
            audit.append(conn, by=by, action="user:add", record=f"user:{name}", reason=f"role {role}",
                         before=None, after={"name": name, "role": role}, at=accounts.now_iso())
        return acc

    def users(self, actor: Account | None = None) -> list[dict[str, Any]]:
        if self.has_users():
            self.require(actor, "admin")
        with self.store.reading() as conn:
            return accounts.list_users(conn)

    def new_token(self, name: str, actor: Account | None = None, *, days: float | None = None) -> str:
        """A new API token for ``name`` (the user themselves or an admin); shown once, stored hashed."""
        if actor is None or actor.name != name:
            if self.has_users():
                self.require(actor, "admin")
        from datetime import timedelta

        ttl = timedelta(days=days) if days else None
        with self.store.writing() as conn:
            secret, _ = accounts.new_credential(conn, name, "token", ttl)
            audit.append(conn, by=actor.name if actor else "local", action="user:token", record=f"user:{name}",
                         reason="API token issued", before=None, after={"expires_in_days": days},
                         at=accounts.now_iso())
        return secret

    def login(self, name: str, password: str) -> Account:
        with self.store.reading() as conn:
            return accounts.check_password(conn, name, password)

    def authenticate(self, secret: str, kind: str | None = None) -> Account:
        """The account of an API token (or session id); BAD_LOGIN or SESSION_EXPIRED."""
        with self.store.reading() as conn:
            return accounts.account_for_secret(conn, secret, kind)[0]

    def new_session(self, account: Account, *, hours: float | None = None) -> tuple[str, str]:
        from datetime import timedelta

        with self.store.writing() as conn:
            secret, csrf = accounts.new_credential(
                conn, account.name, "session", timedelta(hours=hours) if hours else None)
        return secret, csrf or ""

    def session(self, secret: str) -> tuple[Account, str]:
        """(account, CSRF token) of a web session."""
        with self.store.reading() as conn:
            acc, row = accounts.account_for_secret(conn, secret, "session")
        return acc, row["csrf"] or ""

    def logout(self, secret: str) -> None:
        with self.store.writing() as conn:
            accounts.drop_credential(conn, secret)

    # -- review and corrections -----------------------------------------------------------
    def record(self, address: str) -> dict[str, Any]:
        """One record as it is now, with its review, version, confidence and the machine's original."""
        from .store.export import reviewed

        with self.store.reading() as conn:
            kind, rec = review.load(conn, address)
            r = review.review_of(conn, address)
        rows = {address: {**r, "machine": json.dumps(r["machine"]) if r and r["machine"] else None}} if r else {}
        out = reviewed(kind, rec, rows)
        return {"kind": kind, "record": {k: v for k, v in out.items() if k not in ("confidence", "review")},
                "review": out["review"], "confidence": out["confidence"],
                "version": review.version_of(r), "machine": (r or {}).get("machine") if r else rec}

    def _change(self, fn: Callable[..., dict[str, Any]], actor: Account | None, **kw: Any) -> dict[str, Any]:
        by = self.require(actor, "editor")
        with self.store.writing() as conn:
            out = fn(conn, by=by, at=accounts.now_iso(), **kw)
            # pages and API responses change: their ETag / Last-Modified follow this counter
            self.store.note_change(conn, "review", str(kw.get("address") or kw.get("doc") or kw.get("keep") or kw.get("entity") or "")[:200] or None)
            return out

    def correct(self, address: str, changes: dict[str, Any], reason: str,
                actor: Account | None = None, *, version: int | None = None) -> dict[str, Any]:
        """Change fields of a record (``version``: refuse with VERSION_CONFLICT if it moved on)."""
        return self._change(review.change, actor, action="correct", address=address, changes=changes,
                            reason=reason, version=version)

    def confirm(self, address: str, reason: str = "confirmed as extracted", actor: Account | None = None,
                *, version: int | None = None) -> dict[str, Any]:
        return self._change(review.change, actor, action="confirm", address=address, changes={},
                            reason=reason, version=version)

    def reject(self, address: str, reason: str, actor: Account | None = None,
               *, version: int | None = None) -> dict[str, Any]:
        return self._change(review.change, actor, action="reject", address=address, changes={},
                            reason=reason, version=version)

    def add(self, kind: str, doc: str, start: int, end: int, fields: dict[str, Any], reason: str,
            actor: Account | None = None) -> dict[str, Any]:
        """A record the machine missed, on the span ``start``–``end`` of ``doc``."""
        return self._change(review.add, actor, kind=kind, doc=doc, start=start, end=end, fields=fields,
                            reason=reason)

    def merge(self, keep: str, absorb: str, reason: str, actor: Account | None = None) -> dict[str, Any]:
        return self._change(review.merge, actor, keep=keep, absorb=absorb, reason=reason)

    def split(self, entity: str, alias: str, reason: str, actor: Account | None = None) -> dict[str, Any]:
        return self._change(review.split, actor, entity=entity, alias=alias, reason=reason)

    def history(self, address: str) -> list[dict[str, Any]]:
        """Every change of a record, oldest first: who, when, action, before, after, reason."""
        with self.store.reading() as conn:
            entries = list(audit.entries(conn, address))
            if not entries:
                review.load(conn, address)  # NO_RECORD for an unknown address
        return entries

    def audit_log(self) -> list[dict[str, Any]]:
        with self.store.reading() as conn:
            return list(audit.entries(conn))

    def audit_verify(self) -> Any:
        with self.store.reading() as conn:
            return audit.verify(conn)

    def conflicts(self, doc: str | None = None) -> list[dict[str, Any]]:
        """Corrections that matched no record after re-processing: to be resolved by a person."""
        with self.store.reading() as conn:
            return reapply.conflicts(conn, doc)

    def corrections(self, doc: str | None = None) -> list[dict[str, Any]]:
        with self.store.reading() as conn:
            return reapply.corrections(conn, doc)

    def reviews(self, doc: str | None = None) -> dict[str, dict[str, Any]]:
        """Review state by record address: {status, by, at, version} of every reviewed record
        (of ``doc`` and every entity, when ``doc`` is given). A record not in it is the machine's, version 0."""
        with self.store.reading() as conn:
            rows = review.review_rows(conn, doc)
            if doc is not None:
                rows.update({k: v for k, v in review.review_rows(conn, None).items()
                             if review.kind_of(k)[0] == "entity"})
        return {k: {"status": v["status"], "by": v["by"], "at": v["at"], "version": v["version"]}
                for k, v in rows.items()}

    def review_queue(self, *, doc: str | None = None, kind: str | None = None, section: str | None = None,
                     type: str | None = None, below: float | None = None,
                     status: str | None = "machine", limit: int | None = None) -> list[dict[str, Any]]:
        """Records to review, least confident first (``status`` None: whatever their status)."""
        from .store.export import reviewed

        if doc:
            self.store.document(doc)
        kinds = [kind] if kind else ["event", "figure", "provision"]
        for k in kinds:
            if k not in review.KINDS:
                raise RightsledgerError(Code.BAD_VALUE, field="kind",
                                        detail=f"{k!r} is not one of: {', '.join(review.KINDS)}")
        with self.store.reading() as conn:
            reviews = review.review_rows(conn)
        items: list[dict[str, Any]] = []
        for k in kinds:
            if k == "event":
                recs = [e.as_dict() for e in self.store.events(doc=doc, section=section, type=type,
                                                               include_rejected=True)]
            elif k == "figure":
                recs = [f.as_dict() for f in self.store.figures(doc=doc, section=section, include_rejected=True)]
            elif k == "provision":
                recs = [p.as_dict() for p in self.store.provisions(doc=doc, section=section,
                                                                   include_rejected=True)]
            else:
                recs = [e.as_dict() for e in self.store.entities(doc=doc, type=type)]
            for rec in recs:
                r = reviewed(k, rec, reviews)
                if status and r["review"]["status"] != status:
                    continue
                if below is not None and r["confidence"] >= below:
                    continue
                ev = rec.get("evidence") or {}
                items.append({"address": rec["id"], "kind": k, "doc": rec.get("doc", doc),
                              "section": rec.get("section"), "type": rec.get("type") or rec.get("norm"),
                              "confidence": r["confidence"], "status": r["review"]["status"],
                              "start": ev.get("start"), "text": ev.get("text") or rec.get("name"),
                              "record": rec})
        items.sort(key=lambda i: (i["confidence"], i["doc"] or "", i["start"] or 0))
        return items[:limit] if limit else items

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
        from .extract.events import same_event

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
        from .extract.figures import disputed

        return disputed(self.store.figures(doc=doc, about=about))

    def provisions(self, *, doc: str | None = None, norm: str | None = None,
                   section: str | None = None) -> list[Provision]:
        return self.store.provisions(doc=doc, norm=norm, section=section)


    # -- across reports -------------------------------------------------------------------
    def compare(self, doc_a: str, doc_b: str) -> Any:
        """Section by section: new / gone / continuing people, cases, figures and text."""
        from .analysis.compare import compare

        return compare(self, doc_a, doc_b)

    def series(self, country: str) -> Any:
        """A country's reports year by year: events per topic and type, recurring figures,
        people and organisations of several years, every point cited."""
        from .analysis.series import series

        return series(self, country)

    def indicators(self, doc: str) -> list[Any]:
        """CIRI physical-integrity scores and a Political Terror Scale estimate, with evidence."""
        from .analysis.indicators import indicators

        return indicators(self, doc)

    # -- search and questions -------------------------------------------------------------
    def search(self, query: str, *, semantic: bool = False, **filters: Any) -> list[Any]:
        """Sentences matching ``query`` (exact query language), or with ``semantic=True``
        the hybrid of its words and its meaning (:func:`analysis.ask.semantic_search`)."""
        if semantic:
            from .analysis.ask import semantic_search

            return semantic_search(self.store, query, **filters)
        from .store.search import search

        return search(self.store, query, **filters)

    def ask(self, question: str, *, limit: int = 5, rerank: bool | None = None,
            **filters: Any) -> AskResult:
        """The answers (figures, dates, actors) and the ranked, cited sentences for ``question``."""
        from .analysis.answers import answer
        from .analysis.ask import ask

        from .analysis.spread import should_narrow, spread

        hits = ask(self.store, question, limit=max(limit, 5), rerank=rerank, **filters)
        shares = spread(self.store, hits[:limit])
        return AskResult(question, answer(self.store, question, hits), hits[:limit], shares,
                         should_narrow(shares, filters))

    def reindex(self, docs: list[str] | None = None,
                progress: Callable[[str], None] | None = None) -> dict[str, float]:
        """Headings and vectors for documents stored before they existed (or ``docs``)."""
        from .run.vectors import embed_stored

        return embed_stored(self.store, docs, progress=progress)


@dataclass
class AskResult:
    """``Ledger.ask``: the answers above the passages."""

    question: str
    answers: Any            # analysis.answers.Answers
    hits: list[Any]
    reports: list[Any] = field(default_factory=list)   # analysis.spread.ReportShare, best first
    narrow: bool = False    # the passages span several countries and the question named none

    def as_dict(self) -> dict[str, Any]:
        return {"question": self.question, "answers": self.answers.as_dict(),
                "items": [h.as_dict() for h in self.hits],
                "reports": [r.as_dict() for r in self.reports], "narrow": self.narrow}
