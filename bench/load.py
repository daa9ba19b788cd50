"""Load test of the REST API: N concurrent clients for T seconds over a mix of endpoints.

    .venv/bin/python bench/load.py                       # 50 clients x 15 s, 1 then 2 workers
    .venv/bin/python bench/load.py --clients 200 --seconds 20 --repeat 3 --response-cache both \
        --db ledger.db --db postgresql+psycopg://…      # the issue-15 measurement (make bench-load)
    .venv/bin/python bench/load.py --db ledger.db        # an existing database (else the
                                                         # example reports are ingested first)
    .venv/bin/python bench/load.py --client both         # wrk and the Python client, side by side
    .venv/bin/python bench/load.py --worker-cpu 0.5      # each worker capped at half a core (a
                                                         # cgroup): the server's own scaling

The server (``rightsledger serve --workers N``) runs in a subprocess on 127.0.0.1, with 1
and then 2 workers back to back (``--repeat`` pairs; the summary gives medians), then once
with every client sending ``If-None-Match`` (the cached, 304 path), for each ``--db``;
``--response-cache both`` runs everything without the server's in-memory response cache,
then with it.

Two load generators (``--client``): ``wrk`` (bench/load_wrk.py + load_wrk.lua; C, a few
microseconds of CPU a request, so on a two-core machine the cores go to the server being
measured; ``apt-get install -y wrk``) and ``python`` (asyncio on uvloop, a minimal HTTP/1.1
client in a second process; per-endpoint latencies, but near one core of its own once the
server answers thousands of requests a second from its cache). ``auto`` (the default) is
wrk when it is installed. Both keep one connection per client, accept gzip and send the
same weighted mix.

Every run prints requests/s, p50/p95/p99 latency, errors, and where the CPU went: the client,
the server processes, the PostgreSQL server (when local), and everything else on the machine
(``others``: a busy machine makes the numbers noisy). The run ends with one summary table
(``--json`` for one JSON object). An error is a transport failure or a status >= 400 (every
request of the mix is expected to succeed).
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import load_wrk  # noqa: E402  (bench/load_wrk.py: the wrk client, CPU accounting)
from cpu_cap import Cap, CapError  # noqa: E402  (bench/cpu_cap.py: --worker-cpu)

SEARCHES = ["torture", "police", "journalist*", '"human rights"', "detain* NEAR/5 police",
            "prison OR detention", "protest NOT violence", "election", "court", "freedom"]


def mix(docs: list[str], entities: list[str]) -> list[tuple[str, str, int]]:
    """(label, path, weight): the request mix."""
    out = [("docs", "/api/docs", 2), ("events", "/api/events?limit=50", 2),
           ("entities", "/api/entities?limit=50", 2), ("health", "/api/health", 1)]
    for d in docs[:2]:
        out += [("sections", f"/api/docs/{d}/sections", 1),
                ("events", f"/api/events?doc={d}&section=1&limit=50", 1)]
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


def start_server(db: str, port: int, workers: int, response_cache: bool = True) -> subprocess.Popen:
    """`rightsledger serve --workers N` (the factory each worker builds), access log off;
    ``response_cache=False``: every request runs its route (RIGHTSLEDGER_RESPONSE_CACHE_BYTES=0)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "RIGHTSLEDGER_DB": db,
           "RIGHTSLEDGER_ACCESS_LOG": "false"}
    if not response_cache:
        env["RIGHTSLEDGER_RESPONSE_CACHE_BYTES"] = "0"
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    proc = subprocess.Popen([sys.executable, "-m", "rightsledger.cli", "serve", "--port", str(port),
                             "--workers", str(workers), "--no-access-log", "--log-level", "warning"],
                            env=env, stderr=subprocess.DEVNULL)
    import httpx

    deadline = time.time() + 120
    seen: set[int] = set()
    while time.time() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the API server exited with {proc.returncode}")
        try:
            with httpx.Client(timeout=2) as c:
                r = c.get(f"http://127.0.0.1:{port}/api/health")
            if r.status_code == 200:
                seen.add(r.json().get("pid"))
                if len(seen) >= workers:
                    return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.terminate()
    raise SystemExit("the API server did not answer within 120 s")


