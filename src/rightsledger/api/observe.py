"""Observability: JSON-lines access and error logs, Prometheus metrics per request.

:class:`ObserveMiddleware` wraps the whole app: for each HTTP request it writes one JSON
line on the ``rightsledger.access`` logger (time, method, path, query, status, ms, bytes,
client, cache hit, worker pid) and counts it in :mod:`rightsledger.metrics`. Errors are
logged as JSON lines on ``rightsledger.error`` (code, name, status, path; the traceback of
an unexpected one) by the app's error handlers through :func:`log_error`.
"""
from __future__ import annotations

import json
import logging
import os
import sys
import time
import traceback
from datetime import datetime, timezone
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import metrics

access_log = logging.getLogger("rightsledger.access")
error_log = logging.getLogger("rightsledger.error")


class JsonLines(logging.Formatter):
    """A record as one JSON object: ``time``, ``level``, ``logger``, then its fields."""

    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(), "logger": record.name}
        fields = getattr(record, "fields", None)
        if fields:
            out.update(fields)
        else:
            out["message"] = record.getMessage()
        if record.exc_info:
            out["traceback"] = "".join(traceback.format_exception(*record.exc_info))
        return json.dumps(out, ensure_ascii=False, default=str)


def configure_logging(level: str = "info", access: bool = True, stream: Any = None) -> None:
    """JSON lines on stderr for the access and error loggers (once per process)."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonLines())
    for log, on in ((access_log, access), (error_log, True)):
        log.handlers[:] = [handler]
        log.propagate = False
        log.setLevel(logging.INFO if on else logging.CRITICAL + 1)
    error_log.setLevel(getattr(logging, level.upper(), logging.INFO) if level else logging.INFO)


def log_error(scope_path: str, code: str, name: str, status: int, message: str,
              exc: BaseException | None = None) -> None:
    metrics.ERRORS.labels(code=code, name=name).inc()
    level = logging.ERROR if status >= 500 else logging.WARNING
    error_log.log(level, message, exc_info=(type(exc), exc, exc.__traceback__) if exc and status >= 500 else None,
                  extra={"fields": {"code": code, "name": name, "status": status,
                                    "path": scope_path, "message": message}})


class ObserveMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.pid = os.getpid()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        t0 = time.perf_counter()
        status, size = 500, 0

        async def watch(message: Message) -> None:
            nonlocal status, size
            if message["type"] == "http.response.start":
                status = message["status"]
            elif message["type"] == "http.response.body":
                size += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, watch)
        finally:
            took = time.perf_counter() - t0
            route = scope.get("route")
            label = metrics.route_label(scope.get("path", ""), getattr(route, "path", None))
            method = scope.get("method", "")
            metrics.REQUESTS.labels(method=method, route=label, status=str(status)).inc()
            metrics.LATENCY.labels(method=method, route=label).observe(took)
            if access_log.isEnabledFor(logging.INFO):
                client = scope.get("client") or ("", 0)
                access_log.info("request", extra={"fields": {
                    "method": method, "path": scope.get("path", ""),
                    "query": scope.get("query_string", b"").decode("latin-1"),
                    "status": status, "ms": round(took * 1000, 2), "bytes": size,
                    "client": client[0], "route": label,
                    "cache": scope.get("state", {}).get("cache", ""), "pid": self.pid}})
