"""REST routes that review and correct the ledger, and the authentication every route shares.

Who is asking: a bearer token (``Authorization: Bearer rlt_…``, from ``rightsledger users
token``) or the web UI's session cookie (``rl_session``; a write with it also needs the
session's CSRF token in the ``X-CSRF-Token`` header or a ``csrf`` form field). Once the
database has users, reading needs a login (unless the server runs with ``public=True``)
and writing needs an editor; the rules and errors are the CLI's (``Ledger.require``).
Optimistic locking: every record has a ``version`` (also its ``ETag``); a write that
names the version it was based on (``version`` in the body, or ``If-Match``) is refused
with 409 VERSION_CONFLICT when the record has moved on.
"""
from __future__ import annotations

import json
from typing import Any, Iterator, Literal, Optional

from fastapi import APIRouter, Depends, Header, Query, Request, Response
from fastapi.responses import StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool
from pydantic import BaseModel, Field

from ..errors import Code, RightsledgerError
from ..ledger import Account, Ledger
from ..store.accounts import LoginLimiter

__all__ = ["LoginLimiter", "build_review_router", "current_account", "read_access", "write_access"]

SESSION_COOKIE = "rl_session"
bearer = HTTPBearer(auto_error=False, scheme_name="APIToken",
                    description="An API token from `rightsledger users token NAME` "
                                "(or the web UI's session cookie plus X-CSRF-Token for writes).")


def _ledger(request: Request) -> Ledger:
    return request.app.state.ledger


async def current_account(request: Request,
                          credentials: Optional[HTTPAuthorizationCredentials] = Depends(bearer)) -> Optional[Account]:
    """The account of the bearer token or the session cookie; None for nobody. On the event
    loop (no thread for a request without credentials); the credential lookup in a thread."""
    ledger = _ledger(request)
    request.state.csrf = None
    if credentials is not None:
        return await run_in_threadpool(ledger.authenticate, credentials.credentials, "token")
    cookie = request.cookies.get(SESSION_COOKIE)
    if cookie:
        account, csrf = await run_in_threadpool(ledger.session, cookie)
        request.state.csrf = csrf
        return account
    return None


async def read_access(request: Request, account: Optional[Account] = Depends(current_account)) -> Optional[Account]:
    if account is None and not getattr(request.app.state, "public", False):
        ledger = _ledger(request)
        # remembered until the database changes: asked on the loop while the store follows
        # changes itself, else in a thread
        users = (ledger.has_users() if ledger.store.version_is_cheap
                 else await run_in_threadpool(ledger.has_users))
        if users:
            raise RightsledgerError(Code.LOGIN_REQUIRED, detail="send an API token as 'Authorization: Bearer …'")
    return account


async def _form_csrf(request: Request) -> Optional[str]:
    ctype = request.headers.get("content-type", "")
    if ctype.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
        form = await request.form()
        value = form.get("csrf")
        return value if isinstance(value, str) else None
    return None


async def write_access(request: Request, account: Optional[Account] = Depends(current_account),
                       x_csrf_token: Optional[str] = Header(None, include_in_schema=False)) -> Optional[Account]:
    """An editor (or, on a database without users, anyone on this computer: loopback clients
    only unless the app allows remote writes); session writes need the CSRF token."""
    from ..store.accounts import csrf_ok

    if request.state.csrf is not None:
        given = x_csrf_token or await _form_csrf(request)
        if not csrf_ok(request.state.csrf, given):
            raise RightsledgerError(Code.CSRF)
    ledger = _ledger(request)
    local_writes_only(request, ledger)
    ledger.require(account, "editor")
    return account


def local_writes_only(request: Request, ledger: Ledger) -> None:
    """A database without users takes changes only from loopback clients (127.0.0.1, ::1),
    unless the app was created with ``remote_writes=True`` (``serve --allow-remote-writes``)."""
    from ..store.accounts import is_loopback

    if getattr(request.app.state, "remote_writes", False) or ledger.has_users():
        return
    host = request.client.host if request.client else None
    if not is_loopback(host):
        raise RightsledgerError(Code.LOCAL_ONLY, client=host or "an unknown client")


def login_key(request: Request, name: str) -> str:
    return LoginLimiter.key(request.client.host if request.client else None, name)


def _version(body_version: Optional[int], if_match: Optional[str]) -> Optional[int]:
    if body_version is not None:
        return body_version
    if if_match:
        v = if_match.strip().removeprefix("W/").strip('"').removeprefix("v")
        try:
            return int(v)
        except ValueError:
            raise RightsledgerError(Code.BAD_VALUE, field="If-Match", detail=f"{if_match!r}: use the record's ETag") from None
    return None


