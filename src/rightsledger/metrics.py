"""Prometheus metrics of the process: requests, latencies, ingests, errors by code.

One registry for every layer (the API counts requests and errors, :class:`rightsledger.Ledger`
counts ingests). With several server processes set ``PROMETHEUS_MULTIPROC_DIR`` (``rightsledger
serve --workers N`` does) and ``/metrics`` adds up every worker's values.

This module imports nothing of the project: every layer may use it.
"""
from __future__ import annotations

import os
import re

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest

LATENCY_BUCKETS = (0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)

REQUESTS = Counter("rightsledger_http_requests", "HTTP requests answered",
                   ["method", "route", "status"])
LATENCY = Histogram("rightsledger_http_request_duration_seconds", "Time to answer a request",
                    ["method", "route"], buckets=LATENCY_BUCKETS)
ERRORS = Counter("rightsledger_errors", "Errors answered, by catalogue code", ["code", "name"])
RESPONSE_CACHE = Counter("rightsledger_response_cache", "GET API requests and the response cache: "
                         "hit, miss, kept (a miss stored), bypass (not cacheable now)", ["result"])
INGESTS = Counter("rightsledger_ingests", "Files ingested, by outcome", ["status"])
INGEST_SECONDS = Histogram("rightsledger_ingest_duration_seconds", "Time to ingest one file",
                           buckets=(0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300))

_ID = re.compile(r"/(docs|entities)/[^/]+")


def route_label(path: str, template: str | None = None) -> str:
    """A low-cardinality label: the route's template when known, else ids folded."""
    if template:
        return template
    if path.startswith("/static/"):
        return "/static"
    return _ID.sub(lambda m: f"/{m.group(1)}/{{id}}", path)[:80]


def exposition() -> tuple[bytes, str]:
    """The metrics in Prometheus text format (all workers' when multiprocess)."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return generate_latest(registry), CONTENT_TYPE_LATEST
    from prometheus_client import REGISTRY

    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST
