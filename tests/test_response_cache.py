"""The in-process response cache (api/response_cache.py): finished GET API responses served
from memory until the database changes, whichever process changed it, bounded in bytes,
never past a login check that would now fail, counted at /metrics.

The PostgreSQL tests run when ``RIGHTSLEDGER_TEST_PG`` holds a URL (``scripts/pg.sh start``).
"""
from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient

from rightsledger.api.app import create_app
from rightsledger.api.response_cache import Kept, ResponseCache
from rightsledger.store import Store

try:
    from tests.test_changes import EVENTS, _in_another_process, _statements
    from tests.test_postgres import needs_pg, pg_url  # noqa: F401  (a fixture)
    from tests.test_store import TEXT, make_bundle
except ImportError:  # tests/ is not a package
    from test_changes import EVENTS, _in_another_process, _statements  # type: ignore[no-redef]
    from test_postgres import needs_pg, pg_url  # type: ignore[no-redef]  # noqa: F401
    from test_store import TEXT, make_bundle  # type: ignore[no-redef]

REJECTED = "veridia-2022:ev:1"
GZIP = {"Accept-Encoding": "gzip"}


def _ids(r) -> set[str]:
    return {e["id"] for e in r.json()["items"]}


def _counts(client: TestClient) -> dict[str, float]:
    out = {}
    for line in client.get("/metrics").text.splitlines():
        if line.startswith("rightsledger_response_cache_total{"):
            out[line.split('"')[1]] = float(line.rsplit(" ", 1)[1])
    return out


def _kept(body: bytes, etag: str = 'W/"1-x"') -> Kept:
    return Kept([(b"etag", etag.encode())], body, etag, "Fri, 04 Dec 2026 18:00:00 GMT")


# -- the cache itself -----------------------------------------------------------------------

def test_memory_is_bounded_in_bytes_least_recently_used_out():
    cache = ResponseCache(max_bytes=8 * 1000)
    for i in range(5):
        assert cache.put((f"/api/r{i}", b"", True, "public"), None, _kept(b"x" * 700))
    assert cache.get(("/api/r0", b"", True, "public"), None) is not None  # r0 used again
    for i in range(5, 9):
        cache.put((f"/api/r{i}", b"", True, "public"), None, _kept(b"x" * 700))
    assert cache.bytes <= cache.max_bytes
    assert cache.get(("/api/r0", b"", True, "public"), None) is not None
    assert cache.get(("/api/r1", b"", True, "public"), None) is None   # the oldest unused went
    assert not cache.put(("/api/big", b"", True, "public"), None, _kept(b"x" * 1001))  # > 1/8


def test_a_new_generation_drops_everything_and_a_late_response_is_not_kept():
    cache = ResponseCache(max_bytes=100_000)
    key = ("/api/docs", b"", True, "public")
    assert cache.get(key, 1) is None
    assert cache.put(key, 1, _kept(b"old"))
    assert cache.get(key, 1).body == b"old"
    assert cache.get(key, 2) is None and cache.bytes == 0
    assert not cache.put(key, 1, _kept(b"made before the change"))  # generation 1 is over
    assert cache.get(key, 2) is None


# -- SQLite ---------------------------------------------------------------------------------

@pytest.fixture
def client(tmp_path):
    db = str(tmp_path / "rc.db")
    Store(db).save(make_bundle(text=TEXT + " The committee met again in Port Amsel." * 40), "test")
    return TestClient(create_app(db, ui=True))


