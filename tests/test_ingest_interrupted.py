"""An ingest killed halfway leaves a consistent database, and the next ingest completes it."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from rightsledger.store import Store

from .conftest import EXAMPLES, ROOT

pytestmark = pytest.mark.model


def _count_docs(path) -> int:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def _orphans(store: Store) -> dict[str, int]:
    checks = {
        "sentences": "SELECT count(*) FROM sentences WHERE doc NOT IN (SELECT id FROM documents)",
        "sections": "SELECT count(*) FROM sections WHERE doc NOT IN (SELECT id FROM documents)",
        "mentions": "SELECT count(*) FROM mentions WHERE doc NOT IN (SELECT id FROM documents)",
        "events": "SELECT count(*) FROM events WHERE doc NOT IN (SELECT id FROM documents)",
        "figures": "SELECT count(*) FROM figures WHERE doc NOT IN (SELECT id FROM documents)",
        "entities": "SELECT count(*) FROM entities WHERE id NOT IN (SELECT entity FROM mentions)",
        "docs_without_sentences": "SELECT count(*) FROM documents WHERE id NOT IN (SELECT doc FROM sentences)",
    }
    with store.engine.connect() as conn:
        return {k: conn.exec_driver_sql(q).scalar() for k, q in checks.items()}


def test_killing_an_ingest_halfway(tmp_path):
    db = tmp_path / "killed.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cmd = [sys.executable, "-m", "rightsledger.cli", "ingest", str(EXAMPLES / "reports"), "--db", str(db)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 600
    while time.time() < deadline and proc.poll() is None and _count_docs(db) < 1:
        time.sleep(0.2)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    written = _count_docs(db)
    store = Store(db)
    assert all(v == 0 for v in _orphans(store).values()), _orphans(store)
    with store.engine.connect() as conn:
        conn.exec_driver_sql("INSERT INTO sentences_fts(sentences_fts) VALUES('integrity-check')")
    store.engine.dispose()
    # the next ingest completes what was left
    done = subprocess.run(cmd, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert _count_docs(db) == len(list((EXAMPLES / "reports").iterdir())) >= written
