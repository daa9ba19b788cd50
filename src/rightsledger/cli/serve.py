"""The ``serve`` command: the REST API and the web UI under uvicorn, one or several workers
(each with a listening socket of its own where the system allows: :mod:`rightsledger.api.workers`).

Every option is also an environment variable (:mod:`rightsledger.settings`); the command
sets them and starts uvicorn on the factory :func:`rightsledger.api.app.app_from_env`, so
that each worker process builds the same app over the same database.
"""
from __future__ import annotations

import os
import tempfile
from typing import Optional

import typer

from .. import settings
from .app import DbOption, catalogue_errors, open_ledger, app


#: the event loops a worker may run (uvicorn's ``loop``)
LOOPS = ("asyncio", "uvloop")


@app.command()
def serve(
    db: Optional[str] = DbOption,
    host: str = typer.Option(settings.get("RIGHTSLEDGER_HOST"), "--host", envvar="RIGHTSLEDGER_HOST",
                             help="Interface to listen on."),
    port: int = typer.Option(settings.BY_ENV["RIGHTSLEDGER_PORT"].default, "--port",
                             envvar="RIGHTSLEDGER_PORT"),
    workers: int = typer.Option(1, "--workers", "-w", envvar="RIGHTSLEDGER_WORKERS", min=1,
                                help="Server processes over the same database (about one per core)."),
    ui: bool = typer.Option(True, "--ui/--no-ui", help="Also serve the web UI at /."),
    cors: Optional[list[str]] = typer.Option(None, "--cors", help="Allow this origin (repeatable)."),
    rate_limit: Optional[float] = typer.Option(None, "--rate-limit",
                                               help="Requests per second per client IP (off by default)."),
    public: bool = typer.Option(False, "--public/--no-public", envvar="RIGHTSLEDGER_PUBLIC",
                                help="Anyone may read without logging in (writing still needs an editor)."),
    allow_remote_writes: bool = typer.Option(
        False, "--allow-remote-writes", envvar="RIGHTSLEDGER_ALLOW_REMOTE_WRITES",
        help="On a database without users, accept changes from other computers too "
             "(by default only from 127.0.0.1/::1)."),
    loop: str = typer.Option(settings.BY_ENV["RIGHTSLEDGER_LOOP"].default, "--loop", envvar="RIGHTSLEDGER_LOOP",
                             help="Event loop of each worker: asyncio or uvloop (docs/DEPLOY.md: asyncio "
                                  "keeps the tail latency down when a worker is saturated)."),
    log_level: str = typer.Option("info", "--log-level", envvar="RIGHTSLEDGER_LOG_LEVEL"),
    access_log: bool = typer.Option(True, "--access-log/--no-access-log",
                                    help="One JSON line per request on stderr."),
) -> None:
    """Serve the REST API (OpenAPI at /openapi.json), the web UI, /metrics and /api/health.

    Settings come from the options or the environment variables of docs/DEPLOY.md.

    Example: rightsledger serve --db ledger.db --workers 2 --host 127.0.0.1 --port 8000
    """
    from ..api import workers as server

    if loop not in LOOPS:
        raise typer.BadParameter(f"{loop!r}: expected one of {', '.join(LOOPS)}", param_hint="--loop")

    with catalogue_errors():
        open_ledger(db).store.dispose()  # migrations once, before the workers start; fail fast
    env = os.environ
    if db:
        env["RIGHTSLEDGER_DB"] = db
    env["RIGHTSLEDGER_UI"] = "true" if ui else "false"
    env["RIGHTSLEDGER_PUBLIC"] = "true" if public else "false"
    env["RIGHTSLEDGER_ALLOW_REMOTE_WRITES"] = "true" if allow_remote_writes else "false"
    if cors:
        env["RIGHTSLEDGER_CORS"] = ",".join(cors)
    if rate_limit:
        env["RIGHTSLEDGER_RATE_LIMIT"] = str(rate_limit)
    env["RIGHTSLEDGER_LOOP"] = loop
    env["RIGHTSLEDGER_LOG_LEVEL"] = log_level
    env["RIGHTSLEDGER_ACCESS_LOG"] = "true" if access_log else "false"
    if workers > 1 and not env.get("PROMETHEUS_MULTIPROC_DIR"):
        env["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="rightsledger-metrics-")
    typer.echo(f"serving on http://{host}:{port}/ with {workers} worker(s)  "
               "(API: /api, schema: /openapi.json, metrics: /metrics)", err=True)
    with catalogue_errors():
        status = server.run("rightsledger.api.app:app_from_env", factory=True, host=host, port=port,
                            workers=workers, loop=loop, log_level=log_level, access_log=False,
                            proxy_headers=True,
                            forwarded_allow_ips=settings.get("RIGHTSLEDGER_FORWARDED_ALLOW_IPS"))
    raise typer.Exit(status)
