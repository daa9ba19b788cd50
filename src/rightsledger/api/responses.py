"""Responses every route shares: the one error shape, pages of items, hits and entities."""
from __future__ import annotations

from typing import Any

from fastapi import Query
from fastapi.responses import JSONResponse

from ..errors import Code, RightsledgerError
from .models import DEFAULT_LIMIT, MAX_LIMIT

# -- helpers --------------------------------------------------------------------------------


def _error_json(code: str, name: str, message: str, status: int) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "name": name, "message": message, "status": status}},
                        status_code=status)


def error_response(err: RightsledgerError) -> JSONResponse:
    resp = JSONResponse({"error": err.as_dict()}, status_code=err.status)
    if err.code is Code.RATE_LIMITED:
        resp.headers["Retry-After"] = "1"
    return resp


def _page(items: list[Any], limit: int, offset: int) -> dict[str, Any]:
    return {"total": len(items), "limit": limit, "offset": offset,
            "items": items[offset:offset + limit]}


def _hit_out(h: Any) -> dict[str, Any]:
    return {**h.as_dict(), "link": h.link}


def _entity_out(e: Any) -> dict[str, Any]:
    d = e.as_dict()
    d["mentions"] = len(e.mentions)
    return d


LimitQ = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description=f"page size (at most {MAX_LIMIT})")
OffsetQ = Query(0, ge=0, le=10_000_000, description="items to skip")