# -- the client process ----------------------------------------------------------------------
class Conn:
    """A minimal HTTP/1.1 keep-alive client connection (asyncio streams).

    httpx costs the client process milliseconds of CPU per request (and an SSL context per
    client); on a small machine the clients would then take the cores the server is
    measured on. This one costs tens of microseconds: a request line, a few headers, and
    the body read by Content-Length (or chunked).
    """

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        extra = "".join(f"{k}: {v}\r\n" for k, v in (headers or {}).items())
        path = load_wrk.request_path(path)
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}\r\nAccept-Encoding: gzip\r\n"
                          f"{extra}\r\n".encode("latin-1"))
        assert self.reader is not None
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        hdrs = {}
        for line in lines[1:]:
            if ":" in line:
                k, v = line.split(":", 1)
                hdrs[k.strip().lower()] = v.strip()
        if "content-length" in hdrs:
            body = await self.reader.readexactly(int(hdrs["content-length"]))
        elif hdrs.get("transfer-encoding") == "chunked":
            parts = []
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).strip(), 16)
                parts.append(await self.reader.readexactly(size + 2))
                if size == 0:
                    break
            body = b"".join(p[:-2] for p in parts)
        else:
            body = b""
        if hdrs.get("connection", "").lower() == "close":
            await self.close()
        return status, hdrs, body

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None


async def client_main(base: str, clients: int, seconds: float, seed: int, cached: bool = False) -> dict:
    from urllib.parse import urlsplit

    u = urlsplit(base)
    host, port = u.hostname or "127.0.0.1", u.port or 80
    probe = Conn(host, port)
    _, _, body = await probe.get("/api/docs")
    docs = [d["id"] for d in json.loads(body).get("items", [])] if body[:1] == b"{" else []
    if not docs:  # gzipped
        import gzip

        docs = [d["id"] for d in json.loads(gzip.decompress(body)).get("items", [])]
    requests = mix(docs, [])
    weights = [w for _, _, w in requests]
    latencies: dict[str, list[float]] = {}
    errors: dict[str, int] = {}
    samples: list[str] = []
    etags: dict[str, str] = {}
    if cached:  # every client revalidates what it has: If-None-Match -> 304
        for _, path, _ in requests:
            _, hdrs, _ = await probe.get(path)
            if hdrs.get("etag"):
                etags[path] = hdrs["etag"]
    await probe.close()
    conns = [Conn(host, port) for _ in range(clients)]
    start = asyncio.Event()
    stop_at = 0.0

    async def one_client(k: int) -> None:
        rng = random.Random(seed * 1000 + k)
        conn = conns[k]
        await start.wait()
        while time.perf_counter() < stop_at:
            label, path, _ = rng.choices(requests, weights)[0]
            t0 = time.perf_counter()
            try:
                headers = {"If-None-Match": etags[path]} if path in etags else None
                status, _, body = await asyncio.wait_for(conn.get(path, headers), 60)
                ok = status < 400
                if not ok and len(samples) < 5:
                    samples.append(f"{status} {path}: {body[:160]!r}")
            except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError, ValueError) as exc:
                ok = False
                await conn.close()
                if len(samples) < 5:
                    samples.append(f"{type(exc).__name__} {path}")
            took = time.perf_counter() - t0
            latencies.setdefault(label, []).append(took)
            if not ok:
                errors[label] = errors.get(label, 0) + 1
        await conn.close()

    tasks = [asyncio.create_task(one_client(k)) for k in range(clients)]
    await asyncio.sleep(0)
    t0, cpu = time.perf_counter(), time.process_time()
    stop_at = t0 + seconds
    start.set()
    await asyncio.gather(*tasks)
    wall = time.perf_counter() - t0
    return {"wall": wall, "latencies": latencies, "errors": errors, "samples": samples,
            "client_cpu": time.process_time() - cpu}


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
        # the clients' own CPU share of the run (1.0 = one core): near 1, the client is the limit
        "client_cores": round(raw.get("client_cpu", 0) / raw["wall"], 2) if raw["wall"] else 0,
        "endpoints": {}, "error_samples": raw["samples"],
    }
    for label, vs in sorted(raw["latencies"].items()):
        out["endpoints"][label] = {
            "requests": len(vs), "p50_ms": round(pct(vs, 50) * 1000, 1),
            "p95_ms": round(pct(vs, 95) * 1000, 1), "p99_ms": round(pct(vs, 99) * 1000, 1),
            "errors": raw["errors"].get(label, 0)}
    return out


