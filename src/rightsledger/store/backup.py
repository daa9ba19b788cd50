"""Backups of a database in use, and restores.

SQLite: the online backup API (``sqlite3.Connection.backup``) copies every page in one
step inside one read transaction, so the copy is the database as of one commit: a
document being written meanwhile (one transaction per document) is wholly in it or wholly
out of it, and readers and writers go on. PostgreSQL: ``pg_dump --format=custom`` (one
snapshot as well) and ``pg_restore --clean --single-transaction``.
"""
from __future__ import annotations

import glob
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

from sqlalchemy import make_url

from ..errors import Code, RightsledgerError
from .store import Store

PG_MAGIC = b"PGDMP"


def backup(store: Store, dest: str | os.PathLike[str]) -> dict[str, Any]:
    """Write a consistent copy of ``store``'s database to ``dest``; return what was written."""
    dest = Path(dest)
    if store.is_sqlite:
        if not store._file:
            raise RightsledgerError(Code.BACKUP, detail="an in-memory database has nothing to back up")
        tmp = dest.with_name(dest.name + ".part")
        tmp.unlink(missing_ok=True)
        try:
            src = sqlite3.connect(f"file:{os.path.abspath(store._file)}?mode=ro", uri=True, timeout=30)
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)          # every page, one step: one snapshot
                dst.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
                ok = dst.execute("PRAGMA integrity_check").fetchone()[0]
            finally:
                dst.close()
                src.close()
            if ok != "ok":
                raise RightsledgerError(Code.BACKUP, detail=f"the copy fails its integrity check: {ok}")
            os.replace(tmp, dest)
        except sqlite3.Error as exc:
            tmp.unlink(missing_ok=True)
            raise RightsledgerError(Code.BACKUP, detail=str(exc)) from exc
        return {"backend": "sqlite", "file": str(dest), "bytes": dest.stat().st_size}
    args, env = _pg_args(store.url)
    _run([_pg_tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges",
          "--file", str(dest), *args], env)
    return {"backend": "postgresql", "file": str(dest), "bytes": dest.stat().st_size}


def restore(store: Store, src: str | os.PathLike[str]) -> dict[str, Any]:
    """Replace ``store``'s database with the backup ``src`` (then apply newer migrations)."""
    src = Path(src)
    if not src.is_file():
        raise RightsledgerError(Code.NOT_FOUND, path=src)
    head = src.read_bytes()[:16]
    before = store.current_version()[0]   # the counter ETags were made of until now
    if store.is_sqlite:
        if not head.startswith(b"SQLite format 3"):
            raise RightsledgerError(Code.BACKUP, detail=f"{src} is not a SQLite backup")
        try:
            source = sqlite3.connect(f"file:{os.path.abspath(src)}?mode=ro", uri=True)
            try:
                source.execute("SELECT name FROM migrations").fetchall()
            except sqlite3.Error as exc:
                raise RightsledgerError(Code.BACKUP, detail=f"{src} is not a rightsledger database") from exc
            store.dispose()
            target = sqlite3.connect(os.path.abspath(store._file or ""), timeout=30)
            try:
                source.backup(target)    # page by page into the live file, under its write lock
            finally:
                target.close()
                source.close()
        except sqlite3.Error as exc:
            raise RightsledgerError(Code.BACKUP, detail=str(exc)) from exc
    else:
        if not head.startswith(PG_MAGIC):
            raise RightsledgerError(Code.BACKUP, detail=f"{src} is not a pg_dump custom-format backup")
        store.dispose()
        args, env = _pg_args(store.url)
        _run([_pg_tool("pg_restore"), "--clean", "--if-exists", "--no-owner", "--no-privileges",
              "--single-transaction", "--exit-on-error", *args, str(src)], env)
    applied = store.migrate()
    # one change counted after the restore, beyond every value counted before it: no ETag
    # handed out before the restore matches what is served after it (and on PostgreSQL, where
    # pg_restore notifies nobody, the servers' remembered values follow this write)
    store.bump("restore", past=before)
    return {"backend": store.engine.dialect.name, "file": str(src), "migrations": applied}


def _pg_tool(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
                   key=lambda p: [int(x) for x in p.split("/")[4].split(".") if x.isdigit()])
    if found:
        return found[-1]
    path = shutil.which(name)
    if path:
        return path
    raise RightsledgerError(Code.BACKUP, detail=f"{name} is not installed (it comes with PostgreSQL's client package)")


def _pg_args(url: str) -> tuple[list[str], dict[str, str]]:
    """``--dbname`` (and ``--schema`` for a search_path in the URL) and PGPASSWORD for a tool."""
    u = make_url(url)
    conn = f"postgresql://{u.username or ''}@{u.host or 'localhost'}:{u.port or 5432}/{u.database or ''}"
    args = ["--dbname", conn]
    options = str(u.query.get("options", ""))
    for part in options.split():
        if part.startswith("-csearch_path="):
            args += ["--schema", part.split("=", 1)[1].split(",")[0]]
    env = {**os.environ}
    if u.password:
        env["PGPASSWORD"] = str(u.password)
    return args, env


def _run(cmd: list[str], env: dict[str, str]) -> None:
    try:
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=3600)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise RightsledgerError(Code.BACKUP, detail=str(exc)) from exc
    if done.returncode != 0:
        raise RightsledgerError(Code.BACKUP, detail=(done.stderr.strip().splitlines() or ["?"])[-1][:300])
