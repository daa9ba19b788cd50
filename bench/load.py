"""Load test of the REST API: N concurrent clients for T seconds over a mix of endpoints.

    .venv/bin/python bench/load.py                       # 50 clients x 15 s
    .venv/bin/python bench/load.py --clients 200 --seconds 60
    .venv/bin/python bench/load.py --db ledger.db        # an existing database (else the
                                                         # example reports are ingested first)
    .venv/bin/python bench/load.py --db postgresql+psycopg://…   # any store URL

The API (``rightsledger.api.create_app(db)``) runs under uvicorn in a subprocess on
127.0.0.1 (``--workers`` uvicorn processes); the clients (httpx + asyncio, one
connection each, keep-alive) run in a second process, so client and server do not share
an interpreter. Prints requests/s, p50/p95/p99 latency and errors, overall and per
endpoint (``--json`` for one JSON object). An error is a transport failure or a status
>= 400 (a 404 from a search that found nothing would not be one: every request of the
mix is expected to succeed).
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

SEARCHES = ["torture", "police", "journalist*", '"human rights"', "detain* NEAR/5 police",
            "prison OR detention", "protest NOT violence", "election", "court", "freedom"]


def mix(docs: list[str], entities: list[str]) -> list[tuple[str, str, int]]:
    """(label, path, weight): the request mix."""
    out = [("docs", "/api/docs", 2), ("events", "/api/events?limit=50", 2),
           ("entities", "/api/entities?limit=50", 2), ("health", "/api/health", 1)]
    out += [("search", f"/api/search?q={q}", 1) for q in SEARCHES]
    for d in docs[:3]:
        out += [("events", f"/api/events?doc={d}&limit=50", 1),
                ("entities", f"/api/entities?doc={d}&type=person", 1)]
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def prepare_db(db: str | None) -> str:
    if db:
        return db
    path = Path(tempfile.mkdtemp(prefix="rl-load-")) / "load.db"
    from rightsledger.ledger import Ledger

    t0 = time.perf_counter()
    results = Ledger(path).ingest([ROOT / "examples" / "reports"])
    print(f"ingested {sum(r.ok for r in results)} example reports into {path} "
          f"in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return str(path)


def start_server(db: str, port: int, workers: int) -> subprocess.Popen:
    code = (
        "import sys, uvicorn\n"
        "from rightsledger.api import create_app\n"
        "app = create_app(sys.argv[1])\n"
        "uvicorn.run(app, host='127.0.0.1', port=int(sys.argv[2]), log_level='warning', "
        "access_log=False)\n"
    ) if workers == 1 else (
        "import os, sys, uvicorn\n"
        "os.environ['RIGHTSLEDGER_DB'] = sys.argv[1]\n"
        "uvicorn.run('rightsledger.api:create_app', factory=True, host='127.0.0.1', "
        "port=int(sys.argv[2]), workers=int(sys.argv[3]), log_level='warning', access_log=False)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen([sys.executable, "-c", code, db, str(port), str(workers)], env=env)
    import httpx

    deadline = time.time() + 120
    while time.time() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the API server exited with {proc.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    proc.terminate()
    raise SystemExit("the API server did not answer within 120 s")


# -- the client process ----------------------------------------------------------------------
async def client_main(base: str, clients: int, seconds: float, seed: int) -> dict:
    import httpx

    async with httpx.AsyncClient(base_url=base, timeout=30) as probe:
        docs = [d["id"] for d in (await probe.get("/api/docs")).json().get("items", [])]
    requests = mix(docs, [])
    weights = [w for _, _, w in requests]
    latencies: dict[str, list[float]] = {}
    errors: dict[str, int] = {}
    samples: list[str] = []
    stop_at = time.perf_counter() + seconds

    async def one_client(k: int) -> None:
        rng = random.Random(seed * 1000 + k)
        limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
        async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
            while time.perf_counter() < stop_at:
                label, path, _ = rng.choices(requests, weights)[0]
                t0 = time.perf_counter()
                try:
                    r = await client.get(path)
                    ok = r.status_code < 400
                    if not ok and len(samples) < 5:
                        samples.append(f"{r.status_code} {path}: {r.text[:160]}")
                except httpx.HTTPError as exc:
                    ok = False
                    if len(samples) < 5:
                        samples.append(f"{type(exc).__name__} {path}")
                took = time.perf_counter() - t0
                latencies.setdefault(label, []).append(took)
                if not ok:
                    errors[label] = errors.get(label, 0) + 1

    t0 = time.perf_counter()
    await asyncio.gather(*(one_client(k) for k in range(clients)))
    wall = time.perf_counter() - t0
    return {"wall": wall, "latencies": latencies, "errors": errors, "samples": samples}


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    k = min(len(s) - 1, max(0, round(p / 100 * (len(s) - 1))))
    return s[k]


def summarise(raw: dict, clients: int) -> dict:
    allv = [v for vs in raw["latencies"].values() for v in vs]
    n = len(allv)
    out = {
        "clients": clients, "seconds": round(raw["wall"], 1), "requests": n,
        "rps": round(n / raw["wall"], 1) if raw["wall"] else 0,
        "p50_ms": round(pct(allv, 50) * 1000, 1), "p95_ms": round(pct(allv, 95) * 1000, 1),
        "p99_ms": round(pct(allv, 99) * 1000, 1), "errors": sum(raw["errors"].values()),
        "endpoints": {}, "error_samples": raw["samples"],
    }
    for label, vs in sorted(raw["latencies"].items()):
        out["endpoints"][label] = {
            "requests": len(vs), "p50_ms": round(pct(vs, 50) * 1000, 1),
            "p95_ms": round(pct(vs, 95) * 1000, 1), "p99_ms": round(pct(vs, 99) * 1000, 1),
            "errors": raw["errors"].get(label, 0)}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", help="database path or URL (default: ingest the example reports)")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=15)
    ap.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    ap.add_argument("--url", help="load an API that is already running at this base URL")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--client", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.client:  # the second process
        raw = asyncio.run(client_main(args.url, args.clients, args.seconds, args.seed))
        print(json.dumps(raw))
        return 0

    server = None
    base = args.url
    if not base:
        db = prepare_db(args.db)
        port = free_port()
        server = start_server(db, port, args.workers)
        base = f"http://127.0.0.1:{port}"
    try:
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        done = subprocess.run(
            [sys.executable, __file__, "--client", "--url", base, "--clients", str(args.clients),
             "--seconds", str(args.seconds), "--seed", str(args.seed)],
            capture_output=True, text=True, env=env, timeout=args.seconds + 300)
        if done.returncode != 0:
            print(done.stderr[-3000:], file=sys.stderr)
            return 1
        stats = summarise(json.loads(done.stdout.strip().splitlines()[-1]), args.clients)
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
    stats["load_average"] = [round(x, 1) for x in os.getloadavg()]
    if args.json:
        print(json.dumps(stats))
        return 0
    print(f"{stats['clients']} clients x {stats['seconds']} s: {stats['requests']} requests, "
          f"{stats['rps']} req/s, p50 {stats['p50_ms']} ms, p95 {stats['p95_ms']} ms, "
          f"p99 {stats['p99_ms']} ms, errors {stats['errors']}  (load average {stats['load_average']})")
    for label, e in stats["endpoints"].items():
        print(f"  {label:9} {e['requests']:6} req  p50 {e['p50_ms']:7.1f}  p95 {e['p95_ms']:7.1f}  "
              f"p99 {e['p99_ms']:7.1f} ms  errors {e['errors']}")
    for s in stats["error_samples"]:
        print(f"  error: {s}")
    return 1 if stats["errors"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
