"""Store stage: the records of every document in one database (SQLite by default).

SQLAlchemy Core over SQLite (one file, WAL, FTS5 over sentences) or PostgreSQL
(``postgresql+psycopg://…``: a generated ``tsvector`` column with a GIN index over
sentences, text columns in the ``"C"`` collation so that ordering matches SQLite). The
schema is created and upgraded by named migrations recorded in the ``migrations`` table.
Each document is written in one transaction: a failure (or a kill) leaves no trace of it.

Writers are serialised: on SQLite every write transaction starts with ``BEGIN IMMEDIATE``
(the write lock is taken before anything is read, so two processes cannot both choose the
same document id), on PostgreSQL with a transaction-level advisory lock. Inside that
transaction :meth:`Store.save` checks the document id again, so concurrent ingests of the
same files give the same database as one.
"""
from __future__ import annotations

import json
import os
import re
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Callable, Iterable, Iterator
from urllib.parse import quote

from sqlalchemy import (
    Table,
    make_url,
    create_engine,
    event,
    func,
    literal_column,
    select,
)
from sqlalchemy import (
    text as sql,
)
from sqlalchemy.engine import Connection, Engine

from ..errors import Code, RightsledgerError
from ..extract import link
from ..records import (
    Document,
    Entity,
    Event,
    Figure,
    Paragraph,
    Provision,
    Section,
    Sentence,
    Subtopic,
)
from .. import settings
from .schema import (
    MIGRATIONS,
    _sqlite_reader_pragmas,
    changes_t,
    PER_DOC_TABLES,
    PG_WRITE_LOCK,
    _shown,
    _sqlite_pragmas,
    database_url,
    documents_t,
    entities_t,
    entity_keys_t,
    events_t,
    figures_t,
    mentions_t,
    migrations_t,
    paragraphs_t,
    participants_t,
    provisions_t,
    reviews_t,
    sections_t,
    sentence_vectors_t,
    sentences_t,
    subtopics_t,
)
from .reapply import reapply


@dataclass
class Bundle:
    """Everything the pipeline produced for one document."""

    document: Document
    path: str
    text: str
    sections: list[Section]
    subtopics: list[Subtopic]
    paragraphs: list[Paragraph]
    sentences: list[Sentence]
    entities: list[Entity]
    events: list[Event]
    figures: list[Figure]
    provisions: list[Provision]
    #: per sentence (same order): the headings it stands under, and its embedding
    #: (``extract.embed``: float16 bytes of model ``vector_model``); absent when not computed
    headings: list[str] | None = None
    vectors: list[bytes] | None = None
    vector_model: str | None = None


