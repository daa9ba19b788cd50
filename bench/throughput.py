"""Ingest throughput: words per second (and per core) with 1 worker and with every core.

    .venv/bin/python bench/throughput.py                 # example reports, x2 copies
    .venv/bin/python bench/throughput.py --copies 4 --workers 1 2 4
    .venv/bin/python bench/throughput.py ../shared/reports/usdos --copies 1

Each run ingests the same files into a fresh SQLite database with
``rightsledger.run.parallel.ingest_parallel`` (``workers=1`` runs in this process, the model
loaded before the clock starts; more workers are a process pool, whose start and model
loading are inside the measured time, as a user would see them). Copies of a report get
a distinct last line, so that they are new documents, not duplicates. The export of every
run is compared with the first run's (ids and records, timestamps aside): a mismatch is
reported. Prints words/s, words/s per core, the speed-up, the CPU seconds used (this
process and its workers: words per CPU-second does not depend on how busy the machine
is) and the load average (wall-clock figures mean little on a machine busy with other
work).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def make_inputs(sources: list[Path], copies: int, into: Path) -> tuple[list[Path], int]:
    from rightsledger.run.ingest import expand_paths

    files = expand_paths(sources)
    out, words = [], 0
    for k in range(copies):
        for f in files:
            dst = into / f"c{k}-{f.name}"
            shutil.copy(f, dst)
            if k:
                with dst.open("a", encoding="utf-8") as fh:
                    fh.write(f"\n\nCopy {k} for the throughput benchmark.\n")
            words += len(dst.read_text(encoding="utf-8", errors="replace").split())
            out.append(dst)
    return out, words


def export_digest(db: Path) -> str:
    from rightsledger.ledger import Ledger

    h = hashlib.sha256()
    for rec in Ledger(db).export():
        h.update(json.dumps(rec, sort_keys=True, ensure_ascii=False).encode())
    return h.hexdigest()


def run(files: list[Path], workers: int, tmp: Path) -> tuple[float, list]:
    from rightsledger.run.parallel import ingest_parallel

    db = tmp / f"w{workers}.db"
    c0 = cpu_seconds()
    t0 = time.perf_counter()
    results = ingest_parallel(db, files, workers=workers)
    return time.perf_counter() - t0, cpu_seconds() - c0, results


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the pool's workers)."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def main(argv: list[str] | None = None) -> int:
    from rightsledger.run.parallel import default_workers

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("inputs", nargs="*", default=[str(ROOT / "examples" / "reports")])
    ap.add_argument("--copies", type=int, default=2, help="copies of each report (default 2)")
    ap.add_argument("--workers", type=int, nargs="+", help="worker counts (default: 1 and all cores)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    cores = default_workers()
    counts = args.workers or sorted({1, cores})

    from rightsledger.run.parallel import warm_up

    t0 = time.perf_counter()
    warm_up()                  # model + gazetteers, once, outside every measured run
    model_s = time.perf_counter() - t0
    rows = []
    with tempfile.TemporaryDirectory(prefix="rl-throughput-") as d:
        tmp = Path(d)
        (tmp / "in").mkdir()
        files, words = make_inputs([Path(p) for p in args.inputs], args.copies, tmp / "in")
        digest0 = None
        for w in counts:
            seconds, cpu, results = run(files, w, tmp)
            failed = [r for r in results if not r.ok]
            digest = export_digest(tmp / f"w{w}.db")
            digest0 = digest0 or digest
            rows.append({
                "workers": w, "files": len(files), "words": words, "seconds": round(seconds, 2),
                "words_per_s": round(words / seconds), "words_per_s_per_core": round(words / seconds / w),
                "cpu_seconds": round(cpu, 2), "words_per_cpu_s": round(words / cpu),
                "failed": len(failed), "same_export_as_first": digest == digest0,
            })
    base = rows[0]["words_per_s"]
    for r in rows:
        r["speedup"] = round(r["words_per_s"] / base, 2)
    info = {"cores": cores, "warm_up_s": round(model_s, 2),
            "load_average": [round(x, 1) for x in os.getloadavg()], "runs": rows}
    if args.json:
        print(json.dumps(info))
    else:
        print(f"{rows[0]['files']} files, {rows[0]['words']:,} words; {cores} cores; "
              f"warm-up (model, gazetteers) {model_s:.1f} s; load average {info['load_average']}")
        for r in rows:
            print(f"  workers {r['workers']:2}: {r['seconds']:7.1f} s  {r['words_per_s']:7,} words/s  "
                  f"{r['words_per_s_per_core']:7,} words/s/core  x{r['speedup']:.2f}  "
                  f"cpu {r['cpu_seconds']:.1f} s = {r['words_per_cpu_s']:,} words/cpu-s  "
                  f"failed {r['failed']}  same export {r['same_export_as_first']}")
    return 0 if all(r["same_export_as_first"] and not r["failed"] for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
