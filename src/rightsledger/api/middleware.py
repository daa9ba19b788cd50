"""Hardening middleware: a bound on request bodies and a token-bucket rate limit per client."""
from __future__ import annotations

import threading
import time
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import Code, RightsledgerError
from .responses import error_response

# -- middleware -----------------------------------------------------------------------------


class BodyLimitMiddleware:
    """Refuse request bodies over ``max_bytes`` on paths under ``prefix`` (413)."""

    def __init__(self, app: ASGIApp, max_bytes: int, prefix: str = "/api") -> None:
        self.app, self.max_bytes, self.prefix = app, max_bytes, prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope.get("path", "").startswith(self.prefix):
            await self.app(scope, receive, send)
            return
        err = RightsledgerError(Code.PAYLOAD_TOO_LARGE, limit=self.max_bytes)
        for k, v in scope.get("headers", []):
            if k == b"content-length":
                try:
                    too_big = int(v) > self.max_bytes
                except ValueError:
                    too_big = True
                if too_big:
                    await error_response(err)(scope, receive, send)
                    return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > self.max_bytes:
                    raise RightsledgerError(Code.PAYLOAD_TOO_LARGE, limit=self.max_bytes)
            return msg

        await self.app(scope, limited, send)


class RateLimitMiddleware:
    """A token bucket per client IP: ``rate`` requests a second, ``burst`` at once (429)."""

    def __init__(self, app: ASGIApp, rate: float, burst: int, prefix: str = "/api",
                 clock: Any = time.monotonic) -> None:
        self.app, self.rate, self.burst, self.prefix, self.clock = app, rate, burst, prefix, clock
        self.buckets: dict[str, tuple[float, float]] = {}
        self.lock = threading.Lock()

    def allow(self, key: str) -> bool:
        now = self.clock()
        with self.lock:
            tokens, last = self.buckets.get(key, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            ok = tokens >= 1.0
            self.buckets[key] = (tokens - 1.0 if ok else tokens, now)
            if len(self.buckets) > 10_000:  # forget idle clients
                for k in [k for k, (t, l) in self.buckets.items() if now - l > 60]:
                    del self.buckets[k]
            return ok

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope.get("path", "").startswith(self.prefix):
            client = scope.get("client") or ("?", 0)
            if not self.allow(str(client[0])):
                await error_response(RightsledgerError(Code.RATE_LIMITED))(scope, receive, send)
                return
        await self.app(scope, receive, send)