class Store:
    """The database: migrations, one transaction per document, typed reads."""

    def __init__(self, db: str | os.PathLike[str] | None = None, *,
                 pool_size: int | None = None, max_overflow: int | None = None) -> None:
        self.url = database_url(db)
        pool_size = settings.get("RIGHTSLEDGER_POOL_SIZE") if pool_size is None else pool_size
        max_overflow = settings.get("RIGHTSLEDGER_MAX_OVERFLOW") if max_overflow is None else max_overflow
        self._version_lock = threading.Lock()
        self._version_conn: Any = None
        self._memo: dict[str, tuple[int, Any]] = {}
        try:
            kwargs: dict[str, Any] = {}
            self._file: str | None = None
            if not self.url.startswith("sqlite"):
                kwargs.update(pool_pre_ping=True, pool_size=pool_size, max_overflow=max_overflow)
            elif ":memory:" not in self.url and self.url not in ("sqlite://", "sqlite:///"):
                self._file = make_url(self.url).database
                # the writer: few connections (SQLite has one writer at a time)
                kwargs.update(pool_size=2, max_overflow=8)
            self.engine: Engine = create_engine(self.url, future=True, **kwargs)
            if self.engine.dialect.name == "sqlite":
                event.listen(self.engine, "connect", _sqlite_pragmas)
            self.migrate()
            self.read_engine: Engine = self.engine
            if self._file:
                # readers: read-only connections in their own pool (a web server's threads
                # each get one at once); WAL lets them read while a writer writes
                ro = f"sqlite:///file:{quote(os.path.abspath(self._file))}?mode=ro&uri=true"
                self.read_engine = create_engine(ro, future=True, pool_size=pool_size,
                                                 max_overflow=max_overflow)
                event.listen(self.read_engine, "connect", _sqlite_reader_pragmas)
        except RightsledgerError:
            raise
        except Exception as exc:  # a locked, corrupt or unreachable database
            raise RightsledgerError(Code.DATABASE, path=_shown(db, self.url),
                                    detail=str(exc).splitlines()[0]) from exc

    def reading(self) -> Connection:
        """A connection for reads (SQLite: a read-only one from the readers' pool)."""
        return self.read_engine.connect()

    def dispose(self) -> None:
        with self._version_lock:
            if self._version_conn is not None:
                self._version_conn.close()
                self._version_conn = None
            self._memo.clear()
        self.engine.dispose()
        if self.read_engine is not self.engine:
            self.read_engine.dispose()

    # -- the change counter (HTTP validators) --------------------------------------------
    def note_change(self, conn: Connection, kind: str, doc: str | None = None) -> None:
        """Count a change of the database inside the write transaction ``conn``.

        Every write that changes what a reader sees calls this (an ingest, a deletion, a
        review): ETag and Last-Modified of every page and API response follow the counter.
        """
        conn.execute(changes_t.insert().values(
            kind=kind, doc=doc, at=datetime.now(timezone.utc).isoformat(timespec="seconds")))

    def bump(self, kind: str, doc: str | None = None) -> None:
        """Count a change in a transaction of its own (for writers outside :meth:`save`)."""
        with self.writing() as conn:
            self.note_change(conn, kind, doc)

    @property
    def version_is_cheap(self) -> bool:
        """True when :meth:`version` answers in microseconds without waiting (SQLite file)."""
        return self._file is not None

    def until_change(self, key: str, fn: Callable[[], Any]) -> Any:
        """``fn()``, remembered until the database changes (SQLite: ``PRAGMA data_version``
        on a connection kept for this, which moves when any other connection commits; no
        disk read). Elsewhere ``fn()`` every time."""
        if self._file is None:
            return fn()
        import sqlite3

        with self._version_lock:
            try:
                if self._version_conn is None:
                    self._version_conn = sqlite3.connect(
                        f"file:{quote(os.path.abspath(self._file))}?mode=ro", uri=True,
                        check_same_thread=False, timeout=30)
                dv = self._version_conn.execute("PRAGMA data_version").fetchone()[0]
            except sqlite3.Error as exc:  # the file is gone or unreadable
                raise RightsledgerError(Code.DATABASE, path=self._file, detail=str(exc)) from exc
            hit = self._memo.get(key)
            if hit is not None and hit[0] == dv:
                return hit[1]
        value = fn()  # a commit meanwhile moves data_version: the next call asks again
        with self._version_lock:
            self._memo[key] = (dv, value)
        return value

    def version(self) -> tuple[int, str]:
        """(change counter, when it last changed as ISO time): what HTTP validators use."""
        return self.until_change("version", self._version)

    def _version(self) -> tuple[int, str]:
        with self.reading() as conn:
            row = conn.execute(select(changes_t.c.id, changes_t.c.at)
                               .order_by(changes_t.c.id.desc()).limit(1)).first()
        return (int(row[0]), str(row[1])) if row else (0, "1970-01-01T00:00:00+00:00")

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """A write transaction, serialised with every other writer of the database.

        SQLite: ``BEGIN IMMEDIATE`` (the write lock before the first read; waits up to
        ``busy_timeout``). PostgreSQL: ``pg_advisory_xact_lock``. Commits on exit, rolls
        back on an exception.
        """
        with self.engine.begin() as conn:
            if self.is_sqlite:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            elif self.engine.dialect.name == "postgresql":
                conn.execute(sql("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_WRITE_LOCK})
            yield conn

    # -- schema ---------------------------------------------------------------------------
    def _pending_migrations(self) -> bool:
        try:
            with self.engine.connect() as conn:
                done = {r[0] for r in conn.execute(select(migrations_t.c.name))}
        except Exception:  # no migrations table yet
            return True
        return any(name not in done for name, _ in MIGRATIONS)

    def migrate(self) -> list[str]:
        """Apply the migrations not yet recorded; return their names.

        Safe when several processes open a new database at once: the check is repeated
        inside a serialised write transaction.
        """
        applied: list[str] = []
        if not self._pending_migrations():
            return applied
        with self.writing() as conn:
            migrations_t.create(conn, checkfirst=True)
            done = {r[0] for r in conn.execute(select(migrations_t.c.name))}
            for name, fn in MIGRATIONS:
                if name in done:
                    continue
                fn(conn)
                conn.execute(migrations_t.insert().values(
                    name=name, applied_at=datetime.now(timezone.utc).isoformat()))
                applied.append(name)
        return applied

    def applied_migrations(self) -> list[str]:
        with self.engine.connect() as conn:
            return [r[0] for r in conn.execute(select(migrations_t.c.name).order_by(migrations_t.c.name))]

    # -- writing --------------------------------------------------------------------------
    def find_by_path(self, path: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(documents_t.c.id, documents_t.c.sha256, documents_t.c.pipeline_version)
                .where(documents_t.c.path == path)
            ).mappings().first()
        return dict(row) if row else None

    def find_by_sha(self, sha256: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(
                select(documents_t.c.id).where(documents_t.c.sha256 == sha256)
            ).scalar()

    def unique_doc_id(self, wanted: str, path: str) -> str:
        """``wanted`` if free (or already this path's), else ``wanted-2``, ``wanted-3``…"""
        with self.engine.connect() as conn:
            n = 1
            candidate = wanted
            while True:
                row = conn.execute(
                    select(documents_t.c.path).where(documents_t.c.id == candidate)
                ).first()
                if row is None or row[0] == path:
                    return candidate
                n += 1
                candidate = f"{wanted}-{n}"

    def find_rendition(self, country: str | None, year: int | None, text: str, path: str) -> str | None:
        """The stored document ``text`` is another rendition of (same country and year,
        same text up to normalisation: :mod:`.renditions`), or ``None``."""
        from .renditions import SAME_REPORT, similarity

        if not country or year is None:
            return None
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(documents_t.c.id, documents_t.c.text, documents_t.c.rendition_of)
                .where(documents_t.c.country == country, documents_t.c.year == year,
                       documents_t.c.path != path)
                .order_by(documents_t.c.ingested_at, documents_t.c.id)).all()
        for doc_id, other, of in rows:
            if abs(len(other) - len(text)) > 0.2 * max(len(other), len(text)):
                continue
            if similarity(text, other) >= SAME_REPORT:
                return of or doc_id
        return None

    def save(self, bundle: Bundle, pipeline_version: str, *,
             before_commit: Callable[[], None] | None = None,
             rendition_of: str | None = None) -> str:
        """Replace the document's records with ``bundle``'s, in one transaction; return its id.

        The id is checked again inside the (serialised) write transaction: when another
        writer has meanwhile stored this path under another id, that id is kept; when it
        has taken ``bundle.document.id`` for another path, the next free id
        (``…-2``, ``…-3``) is used. The bundle's records are renamed in place then.
        """
        with self.writing() as conn:
            doc_id = self._settle_doc_id(conn, bundle.document.id, bundle.path)
            if doc_id != bundle.document.id:
                rename_bundle(bundle, doc_id)
            doc = bundle.document
            self._delete_document(conn, doc.id)
            conn.execute(documents_t.insert().values(
                **doc.as_dict(), path=bundle.path, text=bundle.text,
                pipeline_version=pipeline_version,
                ingested_at=datetime.now(timezone.utc).isoformat(),
                rendition_of=rendition_of if rendition_of != doc.id else None,
            ))
            if bundle.sections:
                conn.execute(sections_t.insert(), [
                    {**s.as_dict(), "ord": i} for i, s in enumerate(bundle.sections)])
            if bundle.subtopics:
                conn.execute(subtopics_t.insert(), [
                    {**s.as_dict(), "ord": i} for i, s in enumerate(bundle.subtopics)])
            if bundle.paragraphs:
                conn.execute(paragraphs_t.insert(), [
                    {**p.as_dict(), "ord": i} for i, p in enumerate(bundle.paragraphs)])
            self._save_sentences(conn, bundle)
            ids = self._save_entities(conn, bundle)
            self._save_events(conn, bundle, ids)
            if bundle.figures:
                conn.execute(figures_t.insert(), [{
                    "id": f.id, "doc": f.doc, "value": float(f.value), "unit": f.unit,
                    "what": f.what, "qualifier": f.qualifier, "source": f.source,
                    "section": f.section, "start": f.evidence.start, "end": f.evidence.end,
                    "data": json.dumps(f.as_dict(), ensure_ascii=False),
                } for f in bundle.figures])
            if bundle.provisions:
                conn.execute(provisions_t.insert(), [{
                    "id": p.id, "doc": p.doc, "norm": p.norm, "subject": p.subject,
                    "section": p.section, "start": p.evidence.start, "end": p.evidence.end,
                    "data": json.dumps(p.as_dict(), ensure_ascii=False),
                } for p in bundle.provisions])
            # corrections made on an earlier version of this document, applied again
            self.last_reapply = reapply(conn, doc.id, doc.sha256, bundle.text,
                                        at=datetime.now(timezone.utc).isoformat(timespec="seconds"))
            self.note_change(conn, "ingest", doc.id)
            if before_commit is not None:
                before_commit()
        return bundle.document.id

    def _settle_doc_id(self, conn: Connection, wanted: str, path: str) -> str:
        """The id ``path``'s document gets, decided inside the write transaction."""
        same_path = conn.execute(
            select(documents_t.c.id).where(documents_t.c.path == path).order_by(documents_t.c.id)
        ).scalars().all()
        if same_path and wanted not in same_path:
            return same_path[0]
        n, candidate = 1, wanted
        while True:
            row = conn.execute(select(documents_t.c.path).where(documents_t.c.id == candidate)).first()
            if row is None or row[0] == path:
                return candidate
            n += 1
            candidate = f"{wanted}-{n}"

    def _save_sentences(self, conn: Connection, bundle: Bundle) -> None:
        heads = bundle.headings if bundle.headings and len(bundle.headings) == len(bundle.sentences) \
            else [None] * len(bundle.sentences)
        rows = [{"doc": s.doc, "section": s.section, "paragraph": s.paragraph,
                 "start": s.start, "end": s.end, "text": bundle.text[s.start:s.end],
                 "heading": h or None}
                for s, h in zip(bundle.sentences, heads)]
        if not rows:
            return
        conn.execute(sentences_t.insert(), rows)
        doc = {"doc": bundle.document.id}
        if self.is_sqlite:
            conn.execute(sql(
                "INSERT INTO sentences_fts(rowid, text, heading) "
                "SELECT id, text, heading FROM sentences WHERE doc = :doc"), doc)
        vecs = bundle.vectors
        if vecs and len(vecs) == len(bundle.sentences) and bundle.vector_model:
            ids = {(st, en): i for i, st, en in conn.execute(sql(
                'SELECT id, start, "end" FROM sentences WHERE doc = :doc'), doc)}
            conn.execute(sentence_vectors_t.insert(), [
                {"id": ids[(s.start, s.end)], "doc": s.doc, "model": bundle.vector_model, "vec": v}
                for s, v in zip(bundle.sentences, vecs) if (s.start, s.end) in ids])

    def _save_entities(self, conn: Connection, bundle: Bundle) -> dict[str, str]:
        """Link each entity to an existing one (by key) or create it; return provisional → final id."""
        final: dict[str, str] = {}
        cc = bundle.document.country_code
        for ent in bundle.entities:
            keys = link.entity_keys(ent, cc)
            found = None
            if keys:
                found = conn.execute(
                    select(entity_keys_t.c.entity).where(entity_keys_t.c.key.in_(keys)).limit(1)
                ).scalar()
            if found:
                self._merge_entity(conn, found, ent)
                eid = found
            else:
                eid = self._new_entity_id(conn, ent.id)
                conn.execute(entities_t.insert().values(
                    id=eid, type=ent.type, name=ent.name,
                    aliases=json.dumps(sorted(set(ent.aliases)), ensure_ascii=False),
                    attributes=json.dumps(ent.attributes, ensure_ascii=False),
                ))
            known = set(conn.execute(
                select(entity_keys_t.c.key).where(entity_keys_t.c.key.in_(keys))).scalars()) if keys else set()
            new_keys = [k for k in dict.fromkeys(keys) if k not in known]
            if new_keys:
                conn.execute(entity_keys_t.insert(), [{"key": k, "entity": eid} for k in new_keys])
            if ent.mentions:
                conn.execute(mentions_t.insert(), [
                    {"entity": eid, "doc": bundle.document.id, "start": s, "end": e}
                    for s, e in ent.mentions])
            final[ent.id] = eid
        return final

    def _new_entity_id(self, conn: Connection, wanted: str) -> str:
        candidate, n = wanted, 1
        while conn.execute(select(entities_t.c.id).where(entities_t.c.id == candidate)).first():
            n += 1
            candidate = f"{wanted}-{n}"
        return candidate

    def _merge_entity(self, conn: Connection, eid: str, ent: Entity) -> None:
        row = conn.execute(select(entities_t).where(entities_t.c.id == eid)).mappings().one()
        aliases = set(json.loads(row["aliases"])) | set(ent.aliases)
        name = row["name"]
        if len(ent.name) > len(name):  # keep the fullest form as the name
            aliases.add(name)
            name = ent.name
        aliases.discard(name)
        attrs = json.loads(row["attributes"])
        for k, v in ent.attributes.items():
            if isinstance(v, list):
                attrs[k] = sorted(set(attrs.get(k, [])) | set(v))
            else:
                attrs.setdefault(k, v)
        conn.execute(entities_t.update().where(entities_t.c.id == eid).values(
            name=name, aliases=json.dumps(sorted(aliases), ensure_ascii=False),
            attributes=json.dumps(attrs, ensure_ascii=False)))

    def _save_events(self, conn: Connection, bundle: Bundle, ids: dict[str, str]) -> None:
        rows, parts = [], []
        for ev in bundle.events:
            for p in ev.participants:
                if p.entity is not None:
                    p.entity = ids.get(p.entity, p.entity)
                parts.append({"event": ev.id, "entity": p.entity, "name": p.name, "role": p.role})
            rows.append({
                "id": ev.id, "doc": ev.doc, "type": ev.type, "date": ev.date,
                "date_end": ev.date_end, "precision": ev.precision, "section": ev.section,
                "polarity": ev.polarity, "source": ev.source, "start": ev.evidence.start,
                "end": ev.evidence.end, "data": json.dumps(ev.as_dict(), ensure_ascii=False),
            })
        if rows:
            conn.execute(events_t.insert(), rows)
        if parts:
            conn.execute(participants_t.insert(), parts)

    def _delete_document(self, conn: Connection, doc_id: str) -> None:
        if self.is_sqlite:
            conn.execute(sql(
                "INSERT INTO sentences_fts(sentences_fts, rowid, text, heading) "
                "SELECT 'delete', id, text, heading FROM sentences WHERE doc = :doc"), {"doc": doc_id})
        event_ids = select(events_t.c.id).where(events_t.c.doc == doc_id)
        conn.execute(participants_t.delete().where(participants_t.c.event.in_(event_ids)))
        conn.execute(events_t.delete().where(events_t.c.doc == doc_id))
        touched = set(conn.execute(
            select(mentions_t.c.entity).where(mentions_t.c.doc == doc_id).distinct()).scalars())
        for table in PER_DOC_TABLES:
            conn.execute(table.delete().where(table.c.doc == doc_id))
        for eid in touched:  # entities left without any mention go too
            if conn.execute(select(mentions_t.c.entity).where(mentions_t.c.entity == eid).limit(1)).first() is None:
                conn.execute(entity_keys_t.delete().where(entity_keys_t.c.entity == eid))
                conn.execute(entities_t.delete().where(entities_t.c.id == eid))
        conn.execute(reviews_t.delete().where(reviews_t.c.doc == doc_id, reviews_t.c.kind != "entity"))
        conn.execute(documents_t.delete().where(documents_t.c.id == doc_id))

    def delete_document(self, doc_id: str) -> None:
        with self.writing() as conn:
            self._delete_document(conn, doc_id)
            self.note_change(conn, "delete", doc_id)

    # -- reading --------------------------------------------------------------------------
    def _tiebreak(self) -> list[Any]:
        """Rows equal on the ORDER BY keys come in insertion order on SQLite (rowid);
        PostgreSQL gets the same from the row's physical position."""
        return [] if self.is_sqlite else [literal_column("ctid")]

    def documents(self) -> list[dict[str, Any]]:
        cols = [c for c in documents_t.c if c.name != "text"]
        with self.reading() as conn:
            rows = conn.execute(select(*cols).order_by(
                documents_t.c.country.asc().nulls_first(), documents_t.c.year.asc().nulls_first(),
                documents_t.c.id)).mappings().all()
            counts = self._counts(conn)
        return [{**dict(r), **counts.get(r["id"], {})} for r in rows]

    def _counts(self, conn: Connection) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for name, table, col in (("sections", sections_t, sections_t.c.doc),
                                 ("events", events_t, events_t.c.doc),
                                 ("figures", figures_t, figures_t.c.doc),
                                 ("provisions", provisions_t, provisions_t.c.doc)):
            for doc, n in conn.execute(sql(f"SELECT doc, COUNT(*) FROM {table.name} GROUP BY doc")):
                out.setdefault(doc, {})[name] = n
        for doc, n in conn.execute(sql("SELECT doc, COUNT(DISTINCT entity) FROM mentions GROUP BY doc")):
            out.setdefault(doc, {})["entities"] = n
        return out

    def document(self, doc_id: str) -> Document:
        with self.reading() as conn:
            # not the text: a report's text is read only when it is wanted
            row = conn.execute(select(*[c for c in documents_t.c if c.name != "text"])
                               .where(documents_t.c.id == doc_id)).mappings().first()
        if row is None:
            raise RightsledgerError(Code.NO_DOCUMENT, doc=doc_id)
        return Document.from_dict(dict(row))

    def document_text(self, doc_id: str) -> str:
        with self.reading() as conn:
            text = conn.execute(select(documents_t.c.text).where(documents_t.c.id == doc_id)).scalar()
        if text is None:
            raise RightsledgerError(Code.NO_DOCUMENT, doc=doc_id)
        return text

    def doc_ids(self) -> list[str]:
        with self.reading() as conn:
            return list(conn.execute(select(documents_t.c.id).order_by(documents_t.c.id)).scalars())

    def sections(self, doc_id: str) -> list[Section]:
        with self.reading() as conn:
            rows = conn.execute(select(sections_t).where(sections_t.c.doc == doc_id)
                                .order_by(sections_t.c.ord)).mappings().all()
        return [Section.from_dict(dict(r)) for r in rows]

    def subtopics(self, doc_id: str) -> list[Subtopic]:
        with self.reading() as conn:
            rows = conn.execute(select(subtopics_t).where(subtopics_t.c.doc == doc_id)
                                .order_by(subtopics_t.c.ord)).mappings().all()
        return [Subtopic.from_dict(dict(r)) for r in rows]

    def paragraphs(self, doc_id: str) -> list[Paragraph]:
        with self.reading() as conn:
            rows = conn.execute(select(paragraphs_t).where(paragraphs_t.c.doc == doc_id)
                                .order_by(paragraphs_t.c.ord)).mappings().all()
        return [Paragraph.from_dict(dict(r)) for r in rows]

    def entities(self, *, doc: str | None = None, type: str | None = None,
                 ids: Iterable[str] | None = None,
                 within: tuple[int, int] | None = None) -> list[Entity]:
        """Entities with their mentions (only those in ``doc`` when given; with ``within``
        too, only the mentions starting in that span of ``doc``, and their entities)."""
        q = select(entities_t)
        if type:
            q = q.where(entities_t.c.type == type)
        if ids is not None:
            q = q.where(entities_t.c.id.in_(list(ids)))
        mq = select(mentions_t.c.entity, mentions_t.c.doc, mentions_t.c.start, mentions_t.c.end)
        if ids is not None:  # only these entities' mentions (an index lookup, not every row)
            mq = mq.where(mentions_t.c.entity.in_(list(ids)))
        elif type:
            mq = mq.where(mentions_t.c.entity.in_(select(entities_t.c.id).where(entities_t.c.type == type)))
        if doc:
            mq = mq.where(mentions_t.c.doc == doc)
            inner = select(mentions_t.c.entity).where(mentions_t.c.doc == doc)
            if within is not None:
                span = (mentions_t.c.start >= within[0], mentions_t.c.start < within[1])
                mq = mq.where(*span)
                inner = inner.where(*span)
            q = q.where(entities_t.c.id.in_(inner))
        with self.reading() as conn:
            rows = conn.execute(q.order_by(entities_t.c.type, entities_t.c.name,
                                           *self._tiebreak())).mappings().all()
            wanted = {r["id"] for r in rows}
            mentions: dict[str, list[tuple[str, int, int]]] = {}
            for eid, d, s, e in conn.execute(mq.order_by(mentions_t.c.doc, mentions_t.c.start)):
                if eid in wanted:
                    mentions.setdefault(eid, []).append((d, s, e))
        out = []
        for r in rows:
            ms = mentions.get(r["id"], [])
            ent = Entity(r["id"], r["type"], r["name"], json.loads(r["aliases"]),
                         json.loads(r["attributes"]), [[s, e] for _, s, e in ms])
            ent.mention_docs = [d for d, _, _ in ms]  # type: ignore[attr-defined]
            out.append(ent)
        return out

    def entity_counts(self, *, doc: str | None = None, type: str | None = None,
                      ids: Iterable[str] | None = None, limit: int = 50,
                      offset: int = 0) -> tuple[int, list[tuple[Entity, int]]]:
        """A page of entities (without mentions) with their mention counts, most mentioned
        first (in ``doc`` when given): the whole count in SQL, one page of rows loaded."""
        counts = select(mentions_t.c.entity.label("entity"),
                        func.count().label("n")).group_by(mentions_t.c.entity)
        if doc:
            counts = counts.where(mentions_t.c.doc == doc)
        if ids is not None:
            counts = counts.where(mentions_t.c.entity.in_(list(ids)))
        c = counts.subquery()
        q = select(entities_t, c.c.n).join(c, c.c.entity == entities_t.c.id)
        if type:
            q = q.where(entities_t.c.type == type)
        with self.reading() as conn:
            total = conn.execute(select(func.count()).select_from(q.subquery())).scalar() or 0
            rows = conn.execute(q.order_by(c.c.n.desc(), entities_t.c.name, entities_t.c.type,
                                           entities_t.c.id).limit(limit).offset(offset)).mappings().all()
        return total, [(Entity(r["id"], r["type"], r["name"], json.loads(r["aliases"]),
                               json.loads(r["attributes"]), []), int(r["n"])) for r in rows]

    def find_entities(self, query: str, limit: int = 20) -> list[str]:
        """Ids of entities whose name or alias matches ``query`` (exact first, then substring)."""
        norm = link.normalise_name(query)
        with self.reading() as conn:
            exact = list(conn.execute(
                select(entity_keys_t.c.entity).where(entity_keys_t.c.key.like(f"%|{norm}"))
                .distinct().limit(limit)).scalars())
            if exact:
                return exact
            like = f"%{query.strip()}%"
            return list(conn.execute(
                select(entities_t.c.id).where(
                    entities_t.c.name.ilike(like) | entities_t.c.aliases.ilike(like))
                .limit(limit)).scalars())

    @staticmethod
    def _within(table: Table, within: tuple[int, int] | None) -> list[Any]:
        """Records whose evidence starts in ``within`` (a span of one document)."""
        if within is None:
            return []
        return [table.c.start >= within[0], table.c.start < within[1]]

    @staticmethod
    def _not_rejected(table: Table) -> Any:
        """A record a person rejected is left out."""
        return table.c.id.notin_(select(reviews_t.c.record).where(reviews_t.c.status == "rejected"))

    def _any_rejected(self) -> bool:
        """Whether any record is rejected (remembered until the database changes): without
        one, reads need no NOT IN filter."""
        def ask() -> bool:
            with self.reading() as conn:
                return conn.execute(select(reviews_t.c.record).where(
                    reviews_t.c.status == "rejected").limit(1)).first() is not None

        return bool(self.until_change("any_rejected", ask))

    def _records(self, table: Table, cls: Any, where: list[Any], order: list[Any],
                 include_rejected: bool = False) -> list[Any]:
        if not include_rejected and self._any_rejected():
            where = [*where, self._not_rejected(table)]
        with self.reading() as conn:
            rows = conn.execute(select(table.c.data).where(*where)
                                .order_by(*order, *self._tiebreak())).scalars().all()
        return [cls.from_dict(json.loads(d)) for d in rows]

    def events(self, *, doc: str | None = None, type: str | None = None,
               date_from: str | None = None, date_to: str | None = None,
               section: str | None = None, entity: str | None = None,
               polarity: str | None = None, limit: int | None = None,
               within: tuple[int, int] | None = None,
               include_rejected: bool = False) -> list[Event]:
        where = self._event_where(doc=doc, type=type, date_from=date_from, date_to=date_to,
                                  section=section, entity=entity, polarity=polarity, within=within)
        evs = self._records(events_t, Event, where, [events_t.c.date, events_t.c.doc, events_t.c.start],
                            include_rejected)
        return evs[:limit] if limit else evs

    def events_page(self, *, limit: int, offset: int = 0, raw: bool = False,
                    include_rejected: bool = False, **filters: Any) -> tuple[int, list[Any]]:
        """(how many events match, one page of them): counted and paged in SQL. ``raw``:
        the stored dicts (``Event.as_dict()``) without building records."""
        where = self._event_where(**filters)
        if not include_rejected and self._any_rejected():
            where.append(self._not_rejected(events_t))
        tiebreak = [literal_column("events.rowid")] if self.is_sqlite else self._tiebreak()
        with self.reading() as conn:
            total = conn.execute(select(func.count()).select_from(events_t).where(*where)).scalar() or 0
            rows = conn.execute(select(events_t.c.data).where(*where).order_by(
                events_t.c.date, events_t.c.doc, events_t.c.start, *tiebreak)
                .limit(limit).offset(offset)).scalars().all()
        if raw:
            return total, [json.loads(d) for d in rows]
        return total, [Event.from_dict(json.loads(d)) for d in rows]

    def _event_where(self, *, doc: str | None = None, type: str | None = None,
                     date_from: str | None = None, date_to: str | None = None,
                     section: str | None = None, entity: str | None = None,
                     polarity: str | None = None,
                     within: tuple[int, int] | None = None) -> list[Any]:
        where: list[Any] = self._within(events_t, within)
        if doc:
            where.append(events_t.c.doc == doc)
        if type:
            where.append(events_t.c.type == type)
        if date_from:
            where.append(events_t.c.date >= date_from)
        if date_to:
            where.append(events_t.c.date <= date_to + "\uffff")
        if section:
            where.append((events_t.c.section == section) | events_t.c.section.like(f"{section}.%"))
        if polarity:
            where.append(events_t.c.polarity == polarity)
        if entity:
            where.append(events_t.c.id.in_(
                select(participants_t.c.event).where(participants_t.c.entity == entity)))
        return where

    def figures(self, *, doc: str | None = None, about: str | None = None,
                section: str | None = None, within: tuple[int, int] | None = None,
                include_rejected: bool = False) -> list[Figure]:
        where: list[Any] = self._within(figures_t, within)
        if doc:
            where.append(figures_t.c.doc == doc)
        if about:
            where.append(figures_t.c.what.ilike(f"%{about}%"))
        if section:
            where.append((figures_t.c.section == section) | figures_t.c.section.like(f"{section}.%"))
        return self._records(figures_t, Figure, where, [figures_t.c.doc, figures_t.c.start],
                             include_rejected)

    def provisions(self, *, doc: str | None = None, norm: str | None = None,
                   section: str | None = None, within: tuple[int, int] | None = None,
                   include_rejected: bool = False) -> list[Provision]:
        where: list[Any] = self._within(provisions_t, within)
        if doc:
            where.append(provisions_t.c.doc == doc)
        if norm:
            where.append(provisions_t.c.norm == norm)
        if section:
            where.append((provisions_t.c.section == section) | provisions_t.c.section.like(f"{section}.%"))
        return self._records(provisions_t, Provision, where, [provisions_t.c.doc, provisions_t.c.start],
                             include_rejected)

    def sentences_in(self, doc_id: str) -> list[Sentence]:
        with self.reading() as conn:
            rows = conn.execute(select(sentences_t).where(sentences_t.c.doc == doc_id)
                                .order_by(sentences_t.c.start)).mappings().all()
        return [Sentence.from_dict(dict(r)) for r in rows]

    def connect(self) -> Iterator[Connection]:
        return self.read_engine.connect()  # type: ignore[return-value]


def rename_bundle(bundle: Bundle, new_id: str) -> None:
    """Give ``bundle``'s document the id ``new_id``: every record's ``doc`` and the
    ``{doc}:ev:n``-style record ids follow (in place)."""
    old = bundle.document.id
    if old == new_id:
        return
    bundle.document.id = new_id

    def rid(value: str) -> str:
        return new_id + value[len(old):] if value.startswith(old + ":") else value

    for rec in (*bundle.sections, *bundle.subtopics, *bundle.paragraphs, *bundle.sentences):
        rec.doc = new_id
    for rec in (*bundle.events, *bundle.figures, *bundle.provisions):
        rec.doc = new_id
        rec.id = rid(rec.id)


SLUG_RE = re.compile(r"[^a-z0-9]+")


def slug(value: str) -> str:
    import unicodedata

    ascii_ = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return SLUG_RE.sub("-", ascii_.lower()).strip("-") or "x"
