"""Connecting to a database: the URL a ``--db`` names, and the settings of each connection.

SQLite connections that write use WAL and wait for locks; read-only connections map the
file into memory and can never write.
"""
from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import Any

DEFAULT_DB = "rightsledger.db"


def database_url(db: str | os.PathLike[str] | None) -> str:
    """A SQLAlchemy URL from ``--db``: a URL as is, a path as SQLite; default from the environment."""
    db = db or os.environ.get("RIGHTSLEDGER_DB") or DEFAULT_DB
    db = str(db)
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser()}"


def shown_db(db: Any, url: str) -> str:
    """What an error names: the path as given, or the URL without its password."""
    if "://" not in str(db or url):
        return str(db or "")
    try:
        from sqlalchemy import make_url

        return make_url(str(db or url)).render_as_string(hide_password=True)
    except Exception:
        return "the database"


def sqlite_writer_pragmas(dbapi_conn: Any, _record: Any) -> None:
    """A connection that writes: WAL, wait for locks, foreign keys enforced."""
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout=30000")  # first: switching to WAL may wait for a lock too
    # Two processes opening a new database at once: the switch to WAL needs the exclusive lock,
    # and a connection holding a shared lock while the other holds the reserved one is told
    # "database is locked" at once, without the busy handler (SQLite's deadlock rule;
    # tests/test_parallel.py failed on it once in five CI runs). Retried as long as the busy
    # timeout would wait.
    deadline = time.monotonic() + 30
    while True:
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            break
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def sqlite_reader_pragmas(dbapi_conn: Any, _record: Any) -> None:
    """A read-only connection: wait for locks, never write, map the file into memory."""
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA query_only=ON")
    cur.execute("PRAGMA mmap_size=268435456")
    cur.execute("PRAGMA cache_size=-16000")
    cur.close()
