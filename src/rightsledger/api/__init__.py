"""The REST API (FastAPI): thin routes over :class:`rightsledger.Ledger` and search, JSON
errors in one shape; :func:`create_app` also mounts the web UI."""
from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
