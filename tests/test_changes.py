"""Knowing that the database changed without asking it (store/changes.py): ETags and the
other remembered values follow every write, whichever process made it, and a cached
request asks the database nothing.

The PostgreSQL tests run when ``RIGHTSLEDGER_TEST_PG`` holds a URL (``scripts/pg.sh start``).
"""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event

from rightsledger.api.app import create_app
from rightsledger.store import Store

try:
    from tests.test_postgres import needs_pg, pg_url, terminate  # noqa: F401  (a fixture)
    from tests.test_store import make_bundle
except ImportError:  # tests/ is not a package
    from test_postgres import needs_pg, pg_url, terminate  # type: ignore[no-redef]  # noqa: F401
    from test_store import make_bundle  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parent.parent
EVENTS = "/api/events?limit=50"


def _in_another_process(db: str, code: str) -> None:
    """Run ``code`` (with ``db``, ``Ledger``, ``Store`` and ``make_bundle`` at hand) in a
    separate Python process: another server worker or a CLI command writing."""
    prelude = textwrap.dedent(f"""
        import sys
        sys.path[:0] = [{str(ROOT)!r}, {str(ROOT / 'tests')!r}]
        from rightsledger.ledger import Ledger
        from rightsledger.store import Store
        from test_store import TEXT, make_bundle
        db = {db!r}
    """)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-c", prelude + textwrap.dedent(code)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]


def _until_changed(client: TestClient, path: str, etag: str, timeout: float = 10.0):
    """The first response that is not a 304 for ``etag`` (another process's change reaches
    this one with its notification: well under a second)."""
    deadline = time.monotonic() + timeout
    while True:
        r = client.get(path, headers={"If-None-Match": etag})
        if r.status_code != 304 or time.monotonic() > deadline:
            return r
        time.sleep(0.02)


def _statements(store: Store) -> list[str]:
    seen: list[str] = []
    for engine in {store.engine, store.read_engine}:
        event.listen(engine, "before_cursor_execute",
                     lambda conn, cur, stmt, *a: seen.append(stmt))
    return seen


@pytest.fixture
def pg_client(pg_url):  # noqa: F811 (the fixture imported above)
    Store(pg_url).save(make_bundle(), "test")
    app = create_app(pg_url, ui=True)
    store = app.state.ledger.store
    assert store._watch.wait_listening(), "the LISTEN connection did not come up"
    yield TestClient(app)
    store.dispose()


@needs_pg
def test_a_cached_request_asks_postgresql_nothing(pg_client):
    store = pg_client.app.state.ledger.store
    store._watch.recheck = 3600  # no safety-net re-check during the test
    etag = pg_client.get(EVENTS).headers["etag"]
    seen = _statements(store)
    for _ in range(3):
        r = pg_client.get(EVENTS, headers={"If-None-Match": etag})
        assert r.status_code == 304
    assert seen == []
    r = pg_client.get(EVENTS)  # the route's own queries only: no counter, no users, no reviews
    assert r.status_code == 200 and r.headers["etag"] == etag
    assert not any("changes" in s or "users" in s or "reviews" in s for s in seen)


@needs_pg
def test_etag_and_body_follow_a_review_written_by_another_process(pg_client, pg_url):  # noqa: F811
    first = pg_client.get(EVENTS)
    assert "veridia-2022:ev:1" in {e["id"] for e in first.json()["items"]}
    _in_another_process(pg_url, """
        Ledger(db).reject("veridia-2022:ev:1", "the detention was in 2021")
    """)
    r = _until_changed(pg_client, EVENTS, first.headers["etag"])
    assert r.status_code == 200 and r.headers["etag"] != first.headers["etag"]
    # the remembered "no record is rejected" moved too: the rejected event is left out
    assert "veridia-2022:ev:1" not in {e["id"] for e in r.json()["items"]}
    assert pg_client.get(EVENTS, headers={"If-None-Match": r.headers["etag"]}).status_code == 304


@needs_pg
def test_etag_follows_a_reingest_by_another_process(pg_client, pg_url):  # noqa: F811
    first = pg_client.get("/api/docs")
    _in_another_process(pg_url, """
        edited = TEXT + " The ombudsman published a report in December."
        Store(db).save(make_bundle(text=edited, sha="b" * 64), "test")
    """)
    r = _until_changed(pg_client, "/api/docs", first.headers["etag"])
    assert r.status_code == 200 and r.headers["etag"] != first.headers["etag"]
    assert r.json()["items"][0]["sha256"] == "b" * 64


@needs_pg
def test_a_write_of_this_process_is_seen_at_once(pg_client, pg_url):  # noqa: F811
    store = pg_client.app.state.ledger.store
    etag = pg_client.get("/api/docs").headers["etag"]
    store.bump("review", "veridia-2022")  # no waiting for the notification
    assert pg_client.get("/api/docs", headers={"If-None-Match": etag}).status_code == 200


@needs_pg
def test_a_lost_listening_connection_is_noticed_and_listened_again(pg_client, pg_url):  # noqa: F811
    store = pg_client.app.state.ledger.store
    etag = pg_client.get("/api/docs").headers["etag"]
    terminate(watch=store._watch)
    Store(pg_url).bump("review", "veridia-2022")  # while it was down, or since it came back
    assert _until_changed(pg_client, "/api/docs", etag).status_code == 200
    assert store._watch.wait_listening()  # it listens again, and follows writes again
    etag = pg_client.get("/api/docs").headers["etag"]
    Store(pg_url).bump("review", "veridia-2022")
    assert _until_changed(pg_client, "/api/docs", etag).status_code == 200


@needs_pg
def test_a_rolled_back_write_changes_nothing(pg_client, pg_url):  # noqa: F811
    etag = pg_client.get("/api/docs").headers["etag"]
    other = Store(pg_url)
    with pytest.raises(RuntimeError):
        with other.writing() as conn:
            other.note_change(conn, "review", "veridia-2022")
            raise RuntimeError("the write fails")
    time.sleep(0.3)  # a notification, had one been sent, would have arrived
    assert pg_client.get("/api/docs", headers={"If-None-Match": etag}).status_code == 304


def test_sqlite_etag_follows_a_review_written_by_another_process(tmp_path):
    db = str(tmp_path / "x.db")
    Store(db).save(make_bundle(), "test")
    client = TestClient(create_app(db))
    first = client.get(EVENTS)
    _in_another_process(db, """
        Ledger(db).reject("veridia-2022:ev:1", "the detention was in 2021")
    """)
    r = client.get(EVENTS, headers={"If-None-Match": first.headers["etag"]})
    assert r.status_code == 200 and "veridia-2022:ev:1" not in {e["id"] for e in r.json()["items"]}
