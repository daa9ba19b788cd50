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

import os
import re
import threading
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Any, Callable, Hashable, Iterator
from urllib.parse import quote

from sqlalchemy import (
    create_engine,
    event,
    make_url,
    select,
)
from sqlalchemy import (
    text as sql,
)
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DisconnectionError

from .. import settings
from ..errors import Code, RightsledgerError
from .changes import CHANNEL, PgWatch, SqliteWatch
from .reads import StoreReads
from .connection import database_url, shown_db, sqlite_reader_pragmas, sqlite_writer_pragmas
from .migrations import MIGRATIONS, PG_WRITE_LOCK
from .schema import changes_t, migrations_t
from .writes import StoreWrites


class Store(StoreReads, StoreWrites):
    """The database: migrations, one transaction per document, typed reads."""

    def __init__(self, db: str | os.PathLike[str] | None = None, *,
                 pool_size: int | None = None, max_overflow: int | None = None) -> None:
        self.url = database_url(db)
        pool_size = settings.get("RIGHTSLEDGER_POOL_SIZE") if pool_size is None else pool_size
        max_overflow = settings.get("RIGHTSLEDGER_MAX_OVERFLOW") if max_overflow is None else max_overflow
        self._memo_lock = threading.Lock()
        self._reader = threading.local()  # the read connection this thread holds, if any
        self._memo: dict[str, tuple[Hashable, Any]] = {}
        self._watch: SqliteWatch | PgWatch | None = None
        try:
            kwargs: dict[str, Any] = {}
            self._file: str | None = None
            if not self.url.startswith("sqlite"):
                # writes and the few reads made outside reading(): few connections
                kwargs.update(pool_pre_ping=True, pool_size=2, max_overflow=8)
            elif ":memory:" not in self.url and self.url not in ("sqlite://", "sqlite:///"):
                self._file = make_url(self.url).database
                # the writer: few connections (SQLite has one writer at a time)
                kwargs.update(pool_size=2, max_overflow=8)
            self.engine: Engine = create_engine(self.url, future=True, **kwargs)
            if self.engine.dialect.name == "sqlite":
                event.listen(self.engine, "connect", sqlite_writer_pragmas)
            if self._file:
                self._watch = SqliteWatch(self._file)
            elif self.engine.dialect.name == "postgresql":
                # a lost listening connection (a server restart) ends the readers' too
                self._watch = PgWatch(self._listen_connection,
                                      on_lost=lambda: self.read_engine.dispose())
            self.migrate()
            self.read_engine: Engine = self.engine
            if self._file:
                # readers: read-only connections in their own pool (a web server's threads
                # each get one at once); WAL lets them read while a writer writes
                ro = f"sqlite:///file:{quote(os.path.abspath(self._file))}?mode=ro&uri=true"
                self.read_engine = create_engine(ro, future=True, pool_size=pool_size,
                                                 max_overflow=max_overflow)
                event.listen(self.read_engine, "connect", sqlite_reader_pragmas)
            elif self.engine.dialect.name == "postgresql":
                # readers: autocommit (no BEGIN/ROLLBACK around every read: each statement
                # sees the latest commit, as on SQLite), and a fixed set of connections (a new
                # one costs the server a process and cold caches; threads wait for one instead)
                self.read_engine = create_engine(
                    self.url, future=True, isolation_level="AUTOCOMMIT",
                    pool_size=pool_size, max_overflow=0)
                _ping_when_idle(self.read_engine)
        except RightsledgerError:
            raise
        except Exception as exc:  # a locked, corrupt or unreachable database
            raise RightsledgerError(Code.DATABASE, path=shown_db(db, self.url),
                                    detail=str(exc).splitlines()[0]) from exc

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A connection for reads (SQLite: a read-only one from the readers' pool;
        PostgreSQL: an autocommit one). A read inside another read of the same thread
        shares its connection: one checkout per request, and a fixed pool cannot run dry
        with every thread holding one and waiting for a second."""
        held = getattr(self._reader, "conn", None)
        if held is not None:
            yield held
            return
        with self.read_engine.connect() as conn:
            self._reader.conn = conn
            try:
                yield conn
            finally:
                self._reader.conn = None

    def _listen_connection(self) -> Any:
        """A psycopg connection of its own (autocommit) for ``LISTEN``, as the engine's are made."""
        import psycopg

        cargs, cparams = self.engine.dialect.create_connect_args(self.engine.url)
        cparams.pop("context", None)
        cparams.update(autocommit=True, connect_timeout=10, application_name="rightsledger-listen")
        return psycopg.connect(*cargs, **cparams)

    def dispose(self) -> None:
        if self._watch is not None:
            self._watch.close()
        with self._memo_lock:
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

    def bump(self, kind: str, doc: str | None = None, *, past: int = 0) -> None:
        """Count a change in a transaction of its own (for writers outside :meth:`save`).

        ``past``: the counter moves beyond this value too (a restore puts back an older,
        smaller counter; an ETag handed out before it must never match again)."""
        with self.writing() as conn:
            last = conn.execute(select(changes_t.c.id).order_by(changes_t.c.id.desc()).limit(1)).scalar()
            if past > (last or 0):
                conn.execute(changes_t.insert().values(
                    id=past + 1, kind=kind, doc=doc,
                    at=datetime.now(timezone.utc).isoformat(timespec="seconds")))
                if not self.is_sqlite:  # the id sequence follows the row written by hand
                    conn.execute(sql("SELECT setval(pg_get_serial_sequence('changes', 'id'), :v)"),
                                 {"v": past + 1})
            else:
                self.note_change(conn, kind, doc)

    @property
    def version_is_cheap(self) -> bool:
        """True when :meth:`version` answers from memory without waiting (a SQLite file; a
        PostgreSQL server while this process listens for its changes)."""
        return self._watch is not None and self._watch.cheap

    def generation(self) -> Hashable | None:
        """A value that moves whenever any process commits a write (:mod:`.changes`), or
        None when that cannot be known now (an in-memory database, a lost listening
        connection): what anything remembered until the database changes is keyed by."""
        return self._watch.generation() if self._watch is not None else None

    def until_change(self, key: str, fn: Callable[[], Any]) -> Any:
        """``fn()``, remembered until the database changes, whichever process changed it
        (:mod:`.changes`: SQLite ``PRAGMA data_version``; PostgreSQL ``LISTEN``/``NOTIFY``).
        ``fn()`` every time where neither can tell (an in-memory database, a lost listening
        connection)."""
        gen = self.generation()
        if gen is None:
            return fn()
        with self._memo_lock:
            hit = self._memo.get(key)
            if hit is not None and hit[0] == gen:
                return hit[1]
        value = fn()  # a commit meanwhile moves the generation: the next call asks again
        with self._memo_lock:
            self._memo[key] = (gen, value)
        return value

    def version(self) -> tuple[int, str]:
        """(change counter, when it last changed as ISO time): what HTTP validators use."""
        return self.until_change("version", self.current_version)

    def current_version(self) -> tuple[int, str]:
        """:meth:`version` read from the database now, never remembered: what a restore compares
        before and after (:mod:`.backup`)."""
        with self.reading() as conn:
            row = conn.execute(select(changes_t.c.id, changes_t.c.at)
                               .order_by(changes_t.c.id.desc()).limit(1)).first()
        return (int(row[0]), str(row[1])) if row else (0, "1970-01-01T00:00:00+00:00")

    @property
    def file(self) -> str | None:
        """The SQLite database file, or None (an in-memory database, PostgreSQL)."""
        return self._file

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """A write transaction, serialised with every other writer of the database.

        SQLite: ``BEGIN IMMEDIATE`` (the write lock before the first read; waits up to
        ``busy_timeout``). PostgreSQL: ``pg_advisory_xact_lock``, and ``NOTIFY`` of the
        change. Commits on exit, rolls back on an exception.
        """
        with self.engine.begin() as conn:
            if self.is_sqlite:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            elif self.engine.dialect.name == "postgresql":
                # the notification is sent at commit (not at all on a rollback): every
                # process's memos (ETags among them) follow (.changes.PgWatch)
                conn.execute(sql("SELECT pg_advisory_xact_lock(:k), pg_notify(:ch, '')"),
                             {"k": PG_WRITE_LOCK, "ch": CHANNEL})
            yield conn
        if self._watch is not None:
            self._watch.moved()

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


PING_IDLE_SECONDS = 30.0  # a pooled PostgreSQL connection idle this long is checked before use


def _ping_when_idle(engine: Engine) -> None:
    """Make sure of a pooled connection before use when it sat idle for a while (else a
    round trip before every read, as ``pool_pre_ping`` does, costs a busy server more than
    its queries). A dead one is replaced (``DisconnectionError``: the pool connects anew);
    a server restart under load is seen by the listening connection (``PgWatch.on_lost``)."""
    @event.listens_for(engine, "checkin")
    def _checked_in(dbapi_conn: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checkout(dbapi_conn: Any, record: Any, proxy: Any) -> None:
        since = record.info.get("idle_since")
        if since is not None and time.monotonic() - since < PING_IDLE_SECONDS:
            return
        try:
            dbapi_conn.execute("SELECT 1")
        except Exception as exc:
            raise DisconnectionError(str(exc)) from exc


SLUG_RE = re.compile(r"[^a-z0-9]+")


def slug(value: str) -> str:
    import unicodedata

    ascii_ = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return SLUG_RE.sub("-", ascii_.lower()).strip("-") or "x"