# -- bodies and answers ---------------------------------------------------------------------------
class ReviewOut(BaseModel):
    status: str
    by: Optional[str] = None
    at: Optional[str] = None


class RecordOut(BaseModel):
    kind: str
    record: dict[str, Any]
    review: ReviewOut
    confidence: float
    version: int = Field(description="grows by one on every change; send it back (or If-Match) to avoid lost updates")
    machine: Optional[dict[str, Any]] = Field(None, description="what the pipeline extracted (null: added by a person)")
    doc: Optional[str] = Field(None, description="an entity shown as this report gives it (?doc=)")


#: ``?doc=``: an entity read or answered as that report gives it (its own name, aliases and
#: attributes: the review list's view); a correction still applies to every report linked
IN_DOC = Query(None, max_length=200, description="an entity: as this report gives it (its own name, "
                                                 "aliases and attributes; the review list's view)")


class ChangedOut(BaseModel):
    record: dict[str, Any]
    review: ReviewOut
    version: int


class CorrectIn(BaseModel):
    changes: dict[str, Any] = Field(description="field → new value, e.g. {\"type\": \"conviction_or_sentence\", \"date\": \"2019\"}")
    reason: str = Field(max_length=2000)
    version: Optional[int] = Field(None, description="the version you corrected (409 if it moved on)")


class StatusIn(BaseModel):
    reason: Optional[str] = Field(None, max_length=2000)
    version: Optional[int] = None


class AddIn(BaseModel):
    kind: Literal["event", "figure", "provision"]
    doc: str = Field(max_length=200)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    fields: dict[str, Any]
    reason: str = Field(max_length=2000)


class MergeIn(BaseModel):
    keep: str = Field(max_length=300)
    absorb: str = Field(max_length=300)
    reason: str = Field(max_length=2000)


class SplitIn(BaseModel):
    alias: str = Field(max_length=300)
    reason: str = Field(max_length=2000)


class LoginIn(BaseModel):
    name: str = Field(max_length=64)
    password: str = Field(max_length=1000)


class SessionOut(BaseModel):
    name: str
    role: str
    csrf: str = Field(description="send as X-CSRF-Token with every write made with the session cookie")


class HistoryOut(BaseModel):
    record: str
    items: list[dict[str, Any]]


class QueueOut(BaseModel):
    total: int
    items: list[dict[str, Any]]


class VerifyOut(BaseModel):
    ok: bool
    entries: int
    head: Optional[str] = None
    problems: list[str]


def _changed(result: dict[str, Any], response: Response) -> dict[str, Any]:
    version = result.pop("version")
    review = result.pop("review")
    response.headers["ETag"] = f'"v{version}"'
    return {"record": result, "review": review, "version": version}


