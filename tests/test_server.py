"""Serving a team: HTTP validators and 304s, gzip, /api/health, /metrics, JSON-lines logs,
the settings table and `serve --workers N` (several processes over one database)."""
from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from rightsledger import settings
from rightsledger.api.app import app_from_env, create_app

from .test_store import make_bundle

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def client(tmp_path):
    app = create_app(str(tmp_path / "srv.db"), ui=True)
    app.state.ledger.store.save(make_bundle(), "test")
    return TestClient(app)


@pytest.mark.parametrize("path", ["/api/docs", "/api/docs/veridia-2022/sections", "/docs/veridia-2022",
                                  "/api/events?doc=veridia-2022", "/entities/person:ana-brell",
                                  "/api/search?q=released"])
def test_etag_and_304(client, path):
    r = client.get(path)
    assert r.status_code == 200
    etag, modified = r.headers["etag"], r.headers["last-modified"]
    assert etag.startswith('W/"') and modified.endswith("GMT")
    assert r.headers["cache-control"] == "no-cache"
    again = client.get(path, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    assert client.get(path, headers={"If-Modified-Since": modified}).status_code == 304
    assert client.get(path, headers={"If-None-Match": 'W/"0-x"'}).status_code == 200


def test_validators_change_when_a_document_is_reingested_or_a_record_reviewed(client):
    store = client.app.state.ledger.store
    etag = client.get("/api/docs").headers["etag"]
    store.save(make_bundle(), "test")  # re-ingest
    etag2 = client.get("/api/docs", headers={"If-None-Match": etag})
    assert etag2.status_code == 200 and etag2.headers["etag"] != etag
    store.bump("review", "veridia-2022")  # what a review feature calls
    assert client.get("/api/docs", headers={"If-None-Match": etag2.headers["etag"]}).status_code == 200


def test_errors_get_no_validators(client):
    r = client.get("/api/docs/nope")
    assert r.status_code == 404 and "etag" not in r.headers


def test_gzip(client):
    r = client.get("/docs/veridia-2022", headers={"Accept-Encoding": "gzip"})
    assert r.headers.get("content-encoding") == "gzip"
    assert "accept-encoding" in r.headers.get("vary", "").lower()


def test_api_responses_pass_the_pages_gate_untouched(client):
    """/api skips the pages' login gate (a BaseHTTPMiddleware would stream every response):
    a small body is sent whole with its length, not gzipped to something larger."""
    r = client.get("/api/docs", headers={"Accept-Encoding": "gzip"})
    assert r.status_code == 200 and len(r.content) < 1000
    assert "content-encoding" not in r.headers and r.headers["content-length"] == str(len(r.content))


def test_health_checks_the_database(client, tmp_path):
    body = client.get("/api/health").json()
    assert body["status"] == "ok" and body["documents"] == 1 and body["database"] == "sqlite"
    assert body["changes"] >= 1
    store = client.app.state.ledger.store
    store.dispose()
    Path(store._file).unlink()  # the database is gone
    for suffix in ("-wal", "-shm"):
        Path(store._file + suffix).unlink(missing_ok=True)
    r = client.get("/api/health")
    assert r.status_code == 503 and r.json()["error"]["code"] == "E040"


def test_metrics_count_requests_errors_and_ingests(client, tmp_path):
    client.get("/api/docs")
    client.get("/api/docs/nope")
    (tmp_path / "r.txt").write_text("", encoding="utf-8")
    client.app.state.ledger.ingest_file(tmp_path / "r.txt")
    text = client.get("/metrics").text
    assert 'rightsledger_http_requests_total{method="GET",route="/api/docs",status="200"}' in text
    assert 'rightsledger_http_request_duration_seconds_bucket{le="0.01",method="GET",route="/api/docs"}' in text
    assert 'rightsledger_errors_total{code="E021",name="NO_DOCUMENT"}' in text
    assert 'rightsledger_ingests_total{status="failed"}' in text
    assert "rightsledger_ingest_duration_seconds_count" in text


def test_access_and_error_logs_are_json_lines(client):
    from rightsledger.api.observe import configure_logging

    buf = io.StringIO()
    configure_logging("info", True, stream=buf)
    etag = client.get("/api/docs").headers["etag"]
    client.get("/api/docs", headers={"If-None-Match": etag})
    client.get("/api/docs/nope")
    lines = [json.loads(x) for x in buf.getvalue().splitlines()]
    access = [x for x in lines if x["logger"] == "rightsledger.access"]
    errors = [x for x in lines if x["logger"] == "rightsledger.error"]
    assert [a["status"] for a in access] == [200, 304, 404]
    assert access[1]["cache"] == "hit" and access[0]["route"] == "/api/docs"
    assert {"time", "method", "path", "ms", "bytes", "pid"} <= set(access[0])
    assert errors[0]["code"] == "E021" and errors[0]["status"] == 404


def test_settings_parse_and_app_from_env(tmp_path, monkeypatch):
    assert settings.get("RIGHTSLEDGER_WORKERS", {"RIGHTSLEDGER_WORKERS": "3"}) == 3
    assert settings.get("RIGHTSLEDGER_UI", {"RIGHTSLEDGER_UI": "off"}) is False
    assert settings.get("RIGHTSLEDGER_CORS", {"RIGHTSLEDGER_CORS": "a, b"}) == ["a", "b"]
    with pytest.raises(ValueError):
        settings.get("RIGHTSLEDGER_UI", {"RIGHTSLEDGER_UI": "maybe"})
    monkeypatch.setenv("RIGHTSLEDGER_DB", str(tmp_path / "env.db"))
    monkeypatch.setenv("RIGHTSLEDGER_UI", "false")
    monkeypatch.setenv("RIGHTSLEDGER_ACCESS_LOG", "false")
    c = TestClient(app_from_env())
    assert c.get("/api/health").status_code == 200
    assert c.get("/").status_code == 404  # no web UI


def test_sqlite_readers_are_read_only(tmp_path):
    from sqlalchemy import text as sql

    from rightsledger.store import Store

    store = Store(tmp_path / "ro.db")
    with store.reading() as conn:
        with pytest.raises(Exception):
            conn.execute(sql("DELETE FROM documents"))
    assert store.read_engine is not store.engine


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_with_two_workers(tmp_path):
    import httpx

    from rightsledger.store import Store

    db = tmp_path / "w.db"
    Store(db).save(make_bundle(), "test")
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    proc = subprocess.Popen([sys.executable, "-m", "rightsledger.cli", "serve", "--db", str(db),
                             "--port", str(port), "--workers", "2", "--no-access-log"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        pids = set()
        deadline = time.time() + 90
        while time.time() < deadline and len(pids) < 2:
            try:
                with httpx.Client(timeout=5) as c:  # a new connection each time
                    r = c.get(f"http://127.0.0.1:{port}/api/health")
                    if r.status_code == 200:
                        pids.add(r.json()["pid"])
            except httpx.HTTPError:
                time.sleep(0.3)
        assert len(pids) == 2, proc.stderr.read1(4000) if proc.poll() is not None else pids
        with httpx.Client(timeout=5) as c:
            m = c.get(f"http://127.0.0.1:{port}/metrics").text
        assert "rightsledger_http_requests_total" in m  # both workers' counts, added up
    finally:
        proc.terminate()
        proc.wait(20)


def _start_two_workers(tmp_path, port):
    from rightsledger.store import Store

    db = tmp_path / "w.db"
    Store(db).save(make_bundle(), "test")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    return subprocess.Popen([sys.executable, "-m", "rightsledger.cli", "serve", "--db", str(db),
                             "--port", str(port), "--workers", "2", "--no-access-log"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _pid_of(client, port) -> int | None:
    import httpx

    try:
        r = client.get(f"http://127.0.0.1:{port}/api/health")
        return r.json()["pid"] if r.status_code == 200 else None
    except httpx.HTTPError:
        return None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SO_REUSEPORT spreading is Linux's")
def test_workers_share_the_connections_and_a_dead_worker_is_replaced(tmp_path):
    """Each worker listens on its own SO_REUSEPORT socket: 40 keep-alive connections spread
    over both (uvicorn's shared socket gave one worker most of them), and a worker killed
    from outside is started again."""
    import signal

    import httpx

    port = _free_port()
    proc = _start_two_workers(tmp_path, port)
    clients = []
    try:
        deadline = time.time() + 90
        with httpx.Client(timeout=5) as c:
            while time.time() < deadline and _pid_of(c, port) is None:
                time.sleep(0.3)
        time.sleep(3)                          # both workers up, not only the first
        clients = [httpx.Client(timeout=10) for _ in range(40)]
        per_pid: dict[int, int] = {}
        for c in clients:
            pid = _pid_of(c, port)
            per_pid[pid] = per_pid.get(pid, 0) + 1
        assert len(per_pid) == 2 and min(per_pid.values()) >= 8, per_pid
        victim = next(iter(per_pid))
        os.kill(victim, signal.SIGKILL)
        seen: set[int] = set()
        deadline = time.time() + 60
        while time.time() < deadline and not (seen - set(per_pid)):
            with httpx.Client(timeout=5) as c:     # new connections reach the new worker
                pid = _pid_of(c, port)
            if pid is not None:
                seen.add(pid)
            time.sleep(0.2)
        assert victim not in seen and seen - set(per_pid), (per_pid, seen)
        assert proc.poll() is None
    finally:
        for c in clients:
            c.close()
        proc.terminate()
        assert proc.wait(30) == 0


def test_serve_on_a_taken_port_says_so(tmp_path):
    """Even when the port's listener allows sharing it (SO_REUSEPORT, as a second rightsledger
    server's workers would): two servers must not split the requests between them."""
    port = _free_port()
    with socket.socket() as taken:
        if hasattr(socket, "SO_REUSEPORT"):
            taken.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        taken.bind(("127.0.0.1", port))
        taken.listen(1)
        proc = _start_two_workers(tmp_path, port)
        _, err = proc.communicate(timeout=90)
    assert proc.returncode == 1
    text = err.decode()
    assert f"cannot listen on 127.0.0.1:{port}" in text and "Traceback" not in text, text


def test_reader_sends_the_first_piece_and_serves_the_others(tmp_path):
    import re

    from .test_browser import make_long_bundle

    app = create_app(str(tmp_path / "long.db"), ui=True)
    bundle = make_long_bundle()
    app.state.ledger.store.save(bundle, "test")
    c = TestClient(app)
    html = c.get("/docs/longland-2022").text
    pending = re.findall(r'class="piece pending" id="piece-(\d+)" data-i="\d+" data-start="(\d+)" data-end="(\d+)"', html)
    assert len(pending) >= 5 and len(html) < 100_000 and len(bundle.text) > 90_000
    covered = sorted([(int(a), int(b)) for _, a, b in pending]
                     + [(int(a), int(b)) for a, b in re.findall(
                         r'class="piece loaded" id="piece-\d+" data-i="\d+" data-start="(\d+)" data-end="(\d+)"', html)])
    assert covered[0][0] == 0 and covered[-1][1] == len(bundle.text)
    assert all(a[1] == b[0] for a, b in zip(covered, covered[1:]))   # the pieces tile the text
    last = pending[-1][0]
    piece = c.get(f"/docs/longland-2022/pieces/{last}")
    assert piece.status_code == 200
    assert 'data-rec="e:person:tarin-voss"' in piece.text and '<script type="application/json" class="records">' in piece.text
    assert "section 12" in piece.text                                 # its citations
    far = bundle.paragraphs[-1]
    marked = c.get(f"/docs/longland-2022?hl={far.start}-{far.start + 12}").text
    assert '<span id="target" class="target">' in marked               # the span's piece comes along
    assert c.get("/docs/longland-2022/pieces/999").status_code == 400


def test_with_users_the_login_runs_before_a_304_and_etags_are_per_reader(tmp_path):
    app = create_app(str(tmp_path / "users.db"), ui=False)
    ledger = app.state.ledger
    ledger.store.save(make_bundle(), "test")
    admin = ledger.add_user("ada", "admin", "correct horse battery")
    token = ledger.new_token("ada", admin)
    c = TestClient(app)
    auth = {"Authorization": f"Bearer {token}"}
    r = c.get("/api/docs", headers=auth)
    assert r.status_code == 200 and r.headers["cache-control"] == "private, no-cache"
    etag = r.headers["etag"]
    assert c.get("/api/docs", headers={**auth, "If-None-Match": etag}).status_code == 304
    # without the login: 401, never a 304, whatever the validator
    assert c.get("/api/docs", headers={"If-None-Match": etag}).status_code == 401
    other = ledger.new_token("ada", admin)
    r2 = c.get("/api/docs", headers={"Authorization": f"Bearer {other}", "If-None-Match": etag})
    assert r2.status_code == 200 and r2.headers["etag"] != etag
    # a review moves every validator
    rec = "veridia-2022:ev:1"
    ledger.reject(rec, "not an arrest", admin)
    assert c.get("/api/docs", headers={**auth, "If-None-Match": etag}).status_code == 200
    assert c.get("/api/health").status_code == 200   # monitors need no login


def test_hot_queries_use_their_indexes(tmp_path):
    """EXPLAIN QUERY PLAN of the hot reads (documents list, a document's and a section's
    events, the events list, an entity's mentions): no table scan, no sort."""
    from rightsledger.store import Store

    store = Store(tmp_path / "plan.db")
    store.save(make_bundle(), "test")
    plans = {
        "docs": ('SELECT id, title, country, country_code, year, source, format, sha256, chars, path, '
                 'pipeline_version, ingested_at, rendition_of FROM documents', "COVERING INDEX ix_documents_list"),
        "doc events": ("SELECT data FROM events WHERE doc = 'veridia-2022' AND (section = '1' OR section LIKE '1.%') "
                       "ORDER BY date, start", "ix_events_doc_date"),
        "events": ("SELECT data FROM events ORDER BY date, doc, start LIMIT 50", "ix_events_date_doc_start"),
        "mentions": ("SELECT entity, doc, start, \"end\" FROM mentions WHERE entity IN ('person:ana-brell') "
                     "ORDER BY doc, start", "COVERING INDEX ix_mentions_entity_doc_start"),
        "mention counts": ("SELECT doc, COUNT(DISTINCT entity) FROM mentions GROUP BY doc",
                           "COVERING INDEX ix_mentions_doc_entity"),
    }
    with store.reading() as conn:
        for name, (query, index) in plans.items():
            plan = " | ".join(r[3] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + query))
            assert index in plan and "TEMP B-TREE" not in plan, (name, plan)


def test_serve_runs_asyncio_by_default_and_uvloop_on_request(tmp_path, monkeypatch):
    """uvloop, saturated by 200 keep-alive clients, left some of them waiting seconds for an
    answer the route had made in milliseconds (bench/load.py with wrk: p99 1.6-6 s against
    0.4-0.5 s with asyncio, same throughput); the workers therefore run asyncio unless asked."""
    from typer.testing import CliRunner

    from rightsledger.api import workers
    from rightsledger.cli import app as cli

    seen: list[dict] = []
    monkeypatch.setattr(workers, "run", lambda app, **kw: seen.append(kw) or 0)
    for var in ("RIGHTSLEDGER_LOOP", "RIGHTSLEDGER_DB", "RIGHTSLEDGER_UI", "RIGHTSLEDGER_PUBLIC",
                "RIGHTSLEDGER_ALLOW_REMOTE_WRITES", "RIGHTSLEDGER_LOG_LEVEL", "RIGHTSLEDGER_ACCESS_LOG"):
        monkeypatch.setenv(var, "")  # so that what serve sets for its workers is undone after
        monkeypatch.delenv(var)
    runner = CliRunner()
    db = str(tmp_path / "loop.db")
    assert runner.invoke(cli, ["serve", "--db", db]).exit_code == 0
    assert runner.invoke(cli, ["serve", "--db", db, "--loop", "uvloop"]).exit_code == 0
    assert [kw["loop"] for kw in seen] == ["asyncio", "uvloop"]
    assert os.environ["RIGHTSLEDGER_LOOP"] == "uvloop"  # what each worker reads
    bad = runner.invoke(cli, ["serve", "--db", db, "--loop", "trio"])
    assert bad.exit_code == 2 and len(seen) == 2
    assert settings.get("RIGHTSLEDGER_LOOP", {}) == "asyncio"


def test_workers_sockets_turn_nagle_off_under_asyncio():
    """A worker's connections come from its own SO_REUSEPORT socket; asyncio sets TCP_NODELAY
    only on accepted sockets whose proto says TCP, and without it a response written in two
    pieces waited for the client's delayed ACK (304 p95 40 ms with wrk, 2 workers)."""
    import asyncio

    from rightsledger.api.workers import listening_socket

    async def main() -> int:
        sock = listening_socket("127.0.0.1", 0)
        seen: asyncio.Future = asyncio.get_running_loop().create_future()

        class Proto(asyncio.Protocol):
            def connection_made(self, transport):  # type: ignore[override]
                accepted = transport.get_extra_info("socket")
                seen.set_result(accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
                transport.close()

        server = await asyncio.get_running_loop().create_server(Proto, sock=sock)
        _, writer = await asyncio.open_connection(*sock.getsockname()[:2])
        try:
            return await asyncio.wait_for(seen, 10)
        finally:
            writer.close()
            server.close()

    assert asyncio.run(main()) != 0
