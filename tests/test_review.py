"""Review, corrections, audit log and accounts: library, CLI and REST API, on SQLite and
(when RIGHTSLEDGER_TEST_PG is set) PostgreSQL. The records are built by hand from a short
text of our own, so these tests need no spaCy model."""
from __future__ import annotations

import hashlib
import json
import os
import uuid

import pytest
from sqlalchemy import create_engine
from sqlalchemy import text as sql

from rightsledger import Ledger
from rightsledger.errors import RightsledgerError
from rightsledger.records import Document, Entity, Event, Figure, Participant, Provision, Section, Span
from rightsledger.store import Bundle

TEXT = ("Section 1. Respect for the Integrity of the Person\n\n"
        "On March 3, police in Lorvan arrested journalist Mara Telk. "
        "Authorities reported 45 deaths in custody. "
        "The law allows detention for up to 72 hours without charge. "
        "Telk was sentenced to five years in prison.\n")
PG_URL = os.environ.get("RIGHTSLEDGER_TEST_PG")


def span(s: str) -> Span:
    i = TEXT.index(s)
    return Span.of(TEXT, i, i + len(s))


def bundle(text: str = TEXT, doc: str = "veridia-2022") -> Bundle:
    sha = hashlib.sha256(text.encode()).hexdigest()
    d = Document(doc, "2022 Country Report on Human Rights Practices: Veridia", "Veridia", None, 2022,
                 "USDOS", "txt", sha, len(text))
    secs = [Section(doc, "1", "Respect for the Integrity of the Person", 1, None, 0, len(text))]

    def sp(s: str) -> Span:
        i = text.index(s)
        return Span.of(text, i, i + len(s))

    s1 = sp("On March 3, police in Lorvan arrested journalist Mara Telk.")
    s4 = sp("Telk was sentenced to five years in prison.")
    mara = text.index("Mara Telk")
    telk = text.index("Telk was")
    ents = [Entity("person:mara-telk", "person", "Mara Telk", ["Telk"], {},
                   [[mara, mara + 9], [telk, telk + 4]]),
            Entity("place:lorvan", "place", "Lorvan", [], {"kind": "city"},
                   [[text.index("Lorvan"), text.index("Lorvan") + 6]]),
            Entity("organization:police", "organization", "police", [], {},
                   [[text.index("police"), text.index("police") + 6]])]
    evs = [Event(f"{doc}:ev:1", doc, "detention_or_arrest", "2022-03-03", None, "day",
                 [Participant("person:mara-telk", "Mara Telk", "target")], "Lorvan", "1", "asserted", None, s1),
           Event(f"{doc}:ev:2", doc, "detention_or_arrest", "2022", None, "year",
                 [Participant("person:mara-telk", "Telk", "target")], None, "1", "asserted", None, s4)]
    figs = [Figure(f"{doc}:fig:1", doc, 45, None, "deaths in custody", "exact", "Authorities", "1",
                   sp("Authorities reported 45 deaths in custody."))]
    law = "The law allows detention for up to 72 hours without charge."
    provs = [Provision(f"{doc}:prov:1", doc, "time_limit", None, "detention", "1", sp(law))] if law in text else []
    return Bundle(d, f"/x/{doc}.txt", text, secs, [], [], [], ents, evs, figs, provs)


