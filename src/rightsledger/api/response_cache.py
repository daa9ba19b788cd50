"""A bounded in-process cache of GET API responses, as sent: gzipped once, served many times.

:class:`ResponseCacheMiddleware` sits outside gzip and the HTTP validators
(:mod:`.caching`): what it keeps is the finished response (status 200, headers with ETag
and Last-Modified, the body gzipped or not), so a hit costs neither the route, nor its
queries, nor serialisation, nor compression. A hit answers ``304`` itself when the
request's ``If-None-Match`` names the kept ETag.

What a response is kept under: the path and query, whether the client takes gzip, and who
may see it. On an open database (no users, or ``--public``) one copy serves every caller
without credentials (a request with credentials runs the route, which checks them); once
reading needs a login, each caller's copy is kept under a hash of their credentials (as
their ETag is) and checked again (``verify``: an expired or revoked token is refused by
the route) before a hit is served.

Invalidation: every entry belongs to a *generation* of the database: in the app, the change
counter behind every ETag (:meth:`rightsledger.store.Store.version`: every ingest, deletion,
review or re-index of any process moves it), which each worker knows without asking the
database until the database tells it changed (SQLite ``PRAGMA data_version``; PostgreSQL
``LISTEN``/``NOTIFY``, and the counter asked again every 2 s: a time that passes costs one
query, not the cache). When it moved, the whole cache is dropped before anything is served;
while the store cannot follow changes, nothing is kept. A response computed while the
generation moved is not kept. Requests for a
response that is being made wait for it (one route run for a crowd asking at once, as
after a change) and make their own only if it was not kept.

Memory is bounded in bytes (bodies and headers), least recently used first out; a response
larger than an eighth of the bound is not kept. Hits, misses and what was kept are counted
at ``/metrics`` (``rightsledger_response_cache``).
"""
from __future__ import annotations

import asyncio
import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Callable, Hashable

import anyio.to_thread
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import metrics
from .caching import NOT_CACHED, is_fresh

Key = tuple[str, bytes, bool, str]
Headers = list[tuple[bytes, bytes]]
KEPT_HEADERS = (b"etag", b"last-modified", b"cache-control", b"vary")  # those a 304 repeats
OVERHEAD = 200  # bytes counted per entry besides its body and headers


@dataclass(frozen=True)
class Kept:
    headers: Headers
    body: bytes
    etag: str
    modified: str  # Last-Modified

    @property
    def size(self) -> int:
        return OVERHEAD + len(self.body) + sum(len(k) + len(v) for k, v in self.headers)


class ResponseCache:
    """Responses by key, at most ``max_bytes`` in all, for one generation of the database."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.max_entry = max_bytes // 8
        self.bytes = 0
        self._gen: Hashable | None = None
        self._entries: OrderedDict[Key, Kept] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Key, gen: Hashable) -> Kept | None:
        with self._lock:
            self._follow(gen)
            kept = self._entries.get(key)
            if kept is not None:
                self._entries.move_to_end(key)
            return kept

    def put(self, key: Key, gen: Hashable, kept: Kept) -> bool:
        size = kept.size
        if size > self.max_entry:
            return False
        with self._lock:
            if gen != self._gen:  # the database changed while the response was made
                return False
            old = self._entries.pop(key, None)
            if old is not None:
                self.bytes -= old.size
            self._entries[key] = kept
            self.bytes += size
            while self.bytes > self.max_bytes and self._entries:
                _, out = self._entries.popitem(last=False)
                self.bytes -= out.size
            return True

    def _follow(self, gen: Hashable) -> None:
        if gen != self._gen:
            self._entries.clear()
            self.bytes = 0
            self._gen = gen


def credentials_of(scope: Scope) -> tuple[str, str]:
    """The caller's credentials as sent: (``Authorization``, ``Cookie``), '' where absent."""
    auth = cookie = ""
    for k, v in scope.get("headers", []):
        if k == b"authorization":
            auth = v.decode("latin-1")
        elif k == b"cookie":
            cookie = v.decode("latin-1")
    return auth, cookie


