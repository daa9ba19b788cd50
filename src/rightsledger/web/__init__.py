"""The web UI: server-rendered pages over the same :class:`~rightsledger.Ledger` as the API.

``install(app, ledger)`` mounts the pages and ``/static`` on a FastAPI app. HTML routes
answer errors with an HTML page; ``/api`` routes keep the API's JSON error shape.
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
    from .pages import error_page, router

    app.state.ledger = ledger
    app.state.max_upload_bytes = max_upload_bytes
    from .. import settings

    app.state.reader_first_chars = settings.get("RIGHTSLEDGER_READER_FIRST_CHARS")
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    app.include_router(router)
    api_handler = app.exception_handlers.get(RightsledgerError)

    async def handle(request: Request, err: Exception):
        if api_handler is not None and request.url.path.startswith("/api"):
            return await api_handler(request, err)
        assert isinstance(err, RightsledgerError)
        return error_page(request, err)

    app.add_exception_handler(RightsledgerError, handle)

    @app.middleware("http")
    async def login_gate(request: Request, call_next):  # type: ignore[no-untyped-def]
        """Once the database has users, pages need a session (unless the server is public);
        uploads (writes) need an editor's session and its CSRF token."""
        from fastapi.responses import HTMLResponse

        path = request.url.path
        if path.startswith(("/api", "/static", "/openapi.json")) or getattr(app.state, "public", False) \
                and request.method == "GET" or not ledger.has_users():
            return await call_next(request)
        try:
            cookie = request.cookies.get("rl_session")
            if not cookie:
                from ..errors import Code

                raise RightsledgerError(Code.LOGIN_REQUIRED, detail="log in with POST /api/session")
            account, csrf = ledger.session(cookie)
            if request.method != "GET":
                from ..store.accounts import csrf_ok
                from ..errors import Code

                if not csrf_ok(csrf, request.headers.get("x-csrf-token")):
                    raise RightsledgerError(Code.CSRF)
                ledger.require(account, "editor")
        except RightsledgerError as err:
            from html import escape

            return HTMLResponse(f"<!doctype html><title>rightsledger</title><p>{escape(str(err))}</p>",
                                status_code=err.status)
        return await call_next(request)
