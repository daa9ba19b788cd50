"""api.py: the read-only REST API over a database of fictional reports."""
from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

try:
    from tests._search_corpus import build_db, doc_text
except ImportError:  # tests/ is not a package
    from _search_corpus import build_db, doc_text  # type: ignore[no-redef]
from rightsledger.api import create_app
from rightsledger.api.middleware import RateLimitMiddleware
from rightsledger.api.models import MAX_LIMIT


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("api") / "api.db"
    build_db(path)
    return str(path)


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(db, rerank=False))


def _error(resp, status, code=None):
    assert resp.status_code == status, resp.text
    body = resp.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "name", "message", "status"}
    assert body["error"]["status"] == status
    if code:
        assert body["error"]["code"] == code
    return body["error"]


def test_docs(client):
    r = client.get("/api/docs")
    assert r.status_code == 200
    page = r.json()
    assert page["total"] == 3 and page["offset"] == 0
    ids = [d["id"] for d in page["items"]]
    assert set(ids) == {"kestria-2021", "kestria-2022", "lumeria-2022"}
    assert client.get("/api/docs", params={"country": "ks"}).json()["total"] == 2
    assert client.get("/api/docs", params={"limit": 1, "offset": 1}).json()["items"][0]["id"] == ids[1]
    d = client.get("/api/docs/kestria-2022").json()
    assert d["country"] == "Kestria" and d["year"] == 2022 and d["events"] == 4


def test_errors_have_one_shape(client):
    _error(client.get("/api/docs/nope"), 404, "E021")
    _error(client.get("/api/nowhere"), 404, "E020")
    _error(client.get("/api/docs", params={"limit": MAX_LIMIT + 1}), 422, "E031")
    _error(client.get("/api/docs", params={"limit": "many"}), 422)
    _error(client.get("/api/search", params={"q": "(torture"}), 400, "E030")
    _error(client.get("/api/search", params={"q": "x", "type": "bogus"}), 422)
    _error(client.get("/api/events", params={"from": "March"}), 422)
    _error(client.get("/api/docs/kestria-2022/text", params={"start": 5, "end": 2}), 400, "E031")
    _error(client.get("/api/entities/nobody"), 404, "E023")
    _error(client.post("/api/docs"), 405)
    _error(client.get("/api/timeline"), 400)


def test_sections_and_text(client):
    out = client.get("/api/docs/kestria-2022/sections").json()
    ids = [s["id"] for s in out["sections"]]
    assert ids[:3] == ["exec", "1", "1.a"] and "2.a" in ids
    assert out["subtopics"][0]["title"] == "Prison and Detention Center Conditions"
    text = doc_text("kestria-2022")
    sec = next(s for s in out["sections"] if s["id"] == "1.c")
    r = client.get("/api/docs/kestria-2022/text", params={"start": sec["start"], "end": sec["end"]}).json()
    assert r["text"] == text[sec["start"]:sec["end"]] and "section 1.c" in r["citation"]
    assert client.get("/api/docs/kestria-2022/text", params={"section": "1.c"}).json()["text"] == r["text"]
    assert client.get("/api/docs/kestria-2022/text").json()["text"] == text
    _error(client.get("/api/docs/kestria-2022/text", params={"section": "9.z"}), 404, "E022")


def test_export_jsonl(client):
    r = client.get("/api/docs/kestria-2022/export")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/x-ndjson")
    recs = [json.loads(line) for line in r.text.splitlines()]
    assert recs[0]["kind"] == "document" and all(list(x)[0] == "kind" for x in recs)
    text = doc_text("kestria-2022")
    for rec in recs:
        if "evidence" in rec:
            ev = rec["evidence"]
            assert text[ev["start"]:ev["end"]] == ev["text"]
    _error(client.get("/api/docs/nope/export"), 404)


def test_entities(client):
    page = client.get("/api/entities").json()
    names = [e["name"] for e in page["items"]]
    assert "Human Rights Watch" in names and "Arden Kell" in names
    people = client.get("/api/entities", params={"type": "person"}).json()["items"]
    assert {e["type"] for e in people} == {"person"}
    hrw = client.get("/api/entities", params={"q": "HRW"}).json()["items"][0]
    detail = client.get(f"/api/entities/{hrw['id']}").json()
    assert detail["entity"]["name"] == "Human Rights Watch"
    assert detail["mentions_total"] == 4
    for m in detail["mentions"]:
        assert doc_text(m["doc"])[m["start"]:m["end"]] == m["text"]
        assert m["citation"].startswith("USDOS")
    page = client.get(f"/api/entities/{hrw['id']}", params={"limit": 1, "offset": 1}).json()
    assert len(page["mentions"]) == 1
    kell = client.get("/api/entities", params={"q": "Arden Kell"}).json()["items"][0]
    assert len(client.get(f"/api/entities/{kell['id']}").json()["events"]) == 2