@pytest.fixture(params=["sqlite", "postgresql"])
def ledger(request, tmp_path):
    if request.param == "sqlite":
        led = Ledger(str(tmp_path / "r.db"))
        led.store.save(bundle(), "1")
        yield led
        return
    if not PG_URL:
        pytest.skip("RIGHTSLEDGER_TEST_PG is not set (scripts/pg.sh start)")
    from sqlalchemy import make_url

    schema = "rl_" + uuid.uuid4().hex[:12]
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(sql(f"CREATE SCHEMA {schema}"))
    url = make_url(PG_URL).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
        hide_password=False)
    led = Ledger(url)
    led.store.save(bundle(), "1")
    try:
        yield led
    finally:
        led.store.engine.dispose()
        with admin.begin() as conn:
            conn.execute(sql(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def _export(led: Ledger, **kw) -> dict[str, dict]:
    return {r["id"]: r for r in led.export("veridia-2022", **kw) if "id" in r and r["kind"] != "section"}


# -- corrections ----------------------------------------------------------------------------------
def test_correct_keeps_the_machine_original_and_the_history(ledger):
    out = ledger.correct("veridia-2022:ev:2", {"type": "conviction_or_sentence", "date": "2019"},
                         "sentence, not arrest")
    assert out["type"] == "conviction_or_sentence" and out["precision"] == "year" and out["version"] == 1
    rec = ledger.record("veridia-2022:ev:2")
    assert rec["machine"]["type"] == "detention_or_arrest" and rec["review"]["status"] == "corrected"
    (h,) = ledger.history("veridia-2022:ev:2")
    assert h["before"]["record"]["type"] == "detention_or_arrest"
    assert h["after"]["record"]["type"] == "conviction_or_sentence" and h["reason"] == "sentence, not arrest"
    exp = _export(ledger)
    assert exp["veridia-2022:ev:2"]["type"] == "conviction_or_sentence"
    assert exp["veridia-2022:ev:2"]["review"]["status"] == "corrected"
    assert 0 <= exp["veridia-2022:ev:1"]["confidence"] <= 1
    assert exp["veridia-2022:ev:1"]["review"] == {"status": "machine", "by": None, "at": None}
    assert _export(ledger, machine_only=True)["veridia-2022:ev:2"]["type"] == "detention_or_arrest"
    assert [e.type for e in ledger.events(type="conviction_or_sentence")] == ["conviction_or_sentence"]


@pytest.mark.parametrize("address,changes,field", [
    ("veridia-2022:ev:1", {"date": "2022-13-45"}, "date"),
    ("veridia-2022:ev:1", {"date": "2022-02-30"}, "date"),
    ("veridia-2022:ev:1", {"type": "arrestish"}, "type"),
    ("veridia-2022:ev:1", {"precision": "day", "date": "2022"}, "precision"),
    ("veridia-2022:ev:1", {"participants": [{"name": "X", "role": "boss"}]}, "participants[0].role"),
    ("veridia-2022:fig:1", {"value": -3}, "value"),
    ("veridia-2022:fig:1", {"qualifier": "roughly"}, "qualifier"),
    ("veridia-2022:prov:1", {"quantity": {"value": -1, "unit": "hours", "text": "x"}}, "quantity.value"),
    ("person:mara-telk", {"lat": 123}, "lat"),
    ("veridia-2022:ev:1", {"evidence": {}}, "evidence"),
])
def test_impossible_values_are_catalogue_errors_and_change_nothing(ledger, address, changes, field):
    before = ledger.record(address)
    with pytest.raises(RightsledgerError) as err:
        ledger.correct(address, changes, "typo")
    assert err.value.code.name == "BAD_VALUE" and err.value.fields["field"] == field
    assert ledger.record(address) == before and ledger.audit_log() == []


def test_reason_required_and_unknown_record(ledger):
    with pytest.raises(RightsledgerError) as err:
        ledger.correct("veridia-2022:ev:1", {"type": "charge"}, "  ")
    assert err.value.code.name == "REASON_REQUIRED"
    with pytest.raises(RightsledgerError) as err:
        ledger.reject("veridia-2022:ev:99", "x")
    assert err.value.code.name == "NO_RECORD" and err.value.status == 404


def test_reject_confirm_add_span_checks(ledger):
    ledger.reject("veridia-2022:fig:1", "not a figure")
    assert "veridia-2022:fig:1" not in _export(ledger)
    assert ledger.figures(doc="veridia-2022") == []
    assert "veridia-2022:fig:1" in _export(ledger, machine_only=True)
    assert ledger.confirm("veridia-2022:ev:1")["review"]["status"] == "confirmed"
    s = span("Authorities reported 45 deaths in custody.")
    added = ledger.add("event", "veridia-2022", s.start, s.end, {"type": "death_in_custody", "date": "2022"},
                       "missed")
    assert added["id"].startswith("veridia-2022:ev:a") and added["evidence"]["text"] == s.text
    assert added["section"] == "1"
    assert _export(ledger)[added["id"]]["review"]["status"] == "added"
    assert added["id"] not in _export(ledger, machine_only=True)
    for start, end in ((10, 10), (5, len(TEXT) + 1), (-1, 4)):
        with pytest.raises(RightsledgerError) as err:
            ledger.add("event", "veridia-2022", start, end, {"type": "killing", "date": "2022"}, "x")
        assert err.value.fields["field"] == "span"


def test_merge_and_split_entities(ledger):
    ledger.store.save(bundle(), "1")
    out = ledger.split("person:mara-telk", "Telk", "a different Telk")
    new = out["split_off"]
    assert out["moved_mentions"] == 1 and "Telk" not in out["aliases"]
    assert [e.participants[0].entity for e in ledger.events(doc="veridia-2022") if e.participants[0].name == "Telk"] == [new]
    merged = ledger.merge("person:mara-telk", new, "the same person after all")
    assert "Telk" in merged["aliases"]
    assert len(ledger.store.entities(ids=["person:mara-telk"])[0].mentions) == 2
    assert all(p.entity == "person:mara-telk" for e in ledger.events() for p in e.participants)
    assert [h["action"] for h in ledger.history("person:mara-telk")] == ["split", "merge"]


def test_version_conflict(ledger):
    ledger.correct("veridia-2022:ev:1", {"place": "Lorvan city"}, "fuller", version=0)
    with pytest.raises(RightsledgerError) as err:
        ledger.correct("veridia-2022:ev:1", {"place": "Lorvan"}, "shorter", version=0)
    assert err.value.code.name == "VERSION_CONFLICT" and err.value.status == 409


# -- audit ------------------------------------------------------------------------------------------
def drop_audit_guard(engine) -> None:
    """What someone with the rights to change the schema would do before editing history."""
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            conn.execute(sql("DROP TRIGGER audit_append_only_update"))
            conn.execute(sql("DROP TRIGGER audit_append_only_delete"))
        else:
            conn.execute(sql("DROP TRIGGER audit_append_only ON audit"))


def test_audit_chain_finds_rows_edited_or_deleted(ledger):
    for i in range(3):
        ledger.correct("veridia-2022:ev:1", {"place": f"P{i}"}, f"r{i}")
    assert ledger.audit_verify().ok
    for tamper in ("UPDATE audit SET reason = 'nothing to see' WHERE seq = 2", "DELETE FROM audit WHERE seq = 3"):
        with pytest.raises(Exception, match="append-only"), ledger.store.engine.begin() as conn:
            conn.execute(sql(tamper))
    assert ledger.audit_verify().ok and len(ledger.history("veridia-2022:ev:1")) == 3
    # someone who can drop the database's guard can rewrite history; verify still finds it
    drop_audit_guard(ledger.store.engine)
    with ledger.store.engine.begin() as conn:
        conn.execute(sql("UPDATE audit SET reason = 'nothing to see' WHERE seq = 2"))
    v = ledger.audit_verify()
    assert not v.ok and any("entry 2" in p for p in v.problems)
    with ledger.store.engine.begin() as conn:
        conn.execute(sql("DELETE FROM audit WHERE seq = 3"))
    assert any("head" in p for p in ledger.audit_verify().problems)


# -- re-ingest --------------------------------------------------------------------------------------
def test_corrections_survive_reprocessing_and_conflicts_are_listed(ledger):
    ledger.correct("veridia-2022:ev:2", {"type": "conviction_or_sentence"}, "sentence")
    ledger.reject("veridia-2022:fig:1", "no")
    ledger.correct("veridia-2022:prov:1", {"subject": "police custody"}, "precise")
    s = span("Authorities reported 45 deaths in custody.")
    added = ledger.add("event", "veridia-2022", s.start, s.end, {"type": "death_in_custody", "date": "2022"}, "m")
    ledger.correct("place:lorvan", {"kind": "town"}, "a town")
    # the same text again, then a new text: a sentence inserted before (offsets move) and one removed
    ledger.store.save(bundle(), "2")
    assert ledger.conflicts() == []
    new_text = TEXT.replace("On March 3", "Conditions were harsh. On March 3").replace(
        "The law allows detention for up to 72 hours without charge. ", "")
    ledger.store.save(bundle(new_text), "3")
    assert ledger.store.last_reapply == {"applied": 4, "conflict": 1}
    exp = _export(ledger)
    assert exp["veridia-2022:ev:2"]["type"] == "conviction_or_sentence"
    assert "veridia-2022:fig:1" not in exp
    assert exp[added["id"]]["evidence"]["text"] == s.text
    assert exp["place:lorvan"]["attributes"]["kind"] == "town"
    (c,) = ledger.conflicts()
    assert c["action"] == "correct" and c["record"] == "veridia-2022:prov:1" and c["state"] == "conflict"
    assert ledger.audit_verify().ok


# -- accounts, CLI and API --------------------------------------------------------------------------
def test_roles(ledger):
    with pytest.raises(RightsledgerError) as err:
        ledger.add_user("amira", "editor", "longenough")
    assert err.value.code.name == "FIRST_USER_ADMIN"
    root = ledger.add_user("root", "admin", "rootpass1")
    with pytest.raises(RightsledgerError) as err:
        ledger.add_user("amira", "editor", "longenough")
    assert err.value.status == 401
    ledger.add_user("amira", "editor", "longenough", root)
    vic = ledger.add_user("vic", "viewer", "longenough", root)
    with pytest.raises(RightsledgerError) as err:
        ledger.correct("veridia-2022:ev:1", {"place": "x"}, "r", vic)
    assert err.value.status == 403
    amira = ledger.login("amira", "longenough")
    assert ledger.correct("veridia-2022:ev:1", {"place": "x"}, "r", amira)["review"]["by"] == "amira"
    with pytest.raises(RightsledgerError):
        ledger.login("amira", "wrong-password")
    token = ledger.new_token("amira", amira)
    assert ledger.authenticate(token) == amira
    with ledger.store.engine.connect() as conn:
        stored = [r[0] for r in conn.execute(sql("SELECT secret_hash FROM credentials"))]
        pw = [r[0] for r in conn.execute(sql("SELECT password_hash FROM users"))]
    assert token not in stored and all(p.startswith("$argon2id$") for p in pw)


def test_cli_flow(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from rightsledger.cli import app

    db = str(tmp_path / "c.db")
    Ledger(db).store.save(bundle(), "1")
    run = CliRunner().invoke
    r = run(app, ["review", "--db", db, "--kind", "event", "--below", "0.9", "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    assert [json.loads(x)["address"] for x in r.output.splitlines()][0].startswith("veridia-2022:ev:")
    r = run(app, ["correct", "veridia-2022:ev:2", "--type", "conviction_or_sentence", "--date", "2019",
                  "--reason", "sentence, not arrest", "--db", db])
    assert r.exit_code == 0, r.output
    r = run(app, ["correct", "veridia-2022:ev:2", "--date", "2022-13-45", "--reason", "x", "--db", db])
    assert r.exit_code == 1 and "E032" not in r.output and "not a date" in r.output
    assert run(app, ["add", "event", "--doc", "veridia-2022", "--span", "0-7", "--type", "other", "--date",
                     "2022", "--reason", "r", "--db", db]).exit_code == 0
    r = run(app, ["history", "veridia-2022:ev:2", "--db", db, "--format", "jsonl"])
    assert json.loads(r.output.splitlines()[0])["after"]["record"]["date"] == "2019"
    assert run(app, ["audit", "verify", "--db", db]).exit_code == 0
    r = run(app, ["users", "add", "root", "--role", "admin", "--password-stdin", "--db", db], input="rootpass1\n")
    assert r.exit_code == 0, r.output
    r = run(app, ["reject", "veridia-2022:ev:1", "--reason", "r", "--db", db])
    assert r.exit_code == 1 and "log in" in r.output
    monkeypatch.setenv("RIGHTSLEDGER_PASSWORD", "rootpass1")
    r = run(app, ["reject", "veridia-2022:ev:1", "--reason", "r", "--db", db, "--user", "root"])
    assert r.exit_code == 0, r.output
    r = run(app, ["audit", "export", "--db", db])
    assert [json.loads(x)["action"] for x in r.output.splitlines()] == ["correct", "add", "user:add", "reject"]


@pytest.fixture
def api(tmp_path):
    from fastapi.testclient import TestClient

    from rightsledger.api.app import create_app

    led = Ledger(str(tmp_path / "a.db"))
    led.store.save(bundle(), "1")
    root = led.add_user("root", "admin", "rootpass1")
    led.add_user("amira", "editor", "amirapass", root)
    led.add_user("bert", "editor", "bertpass1", root)
    led.add_user("vic", "viewer", "vicpass12", root)
    tokens = {n: led.new_token(n, root) for n in ("amira", "bert", "vic")}
    client = TestClient(create_app(ledger=led))
    return led, client, tokens


WRITES = [
    ("post", "/api/records/veridia-2022:ev:1/correct", {"changes": {"type": "charge"}, "reason": "r"}),
    ("post", "/api/records/veridia-2022:ev:1/confirm", {"reason": "r"}),
    ("post", "/api/records/veridia-2022:ev:1/reject", {"reason": "r"}),
    ("post", "/api/records", {"kind": "event", "doc": "veridia-2022", "start": 0, "end": 7,
                              "fields": {"type": "other", "date": "2022"}, "reason": "r"}),
    ("post", "/api/entities/merge", {"keep": "person:mara-telk", "absorb": "place:lorvan", "reason": "r"}),
    ("post", "/api/entities/person:mara-telk/split", {"alias": "Telk", "reason": "r"}),
]


@pytest.mark.parametrize("method,path,body", WRITES, ids=[w[1].rsplit("/", 1)[-1] for w in WRITES])
def test_every_write_endpoint_refuses_without_the_right_credentials(api, method, path, body):
    led, client, tokens = api
    from datetime import timedelta

    amira = led.login("amira", "amirapass")
    expired, _ = led.new_session(amira, hours=-1)
    live, csrf = led.new_session(amira)
    before = len(led.audit_log())
    cases = [({}, {}, 401, "LOGIN_REQUIRED"),
             ({"Authorization": f"Bearer {tokens['vic']}"}, {}, 403, "FORBIDDEN"),
             ({"Authorization": "Bearer rlt_nope_nope"}, {}, 401, "BAD_LOGIN"),
             ({}, {"rl_session": expired}, 401, "SESSION_EXPIRED"),
             ({}, {"rl_session": live}, 403, "CSRF"),
             ({"X-CSRF-Token": "wrong"}, {"rl_session": live}, 403, "CSRF")]
    for headers, cookies, status, name in cases:
        client.cookies.clear()
        for k, v in cookies.items():
            client.cookies.set(k, v)
        r = getattr(client, method)(path, json=body, headers=headers)
        assert r.status_code == status, (name, r.text)
        assert r.json()["error"]["name"] == name
    assert len(led.audit_log()) == before
    client.cookies.clear()
    client.cookies.set("rl_session", live)
    r = getattr(client, method)(path, json=body, headers={"X-CSRF-Token": csrf})
    assert r.status_code in (200, 201), r.text
    assert len(led.audit_log()) > before
    del timedelta


def test_api_reads_need_login_unless_public_and_two_editors_conflict(api, tmp_path):
    from fastapi.testclient import TestClient

    from rightsledger.api.app import create_app

    led, client, tokens = api
    assert client.get("/api/events").status_code == 401
    assert TestClient(create_app(ledger=led, public=True)).get("/api/events").status_code == 200
    a = {"Authorization": f"Bearer {tokens['amira']}"}
    b = {"Authorization": f"Bearer {tokens['bert']}"}
    ra = client.get("/api/records/veridia-2022:ev:1", headers=a)
    rb = client.get("/api/records/veridia-2022:ev:1", headers=b)
    assert ra.json()["version"] == rb.json()["version"] == 0 and ra.headers["etag"] == '"v0"'
    r1 = client.post("/api/records/veridia-2022:ev:1/correct", headers={**a, "If-Match": ra.headers["etag"]},
                     json={"changes": {"type": "charge"}, "reason": "charged"})
    assert r1.status_code == 200 and r1.json()["version"] == 1
    r2 = client.post("/api/records/veridia-2022:ev:1/correct", headers=b,
                     json={"changes": {"type": "trial"}, "reason": "tried", "version": 0})
    assert r2.status_code == 409 and r2.json()["error"]["name"] == "VERSION_CONFLICT"
    assert client.get("/api/records/veridia-2022:ev:1", headers=b).json()["record"]["type"] == "charge"
    r = client.post("/api/records/veridia-2022:ev:1/correct", headers=a,
                    json={"changes": {"date": "2022-13-45"}, "reason": "x"})
    assert r.status_code == 422 and r.json()["error"]["name"] == "BAD_VALUE"
    h = client.get("/api/records/veridia-2022:ev:1/history", headers=b).json()["items"]
    assert h[0]["by"] == "amira" and h[0]["before"]["record"]["type"] == "detention_or_arrest"
    assert client.get("/api/audit/verify", headers=b).json()["ok"] is True
    schema = client.get("/openapi.json").json()
    assert "APIToken" in schema["components"]["securitySchemes"]


def test_login_is_rate_limited(api):
    led, client, tokens = api
    for _ in range(5):
        assert client.post("/api/session", json={"name": "amira", "password": "nope"}).status_code == 401
    r = client.post("/api/session", json={"name": "amira", "password": "amirapass"})
    assert r.status_code == 429
