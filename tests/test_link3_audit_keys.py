"""The two leftovers of t-link2 (issue #14), on SQLite and PostgreSQL:

1. the audit entry of an entity changed while reviewing a report (``doc=``) keeps, beside the
   linked record, that report's form before and after (and the report's id); ``history`` shows
   it (library, CLI, API, the web record page, escaped); entries written the old way still
   verify in one chain with the new ones;
2. deleting a report keeps a link key that a remaining report's form or the entity's reviewed
   name gives (a global organisation key the reviewer's name gave, that only the deleted
   report's entity had written); a key only the deleted report gave still goes.

Fictional reports of a fictional region (the bundles of tests/test_link_export_forms.py, and two
reports on a fictional rights group written here).
"""
from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text as sql
from typer.testing import CliRunner

from rightsledger import Ledger
from rightsledger.api import create_app
from rightsledger.cli import review as review_cli
from rightsledger.errors import RightsledgerError
from rightsledger.records import Document, Entity, Paragraph, Section, Sentence
from rightsledger.store import Bundle, Store, audit

try:
    from tests.test_link_export_forms import (  # noqa: F401  (stores: a fixture)
        _entities, _ledger, _spans, bundle_a, bundle_b, bundle_c, stores)
except ImportError:  # tests/ is not a package
    from test_link_export_forms import (  # type: ignore[no-redef]  # noqa: F401
        _entities, _ledger, _spans, bundle_a, bundle_b, bundle_c, stores)

LOCAL = ("127.0.0.1", 50000)


def _turkey(store: Store) -> str:
    return {r["name"]: r["id"] for r in _entities(store, "ostravia-2031")}["Turkey"]


def _form(f: dict | None) -> tuple:
    return (f or {}).get("name"), (f or {}).get("aliases")


# -- 1. the audit entry keeps the report's form -------------------------------------------------------
def test_a_correction_made_while_reviewing_a_report_keeps_that_reports_form(stores):
    store = stores("db", bundle_a(), bundle_c(), bundle_b())
    led = _ledger(store)
    eid = _turkey(store)
    led.correct(eid, {"name": "Republic of Türkiye"}, "official name", doc="pellandia-2031")
    [e] = [h for h in led.history(eid) if h["action"] == "correct"]
    assert e["doc"] == "pellandia-2031"
    assert (e["before"]["doc"], e["after"]["doc"]) == ("pellandia-2031", "pellandia-2031")
    # the report's own form, then as it became (its old name one of its aliases) ...
    assert _form(e["before"]["form"]) == ("Türkiye", [])
    assert _form(e["after"]["form"]) == ("Republic of Türkiye", ["Türkiye"])
    assert e["after"]["form"]["id"] == eid and e["after"]["form"]["type"] == "place"
    # ... beside the linked record, as before
    assert _form(e["before"]["record"]) == ("Türkiye", ["Turkey"])
    assert _form(e["after"]["record"]) == ("Republic of Türkiye", ["Turkey", "Türkiye"])
    # the form after is what the report exports
    [r] = [r for r in _entities(store, "pellandia-2031") if r["id"] == eid]
    attrs = dict(e["after"]["form"]["attributes"])
    assert (r["name"], r["aliases"], r["attributes"], r["confidence"]) == (
        e["after"]["form"]["name"], e["after"]["form"]["aliases"], attrs, attrs.pop("confidence"))


def test_a_later_change_in_another_report_starts_from_that_reports_corrected_form(stores):
    store = stores("db", bundle_a(), bundle_c(), bundle_b())
    led = _ledger(store)
    eid = _turkey(store)
    led.correct(eid, {"name": "Republic of Türkiye"}, "official name", doc="pellandia-2031")
    led.correct(eid, {"kind": "state"}, "a state", doc="ostravia-2031")
    second = led.history(eid)[-1]
    assert second["doc"] == "ostravia-2031"
    assert _form(second["before"]["form"]) == ("Republic of Türkiye", ["Turkey"])
    assert second["before"]["form"]["attributes"]["kind"] == "country"
    assert second["after"]["form"]["attributes"]["kind"] == "state"
    assert second["after"]["form"]["attributes"]["confidence"] == 0.9   # that report's own
    led.confirm(eid, doc="ostravia-2032")
    third = led.history(eid)[-1]
    assert third["action"] == "confirm" and third["doc"] == "ostravia-2032"
    assert third["before"]["form"] == third["after"]["form"]
    assert _form(third["after"]["form"]) == ("Republic of Türkiye", ["Turkey", "Türkiye"])


