"""Responses every route shares: the one error shape, pages of items, hits and entities."""
from __future__ import annotations

from typing import Any

from fastapi import Query
from fastapi.responses import JSONResponse

from ..errors import Code, RightsledgerError
from .models import DEFAULT_LIMIT, MAX_LIMIT

# -- helpers --------------------------------------------------------------------------------


def error_json(code: str, name: str, message: str, status: int) -> JSONResponse:
    """The API's error body, ``{"error": {code, name, message, status}}``, with its HTTP status."""
    return JSONResponse({"error": {"code": code, "name": name, "message": message, "status": status}},
                        status_code=status)


def error_response(err: RightsledgerError) -> JSONResponse:
    resp = JSONResponse({"error": err.as_dict()}, status_code=err.status)
    if err.code is Code.RATE_LIMITED:
        resp.headers["Retry-After"] = "1"
    return resp


def page_of(items: list[Any], limit: int, offset: int) -> dict[str, Any]:
    """One page of ``items``: the total, the limit, the offset and the items on the page."""
    return {"total": len(items), "limit": limit, "offset": offset,
            "items": items[offset:offset + limit]}


def hit_out(h: Any) -> dict[str, Any]:
    """A search hit as the API returns it: its record with its link."""
    return {**h.as_dict(), "link": h.link}


def entity_out(e: Any) -> dict[str, Any]:
    """An entity as the API returns it: its record with the number of its mentions instead of the mentions."""
    d = e.as_dict()
    d["mentions"] = len(e.mentions)
    return d


LimitQ = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description=f"page size (at most {MAX_LIMIT})")
OffsetQ = Query(0, ge=0, le=10_000_000, description="items to skip")


