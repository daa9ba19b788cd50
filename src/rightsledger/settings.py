"""The server's settings: one declarative table, read from environment variables.

Every setting is an environment variable (``rightsledger serve`` options set the same
variables for its workers, so that each uvicorn worker process builds the same app with
:func:`rightsledger.api.app.app_from_env`). ``docs/DEPLOY.md`` lists them all;
``tests/test_docs.py`` checks that it does.

This module imports nothing of the project: every layer may read it.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Mapping


@dataclass(frozen=True)
class Setting:
    env: str            # the environment variable
    type: str           # str, int, float, bool, list (comma-separated)
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("RIGHTSLEDGER_DB", "str", "rightsledger.db",
            "database: a SQLite file or a SQLAlchemy URL (postgresql+psycopg://user@host/db)"),
    Setting("RIGHTSLEDGER_HOST", "str", "127.0.0.1", "interface `serve` listens on"),
    Setting("RIGHTSLEDGER_PORT", "int", 8000, "port `serve` listens on"),
    Setting("RIGHTSLEDGER_WORKERS", "int", 1, "server processes (uvicorn workers) over the same database"),
    Setting("RIGHTSLEDGER_UI", "bool", True, "also serve the web UI at / (else only /api)"),
    Setting("RIGHTSLEDGER_CORS", "list", [], "origins allowed by CORS, comma-separated (none by default)"),
    Setting("RIGHTSLEDGER_PUBLIC", "bool", False,
            "anyone may read without logging in once the database has users (writing still needs an editor)"),
    Setting("RIGHTSLEDGER_ALLOW_REMOTE_WRITES", "bool", False,
            "on a database without users, accept changes from other computers too (else loopback only)"),
    Setting("RIGHTSLEDGER_RATE_LIMIT", "float", None,
            "requests per second per client IP on /api (off when unset)"),
    Setting("RIGHTSLEDGER_MAX_UPLOAD_BYTES", "int", 20_000_000, "largest report the web UI accepts"),
    Setting("RIGHTSLEDGER_POOL_SIZE", "int", 10,
            "database connections for readers per worker (PostgreSQL: all of them, kept open)"),
    Setting("RIGHTSLEDGER_MAX_OVERFLOW", "int", 40,
            "SQLite: extra reader connections a worker may open under load, closed when idle"),
    Setting("RIGHTSLEDGER_RESPONSE_CACHE_BYTES", "int", 32_000_000,
            "memory per worker for finished GET API responses, kept until the database changes (0: off)"),
    Setting("RIGHTSLEDGER_FORWARDED_ALLOW_IPS", "str", "127.0.0.1",
            "proxies whose X-Forwarded-For/-Proto are trusted (the reverse proxy's address)"),
    Setting("RIGHTSLEDGER_LOOP", "str", "asyncio",
            "each worker's event loop: asyncio (every connection served in turn under overload) or "
            "uvloop (less CPU a request, but a saturated worker leaves some keep-alive connections "
            "waiting for seconds)"),
    Setting("RIGHTSLEDGER_LOG_LEVEL", "str", "info", "debug, info, warning or error"),
    Setting("RIGHTSLEDGER_ACCESS_LOG", "bool", True, "one JSON line per request on stderr"),
    Setting("RIGHTSLEDGER_METRICS", "bool", True, "serve Prometheus metrics at /metrics"),
    Setting("PROMETHEUS_MULTIPROC_DIR", "str", None,
            "directory for the workers' shared metrics (set by `serve --workers N` when unset)"),
    Setting("RIGHTSLEDGER_BLAS_THREADS", "int", 1,
            "threads numpy's BLAS and the e5 re-ranker may use in each process (ask); 1 serves each "
            "question without threads that spin, 0 leaves the library's default (all cores)"),
    Setting("RIGHTSLEDGER_READER_FIRST_CHARS", "int", 8_000,
            "report text the reader sends in the first page; the rest loads as one scrolls"),
)

BY_ENV = {s.env: s for s in SETTINGS}
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def parse(setting: Setting, raw: str) -> Any:
    """The value of ``raw`` (an environment string) as the setting's type; ValueError if not."""
    raw = raw.strip()
    if setting.type == "int":
        return int(raw)
    if setting.type == "float":
        return float(raw) if raw else None
    if setting.type == "bool":
        low = raw.lower()
        if low in _TRUE:
            return True
        if low in _FALSE:
            return False
        raise ValueError(f"{setting.env}={raw!r}: expected true or false")
    if setting.type == "list":
        return [x.strip() for x in raw.split(",") if x.strip()]
    return raw or setting.default


def get(name: str, env: Mapping[str, str] | None = None) -> Any:
    """One setting's value (``name`` is the variable, e.g. ``RIGHTSLEDGER_WORKERS``)."""
    env = os.environ if env is None else env
    s = BY_ENV[name]
    raw = env.get(s.env)
    return s.default if raw is None else parse(s, raw)


def load(env: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Every setting: ``{variable: value}``."""
    return {s.env: get(s.env, env) for s in SETTINGS}
