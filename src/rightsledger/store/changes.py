"""Whether the database changed, known without asking it: what a process's memos are keyed by.

:meth:`~.store.Store.until_change` remembers values (the change counter behind every ETag,
whether the database has users, whether any record is rejected) until the database
changes. Each watch answers ``generation()``: a value that moves whenever any process
commits a write, or ``None`` when that cannot be known now (then nothing is remembered).

- :class:`SqliteWatch`: ``PRAGMA data_version`` on a connection kept for this; it moves
  when any other connection commits, and is answered from memory (no disk read).
- :class:`PgWatch`: every write transaction of :meth:`~.store.Store.writing` sends
  ``NOTIFY rightsledger_changes`` (PostgreSQL delivers it at commit, and only if the
  transaction commits); one thread per process ``LISTEN``\\ s on a connection of its own
  and moves the generation at each notification. A write of this process moves it at
  once (:meth:`PgWatch.moved`); another process's write as soon as its notification
  arrives (well under a millisecond on one machine). While the listening connection is
  down the generation is unknown (every value is asked again) and it moves when listening
  starts again, since notifications may have been missed meanwhile. As a safety net for
  writes that bypass the store (``psql``, ``pg_restore`` by hand), a remembered value is
  also asked again after at most :data:`RECHECK_SECONDS`.
"""
from __future__ import annotations

import os
import sqlite3
import threading
import time
from typing import Any, Callable, Hashable
from urllib.parse import quote

from ..errors import Code, RightsledgerError

CHANNEL = "rightsledger_changes"
RECHECK_SECONDS = 2.0   # a remembered value is asked again after this long, whatever happened
POLL_SECONDS = 0.5      # how often the listening thread looks whether it should stop
RETRY_SECONDS = (0.1, 5.0)  # reconnecting after a lost connection: first and longest pause


class SqliteWatch:
    """``PRAGMA data_version`` of a SQLite file, on a read-only connection kept for this."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None

    def generation(self) -> Hashable:
        with self._lock:
            try:
                if self._conn is None:
                    self._conn = sqlite3.connect(
                        f"file:{quote(os.path.abspath(self.path))}?mode=ro", uri=True,
                        check_same_thread=False, timeout=30)
                return self._conn.execute("PRAGMA data_version").fetchone()[0]
            except sqlite3.Error as exc:  # the file is gone or unreadable
                raise RightsledgerError(Code.DATABASE, path=self.path, detail=str(exc)) from exc

    def moved(self) -> None:
        """A write of this process committed (data_version sees it by itself)."""

    @property
    def cheap(self) -> bool:
        return True

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None


class PgWatch:
    """``LISTEN rightsledger_changes`` in a thread of this process (started on first use)."""

    def __init__(self, connect: Callable[[], Any], recheck: float = RECHECK_SECONDS,
                 on_lost: Callable[[], None] = lambda: None) -> None:
        self._connect = connect          # a new psycopg connection (autocommit)
        self._on_lost = on_lost          # called when the listening connection broke
        self.recheck = recheck
        self._lock = threading.Lock()
        self._count = 0                  # notifications seen, writes made, (re)connections
        self._listening = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._pid = 0
        self.backend_pid: int | None = None  # the listening connection's server process

    def generation(self) -> Hashable:
        self._start()
        with self._lock:
            if not self._listening:
                return None
            return (self._count, int(time.monotonic() // self.recheck))

    def moved(self) -> None:
        """A write of this process committed: what was remembered is stale now (its own
        notification comes later)."""
        with self._lock:
            self._count += 1

    @property
    def cheap(self) -> bool:
        """Whether values are remembered now (the listening connection is up)."""
        self._start()
        return self._listening

    def wait_listening(self, timeout: float = 10.0) -> bool:
        """Start listening and wait until it does (tests, and a server warming up)."""
        self._start()
        deadline = time.monotonic() + timeout
        while not self._listening and time.monotonic() < deadline:
            time.sleep(0.01)
        return self._listening

    def _start(self) -> None:
        if self._thread is not None and self._pid == os.getpid() and not self._stop.is_set():
            return
        with self._lock:
            if self._thread is not None and self._pid == os.getpid() and not self._stop.is_set():
                return
            self._stop = threading.Event()
            self._listening = False
            self._pid = os.getpid()
            self._thread = threading.Thread(target=self._run, args=(self._stop,),
                                            name="rightsledger-listen", daemon=True)
            self._thread.start()

    def _run(self, stop: threading.Event) -> None:
        pause = RETRY_SECONDS[0]
        while not stop.is_set():
            conn = None
            try:
                conn = self._connect()
                conn.execute(f"LISTEN {CHANNEL}")
                self.backend_pid = conn.info.backend_pid
                with self._lock:  # anything may have changed before we listened
                    self._count += 1
                    self._listening = True
                pause = RETRY_SECONDS[0]
                while not stop.is_set():
                    for _ in conn.notifies(timeout=POLL_SECONDS):
                        with self._lock:
                            self._count += 1
            except Exception:  # the server restarted or the connection broke: listen again
                if conn is not None and not stop.is_set():
                    try:
                        self._on_lost()
                    except Exception:
                        pass
            finally:
                with self._lock:
                    self._listening = False
                    self._count += 1
                self.backend_pid = None
                if conn is not None:
                    try:
                        conn.close()
                    except Exception:
                        pass
            if not stop.is_set():
                stop.wait(pause)
                pause = min(pause * 2, RETRY_SECONDS[1])

    def close(self) -> None:
        with self._lock:
            self._stop.set()
            thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=POLL_SECONDS * 4)
