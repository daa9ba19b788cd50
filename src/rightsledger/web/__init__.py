"""The web UI: server-rendered pages over the same :class:`~rightsledger.Ledger` as the API.

``install(app, ledger)`` mounts the pages and ``/static`` on a FastAPI app. HTML routes
answer errors with an HTML page; ``/api`` routes keep the API's JSON error shape. Who may
see and change what is decided by the gate in :mod:`.auth` (login, sessions, CSRF).
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import FastAPI, Request
from fastapi.staticfiles import StaticFiles

from ..errors import RightsledgerError

if TYPE_CHECKING:
    from ..ledger import Ledger

STATIC = Path(__file__).resolve().parent / "static"
DEFAULT_MAX_UPLOAD = 20_000_000


def install(app: FastAPI, ledger: "Ledger", *, max_upload_bytes: int = DEFAULT_MAX_UPLOAD) -> None:
    from .auth import install_gate
    from .auth import router as auth_router
    from .pages import router
    from .render import error_page
    from .review import router as review_router

    app.state.ledger = ledger
    app.state.max_upload_bytes = max_upload_bytes
    from .. import settings

    app.state.reader_first_chars = settings.get("RIGHTSLEDGER_READER_FIRST_CHARS")
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    app.include_router(auth_router)
    app.include_router(router)
    app.include_router(review_router)
    api_handler = app.exception_handlers.get(RightsledgerError)

    async def handle(request: Request, err: Exception):
        if api_handler is not None and request.url.path.startswith("/api"):
            return await api_handler(request, err)
        assert isinstance(err, RightsledgerError)
        return error_page(request, err)

    app.add_exception_handler(RightsledgerError, handle)
    install_gate(app, ledger)
