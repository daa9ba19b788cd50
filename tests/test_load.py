"""bench/load.py and its wrk client (bench/load_wrk.py, load_wrk.lua): the request mix as wrk
sends it, its results read back, the summary table the close note of issue 15 quotes, and
short real runs of both clients against `rightsledger serve` (wrk ones skipped without wrk)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .test_store import make_bundle

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import load  # noqa: E402
import load_wrk  # noqa: E402

needs_wrk = pytest.mark.skipif(shutil.which("wrk") is None, reason="wrk is not installed (make wrk)")


def test_the_mix_file_escapes_paths_as_the_python_client_does(tmp_path):
    requests = load.mix(["veridia-2022"], [])
    path = load_wrk.write_mix(requests, {"/api/docs": 'W/"7-1.0"'}, tmp_path / "mix.tsv")
    lines = path.read_text().splitlines()
    assert len(lines) == len(requests)
    assert lines[0] == '2\t/api/docs\tW/"7-1.0"'  # an ETag: the request revalidates
    phrase = next(x for x in lines if "human" in x)
    assert phrase == "1\t/api/search?q=%22human%20rights%22"  # a raw space is a 400 on the request line
    assert all(" " not in x.split("\t")[1] for x in lines)


def test_wrk_results_are_read_back():
    out = ("Running 1s test @ http://127.0.0.1:1\n"
           'WRK_JSON {"duration_us": 2000000, "requests": 5000, "bytes": 10, "connect": 0, "read": 1, '
           '"write": 0, "status": 2, "timeout": 0, "max_us": 90000, "mean_us": 4000.5, '
           '"percentiles_us": {"50": 3000, "90": 8000, "95": 9000, "99": 41000, "99.9": 80000}}\n')
    stats = load_wrk.stats_from(load_wrk.parse(out), clients=200, client_cpu=0.1)
    assert stats["rps"] == 2500 and stats["p99_ms"] == 41 and stats["p50_ms"] == 3
    assert stats["errors"] == 3 and stats["error_samples"] == ["read: 1", "status: 2"]
    assert stats["client_cores"] == 0.05
    with pytest.raises(ValueError):
        load_wrk.parse("wrk: connection refused\n")


def _run(workers: int, rps: float, p99: float, cached: bool = False, errors: int = 0) -> dict:
    return {"db": "ledger.db", "response_cache": False, "client": "wrk", "workers": workers,
            "cached": cached, "rps": rps, "p95_ms": 4.0, "p99_ms": p99, "errors": errors,
            "client_cores": 0.05, "server_cores": 1.5, "db_cores": None, "other_cores": 0.1}


def test_summary_takes_medians_of_back_to_back_pairs():
    runs = [_run(1, 200, 500), _run(2, 380, 600),  # 1.9
            _run(1, 250, 400), _run(2, 300, 900),  # 1.2 (a neighbour took the cores)
            _run(1, 210, 450), _run(2, 360, 700),  # 1.71
            _run(2, 900, 5, cached=True)]
    (v,) = load.verdicts(runs, workers=None)
    assert v["repeats"] == 3 and v["rps_1"] == 210 and v["rps_2"] == 360
    assert v["ratios"] == [1.9, 1.2, 1.71] and v["throughput_ratio"] == 1.71
    assert v["p99_ms_max"] == 900 and v["cached_p95_ms"] == 4.0
    assert v["targets"] == {"no_errors": True, "p99_under_1s": True, "two_workers_1.7x": True,
                            "cached_p95_under_10ms": True}
    text = load.table([v])
    assert "ledger.db" in text and "1.71" in text and text.splitlines()[-1].endswith("met")
    (bad,) = load.verdicts([_run(1, 200, 500), _run(2, 300, 1500, errors=2)], workers=None)
    assert bad["targets"]["two_workers_1.7x"] is False and bad["targets"]["p99_under_1s"] is False
    assert "MISSED no_errors,p99_under_1s,two_workers_1.7x" in load.table([bad])


def test_cpu_accounting_sees_this_process_and_its_children():
    child = subprocess.Popen([sys.executable, "-c", "import time\nt=time.time()\nwhile time.time()-t<0.5: pass"])
    try:
        assert os.getpid() in load_wrk.descendants(os.getpid())
        assert child.pid in load_wrk.descendants(os.getpid())
        child.wait()
    finally:
        child.kill()
    assert load_wrk.machine_busy() > 0
    assert load_wrk.postmaster_pid("/tmp/ledger.db") is None


@pytest.fixture
def ledger_db(tmp_path) -> str:
    from rightsledger.store import Store

    path = tmp_path / "load.db"
    store = Store(path)
    store.save(make_bundle(), "test")
    store.dispose()
    return str(path)


def _bench(db: str, client: str) -> dict:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "load.py"), "--db", db, "--clients", "8", "--seconds", "1",
         "--workers", "1", "--client", client, "--json", "--cached-clients", "2"],
        capture_output=True, text=True, timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert done.returncode == 0, done.stderr[-2000:] + done.stdout[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@needs_wrk
def test_a_short_wrk_run_against_the_server(ledger_db):
    out = _bench(ledger_db, "wrk")
    runs = out["runs"]
    assert [(r["client"], r["workers"], r["cached"]) for r in runs] == [("wrk", 1, False), ("wrk", 1, True)]
    assert all(r["errors"] == 0 and r["requests"] > 0 for r in runs)
    assert runs[0]["server_cores"] > 0 and runs[0]["client_cores"] < 1
    (v,) = out["summary"]
    assert v["targets"]["no_errors"] and v["client"] == "wrk"


def test_a_short_python_client_run_against_the_server(ledger_db):
    out = _bench(ledger_db, "python")
    run = out["runs"][0]
    assert run["client"] == "python" and run["errors"] == 0 and run["requests"] > 0
    assert "search" in run["endpoints"]  # the Python client times each endpoint