def test_events_figures_provisions(client):
    evs = client.get("/api/events", params={"type": "detention_or_arrest"}).json()
    assert evs["total"] == 2
    spring = client.get("/api/events", params={"from": "2022-03", "to": "2022-05"}).json()["items"]
    assert {e["date"] for e in spring} == {"2022-03-03", "2022-05-09", "2022-03"}
    by_ent = client.get("/api/events", params={"entity": "Selim Varga"}).json()["items"]
    assert [e["date"] for e in by_ent] == ["2022-06-14"]
    assert client.get("/api/events", params={"section": "1"}).json()["total"] == 5
    figs = client.get("/api/figures", params={"doc": "kestria-2022", "about": "death"}).json()
    assert sorted(f["value"] for f in figs["items"]) == [12, 19]
    provs = client.get("/api/provisions", params={"norm": "time_limit"}).json()["items"]
    assert provs[0]["quantity"]["text"] == "within 48 hours"


def test_search(client):
    r = client.get("/api/search", params={"q": "torture NEAR/5 custody"}).json()
    assert r["total"] == 1
    hit = r["items"][0]
    assert hit["kind"] == "hit" and hit["link"] == f"/docs/{hit['doc']}#{hit['start']}-{hit['end']}"
    assert doc_text(hit["doc"])[hit["start"]:hit["end"]] == hit["text"]
    page = client.get("/api/search", params={"q": "police", "country": "Kestria", "year": 2022,
                                             "section": "1", "limit": 2, "offset": 1}).json()
    assert page["total"] >= 3 and len(page["items"]) == 2 and page["items"][0]["rank"] == 2
    ent = client.get("/api/search", params={"entity": "HRW"}).json()
    assert ent["total"] == 3
    typed = client.get("/api/search", params={"type": "killing", "from": "2022-01", "to": "2022-12"}).json()
    assert typed["total"] == 1 and "shot and killed" in typed["items"][0]["text"]


def test_ask(client):
    r = client.get("/api/ask", params={"q": "When was Selim Varga arrested?"}).json()
    assert r["reranked"] is False
    assert "Selim Varga" in r["items"][0]["text"]
    _error(client.get("/api/ask"), 422)


def test_openapi(client):
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    for p in ("/api/docs", "/api/docs/{doc}", "/api/docs/{doc}/sections", "/api/docs/{doc}/text",
              "/api/docs/{doc}/export", "/api/entities", "/api/entities/{entity_id}", "/api/events",
              "/api/timeline", "/api/figures", "/api/provisions", "/api/search", "/api/ask"):
        assert p in paths
    assert "/" not in paths and not any(p.startswith("/static") for p in paths)
    err = paths["/api/search"]["get"]["responses"]["422"]["content"]["application/json"]["schema"]
    assert err["$ref"].endswith("/ErrorOut")


def test_cors_off_by_default_and_on_when_asked(db):
    plain = TestClient(create_app(db))
    r = plain.get("/api/docs", headers={"Origin": "https://example.org"})
    assert "access-control-allow-origin" not in r.headers
    cors = TestClient(create_app(db, cors_origins=["https://example.org"]))
    r = cors.get("/api/docs", headers={"Origin": "https://example.org"})
    assert r.headers["access-control-allow-origin"] == "https://example.org"
    r = cors.get("/api/docs", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in r.headers


def test_body_limit(db):
    c = TestClient(create_app(db, max_body_bytes=100))
    _error(c.request("GET", "/api/docs", content=b"x" * 101), 413, "E061")
    assert c.request("GET", "/api/docs", content=b"x" * 10).status_code == 200


def test_rate_limit(db):
    c = TestClient(create_app(db, rate_limit=1.0, burst=3))
    codes = [c.get("/api/docs").status_code for _ in range(5)]
    assert codes[:3] == [200, 200, 200] and codes[3:] == [429, 429]
    r = c.get("/api/docs")
    _error(r, 429, "E060")
    assert r.headers["retry-after"] == "1"
    assert c.get("/openapi.json").status_code == 200  # only /api is limited


def test_token_bucket_refills():
    now = [0.0]
    bucket = RateLimitMiddleware(None, rate=2.0, burst=2, clock=lambda: now[0])
    assert bucket.allow("a") and bucket.allow("a") and not bucket.allow("a")
    assert bucket.allow("b")
    now[0] = 0.5
    assert bucket.allow("a") and not bucket.allow("a")


def test_ui_flag_mounts_the_web_ui_if_present(db):
    import importlib.util

    app = create_app(db, ui=True)
    c = TestClient(app)
    assert c.get("/api/docs").status_code == 200
    if importlib.util.find_spec("rightsledger.web") is not None:
        assert c.get("/").status_code == 200
    # the API keeps its JSON errors when the UI is mounted
    _error(c.get("/api/docs/nope"), 404, "E021")


def test_the_server_limits_numpy_blas_threads(tmp_path, monkeypatch):
    """RIGHTSLEDGER_BLAS_THREADS (default 1): each worker's vector search runs on one BLAS
    thread, so that questions served side by side do not fight over every core."""
    import numpy  # noqa: F401  (loads the BLAS library threadpoolctl controls)
    from threadpoolctl import threadpool_info, threadpool_limits

    from rightsledger.api.app import app_from_env

    blas = [i for i in threadpool_info() if i["user_api"] == "blas"]
    if not blas:
        pytest.skip("numpy without a BLAS library threadpoolctl knows")
    monkeypatch.setenv("RIGHTSLEDGER_DB", str(tmp_path / "blas.db"))
    with threadpool_limits(limits=None):     # restores the test process's limits afterwards
        app_from_env()
        assert {i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"} == {1}
