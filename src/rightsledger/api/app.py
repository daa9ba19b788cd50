"""The read-only REST API: thin routes over :class:`~rightsledger.ledger.Ledger` and search.

``create_app(db)`` builds the FastAPI app; ``rightsledger serve`` runs it with uvicorn.
Every route is under ``/api`` (``/`` and ``/static`` are left to the web UI, mounted
with ``ui=True`` when :mod:`rightsledger.web` is installed). The OpenAPI schema is at
``/openapi.json``. Every error, whether a catalogue error, a validation error or an
unknown route, has one JSON shape::

    {"error": {"code": "E021", "name": "NO_DOCUMENT", "message": "…", "status": 404}}

Lists are paginated with ``limit`` (at most :data:`MAX_LIMIT`) and ``offset`` and come
as ``{"items": […], "total": n, "limit": …, "offset": …}``.

Hardening: no CORS unless ``cors_origins`` is given; request bodies over
``max_body_bytes`` are refused (413) on ``/api``; an in-process token bucket per client
IP (``rate_limit`` requests per second, ``burst`` at once) answers 429 when exceeded.
"""
from __future__ import annotations

import importlib
import importlib.util
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import metrics, settings
from ..errors import RightsledgerError
from ..ledger import Ledger
from ..version import __version__
from .caching import CacheMiddleware
from .middleware import BodyLimitMiddleware, RateLimitMiddleware
from .models import DEFAULT_MAX_BODY, ERROR_RESPONSES
from .observe import ObserveMiddleware, configure_logging, log_error
from .response_cache import ResponseCache, ResponseCacheMiddleware
from .responses import error_json, error_response
from .routes import build_health_router, build_router

# -- the app --------------------------------------------------------------------------------


def create_app(db: str | None = None, *, ui: bool = False, cors_origins: list[str] | None = None,
               max_body_bytes: int = DEFAULT_MAX_BODY, rate_limit: float | None = None,
               burst: int = 20, rerank: bool | None = None, ledger: Ledger | None = None,
               max_upload_bytes: int | None = None, metrics_endpoint: bool = True,
               http_cache: bool = True, public: bool = False, remote_writes: bool = False,
               response_cache_bytes: int | None = None) -> FastAPI:
    """The REST API over the database ``db`` (default: ``$RIGHTSLEDGER_DB`` or ./rightsledger.db).

    ``ui=True`` also mounts the web UI (``rightsledger.web``) at ``/`` when it is installed;
    ``cors_origins`` enables CORS for those origins; ``rate_limit`` (requests per second per
    client IP, with ``burst``) enables the rate limit; ``rerank`` sets the default of
    ``/api/ask`` (``None``: the semantic re-ranker when installed). Responses are gzipped,
    carry ETag/Last-Modified (``http_cache``), every request is counted at ``/metrics``
    (``metrics_endpoint``) and logged on the ``rightsledger.access`` logger. Finished GET API
    responses are kept in memory until the database changes, ``response_cache_bytes`` at most
    (default: the setting ``RIGHTSLEDGER_RESPONSE_CACHE_BYTES``; 0 turns it off). Once the database has
    users, reading needs a login unless ``public``; writing always needs an editor
    (:mod:`rightsledger.api.review`). A database without users accepts changes (API and
    web) only from loopback clients unless ``remote_writes``.
    """
    from fastapi import Depends

    from .review import LoginLimiter, build_review_router, read_access

    app = FastAPI(
        title="rightsledger",
        version=__version__,
        description="Human-rights country reports as a cited ledger. Every offset is a Python str "
                    "offset into the document text (GET /api/docs/{doc}/text). Once the database has "
                    "users, send an API token (`rightsledger users token NAME`) as `Authorization: "
                    "Bearer …`: reading needs any user (unless the server is public), writing an editor. "
                    "Writes name the record version they were based on (body `version` or If-Match) "
                    "and get 409 when it moved on.",
        docs_url="/api/ui", redoc_url=None, openapi_url="/openapi.json",
        swagger_ui_oauth2_redirect_url="/api/ui/oauth2-redirect",
    )
    app.state.ledger = ledger or Ledger(db)
    app.state.rerank = rerank
    app.state.public = public
    app.state.remote_writes = remote_writes
    app.state.login_limiter = LoginLimiter()

    @app.exception_handler(RightsledgerError)
    async def _rl_error(request: Request, err: RightsledgerError) -> JSONResponse:
        log_error(request.url.path, err.code.code, err.code.name, err.status, str(err), err)
        return error_response(err)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        parts = []
        for e in exc.errors()[:5]:
            loc = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "path"))
            parts.append(f"{loc}: {e.get('msg')}" if loc else str(e.get("msg")))
        message = "; ".join(parts) or "invalid request"
        log_error(request.url.path, "E031", "BAD_ARGUMENT", 422, message)
        return error_json("E031", "BAD_ARGUMENT", message, 422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        name = {404: "NOT_FOUND", 405: "METHOD_NOT_ALLOWED"}.get(exc.status_code, "HTTP_ERROR")
        code = {404: "E020"}.get(exc.status_code, f"H{exc.status_code}")
        message = "no such resource" if exc.status_code == 404 else str(exc.detail)
        log_error(request.url.path, code, name, exc.status_code, message)
        resp = error_json(code, name, message, exc.status_code)
        for k, v in (exc.headers or {}).items():
            resp.headers[k] = v
        if exc.status_code == 405:  # every method this path answers, not the first route's
            resp.headers["Allow"] = _allowed_methods(request)
        return resp

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log_error(request.url.path, "E050", "PIPELINE", 500, f"internal error ({type(exc).__name__})", exc)
        return error_json("E050", "PIPELINE", f"internal error ({type(exc).__name__})", 500)

    app.include_router(build_health_router())
    app.include_router(build_router(), dependencies=[Depends(read_access)])
    app.include_router(build_review_router(), responses=ERROR_RESPONSES)

    if metrics_endpoint:
        @app.get("/metrics", include_in_schema=False)
        def metrics_(request: Request) -> Response:
            body, ctype = metrics.exposition()
            return Response(body, media_type=ctype)

    if ui and importlib.util.find_spec("rightsledger.web") is not None:
        web = importlib.import_module("rightsledger.web")
        if hasattr(web, "install"):
            if max_upload_bytes is not None:
                web.install(app, app.state.ledger, max_upload_bytes=max_upload_bytes)
            else:
                web.install(app, app.state.ledger)
        elif hasattr(web, "router"):
            app.include_router(web.router)

    _optional_auth_in_schema(app)
    # added innermost first: observe → rate limit → CORS → response cache → gzip → validators
    # → body limit → routes (the response cache keeps what gzip and the validators made)
    app.add_middleware(BodyLimitMiddleware, max_bytes=max_body_bytes)
    store, ledger_ = app.state.ledger.store, app.state.ledger

    def open_access() -> bool:
        return bool(getattr(app.state, "public", False)) or not ledger_.has_users()

    if http_cache:
        app.add_middleware(CacheMiddleware, version=store.version,
                           cheap=lambda: store.version_is_cheap, open_access=open_access)
    app.add_middleware(GZipMiddleware, minimum_size=1000, compresslevel=5)
    if response_cache_bytes is None:
        response_cache_bytes = settings.get("RIGHTSLEDGER_RESPONSE_CACHE_BYTES")
    app.state.response_cache = None
    if http_cache and response_cache_bytes:
        app.state.response_cache = ResponseCache(response_cache_bytes)
        app.add_middleware(ResponseCacheMiddleware, cache=app.state.response_cache,
                           generation=lambda: store.version()[0] if store.version_is_cheap else None,
                           open_access=open_access,
                           verify=lambda auth, cookie: _may_read(ledger_, auth, cookie))
    if cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(cors_origins), allow_methods=["GET"],
                           allow_headers=["*"])
    if rate_limit:
        app.add_middleware(RateLimitMiddleware, rate=rate_limit, burst=burst)
    app.add_middleware(ObserveMiddleware)
    return app