def test_a_change_without_doc_writes_the_entry_as_before(stores):
    store = stores("db", bundle_a(), bundle_b())
    led = _ledger(store)
    eid = _turkey(store)
    led.correct(eid, {"kind": "state"}, "a state")
    [e] = led.history(eid)
    assert "doc" not in e and set(e["before"]) == {"status", "record"} and set(e["after"]) == {"status", "record"}
    # an event, figure or provision: doc= is not an entity's (nothing added)


def test_an_unknown_report_changes_nothing(stores):
    store = stores("db", bundle_a(), bundle_b())
    led = _ledger(store)
    eid = _turkey(store)
    with pytest.raises(RightsledgerError) as err:
        led.correct(eid, {"kind": "state"}, "a state", doc="nowhere-2031")
    assert err.value.code.name == "NO_DOCUMENT"
    assert led.history(eid) == [] and led.record(eid)["version"] == 0
    assert led.record(eid)["record"]["attributes"]["kind"] == "country"


def test_a_merged_entity_keeps_the_linked_record_as_the_reports_form(stores):
    store = stores("db", bundle_a(), bundle_b())
    led = _ledger(store)
    a = {r["name"]: r["id"] for r in _entities(store, "ostravia-2031")}
    b = {r["name"]: r["id"] for r in _entities(store, "pellandia-2031")}
    led.merge(a["Turkey"], b["Türkiye"], "same country")
    led.correct(a["Turkey"], {"kind": "state"}, "a state", doc="pellandia-2031")
    e = led.history(a["Turkey"])[-1]
    assert e["before"]["form"] == e["before"]["record"] and e["after"]["form"] == e["after"]["record"]


def _old_way_entries(store: Store, eid: str) -> None:
    """Entries as the code before this change wrote them: before/after without doc or form (a
    correction, a confirmation and an account change), straight through ``audit.append``."""
    with store.writing() as conn:
        rec = {"id": eid, "type": "place", "name": "Turkey", "aliases": [], "attributes": {"kind": "country"}}
        audit.append(conn, by="ana", action="correct", record=eid, reason="old way",
                     before={"status": "machine", "record": rec},
                     after={"status": "corrected", "record": {**rec, "name": "Turkey (old)"}}, at="2031-01-01T00:00:00Z")
        audit.append(conn, by="ana", action="user:add", record="user:ben", reason="role editor",
                     before=None, after={"name": "ben", "role": "editor"}, at="2031-01-01T00:00:01Z")


def test_old_entries_and_new_ones_verify_in_one_chain_and_the_form_is_covered(stores):
    store = stores("db", bundle_a(), bundle_c(), bundle_b())
    led = _ledger(store)
    eid = _turkey(store)
    _old_way_entries(store, eid)
    led.correct(eid, {"kind": "state"}, "a state")                                       # old shape
    store.dispose()
    store = Store(store.url)            # opened again (migrations run): the old entries stay as written
    led = _ledger(store)
    led.correct(eid, {"name": "Republic of Türkiye"}, "official name", doc="pellandia-2031")   # new shape
    led.confirm(eid, doc="ostravia-2031")
    v = led.audit_verify()
    assert v.ok and v.entries == 5, v.problems
    old = [h for h in led.history(eid) if h["reason"] == "old way"][0]
    assert "doc" not in old and old["after"]["record"]["name"] == "Turkey (old)"
    # the form is part of what the hash covers: editing it behind the app's back breaks the chain
    with store.engine.begin() as conn:    # what someone with the rights to change the schema would do
        if store.engine.dialect.name == "sqlite":
            conn.execute(sql("DROP TRIGGER audit_append_only_update"))
        else:
            conn.execute(sql("DROP TRIGGER audit_append_only ON audit"))
    with store.engine.begin() as conn:
        seq, after = conn.execute(sql("SELECT seq, after FROM audit WHERE action = 'correct' ORDER BY seq DESC")).first()
        forged = json.loads(after)
        forged["form"]["name"] = "Someone else"
        conn.execute(sql("UPDATE audit SET after = :a WHERE seq = :s"),
                     {"a": json.dumps(forged, ensure_ascii=False, sort_keys=True), "s": seq})
    v = led.audit_verify()
    assert not v.ok and any(f"entry {seq} was changed" in p for p in v.problems)
    store.dispose()