def test_a_kept_response_is_served_as_made_and_asks_the_database_nothing(client):
    first = client.get(EVENTS, headers=GZIP)
    assert first.status_code == 200
    seen = _statements(client.app.state.ledger.store)
    again = client.get(EVENTS, headers=GZIP)
    assert again.content == first.content and again.headers["etag"] == first.headers["etag"]
    assert again.headers.get("content-encoding") == first.headers.get("content-encoding")
    assert seen == []
    plain = client.get(EVENTS, headers={"Accept-Encoding": "identity"})  # kept apart
    assert "content-encoding" not in plain.headers and plain.json() == first.json()
    big = "/api/docs/veridia-2022/text"   # gzipped once, served gzipped
    zipped = [client.get(big, headers=GZIP) for _ in range(2)]
    assert [r.headers.get("content-encoding") for r in zipped] == ["gzip", "gzip"]
    assert zipped[0].json() == zipped[1].json() and "accept-encoding" in zipped[1].headers["vary"].lower()
    r304 = client.get(EVENTS, headers={"If-None-Match": first.headers["etag"]})
    assert r304.status_code == 304 and r304.headers["etag"] == first.headers["etag"]
    since = client.get(EVENTS, headers={"If-Modified-Since": first.headers["last-modified"]})
    assert since.status_code == 304 and since.content == b""
    assert client.get("/api/docs/nope").status_code == 404     # errors are never kept
    assert client.get("/api/docs/nope").status_code == 404
    counts = _counts(client)
    assert counts["hit"] >= 2 and counts["kept"] >= 2 and counts["miss"] >= 4


def test_a_review_by_another_process_is_never_served_stale_sqlite(client, tmp_path):
    db = str(tmp_path / "rc.db")
    assert REJECTED in _ids(client.get(EVENTS))
    assert REJECTED in _ids(client.get(EVENTS))  # kept
    _in_another_process(db, f"""
        Ledger(db).reject({REJECTED!r}, "the detention was in 2021")
    """)
    r = client.get(EVENTS)  # the very next request: PRAGMA data_version moved
    assert r.status_code == 200 and REJECTED not in _ids(r)
    assert REJECTED not in _ids(client.get(EVENTS))


def test_a_reingest_by_another_process_is_never_served_stale_sqlite(client, tmp_path):
    db = str(tmp_path / "rc.db")
    assert client.get("/api/docs").json()["items"][0]["sha256"] != "b" * 64
    _in_another_process(db, """
        Store(db).save(make_bundle(text=TEXT + " The ombudsman wrote in May.", sha="b" * 64), "test")
    """)
    assert client.get("/api/docs").json()["items"][0]["sha256"] == "b" * 64


def test_a_crowd_asking_at_once_runs_the_route_once(client):
    import asyncio

    app = client.app
    seen = _statements(app.state.ledger.store)

    async def get() -> tuple[int, bytes]:
        out: dict = {"body": b""}
        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
                 "scheme": "http", "path": "/api/events", "raw_path": b"/api/events",
                 "query_string": b"limit=50", "root_path": "", "client": ("127.0.0.1", 1),
                 "server": ("127.0.0.1", 80), "headers": [(b"host", b"x")], "state": {}}

        async def receive() -> dict:
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message: dict) -> None:
            if message["type"] == "http.response.start":
                out["status"] = message["status"]
            else:
                out["body"] += message.get("body", b"")

        await app(scope, receive, send)
        return out["status"], out["body"]

    async def crowd() -> list[tuple[int, bytes]]:
        return await asyncio.gather(*[get() for _ in range(20)])

    answers = asyncio.run(crowd())
    assert {status for status, _ in answers} == {200} and len({body for _, body in answers}) == 1
    assert len([s for s in seen if "FROM events" in s]) == 1


def test_the_setting_turns_it_off(tmp_path, monkeypatch):
    db = str(tmp_path / "off.db")
    Store(db).save(make_bundle(), "test")
    monkeypatch.setenv("RIGHTSLEDGER_RESPONSE_CACHE_BYTES", "0")
    app = create_app(db)
    assert app.state.response_cache is None
    c = TestClient(app)
    c.get("/api/docs")
    seen = _statements(app.state.ledger.store)
    c.get(EVENTS)
    assert seen  # every request runs its route


