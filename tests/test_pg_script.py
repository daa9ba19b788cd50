"""scripts/pg.sh keeps one state file per checkout: a `stop` in one checkout (a worktree) once took
down the cluster another checkout's test run (a CI clone) was using through the shared default."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "pg.sh"


def _state(script: Path, **env: str) -> str:
    run = subprocess.run(["bash", str(script), "state"], capture_output=True, text=True, timeout=30,
                         env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), **env})
    assert run.returncode == 0, run.stderr
    return run.stdout.strip()


def test_two_checkouts_keep_separate_state(tmp_path):
    copies = []
    for name in ("one", "two"):
        (tmp_path / name / "scripts").mkdir(parents=True)
        copies.append(Path(shutil.copy(SCRIPT, tmp_path / name / "scripts" / "pg.sh")))
    first, second = (_state(c, TMPDIR=str(tmp_path)) for c in copies)
    assert first != second
    assert first == _state(copies[0], TMPDIR=str(tmp_path))  # stable for one checkout
    assert Path(first).parent == tmp_path


def test_pg_state_overrides_the_default(tmp_path):
    assert _state(SCRIPT, PG_STATE=str(tmp_path / "mine.state")) == str(tmp_path / "mine.state")