# -- 1b. history in the CLI, the API and the web (SQLite) ----------------------------------------------
def _led(tmp_path) -> Ledger:
    led = Ledger(str(tmp_path / "w.db"))
    for b in (bundle_a(), bundle_c(), bundle_b()):
        led.store.save(b, "test")
    return led


def test_the_cli_history_shows_the_reports_form(tmp_path):
    from rightsledger.cli import app

    led = _led(tmp_path)
    eid = _turkey(led.store)
    led.correct(eid, {"name": "Republic of Türkiye"}, "official name", doc="pellandia-2031")
    led.store.dispose()
    res = CliRunner().invoke(app, ["history", eid, "--db", str(tmp_path / "w.db")])
    assert res.exit_code == 0, res.output
    assert "pellandia-2031:" in res.stdout and f"{eid}: 1 changes" in res.stdout
    [e] = Ledger(str(tmp_path / "w.db")).history(eid)
    assert review_cli._diff(e["before"], e["after"]).endswith(
        '\nin pellandia-2031: aliases: [] → ["Türkiye"]; name: "Türkiye" → "Republic of Türkiye"')
    res = CliRunner().invoke(app, ["history", eid, "--format", "jsonl", "--db", str(tmp_path / "w.db")])
    assert res.exit_code == 0, res.output
    [e] = [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]
    assert e["after"]["doc"] == "pellandia-2031" and e["after"]["form"]["name"] == "Republic of Türkiye"


def test_the_api_history_carries_the_report_and_its_form(tmp_path):
    led = _led(tmp_path)
    eid = _turkey(led.store)
    client = TestClient(create_app(ledger=led), client=LOCAL)
    r = client.post(f"/api/records/{eid}/correct", params={"doc": "pellandia-2031"},
                    json={"changes": {"name": "Republic of Türkiye"}, "reason": "official name", "version": 0})
    assert r.status_code == 200, r.text
    [item] = client.get(f"/api/records/{eid}/history").json()["items"]
    assert item["doc"] == "pellandia-2031"
    assert _form(item["before"]["form"]) == ("Türkiye", [])
    assert _form(item["after"]["form"]) == ("Republic of Türkiye", ["Türkiye"])


def test_the_web_record_page_shows_the_reports_form_escaped(tmp_path):
    led = _led(tmp_path)
    eid = _turkey(led.store)
    led.correct(eid, {"name": "Türkiye <b>Republic</b>"}, "a name with markup", doc="pellandia-2031")
    client = TestClient(create_app(ledger=led, ui=True), client=LOCAL)
    html = client.get(f"/records/{eid}", params={"doc": "pellandia-2031"}).text
    assert 'As report <code class="doc">pellandia-2031</code> gives it' in html
    part = html[html.index('<table class="diff in-doc">'):]
    part = part[:part.index("</table>")]
    assert "Türkiye &lt;b&gt;Republic&lt;/b&gt;" in part and "<b>Republic</b>" not in html
    assert '<td class="before">[]</td><td class="after">[&#34;Türkiye&#34;]</td>' in part or \
        '<td class="before">[]</td><td class="after">[&quot;Türkiye&quot;]</td>' in part
    # the reader's panel opens this page (its history) in the report it reads
    assert '"?doc=" + encodeURIComponent(rec.review.doc)' in client.get("/static/review.js").text


# -- 2. link keys after a deletion ------------------------------------------------------------------
WATCH_A = ("2031 Country Report on Human Rights Practices: Ostravia\n\n"
           "Section 2. Respect for Civil Liberties\n\n"
           "Velmar Watch monitored the vote in Velmar.\n")
WATCH_B = ("2032 Country Report on Human Rights Practices: Ostravia\n\n"
           "Section 2. Respect for Civil Liberties\n\n"
           "Velmar Rights Watch (VRW), formerly Velmar Watch, reported the arrests.\n")
WATCH_C = ("2033 Country Report on Human Rights Practices: Pellandia\n\n"
           "Section 2. Respect for Civil Liberties\n\n"
           "Velmar Rights Watch opened an office in Kastor.\n")


