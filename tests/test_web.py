"""The web UI's pages over a small database (no model needed): rendering, escaping, upload."""
from __future__ import annotations

import re
from dataclasses import replace

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from rightsledger.ledger import Ledger
from rightsledger.web import install
from rightsledger.web.highlight import Mark, non_overlapping, render_span

from .test_store import TEXT, make_bundle

EVIL = TEXT.replace("Ana Brell. ", "Ana Brell. <script>alert('x')</script> ")


@pytest.fixture
def client(tmp_path):
    ledger = Ledger(tmp_path / "web.db")
    ledger.store.save(make_bundle(), "test")
    evil = make_bundle("evil-2022", text=EVIL, path="/x/evil.txt", sha="e" * 64)
    ledger.store.save(evil, "test")
    app = FastAPI()
    install(app, ledger, max_upload_bytes=200_000)
    return TestClient(app, client=("127.0.0.1", 50000))   # a database without users: writes from loopback only


def _csrf(client) -> str:
    return re.search(r'<meta name="csrf-token" content="([^"]*)"', client.get("/").text)[1]


def test_library_lists_reports_with_counts(client):
    html = client.get("/").text
    assert "Veridia" in html and "/docs/veridia-2022" in html
    assert 'type="file"' in html


def test_reader_shows_outline_highlights_and_events(client):
    r = client.get("/docs/veridia-2022")
    assert r.status_code == 200
    html = r.text
    assert 'href="#s-1"' in html
    assert re.search(r'<mark class="hl hl-person" data-rec="e:person:ana-brell"[^>]*>Ana Brell</mark>', html)
    assert 'class="hl hl-organization"' in html and 'class="hl hl-place"' in html
    assert 'class="hl hl-date"' in html and 'class="hl hl-provision"' in html
    assert "events in this section" in html
    assert 'data-citation="USDOS, *2022 Country Report on Human Rights Practices: Veridia*, section 1' in html


def test_reader_does_not_send_evidence_sentences_twice(client):
    """The marks' records leave out the sentence the page already shows around the mark (on
    long reports it was most of the first screen); the record page still quotes it."""
    import json

    html = client.get("/docs/veridia-2022").text
    records = json.loads(re.search(r'<script type="application/json" id="records">(.*?)</script>', html, re.S)[1])
    events = [r for r in records.values() if r["rkind"] == "event"]
    assert events and all("evidence" not in r for r in records.values())
    assert all("values" in r and "review" in r for r in events)   # the panel's form still works
    assert "was released" in html                                   # the sentence is on the page


def test_report_text_is_escaped_everywhere(client):
    html = client.get("/docs/evil-2022").text
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html or "&lt;script&gt;alert('x')&lt;/script&gt;" in html
    ent = client.get("/entities/person:ana-brell").text
    assert "<script>alert" not in ent


def test_highlighting_a_span_from_a_link(client):
    start = TEXT.index("Brell was released")
    end = TEXT.index("(VHC).") + len("(VHC).")
    html = client.get(f"/docs/veridia-2022?hl={start}-{end}").text
    assert '<span id="target" class="target">Brell was released' in html or \
        '<span id="target" class="target"><mark' in html


def test_entity_page_has_timeline_mentions_and_related(client):
    html = client.get("/entities/person:ana-brell").text
    assert "Ana Brell" in html and "Timeline" in html
    assert "2022-03-03" in html and "2022-03-09" in html
    assert "Every mention" in html


def test_figures_and_provisions_pages(client):
    html = client.get("/figures").text
    assert 'id="figures-table"' in html and "<svg" in html
    html = client.get("/provisions").text
    assert "time limit" in html and "up to 72 hours" in html


def test_unknown_report_is_an_html_error_page(client):
    r = client.get("/docs/nowhere-1999")
    assert r.status_code == 404
    assert "no document" in r.text and "<html" in r.text


def test_upload_of_a_bad_file_shows_the_error(client):
    token = {"x-csrf-token": _csrf(client)}
    r = client.post("/upload", files={"file": ("empty.txt", b"", "text/plain")},
                    headers={"accept": "application/json", **token})
    assert r.status_code == 422
    assert "empty.txt" in r.json()["error"]["message"]
    r = client.post("/upload", files={"file": ("bad.exe", b"MZ\x00\x00", "application/octet-stream")},
                    data={"csrf": token["x-csrf-token"]})
    assert r.status_code == 415 and "unsupported format" in r.text
    r = client.post("/upload", files={"file": ("big.txt", b"a" * 300_000, "text/plain")},
                    headers={"accept": "application/json", **token})
    assert r.status_code == 413


def test_every_asset_is_served_locally(client):
    html = client.get("/docs/veridia-2022").text
    for url in re.findall(r'(?:src|href)="([^"#?]+)"', html):
        assert not url.startswith(("http:", "https:", "//")), url
    assert client.get("/static/app.css").status_code == 200
    assert client.get("/static/app.js").status_code == 200


def test_render_span_nests_marks_inside_the_target():
    text = "Police detained Ana Brell in Port Amsel."
    marks = non_overlapping([Mark(16, 25, "person", "e:1"), Mark(29, 39, "place", "e:2"),
                             Mark(16, 20, "person", "e:3")])
    assert [m.rec for m in marks] == ["e:1", "e:2"]
    html = render_span(text, 0, len(text), marks, target=(7, 40))
    assert html.startswith('Police <span id="target" class="target">detained <mark')
    assert html.endswith("</mark>.</span>")
    # a mark crossing the target's edge is left out, the text is kept
    html = render_span(text, 0, len(text), marks, target=(20, 40))
    assert "e:1" not in html and re.sub(r"<[^>]+>", "", html) == text


def test_records_json_cannot_close_its_script_element():
    from rightsledger.web.highlight import records_json

    b = make_bundle()
    ent = replace(b.entities[0], name="</script><script>alert(1)</script>")
    out = records_json([ent], [], [], [])
    assert "</script>" not in out and "\\u003c/script\\u003e" in out


def test_compare_and_indicators_pages(client):
    html = client.get("/compare?a=veridia-2022&b=evil-2022").text
    assert 'id="cmp-1"' in html and "Ana Brell" in html
    assert "<script>alert" not in html
    html = client.get("/docs/veridia-2022/indicators").text
    for name in ("KILL", "DISAP", "TORT", "POLPRIS", "PTS"):
        assert f"<strong>{name}</strong>" in html


def test_compare_and_indicators_in_the_api(tmp_path):
    from rightsledger.api import create_app

    app = create_app(str(tmp_path / "api.db"))
    app.state.ledger.store.save(make_bundle(), "test")
    app.state.ledger.store.save(make_bundle("veridia-2023", path="/x/v23.txt", sha="b" * 64), "test")
    api = TestClient(app)
    body = api.get("/api/compare", params={"a": "veridia-2022", "b": "veridia-2023"}).json()
    assert body["mode"] == "countries"  # same country and same year
    assert body["sections"][0]["key"] == "1"
    names = {e["name"]: e["status"] for s in body["sections"] for e in s["entities"]}
    assert names["Ana Brell"] == "continuing"
    items = api.get("/api/docs/veridia-2022/indicators").json()["items"]
    assert [i["name"] for i in items] == ["KILL", "DISAP", "TORT", "POLPRIS", "PTS"]
    err = api.get("/api/compare", params={"a": "nope", "b": "veridia-2023"})
    assert err.status_code == 404 and err.json()["error"]["code"] == "E021"
