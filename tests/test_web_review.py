"""The web UI's review pages and their rules, without a browser: login and logout (cookies,
CSRF, rate limit), what a viewer is shown, the record page (escaping, machine beside
current), the review queue's filters, and writes only from this computer on a database
without users."""
from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from rightsledger import Ledger
from rightsledger.api import create_app

from .test_store import make_bundle

LOCAL = ("127.0.0.1", 50000)


@pytest.fixture
def led(tmp_path):
    ledger = Ledger(str(tmp_path / "w.db"))
    ledger.store.save(make_bundle(), "test")
    return ledger


@pytest.fixture
def users(led):
    root = led.add_user("root", "admin", "rootpass1")
    led.add_user("amira", "editor", "amirapass", root)
    led.add_user("vic", "viewer", "vicpass12", root)
    return led


def _login(client: TestClient, name: str, password: str) -> str:
    page = client.get("/login")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text)[1]
    r = client.post("/login", data={"name": name, "password": password, "csrf": token, "next": "/"},
                    follow_redirects=False)
    assert r.status_code == 303, r.text
    return re.search(r'<meta name="csrf-token" content="([^"]*)"', client.get("/").text)[1]


def test_pages_need_a_login_and_the_session_cookie_is_httponly_and_samesite(users):
    client = TestClient(create_app(ledger=users, ui=True), client=LOCAL)
    r = client.get("/docs/veridia-2022?hl=1-5", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/login?next=%2Fdocs%2Fveridia-2022%3Fhl%3D1-5"
    page = client.get("/login")
    assert 'name="csrf"' in page.text and "HttpOnly" in page.headers["set-cookie"]
    token = re.search(r'name="csrf" value="([^"]+)"', page.text)[1]
    r = client.post("/login", data={"name": "amira", "password": "amirapass", "csrf": token,
                                    "next": "/docs/veridia-2022"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/docs/veridia-2022"
    cookie = [c for c in r.headers.get_list("set-cookie") if c.startswith("rl_session=")][0]
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Path=/" in cookie
    html = client.get("/docs/veridia-2022").text
    assert re.search(r'id="whoami"[^>]*>amira <span class="role">editor</span>', html)
    assert "can-edit" in html


def test_forms_without_the_csrf_token_are_refused(users):
    client = TestClient(create_app(ledger=users, ui=True), client=LOCAL)
    client.get("/login")
    r = client.post("/login", data={"name": "amira", "password": "amirapass", "next": "/"}, follow_redirects=False)
    assert r.status_code == 403 and "CSRF" in r.text and "rl_session" not in r.headers.get("set-cookie", "")
    csrf = _login(client, "amira", "amirapass")
    before = len(users.audit_log())
    r = client.post("/upload", files={"file": ("a.txt", b"Section 1. x", "text/plain")})
    assert r.status_code == 403 and "CSRF" in r.text
    r = client.post("/upload", files={"file": ("a.txt", b"x", "text/plain")}, data={"csrf": "wrong"})
    assert r.status_code == 403
    r = client.post("/api/records/veridia-2022:ev:1/confirm", json={"reason": "x"})
    assert r.status_code == 403 and r.json()["error"]["name"] == "CSRF"
    assert len(users.audit_log()) == before
    r = client.post("/logout", data={}, follow_redirects=False)
    assert r.status_code == 403                                   # still logged in
    assert client.get("/", follow_redirects=False).status_code == 200
    r = client.post("/api/records/veridia-2022:ev:1/confirm", json={"reason": "x"}, headers={"X-CSRF-Token": csrf})
    assert r.status_code == 200
    r = client.post("/logout", data={"csrf": csrf}, follow_redirects=False)
    assert r.status_code == 303
    assert client.get("/", follow_redirects=False).status_code == 303   # logged out


def test_web_logins_are_rate_limited_with_the_api(users):
    client = TestClient(create_app(ledger=users, ui=True), client=LOCAL)
    for _ in range(3):
        assert client.post("/api/session", json={"name": "amira", "password": "nope"}).status_code == 401
    for _ in range(2):
        page = client.get("/login")
        token = re.search(r'name="csrf" value="([^"]+)"', page.text)[1]
        r = client.post("/login", data={"name": "amira", "password": "nope", "csrf": token})
        assert r.status_code == 401 and "wrong user name" in r.text
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text)[1]
    r = client.post("/login", data={"name": "amira", "password": "amirapass", "csrf": token}, follow_redirects=False)
    assert r.status_code == 429 and "too many" in r.text


def test_no_open_redirect_after_login(users):
    client = TestClient(create_app(ledger=users, ui=True), client=LOCAL)
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text)[1]
    r = client.post("/login", data={"name": "amira", "password": "amirapass", "csrf": token,
                                    "next": "//evil.example/x"}, follow_redirects=False)
    assert r.headers["location"] == "/"


def test_a_viewer_sees_no_edit_controls(users):
    client = TestClient(create_app(ledger=users, ui=True), client=LOCAL)
    csrf = _login(client, "vic", "vicpass12")
    for path in ("/", "/docs/veridia-2022", "/review", "/records/veridia-2022:ev:1"):
        html = client.get(path).text
        assert "can-edit" not in html and 'id="upload-form"' not in html and 'id="add-span"' not in html, path
        assert "Review or correct" not in html
    assert "You can read the queue; reviewing needs an editor" in client.get("/review").text
    r = client.post("/api/records/veridia-2022:ev:1/confirm", json={"reason": "x"}, headers={"X-CSRF-Token": csrf})
    assert r.status_code == 403 and r.json()["error"]["name"] == "FORBIDDEN"


def test_public_server_reads_without_login_but_writes_need_one(users):
    client = TestClient(create_app(ledger=users, ui=True, public=True), client=LOCAL)
    html = client.get("/docs/veridia-2022").text
    assert 'id="login-link"' in html and "can-edit" not in html
    r = client.post("/upload", files={"file": ("a.txt", b"x", "text/plain")})
    assert r.status_code == 401


def test_record_page_shows_the_machine_beside_the_correction_and_escapes_everything(led):
    led.correct("veridia-2022:ev:1", {"type": "charge", "place": "<script>alert(1)</script>"},
                "<img src=x onerror=alert(2)> was wrong")
    client = TestClient(create_app(ledger=led, ui=True), client=LOCAL)
    html = client.get("/records/veridia-2022:ev:1").text
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;img src=x onerror=alert(2)&gt; was wrong" in html
    assert re.search(r'<tr class="changed"><th scope="row">type</th><td class="machine">detention_or_arrest</td>'
                     r'<td class="now">charge</td>', html)
    assert '<td class="before">machine</td><td class="after">corrected</td>' in html
    assert client.get("/records/person:ana-brell").status_code == 200
    r = client.get("/records/veridia-2022:ev:99")
    assert r.status_code == 404 and "<html" in r.text
    reader = client.get("/docs/veridia-2022").text
    assert 'class="hl hl-date rv rv-corrected"' in reader
    assert "\\u003cscript\\u003e" in reader and "<script>alert" not in reader     # the records JSON, too


def test_review_queue_filters_and_order(led):
    led.reject("veridia-2022:fig:1", "a section number")
    client = TestClient(create_app(ledger=led, ui=True), client=LOCAL)
    html = client.get("/review?doc=veridia-2022&kind=event").text
    addresses = re.findall(r'data-address="([^"]+)"', html)
    assert addresses == [i["address"] for i in led.review_queue(doc="veridia-2022", kind="event")]
    assert set(addresses) == {"veridia-2022:ev:1", "veridia-2022:ev:2"}
    confs = [float(c) for c in re.findall(r'<span class="conf"[^>]*>([\d.]+)</span>', html)]
    assert confs == sorted(confs)
    html = client.get("/review?kind=figure").text
    assert "data-address" not in html                     # the one figure is rejected, not in the queue
    html = client.get("/review?kind=figure&status=rejected").text
    assert 'data-address="veridia-2022:fig:1"' in html and 'data-version="1"' in html
    assert client.get("/review?below=zero").status_code == 422
    assert "data-address" not in client.get("/review?below=0.01").text


def test_without_users_writes_only_from_this_computer(led):
    remote = TestClient(create_app(ledger=led, ui=True), client=("10.0.0.7", 40000))
    r = remote.post("/api/records/veridia-2022:ev:1/confirm", json={"reason": "x"})
    assert r.status_code == 403 and r.json()["error"]["name"] == "LOCAL_ONLY"
    html = remote.get("/").text
    assert 'id="upload-form"' not in html and "read only from here" in html
    csrf = re.search(r'<meta name="csrf-token" content="([^"]*)"', html)[1]
    r = remote.post("/upload", files={"file": ("a.txt", b"x", "text/plain")}, data={"csrf": csrf})
    assert r.status_code == 403 and "only from this computer" in r.text
    assert led.audit_log() == []
    local = TestClient(create_app(ledger=led, ui=True), client=("::1", 40000))
    assert local.post("/api/records/veridia-2022:ev:1/confirm", json={"reason": "x"}).status_code == 200
    allowed = TestClient(create_app(ledger=led, ui=True, remote_writes=True), client=("10.0.0.7", 40000))
    assert allowed.post("/api/records/veridia-2022:ev:2/confirm", json={"reason": "x"}).status_code == 200