def build_review_router() -> APIRouter:
    r = APIRouter(prefix="/api")
    reader = [Depends(read_access)]

    @r.get("/records/{address}", response_model=RecordOut, dependencies=reader,
           summary="One record as it is now: review status, version (ETag), the machine's original")
    def record(request: Request, address: str, response: Response, doc: Optional[str] = IN_DOC) -> dict[str, Any]:
        out = _ledger(request).record(address, doc=doc)
        response.headers["ETag"] = f'"v{out["version"]}"'
        return out

    @r.get("/records/{address}/history", response_model=HistoryOut, dependencies=reader,
           summary="Every change of a record: who, when, before, after, why")
    def history(request: Request, address: str) -> dict[str, Any]:
        return {"record": address, "items": _ledger(request).history(address)}

    @r.post("/records/{address}/correct", response_model=ChangedOut,
            summary="Correct fields of a record (editor)")
    def correct(request: Request, address: str, body: CorrectIn, response: Response,
                account: Optional[Account] = Depends(write_access),
                if_match: Optional[str] = Header(None), doc: Optional[str] = IN_DOC) -> dict[str, Any]:
        return _changed(_ledger(request).correct(address, body.changes, body.reason, account,
                                                 version=_version(body.version, if_match), doc=doc), response)

    @r.post("/records/{address}/confirm", response_model=ChangedOut,
            summary="Confirm a record as extracted (editor)")
    def confirm(request: Request, address: str, body: StatusIn, response: Response,
                account: Optional[Account] = Depends(write_access),
                if_match: Optional[str] = Header(None), doc: Optional[str] = IN_DOC) -> dict[str, Any]:
        return _changed(_ledger(request).confirm(address, body.reason or "confirmed as extracted", account,
                                                 version=_version(body.version, if_match), doc=doc), response)

    @r.post("/records/{address}/reject", response_model=ChangedOut,
            summary="Reject a record: left out of the default export (editor)")
    def reject(request: Request, address: str, body: StatusIn, response: Response,
               account: Optional[Account] = Depends(write_access),
               if_match: Optional[str] = Header(None)) -> dict[str, Any]:
        return _changed(_ledger(request).reject(address, body.reason or "", account,
                                                version=_version(body.version, if_match)), response)

    @r.post("/records", response_model=ChangedOut, status_code=201,
            summary="Add a record the machine missed, on a span of the text (editor)")
    def add(request: Request, body: AddIn, response: Response,
            account: Optional[Account] = Depends(write_access)) -> dict[str, Any]:
        return _changed(_ledger(request).add(body.kind, body.doc, body.start, body.end, body.fields,
                                             body.reason, account), response)

    @r.post("/entities/merge", response_model=ChangedOut, summary="Merge entity `absorb` into `keep` (editor)")
    def merge(request: Request, body: MergeIn, response: Response,
              account: Optional[Account] = Depends(write_access)) -> dict[str, Any]:
        return _changed(_ledger(request).merge(body.keep, body.absorb, body.reason, account), response)

    @r.post("/entities/{entity_id}/split", response_model=ChangedOut,
            summary="Split an alias off an entity into an entity of its own (editor)")
    def split(request: Request, entity_id: str, body: SplitIn, response: Response,
              account: Optional[Account] = Depends(write_access)) -> dict[str, Any]:
        return _changed(_ledger(request).split(entity_id, body.alias, body.reason, account), response)

    @r.get("/review", response_model=QueueOut, dependencies=reader,
           summary="The review queue: records least confident first")
    def queue(request: Request, doc: Optional[str] = Query(None, max_length=200),
              kind: Optional[Literal["event", "figure", "provision", "entity"]] = Query(None),
              section: Optional[str] = Query(None, max_length=50),
              type: Optional[str] = Query(None, max_length=50),
              below: Optional[float] = Query(None, ge=0, le=1),
              status: str = Query("machine", pattern="^(machine|confirmed|corrected|rejected|added|all)$"),
              limit: int = Query(50, ge=1, le=500)) -> dict[str, Any]:
        items = _ledger(request).review_queue(doc=doc, kind=kind, section=section, type=type, below=below,
                                              status=None if status == "all" else status)
        return {"total": len(items), "items": items[:limit]}

    @r.get("/review/conflicts", response_model=QueueOut, dependencies=reader,
           summary="Corrections that matched no record after re-processing")
    def conflicts(request: Request, doc: Optional[str] = Query(None, max_length=200)) -> dict[str, Any]:
        items = _ledger(request).conflicts(doc)
        return {"total": len(items), "items": items}

    @r.get("/audit", dependencies=reader, response_class=StreamingResponse,
           summary="The audit log as JSON Lines (hash-chained)",
           responses={200: {"content": {"application/x-ndjson": {"schema": {"type": "string"}}},
                            "description": "one entry a line"}})
    def audit_log(request: Request) -> StreamingResponse:
        entries = _ledger(request).audit_log()

        def lines() -> Iterator[str]:
            for e in entries:
                yield json.dumps({"kind": "audit", **e}, ensure_ascii=False) + "\n"

        return StreamingResponse(lines(), media_type="application/x-ndjson")

    @r.get("/audit/verify", response_model=VerifyOut, dependencies=reader,
           summary="Check the audit log's hash chain")
    def audit_verify(request: Request) -> dict[str, Any]:
        v = _ledger(request).audit_verify()
        return {"ok": v.ok, "entries": v.entries, "head": v.head, "problems": v.problems}

    @r.post("/session", response_model=SessionOut, summary="Log in: sets the session cookie (HttpOnly, SameSite=Strict)")
    def login(request: Request, body: LoginIn, response: Response) -> dict[str, Any]:
        ledger, limiter = _ledger(request), request.app.state.login_limiter
        key = login_key(request, body.name)
        limiter.check(key)
        try:
            account = ledger.login(body.name, body.password)
        except RightsledgerError:
            limiter.failed(key)
            raise
        limiter.succeeded(key)
        secret, csrf = ledger.new_session(account)
        set_session_cookie(response, secret, request)
        return {"name": account.name, "role": account.role, "csrf": csrf}

    @r.delete("/session", status_code=204, summary="Log out: the session ends")
    def logout(request: Request, response: Response) -> Response:
        cookie = request.cookies.get(SESSION_COOKIE)
        if cookie:
            _ledger(request).logout(cookie)
        out = Response(status_code=204)
        out.delete_cookie(SESSION_COOKIE, path="/")
        return out

    return r


def set_session_cookie(response: Response, secret: str, request: Request) -> None:
    from ..store.accounts import SESSION_HOURS

    response.set_cookie(SESSION_COOKIE, secret, httponly=True, samesite="strict", path="/",
                        secure=request.url.scheme == "https", max_age=SESSION_HOURS * 3600)