def test_with_users_a_copy_per_reader_and_never_past_a_failing_login(tmp_path):
    app = create_app(str(tmp_path / "users.db"), ui=False)
    ledger = app.state.ledger
    ledger.store.save(make_bundle(), "test")
    admin = ledger.add_user("ada", "admin", "correct horse battery")
    short = ledger.new_token("ada", admin, days=2 / 86400)   # expires in 2 s
    other = ledger.new_token("ada", admin)
    c = TestClient(app)
    a = c.get("/api/docs", headers={"Authorization": f"Bearer {short}"})
    again = c.get("/api/docs", headers={"Authorization": f"Bearer {short}"})
    assert a.status_code == again.status_code == 200 and again.headers["etag"] == a.headers["etag"]
    b = c.get("/api/docs", headers={"Authorization": f"Bearer {other}"})
    assert b.status_code == 200 and b.headers["etag"] != a.headers["etag"]  # the reader's own copy
    assert c.get("/api/docs").status_code == 401                  # no login, no copy
    assert c.get("/api/docs", headers={"Authorization": "Bearer rlt_x_nope"}).status_code == 401
    time.sleep(3.1)  # the token expired; the database did not change
    assert c.get("/api/docs", headers={"Authorization": f"Bearer {short}"}).status_code == 401
    assert c.get("/api/docs", headers={"Authorization": f"Bearer {other}"}).status_code == 200


# -- PostgreSQL -----------------------------------------------------------------------------

@needs_pg
def test_a_review_by_another_process_is_never_served_stale_postgres(pg_url):
    Store(pg_url).save(make_bundle(), "test")
    app = create_app(pg_url, ui=True)
    store = app.state.ledger.store
    assert store._watch.wait_listening()
    store._watch.recheck = 3600  # no safety-net re-check: only the notification may move it
    client = TestClient(app)
    try:
        first = client.get(EVENTS)
        assert REJECTED in _ids(first)
        assert client.get(EVENTS).content == first.content   # kept
        gen = store.generation()
        _in_another_process(pg_url, f"""
            Ledger(db).reject({REJECTED!r}, "the detention was in 2021")
        """)
        deadline = time.monotonic() + 10  # the notification: well under a second
        while store.generation() == gen and time.monotonic() < deadline:
            time.sleep(0.01)
        assert store.generation() != gen
        r = client.get(EVENTS)  # from the moment the change is known, never the old body
        assert r.status_code == 200 and REJECTED not in _ids(r)
        assert r.headers["etag"] != first.headers["etag"]
        assert REJECTED not in _ids(client.get(EVENTS))
    finally:
        store.dispose()


@needs_pg
def test_a_write_of_this_process_is_seen_at_once_postgres(pg_url):
    Store(pg_url).save(make_bundle(), "test")
    app = create_app(pg_url, ui=True)
    ledger = app.state.ledger
    assert ledger.store._watch.wait_listening()
    client = TestClient(app)
    try:
        assert REJECTED in _ids(client.get(EVENTS)) and REJECTED in _ids(client.get(EVENTS))
        ledger.reject(REJECTED, "the detention was in 2021")  # no waiting for its notification
        assert REJECTED not in _ids(client.get(EVENTS))
    finally:
        ledger.store.dispose()


@needs_pg
def test_the_safety_net_recheck_asks_the_counter_and_keeps_the_cache_postgres(pg_url):
    Store(pg_url).save(make_bundle(), "test")
    app = create_app(pg_url, ui=True)
    store = app.state.ledger.store
    assert store._watch.wait_listening()
    client = TestClient(app)
    try:
        first = client.get(EVENTS)
        store._watch.recheck = 0.05  # remembered values are asked again every 50 ms
        time.sleep(0.2)
        seen = _statements(store)
        again = client.get(EVENTS)
        assert again.content == first.content
        # the counter was asked again; nothing else: the kept response was still good
        assert seen and all("changes" in s or "users" in s for s in seen)
    finally:
        store.dispose()
