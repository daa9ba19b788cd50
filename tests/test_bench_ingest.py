"""bench/ingest.py's command line: ``--help`` prints the usage instead of being read as a report
path, and a report that does not exist is refused by name before the spaCy model loads."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "bench" / "ingest.py"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=60)


def test_help_prints_usage():
    done = run("--help")
    assert done.returncode == 0
    assert "usage: bench/ingest.py" in done.stdout and "--no-process" in done.stdout
    assert "Traceback" not in done.stderr


def test_missing_report_named_without_traceback(tmp_path):
    missing = tmp_path / "no-such-report.txt"
    done = run("--no-process", str(missing))
    assert done.returncode == 2
    assert f"{missing}: no such report file" in done.stderr
    assert "Traceback" not in done.stderr
