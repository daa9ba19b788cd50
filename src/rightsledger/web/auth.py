"""Who is using the web UI: the gate every page passes, login and logout, CSRF on every form.

- Once the database has users, every page needs a session (``rl_session``: HttpOnly,
  SameSite=Lax, Secure over https) unless the server is public (then reading does not);
  a page asked for without one redirects to ``/login?next=…``.
- Every form and every write of ours carries a CSRF token: the session's; on a database
  without users, a token of the running server; on the login form (no session yet), a
  double-submit token held in the ``rl_login`` cookie.
- Writes need an editor (``Ledger.require``); on a database without users they are
  accepted only from loopback clients unless the app allows remote writes.
- Failed logins count in the server's one :class:`~rightsledger.store.accounts.LoginLimiter`
  (shared with ``POST /api/session``).
"""
from __future__ import annotations

import secrets
from typing import TYPE_CHECKING, Any, Optional
from urllib.parse import quote

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.types import Receive, Scope, Send

from ..errors import Code, RightsledgerError
from ..store.accounts import SESSION_HOURS, Account, LoginLimiter, csrf_ok, is_loopback
from .render import error_page, page

if TYPE_CHECKING:
    from ..ledger import Ledger

SESSION_COOKIE = "rl_session"
LOGIN_COOKIE = "rl_login"
OPEN_PATHS = ("/api", "/static", "/openapi.json", "/favicon.ico")
router = APIRouter(include_in_schema=False)


def _ledger(request: Request) -> "Ledger":
    return request.app.state.ledger


def _client(request: Request) -> Optional[str]:
    return request.client.host if request.client else None


def may_write_locally(request: Request) -> bool:
    """On a database without users: whether this client may change anything."""
    return bool(getattr(request.app.state, "remote_writes", False)) or is_loopback(_client(request))


def install_gate(app: FastAPI, ledger: "Ledger") -> None:
    if not hasattr(app.state, "login_limiter"):
        app.state.login_limiter = LoginLimiter()
    app.state.local_csrf = secrets.token_urlsafe(24)

    async def gate(request: Request, call_next):  # type: ignore[no-untyped-def]
        path = request.url.path
        has_users = ledger.has_users()
        account: Optional[Account] = None
        csrf: Optional[str] = None
        cookie = request.cookies.get(SESSION_COOKIE)
        if has_users and cookie:
            try:
                account, csrf = ledger.session(cookie)
            except RightsledgerError:
                account = None   # an expired or unknown session: as if logged out
        state = request.state
        state.has_users, state.account = has_users, account
        state.csrf = csrf if has_users else app.state.local_csrf
        state.can_edit = account.can("editor") if account else (not has_users and may_write_locally(request))
        if path in ("/login", "/logout") or not has_users or account is not None:
            return await call_next(request)
        if request.method in ("GET", "HEAD"):
            if getattr(app.state, "public", False):
                return await call_next(request)
            target = path + (f"?{request.url.query}" if request.url.query else "")
            return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)
        return error_page(request, RightsledgerError(Code.LOGIN_REQUIRED, detail="log in at /login"))

    app.add_middleware(PagesGate, dispatch=gate)


class PagesGate(BaseHTTPMiddleware):
    """The gate around the pages only: ``/api`` (which checks logins in its routes), static
    files and the schema pass straight through, without the cost of a BaseHTTPMiddleware
    (a task and a stream per request)."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("path", "").startswith(OPEN_PATHS):
            await self.app(scope, receive, send)
            return
        await super().__call__(scope, receive, send)


def check_write(request: Request, given_csrf: Optional[str], role: str = "editor") -> Optional[Account]:
    """The account a form may write as: the CSRF token must match, the role must be enough,
    and a database without users takes writes only from this computer (unless allowed)."""
    if not csrf_ok(getattr(request.state, "csrf", None), given_csrf):
        raise RightsledgerError(Code.CSRF)
    ledger = _ledger(request)
    account = getattr(request.state, "account", None)
    if not ledger.has_users() and not may_write_locally(request):
        raise RightsledgerError(Code.LOCAL_ONLY, client=_client(request) or "an unknown client")
    ledger.require(account, role)
    return account


def _safe_next(value: Any) -> str:
    """Only a path of this site (no scheme, no //host): an open redirect is refused."""
    v = str(value or "/")
    return v if v.startswith("/") and not v.startswith(("//", "/\\")) else "/"


def _login_page(request: Request, next_: str, status: int = 200, error: str | None = None) -> Response:
    # one token per browser while it logs in (other tabs and requests must not replace it)
    token = request.cookies.get(LOGIN_COOKIE) or secrets.token_urlsafe(24)
    resp = page(request, "login.html", status=status, next=_safe_next(next_), login_csrf=token, error=error)
    resp.set_cookie(LOGIN_COOKIE, token, httponly=True, samesite="strict", path="/login", max_age=3600,
                    secure=request.url.scheme == "https")
    return resp


@router.get("/favicon.ico")
def favicon() -> Response:
    return Response(status_code=204)


@router.get("/login")
def login_form(request: Request, next: str = "/") -> Response:  # noqa: A002
    if getattr(request.state, "account", None) is not None:
        return RedirectResponse(_safe_next(next), status_code=303)
    return _login_page(request, next)


@router.post("/login")
async def login(request: Request) -> Response:
    form = await request.form()
    name, password = str(form.get("name") or "")[:64], str(form.get("password") or "")[:1000]
    next_ = _safe_next(form.get("next"))
    given = form.get("csrf")
    if not csrf_ok(request.cookies.get(LOGIN_COOKIE), given if isinstance(given, str) else None):
        return error_page(request, RightsledgerError(Code.CSRF))
    ledger = _ledger(request)
    limiter: LoginLimiter = request.app.state.login_limiter
    key = LoginLimiter.key(_client(request), name)
    try:
        limiter.check(key)
        try:
            account = ledger.login(name, password)
        except RightsledgerError:
            limiter.failed(key)
            raise
    except RightsledgerError as err:
        return _login_page(request, next_, status=err.status, error=str(err))
    limiter.succeeded(key)
    secret, _ = ledger.new_session(account)
    resp = RedirectResponse(next_, status_code=303)
    resp.set_cookie(SESSION_COOKIE, secret, httponly=True, samesite="lax", path="/",
                    secure=request.url.scheme == "https", max_age=SESSION_HOURS * 3600)
    resp.delete_cookie(LOGIN_COOKIE, path="/login")
    return resp


@router.post("/logout")
async def logout(request: Request) -> Response:
    form = await request.form()
    given = form.get("csrf")
    if not csrf_ok(getattr(request.state, "csrf", None), given if isinstance(given, str) else None):
        return error_page(request, RightsledgerError(Code.CSRF))
    cookie = request.cookies.get(SESSION_COOKIE)
    if cookie:
        _ledger(request).logout(cookie)
    resp = RedirectResponse("/login?next=%2F&out=1", status_code=303)
    resp.delete_cookie(SESSION_COOKIE, path="/")
    return resp