def _org_bundle(doc_id: str, text: str, country: str, cc: str, year: int,
                orgs: list[tuple[str, str, list[str], dict]]) -> Bundle:
    doc = Document(doc_id, text.splitlines()[0], country, cc, year, "USDOS", "txt",
                   (doc_id.encode().hex() * 64)[:64], len(text))
    start = text.index("Section 2.")
    body = text.index("\n\n", start) + 2
    ents = [Entity(eid, "organization", name, aliases, attrs,
                   sorted(m for form in [name, *aliases] for m in _spans(text, form)))
            for eid, name, aliases, attrs in orgs]
    return Bundle(document=doc, path=f"/fiction/{doc_id}.txt", text=text,
                  sections=[Section(doc_id, "2", "Respect for Civil Liberties", 1, None, start, len(text.rstrip()))],
                  subtopics=[], paragraphs=[Paragraph(doc_id, "2", None, 1, body, len(text.rstrip()))],
                  sentences=[Sentence(doc_id, "2", 1, body, len(text.rstrip()))],
                  entities=ents, events=[], figures=[], provisions=[])


def watch_a(kind: str = "ngo") -> Bundle:
    return _org_bundle("ostravia-2031", WATCH_A, "Ostravia", "OV", 2031,
                       [("organization:velmar-watch", "Velmar Watch", [], {"kind": kind})])


def watch_b() -> Bundle:
    return _org_bundle("ostravia-2032", WATCH_B, "Ostravia", "OV", 2032, [
        ("organization:velmar-rights-watch", "Velmar Rights Watch", ["Velmar Watch", "VRW"], {"kind": "ngo"})])


def watch_c() -> Bundle:
    return _org_bundle("pellandia-2033", WATCH_C, "Pellandia", "PL", 2033, [
        ("organization:velmar-rights-watch", "Velmar Rights Watch", [], {"kind": "ngo"})])


def _keys(store: Store, eid: str) -> set[str]:
    with store.reading() as conn:
        return set(conn.execute(sql("SELECT key FROM entity_keys WHERE entity = :e"), {"e": eid}).scalars())


def _watch(store: Store) -> str:
    [eid] = [r["id"] for r in _entities(store, "ostravia-2031")]
    return eid


def test_a_global_key_of_the_reviewed_name_survives_when_the_report_that_gave_it_goes(stores):
    """Report A names the group "Velmar Watch"; a reviewer corrects its name to "Velmar Rights
    Watch"; report B (same country) writes that name (linked through "Velmar Watch") and so
    gives its global key. B is deleted: the key stays (the entity's reviewed name gives it), so
    a report of another country naming the group still links to it."""
    store = stores("db", watch_a())
    eid = _watch(store)
    _ledger(store).correct(eid, {"name": "Velmar Rights Watch"}, "renamed", doc="ostravia-2031")
    store.save(watch_b(), "test")
    assert [r["id"] for r in _entities(store, "ostravia-2032")] == [eid]
    assert {"organization|*|velmar rights watch", "organization|*|vrw"} <= _keys(store, eid)
    store.delete_document("ostravia-2032")
    keys = _keys(store, eid)
    assert {"organization|*|velmar rights watch", "organization|OV|velmar rights watch"} <= keys
    assert {"organization|*|velmar watch", "organization|OV|velmar watch"} <= keys   # A's own form
    assert "organization|*|vrw" not in keys and "organization|OV|vrw" not in keys    # only B gave them
    store.save(watch_c(), "test")
    assert [r["id"] for r in _entities(store, "pellandia-2033")] == [eid]


def test_without_a_review_the_deleted_reports_keys_go(stores):
    """The rule it must not widen: a key only the deleted report's form gave is dropped."""
    store = stores("db", watch_a())
    eid = _watch(store)
    store.save(watch_b(), "test")
    store.delete_document("ostravia-2032")
    assert _keys(store, eid) == {"organization|*|velmar watch", "organization|OV|velmar watch"}
    store.save(watch_c(), "test")
    assert [r["id"] for r in _entities(store, "pellandia-2033")] != [eid]


def test_a_global_key_of_a_reviewed_kind_survives(stores):
    """The machine called the group "other" (no global key); a reviewer says it is an NGO;
    report B (an NGO there too, under the same name) gives the global key; deleting B keeps it."""
    store = stores("db", watch_a(kind="other"))
    eid = _watch(store)
    assert _keys(store, eid) == {"organization|OV|velmar watch"}
    _ledger(store).correct(eid, {"kind": "ngo"}, "a rights group")
    store.save(_org_bundle("ostravia-2032", WATCH_B, "Ostravia", "OV", 2032, [
        ("organization:velmar-watch", "Velmar Watch", [], {"kind": "ngo"})]), "test")
    assert _keys(store, eid) == {"organization|OV|velmar watch", "organization|*|velmar watch"}
    store.delete_document("ostravia-2032")
    assert _keys(store, eid) == {"organization|OV|velmar watch", "organization|*|velmar watch"}