def wrk_plan(base: str, cached: bool) -> tuple[list[tuple[str, str, int]], dict[str, str]]:
    """The request mix (and, for the cached run, every path's ETag) for the wrk client, asked of
    the server once before the run, as the Python client does."""
    import httpx

    with httpx.Client(base_url=base, timeout=30) as c:
        docs = [d["id"] for d in c.get("/api/docs").json().get("items", [])]
        requests = mix(docs, [])
        etags = {}
        if cached:
            for _, path, _ in requests:
                tag = c.get(path, headers={"Accept-Encoding": "gzip"}).headers.get("etag")
                if tag:
                    etags[path] = tag
    return requests, etags


def run_client(kind: str, base: str, clients: int, args: argparse.Namespace, cached: bool) -> dict:
    if kind == "wrk":
        requests, etags = wrk_plan(base, cached)
        return load_wrk.run(base, requests, clients, args.seconds, args.seed, etags,
                            threads=args.wrk_threads)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    # the results go through a file: hundreds of kilobytes of latencies on a pipe came back
    # cut at 64 KiB on a busy machine (JSONDecodeError at char 65536)
    with tempfile.TemporaryDirectory(prefix="rl-load-client-") as tmp:
        out = Path(tmp) / "raw.json"
        done = subprocess.run(
            [sys.executable, __file__, "--as-client", "--url", base, "--clients", str(clients),
             "--seconds", str(args.seconds), "--seed", str(args.seed), "--out", str(out),
             *(["--cached"] if cached else [])],
            capture_output=True, text=True, env=env, timeout=args.seconds + 300)
        if done.returncode != 0 or not out.exists():
            raise SystemExit(f"the Python client failed ({done.returncode}): {done.stderr[-3000:]}")
        raw = json.loads(out.read_text(encoding="utf-8"))
    return summarise(raw, clients)


def run_once(db: str | None, url: str | None, workers: int, args: argparse.Namespace,
             cached: bool = False, response_cache: bool = True, client: str = "python") -> dict:
    """One run: a server (unless ``url``), the client for ``--seconds``, and where the CPU went
    (cores = CPU seconds / wall seconds: client, server processes, PostgreSQL, everything else)."""
    clients = args.cached_clients if cached else args.clients
    server = cap = None
    base = url
    if not base:
        port = free_port()
        server = start_server(db or "", port, workers, response_cache)
        base = f"http://127.0.0.1:{port}"
        if args.worker_cpu:
            try:
                cap = Cap(args.worker_cpu * workers)
            except CapError as exc:
                server.terminate()
                raise SystemExit(f"--worker-cpu: {exc}")
            cap.add(server.pid)
    pg = load_wrk.postmaster_pid(db or "")
    try:
        t0, busy0 = time.perf_counter(), load_wrk.machine_busy()
        srv0, pg0 = load_wrk.tree_cpu(server.pid if server else None), load_wrk.tree_cpu(pg)
        stats = run_client(client, base, clients, args, cached)
        wall = time.perf_counter() - t0
        srv = load_wrk.tree_cpu(server.pid if server else None) - srv0
        dbc = load_wrk.tree_cpu(pg) - pg0
        busy = load_wrk.machine_busy() - busy0
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
        if cap is not None:
            cap.close()
    client_s = stats["client_cores"] * stats["seconds"]
    stats["server_cores"] = round(srv / wall, 2) if server else None
    stats["db_cores"] = round(dbc / wall, 2) if pg else None
    stats["other_cores"] = round(max(0.0, busy - client_s - srv - dbc) / wall, 2)
    stats.update(workers=workers, cached=cached, response_cache=response_cache, client=client,
                 worker_cpu=args.worker_cpu if server else None,
                 load_average=[round(x, 1) for x in os.getloadavg()])
    return stats


def line(stats: dict) -> str:
    return (f"{stats['workers']} worker(s){' cached' if stats['cached'] else ''}"
            f"{'' if stats.get('response_cache', True) else ', no response cache'}, client {stats['client']}: "
            f"{stats['clients']} clients x {stats['seconds']} s: {stats['requests']} requests, "
            f"{stats['rps']} req/s, p50 {stats['p50_ms']} ms, p95 {stats['p95_ms']} ms, "
            f"p99 {stats['p99_ms']} ms, errors {stats['errors']}; cores: client {stats['client_cores']}, "
            f"server {stats['server_cores']}, database {stats['db_cores']}, others {stats['other_cores']} "
            f"(load average {stats['load_average']})")