def _may_read(ledger: Ledger, authorization: str, cookie: str) -> bool:
    """Whether these credentials (a bearer token, else the session cookie) log a reader in
    now, as :func:`.review.read_access` decides: a kept response is served only then."""
    from starlette.requests import cookie_parser

    from .review import SESSION_COOKIE

    scheme, _, token = authorization.partition(" ")
    try:
        if scheme.lower() == "bearer" and token.strip():
            ledger.authenticate(token.strip(), "token")
            return True
        session = cookie_parser(cookie).get(SESSION_COOKIE) if cookie else None
        if session:
            ledger.session(session)
            return True
    except RightsledgerError:
        return False
    return False


def _allowed_methods(request: Request) -> str:
    """The methods of every route whose path matches the request's (``/api/entities/merge``
    is both a POST route and a path the GET route ``/api/entities/{id}`` matches)."""
    from starlette.routing import Match

    scope = dict(request.scope)
    methods: set[str] = set()
    for route in request.app.router.routes:
        route_methods = getattr(route, "methods", None)
        if not route_methods:
            continue
        for method in route_methods:
            match, _ = route.matches({**scope, "method": method})
            if match is Match.FULL:
                methods.add(method)
    return ", ".join(sorted(methods))


def _optional_auth_in_schema(app: FastAPI) -> None:
    """Say in the OpenAPI schema that the API token is optional: a database without users
    needs none (single user on this machine), one with users asks for it (401/403)."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = build()
            for operations in schema.get("paths", {}).values():
                for op in operations.values():
                    if isinstance(op, dict) and op.get("security") and {} not in op["security"]:
                        op["security"].insert(0, {})
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def limit_blas_threads(n: int) -> None:
    """At most ``n`` BLAS threads in this process (0: leave the library's default). The vector
    products of ``ask`` are small: spread over all cores, each question takes every core of a
    worker that serves several at once, and the idle BLAS threads spin."""
    if n > 0:
        from threadpoolctl import threadpool_limits

        threadpool_limits(limits=n, user_api="blas")


def app_from_env() -> FastAPI:
    """The app as the settings (environment variables) describe it: the factory each
    ``rightsledger serve`` worker builds (``uvicorn --factory rightsledger.api.app:app_from_env``)."""
    conf = settings.load()
    configure_logging(conf["RIGHTSLEDGER_LOG_LEVEL"], conf["RIGHTSLEDGER_ACCESS_LOG"])
    limit_blas_threads(conf["RIGHTSLEDGER_BLAS_THREADS"])
    return create_app(conf["RIGHTSLEDGER_DB"], ui=conf["RIGHTSLEDGER_UI"],
                      cors_origins=conf["RIGHTSLEDGER_CORS"] or None,
                      rate_limit=conf["RIGHTSLEDGER_RATE_LIMIT"],
                      max_upload_bytes=conf["RIGHTSLEDGER_MAX_UPLOAD_BYTES"],
                      metrics_endpoint=conf["RIGHTSLEDGER_METRICS"], public=conf["RIGHTSLEDGER_PUBLIC"],
                      remote_writes=conf["RIGHTSLEDGER_ALLOW_REMOTE_WRITES"],
                      response_cache_bytes=conf["RIGHTSLEDGER_RESPONSE_CACHE_BYTES"])
