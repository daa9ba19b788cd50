"""The wrk client of bench/load.py, and where the CPU of a run went.

wrk (Debian's ``wrk``: C, epoll, one thread by default) sends the request mix of
``bench/load_wrk.lua`` at a few microseconds of CPU a request, so on a small machine the
cores are left to the server being measured (the Python client takes about one core at
several thousand requests a second). Install: ``apt-get install -y wrk`` (``make bench-load``).

CPU accounting (Linux ``/proc``): the client's CPU is what the finished wrk process used
(``RUSAGE_CHILDREN``); the server's, the server process and its descendants; the database's,
a PostgreSQL postmaster and its backends; ``machine`` is every core's busy time from
``/proc/stat``, so ``others = machine - client - server - database`` says how much of the
machine other programs took during the run.
"""
from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import quote

LUA = Path(__file__).resolve().parent / "load_wrk.lua"
TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def available() -> bool:
    return shutil.which("wrk") is not None


def request_path(path: str) -> str:
    """The path as sent on the request line (both clients): spaces, quotes and the like escaped."""
    return quote(path, safe="/?=&:%")


def write_mix(requests: list[tuple[str, str, int]], etags: dict[str, str], path: Path) -> Path:
    """The mix file the Lua script reads: ``weight<TAB>path[<TAB>etag]`` a line."""
    lines = [f"{w}\t{request_path(p)}\t{etags.get(p, '')}".rstrip("\t") for _, p, w in requests]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def parse(stdout: str) -> dict:
    for line in reversed(stdout.splitlines()):
        if line.startswith("WRK_JSON "):
            return json.loads(line[len("WRK_JSON "):])
    raise ValueError(f"no WRK_JSON line in wrk's output: {stdout[-500:]!r}")


def stats_from(raw: dict, clients: int, client_cpu: float) -> dict:
    """The same fields as bench/load.py's ``summarise`` (no per-endpoint split: wrk does not
    time requests by path)."""
    wall = raw["duration_us"] / 1e6
    n = raw["requests"]
    p = raw["percentiles_us"]
    errors = sum(raw[k] for k in ("connect", "read", "write", "status", "timeout"))
    samples = [f"{k}: {raw[k]}" for k in ("connect", "read", "write", "status", "timeout") if raw[k]]
    return {"clients": clients, "seconds": round(wall, 1), "requests": n,
            "rps": round(n / wall, 1) if wall else 0,
            "p50_ms": round(p["50"] / 1000, 1), "p95_ms": round(p["95"] / 1000, 1),
            "p99_ms": round(p["99"] / 1000, 1), "errors": errors,
            "client_cores": round(client_cpu / wall, 2) if wall else 0,
            "endpoints": {}, "error_samples": samples}


def run(base: str, requests: list[tuple[str, str, int]], clients: int, seconds: float, seed: int,
        etags: dict[str, str] | None = None, threads: int = 1, timeout_s: int = 30) -> dict:
    """Run wrk against ``base`` for ``seconds`` with ``clients`` keep-alive connections."""
    with tempfile.TemporaryDirectory(prefix="rl-wrk-") as tmp:
        mix = write_mix(requests, etags or {}, Path(tmp) / "mix.tsv")
        cmd = ["wrk", f"-t{threads}", f"-c{clients}", f"-d{max(1, round(seconds))}s",
               f"--timeout={timeout_s}s", "-s", str(LUA), base, "--", str(mix), str(seed)]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + 120)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"wrk failed ({done.returncode}): {done.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return stats_from(parse(done.stdout), clients, cpu)


# -- where the CPU went ----------------------------------------------------------------------
def _proc_cpu(pid: int) -> float:
    """utime + stime of one live process, seconds (0 when it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICK


def descendants(pid: int) -> list[int]:
    """``pid`` and every live process below it."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        parents.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(parents.get(p, []))
    return out


def tree_cpu(pid: int | None) -> float:
    return sum(_proc_cpu(p) for p in descendants(pid)) if pid else 0.0


def machine_busy() -> float:
    """Busy CPU seconds of the whole machine so far (every core; idle and iowait excluded)."""
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    except (OSError, ValueError):
        return 0.0
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return (sum(fields[:8]) - idle) / TICK


def postmaster_pid(url: str) -> int | None:
    """The PID of the PostgreSQL server behind ``url`` when it runs on this machine
    (``data_directory``/postmaster.pid; needs a superuser or pg_read_all_settings)."""
    if not url.startswith("postgresql"):
        return None
    try:
        import sqlalchemy as sa

        engine = sa.create_engine(url)
        with engine.connect() as c:
            data = c.execute(sa.text("SHOW data_directory")).scalar()
        engine.dispose()
        return int(Path(data, "postmaster.pid").read_text().split()[0])
    except Exception:  # another machine, no permission: not counted
        return None
