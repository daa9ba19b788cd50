"""The report reader on long reports: server time of the first render and the size of the
first screen's HTML, for the longest documents of a database.

    .venv/bin/python bench/reader.py --db ledger.db            # the 3 longest documents
    .venv/bin/python bench/reader.py --db ledger.db --runs 20 --top 1

Targets (issue 15): first render of the longest report under 300 ms on the server
(p95 of ``--runs`` renders after one warm-up), first-screen HTML under 100 KB. The time is
the route's own (``rendered in … ms`` in the page) and the whole request in-process; the
pieces fetched later are timed too.
"""
from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--top", type=int, default=3)
    args = ap.parse_args(argv)
    import os

    os.environ["RIGHTSLEDGER_ACCESS_LOG"] = "false"
    from fastapi.testclient import TestClient

    from rightsledger.api.app import create_app

    client = TestClient(create_app(args.db, ui=True, http_cache=False))
    docs = sorted(client.get("/api/docs?limit=500").json()["items"], key=lambda d: -d["chars"])
    ok = True
    for d in docs[:args.top]:
        url = f"/docs/{d['id']}"
        client.get(url)  # warm-up
        server, wall = [], []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            r = client.get(url)
            wall.append((time.perf_counter() - t0) * 1000)
            server.append(float(re.search(r"rendered in (\d+) ms", r.text).group(1)))
        pieces = len(re.findall(r'class="piece ', r.text))
        piece_ms = []
        for i in range(1, pieces):
            t0 = time.perf_counter()
            client.get(f"{url}/pieces/{i}")
            piece_ms.append((time.perf_counter() - t0) * 1000)
        p95 = sorted(server)[max(0, round(0.95 * (len(server) - 1)))]
        size = len(r.content)
        ok &= p95 < 300 and size < 100_000
        print(f"{d['id']}: {d['chars']:,} chars, first screen {size / 1000:.1f} KB, {pieces} pieces; "
              f"first render p50 {statistics.median(server):.0f} ms, p95 {p95:.0f} ms (request p50 "
              f"{statistics.median(wall):.0f} ms); a later piece p50 "
              f"{statistics.median(piece_ms) if piece_ms else 0:.0f} ms  (load average "
              f"{os.getloadavg()[0]:.1f})")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
