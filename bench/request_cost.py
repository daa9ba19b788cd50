"""CPU time per request of the load mix, in the server and in PostgreSQL: what decides how
throughput scales with workers on a small machine, measured without a crowd of clients.

    PYTHONPATH=src .venv/bin/python bench/request_cost.py --db ledger.db --db postgresql+psycopg://…
    PYTHONPATH=src .venv/bin/python bench/request_cost.py --db ledger.db --response-cache off

For each database, the requests of ``bench/load.py``'s mix run one after another in this
process (the app as ``serve`` builds it, web UI included, called straight through ASGI on an
event loop: no HTTP client, no socket): the CPU time this process spends (the server's work
but uvicorn's HTTP parsing) and the CPU time of every ``postgres`` process on this machine
(read from ``/proc``; 0 for SQLite), per request and per endpoint, and the statements each
endpoint sends. Process CPU time moves far less with other work on the machine than
requests per second do, so variants can be compared on a busy machine. With 2 workers on 2
cores that PostgreSQL shares, throughput can grow at most about 2·s / (s + p) times
(s: server CPU, p: PostgreSQL CPU per request). ``--response-cache both`` measures every
request without the in-memory response cache (what a request costs when it runs its route),
then with it (``RIGHTSLEDGER_RESPONSE_CACHE_BYTES``: the repeated requests of the mix are hits).
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))


def postgres_cpu() -> float:
    """Seconds of CPU used so far by every postgres process of this machine."""
    total = 0
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/comm") as f:
                if f.read().strip() not in ("postgres", "postmaster"):
                    continue
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        except OSError:
            continue
    return total / os.sysconf("SC_CLK_TCK")


async def call(app, path: str) -> int:  # type: ignore[no-untyped-def]
    """GET ``path`` from the ASGI ``app`` as a gzip-taking client does; the status."""
    bare, _, query = path.partition("?")
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
             "scheme": "http", "path": bare, "raw_path": bare.encode(), "query_string": query.encode(),
             "root_path": "", "headers": [(b"host", b"127.0.0.1"), (b"accept-encoding", b"gzip")],
             "client": ("127.0.0.1", 50000), "server": ("127.0.0.1", 8000), "state": {}}
    status = 0

    async def receive() -> dict:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]

    await app(scope, receive, send)
    return status


def measure(db: str, n: int, seed: int, response_cache: bool = True) -> dict:
    from load import mix
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    from rightsledger.api.app import create_app

    statements: list[str] = []

    def count(conn, cursor, statement, *args):  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(Engine, "before_cursor_execute", count)
    app = create_app(db, ui=True, **({} if response_cache else {"response_cache_bytes": 0}))
    docs = [d["id"] for d in app.state.ledger.documents()]
    requests = mix(docs, [])
    rng = random.Random(seed)
    by_label: dict[str, list[str]] = {}
    for label, path, _ in rng.choices(requests, [w for _, _, w in requests], k=n):
        by_label.setdefault(label, []).append(path)
    out: dict = {"db": db.split("@")[-1] + ("" if response_cache else " no-rcache"), "endpoints": {}}

    async def run() -> None:
        for _, path, _ in requests:  # warm: pools, prepared statements, remembered values
            await call(app, path)
            await call(app, path)
        for label, paths in sorted(by_label.items()):
            statements.clear()
            cpu, pg = time.process_time(), postgres_cpu()
            for path in paths:
                assert await call(app, path) == 200, path
            cpu, pg = time.process_time() - cpu, postgres_cpu() - pg
            out["endpoints"][label] = {"requests": len(paths), "server_ms": 1000 * cpu / len(paths),
                                       "postgres_ms": 1000 * pg / len(paths),
                                       "statements": len(statements) / len(paths)}

    asyncio.run(run())
    event.remove(Engine, "before_cursor_execute", count)
    app.state.ledger.store.dispose()
    rows = out["endpoints"].values()
    total = sum(r["requests"] for r in rows)
    for key in ("server_ms", "postgres_ms", "statements"):
        out[key] = sum(r[key] * r["requests"] for r in rows) / total
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", action="append", required=True, help="database path or URL, repeatable")
    ap.add_argument("--requests", type=int, default=600)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--response-cache", choices=("on", "off", "both"), default="both",
                    help="the in-memory response cache: both = without it, then with it")
    args = ap.parse_args(argv)
    variants = {"on": [True], "off": [False], "both": [False, True]}[args.response_cache]
    for db, rc in [(db, rc) for db in args.db for rc in variants]:
        r = measure(db, args.requests, args.seed, rc)
        s, p = r["server_ms"], r["postgres_ms"]
        print(f"[{r['db']}] per request: server CPU {s:.2f} ms, PostgreSQL CPU {p:.2f} ms, "
              f"{r['statements']:.1f} statements; 2 workers on 2 cores at most {2 * s / (s + p):.2f}x")
        for label, e in r["endpoints"].items():
            print(f"  {label:10s} {e['requests']:4d} requests  server {e['server_ms']:6.2f} ms  "
                  f"PostgreSQL {e['postgres_ms']:5.2f} ms  {e['statements']:4.1f} statements")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
