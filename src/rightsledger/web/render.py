"""Rendering a page: the Jinja2 templates and what every page is told about its reader.

Every page gets ``account`` (who is logged in, or None), ``csrf`` (the token every form
and every write of ours carries), ``has_users`` and ``can_edit`` (whether edit controls
are shown at all; the server checks again on every write). Set per request by the gate
in :mod:`.auth`.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from ..errors import RightsledgerError

HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(directory=str(HERE / "templates"))


def viewer(request: Request) -> dict[str, Any]:
    state = request.state
    return {"account": getattr(state, "account", None), "csrf": getattr(state, "csrf", "") or "",
            "has_users": getattr(state, "has_users", False), "can_edit": getattr(state, "can_edit", False)}


def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, {"nav": name.split(".")[0], **viewer(request), **context},
                                      status_code=status)


def error_page(request: Request, err: RightsledgerError) -> HTMLResponse:
    return page(request, "error.html", status=err.status, error=err)