def median(values: list[float]) -> float | None:
    v = sorted(x for x in values if x is not None)
    if not v:
        return None
    mid = len(v) // 2
    return v[mid] if len(v) % 2 else (v[mid - 1] + v[mid]) / 2


def verdicts(results: list[dict], workers: int | None) -> list[dict]:
    """One row per database x response cache x client: the medians over the repeats of 1 and
    2 workers (each pair run back to back), their ratio (the median of the pairs' ratios),
    the worst p99, all errors, the cached run's p95, and the issue's targets."""
    out = []
    groups = dict.fromkeys((r["db"], r["response_cache"], r["client"]) for r in results)
    for db, rc, client in groups:
        rows = [r for r in results if (r["db"], r["response_cache"], r["client"]) == (db, rc, client)]
        one = [r for r in rows if r["workers"] == 1 and not r["cached"]]
        two = [r for r in rows if r["workers"] == 2 and not r["cached"]]
        cached = [r for r in rows if r["cached"]]
        loaded = [r for r in rows if not r["cached"]]
        ratios = [b["rps"] / a["rps"] for a, b in zip(one, two) if a["rps"]]
        v = {"db": db, "response_cache": rc, "client": client, "repeats": max(len(one), len(two)),
             "rps_1": median([r["rps"] for r in one]), "rps_2": median([r["rps"] for r in two]),
             "throughput_ratio": round(median(ratios), 2) if ratios else None,
             "ratios": [round(x, 2) for x in ratios],
             "p99_ms_max": max((r["p99_ms"] for r in loaded), default=None),
             "errors": sum(r["errors"] for r in rows),
             "client_cores_max": max((r["client_cores"] for r in loaded), default=None),
             "server_cores_2": median([r["server_cores"] for r in two]),
             "db_cores_2": median([r["db_cores"] for r in two]),
             "other_cores_max": max((r["other_cores"] for r in rows), default=None),
             "cached_p95_ms": median([r["p95_ms"] for r in cached])}
        v["targets"] = {
            "no_errors": v["errors"] == 0,
            "p99_under_1s": v["p99_ms_max"] < 1000 if v["p99_ms_max"] is not None else None,
            "two_workers_1.7x": v["throughput_ratio"] >= 1.7 if ratios and not workers else None,
            "cached_p95_under_10ms": v["cached_p95_ms"] < 10 if cached else None}
        out.append(v)
    return out


def _fmt(x: object, spec: str = "") -> str:
    return "-" if x is None else format(x, spec)


def table(rows: list[dict]) -> str:
    """The summary the close note quotes: one line per database x response cache x client."""
    head = ("database", "rcache", "client", "n", "1w req/s", "2w req/s", "2w/1w", "p99 max ms",
            "errors", "client cores", "server cores 2w", "db cores 2w", "other cores", "304 p95 ms",
            "targets")
    body = []
    for v in rows:
        t = v["targets"]
        missed = [k for k, ok in t.items() if ok is False]
        body.append((v["db"], "on" if v["response_cache"] else "off", v["client"], str(v["repeats"]),
                     _fmt(v["rps_1"], ".0f"), _fmt(v["rps_2"], ".0f"), _fmt(v["throughput_ratio"], ".2f"),
                     _fmt(v["p99_ms_max"], ".0f"), str(v["errors"]), _fmt(v["client_cores_max"], ".2f"),
                     _fmt(v["server_cores_2"], ".2f"), _fmt(v["db_cores_2"], ".2f"),
                     _fmt(v["other_cores_max"], ".2f"), _fmt(v["cached_p95_ms"], ".1f"),
                     "met" if not missed else "MISSED " + ",".join(missed)))
    widths = [max(len(h), *(len(r[i]) for r in body)) if body else len(h) for i, h in enumerate(head)]
    fmt = " | ".join(f"{{:{'<' if i < 3 else '>'}{w}}}" for i, w in enumerate(widths))
    lines = [fmt.format(*head), "-+-".join("-" * w for w in widths)]
    lines += [fmt.format(*r) for r in body]
    return "\n".join(lines)