class ResponseCacheMiddleware:
    """GET responses under ``prefix`` served from a :class:`ResponseCache`."""

    def __init__(self, app: ASGIApp, cache: ResponseCache,
                 generation: Callable[[], Hashable | None],
                 open_access: Callable[[], bool] = lambda: True,
                 verify: Callable[[str, str], bool] = lambda authorization, cookie: False,
                 prefix: str = "/api/") -> None:
        self.app, self.cache, self.generation = app, cache, generation
        self.open_access, self.verify, self.prefix = open_access, verify, prefix
        self._running: dict[Key, asyncio.Event] = {}  # responses being made (this event loop)

    def _caller(self, scope: Scope) -> str | None:
        """Whose copy this request may have: ``public``, ``user:<hash>``, or None (no cache)."""
        auth, cookie = credentials_of(scope)
        if self.open_access():
            return None if auth or cookie else "public"
        if not auth and not cookie:
            return None  # the route answers 401
        return "user:" + hashlib.sha256(f"{cookie}|{auth}".encode()).hexdigest()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        if (scope["type"] != "http" or scope.get("method") != "GET"
                or not path.startswith(self.prefix) or path.startswith(NOT_CACHED)):
            await self.app(scope, receive, send)
            return
        gen = self.generation()
        caller = self._caller(scope) if gen is not None else None
        if caller is None:
            metrics.RESPONSE_CACHE.labels(result="bypass").inc()
            await self.app(scope, receive, send)
            return
        gzip_ok = False
        for k, v in scope.get("headers", []):
            if k == b"accept-encoding":
                gzip_ok = b"gzip" in v
        key: Key = (path, scope.get("query_string", b""), gzip_ok, caller)
        kept = self.cache.get(key, gen)
        running = self._running.get(key)
        if kept is None and running is not None:
            # the same response is being made: wait for it rather than make it again (a crowd
            # of clients asking at once after a change runs the route once, not once each)
            await running.wait()
            gen = self.generation()
            kept = self.cache.get(key, gen) if gen is not None else None
        if kept is not None and (caller == "public" or await anyio.to_thread.run_sync(
                self.verify, *credentials_of(scope))):
            metrics.RESPONSE_CACHE.labels(result="hit").inc()
            await self._serve(scope, send, kept)
            return
        metrics.RESPONSE_CACHE.labels(result="miss").inc()
        if gen is None or key in self._running:
            await self.app(scope, receive, send)
            return
        done = self._running[key] = asyncio.Event()
        try:
            await self._run_and_keep(scope, receive, send, key, gen)
        finally:
            del self._running[key]
            done.set()

    async def _serve(self, scope: Scope, send: Send, kept: Kept) -> None:
        state = scope.setdefault("state", {})
        asked = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope.get("headers", [])
                 if k in (b"if-none-match", b"if-modified-since")}
        if asked and is_fresh(asked, kept.etag, kept.modified):
            state["cache"] = "hit"
            await send({"type": "http.response.start", "status": 304,
                        "headers": [(k, v) for k, v in kept.headers if k in KEPT_HEADERS]})
            await send({"type": "http.response.body", "body": b""})
            return
        state["cache"] = "memory"
        await send({"type": "http.response.start", "status": 200, "headers": kept.headers})
        await send({"type": "http.response.body", "body": kept.body})

    async def _run_and_keep(self, scope: Scope, receive: Receive, send: Send,
                            key: Key, gen: Hashable) -> None:
        """Run the app, passing every message on at once, and keep a complete 200 response."""
        headers: Headers = []
        parts: list[bytes] = []
        size = 0
        keep = False

        async def watch(message: Message) -> None:
            nonlocal headers, size, keep
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                keep = (message["status"] == 200 and b"etag" in names and b"set-cookie" not in names)
            elif keep and message["type"] == "http.response.body":
                body = message.get("body", b"")
                size += len(body)
                if size > self.cache.max_entry:
                    keep = False
                    parts.clear()
                else:
                    parts.append(body)
                    if not message.get("more_body", False):
                        named = {k.lower(): v.decode("latin-1") for k, v in headers}
                        kept = Kept(headers, b"".join(parts), named[b"etag"], named.get(b"last-modified", ""))
                        if self.cache.put(key, gen, kept):
                            metrics.RESPONSE_CACHE.labels(result="kept").inc()
            await send(message)

        await self.app(scope, receive, watch)
