"""HTTP caching: ETag / Last-Modified from the database's change counter, 304 answers.

Every GET of a page or an API response gets ``ETag: W/"<change counter>-<version>"`` and
``Last-Modified`` (the time of the last change) with ``Cache-Control: no-cache`` (a
browser or proxy keeps the response and asks again each time). A request whose
``If-None-Match`` (or ``If-Modified-Since``) still matches is answered ``304`` without
running the route; on a database with users (unless ``--public``) the route runs first
(its login check), the 304 replaces its body, and responses are ``private``. The counter (:meth:`rightsledger.store.Store.version`) moves with every
ingest, deletion or review, whichever process made it, so every worker agrees; each
worker remembers it until the database tells that it changed (:mod:`rightsledger.store.changes`),
so a request asks the database nothing before its 304.
"""
from __future__ import annotations

import hashlib
from datetime import datetime
from email.utils import format_datetime, parsedate_to_datetime
from typing import Any, Callable

import anyio.to_thread
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..version import __version__

NOT_CACHED = ("/api/health", "/metrics", "/static", "/upload", "/api/ui", "/openapi.json",
              "/api/session", "/login", "/logout", "/api/audit/verify")


def etag_for(version: int) -> str:
    return f'W/"{version}-{__version__}"'


def http_date(iso: str) -> str:
    return format_datetime(datetime.fromisoformat(iso), usegmt=True)


def _matches(header: str, etag: str) -> bool:
    if header.strip() == "*":
        return True
    bare = etag[2:] if etag.startswith("W/") else etag
    for tag in header.split(","):
        tag = tag.strip()
        if (tag[2:] if tag.startswith("W/") else tag) == bare:
            return True
    return False


def is_fresh(headers: dict[str, str], etag: str, modified: str) -> bool:
    """Whether a request's validators (lower-cased ``headers``) still match a response with
    this ETag and Last-Modified: ``If-None-Match`` decides when present, else
    ``If-Modified-Since``."""
    if "if-none-match" in headers:
        return _matches(headers["if-none-match"], etag)
    if "if-modified-since" in headers:
        try:
            return parsedate_to_datetime(headers["if-modified-since"]) >= parsedate_to_datetime(modified)
        except (TypeError, ValueError):
            return False
    return False


class CacheMiddleware:
    """Validators on GET/HEAD responses (status 200) and 304 for a matching conditional request."""

    def __init__(self, app: ASGIApp, version: Callable[[], tuple[int, str]],
                 cheap: Callable[[], bool] = lambda: False,
                 open_access: Callable[[], bool] = lambda: True) -> None:
        self.app, self.version, self.cheap, self.open_access = app, version, cheap, open_access

    def _state(self) -> tuple[int, str, bool]:
        n, at = self.version()
        return n, at, self.open_access()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        if (scope["type"] != "http" or scope.get("method") not in ("GET", "HEAD")
                or path.startswith(NOT_CACHED)):
            await self.app(scope, receive, send)
            return
        # answered from memory while the store knows the database has not changed (SQLite:
        # PRAGMA data_version; PostgreSQL: LISTEN/NOTIFY); else its queries run in a thread
        n, at, open_ = self._state() if self.cheap() else await anyio.to_thread.run_sync(self._state)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        etag, modified = etag_for(n), http_date(at)
        if not open_:  # a page shows who is logged in (and carries their CSRF token)
            who = hashlib.sha256(f"{headers.get('cookie', '')}|{headers.get('authorization', '')}".encode())
            etag = etag[:-1] + "-" + who.hexdigest()[:12] + '"'
            if "if-none-match" not in headers:
                headers.pop("if-modified-since", None)
        fresh = is_fresh(headers, etag, modified)
        # a database with users (and not --public): responses are for one reader, and the
        # route (its login check) runs before a 304 is given
        extra = [(b"etag", etag.encode()), (b"last-modified", modified.encode()),
                 (b"cache-control", b"no-cache" if open_ else b"private, no-cache")]
        if fresh and open_:
            scope.setdefault("state", {})["cache"] = "hit"
            await send({"type": "http.response.start", "status": 304, "headers": extra})
            await send({"type": "http.response.body", "body": b""})
            return
        swallow = False

        async def send_with_validators(message: Message) -> None:
            nonlocal swallow
            if message["type"] == "http.response.start" and message["status"] == 200:
                if fresh:  # allowed, and unchanged: 304 instead of the body
                    swallow = True
                    scope.setdefault("state", {})["cache"] = "hit"
                    await send({"type": "http.response.start", "status": 304, "headers": extra})
                    await send({"type": "http.response.body", "body": b""})
                    return
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []),
                                      *[(k, v) for k, v in extra if k not in names]]
            if swallow:
                return
            await send(message)

        await self.app(scope, receive, send_with_validators)


def cache_status(scope: dict[str, Any]) -> str:
    return scope.get("state", {}).get("cache", "")