def clients_to_run(choice: str) -> list[str]:
    if choice == "auto":
        return ["wrk"] if load_wrk.available() else ["python"]
    kinds = ["python", "wrk"] if choice == "both" else [choice]
    if "wrk" in kinds and not load_wrk.available():
        raise SystemExit("wrk is not installed: apt-get install -y wrk (make bench-load), or --client python")
    return kinds


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", action="append",
                    help="database path or URL, repeatable (default: ingest the example reports)")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=15)
    ap.add_argument("--workers", type=int, default=None,
                    help="only this many workers (default: compare 1 and 2 in the same run)")
    ap.add_argument("--url", help="load an API that is already running at this base URL")
    ap.add_argument("--response-cache", choices=("on", "off", "both"), default="on",
                    help="the server's in-memory response cache (RIGHTSLEDGER_RESPONSE_CACHE_BYTES); "
                         "both: every run without it, then with it, in the same run")
    ap.add_argument("--client", choices=("auto", "wrk", "python", "both"), default="auto",
                    help="the load generator: wrk (C, a few microseconds of CPU a request; "
                         "apt-get install -y wrk), python (asyncio/uvloop, per-endpoint latencies, "
                         "near one core at cache speeds), both; auto = wrk when installed")
    ap.add_argument("--wrk-threads", type=int, default=1, help="wrk's threads (each one core at most)")
    ap.add_argument("--repeat", type=int, default=1,
                    help="run each 1-worker/2-worker pair this many times back to back; the "
                         "summary gives medians")
    ap.add_argument("--no-cached-run", action="store_true", help="skip the If-None-Match (304) run")
    ap.add_argument("--worker-cpu", type=float, default=None, metavar="CORES",
                    help="cap the server at CORES of CPU per worker (a cgroup: bench/cpu_cap.py), "
                         "so that the client and the database keep cores of their own and the "
                         "1- and 2-worker runs compare the server's scaling, not the machine's")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--as-client", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)  # (client) where the raw results go
    ap.add_argument("--cached-clients", type=int, default=10,
                    help="clients of the cached (If-None-Match -> 304) run: its p95 is the time to "
                         "serve a cached response, not a queue behind 200 clients")
    ap.add_argument("--cached", action="store_true",
                    help="(client) revalidate with If-None-Match: measures 304 answers")
    args = ap.parse_args(argv)

    if args.as_client:  # the second process, on uvloop when installed: the cheaper the client,
        # the more of the machine is left to the server it measures
        try:
            import uvloop

            run = uvloop.run
        except ImportError:
            run = asyncio.run
        raw = run(client_main(args.url, args.clients, args.seconds, args.seed, args.cached))
        Path(args.out).write_text(json.dumps(raw), encoding="utf-8")
        return 0

    kinds = clients_to_run(args.client)
    # stopped with SIGTERM (or SIGINT in the background): the servers it started go too
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda signum, _frame: sys.exit(128 + signum))
    results = []

    def record(stats: dict, name: str) -> None:
        stats["db"] = name
        results.append(stats)
        if not args.json:
            print(f"[{name}] " + line(stats), flush=True)

    if args.url:
        for kind in kinds:
            record(run_once(None, args.url, args.workers or 0, args, client=kind), args.url)
    else:
        dbs = args.db or [prepare_db(None)]
        variants = {"on": [True], "off": [False], "both": [False, True]}[args.response_cache]
        for db in dbs:
            name = db.split("@")[-1]
            for rc in variants:
                for kind in kinds:
                    for _ in range(max(1, args.repeat)):  # each pair back to back
                        for w in ([args.workers] if args.workers else [1, 2]):
                            record(run_once(db, None, w, args, response_cache=rc, client=kind), name)
                    if not args.no_cached_run:
                        record(run_once(db, None, args.workers or 2, args, cached=True,
                                        response_cache=rc, client=kind), name)
    summary = verdicts(results, args.workers)
    if args.json:
        print(json.dumps({"runs": results, "summary": summary}))
    else:
        print(f"\nbench/load.py: {args.clients} clients x {args.seconds:g} s per run, "
              f"{os.cpu_count()} cores; medians of {max(1, args.repeat)} back-to-back 1/2-worker pair(s); "
              "cores = CPU seconds / wall seconds during the run"
              + (f"; server capped at {args.worker_cpu:g} core(s) per worker" if args.worker_cpu else ""))
        print(table(summary))
        for r in results:
            for s_ in r["error_samples"]:
                print(f"  error ({r['db']}, {r['client']}, {r['workers']} worker(s)): {s_}")
    return 1 if any(v["errors"] for v in summary) else 0


if __name__ == "__main__":
    raise SystemExit(main())
