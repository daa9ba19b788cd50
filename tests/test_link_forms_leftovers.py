"""Each report's own entity forms, the leftovers of t-link1 (issue #14), on SQLite and PostgreSQL:

1. a database written before migration 012 gets every stored report's forms from migration 013
   (what the store holds: the linked record and the report's mention texts), so its exports
   equal a fresh ingest's where that is recoverable;
2. deleting a report folds the linked record again from the reports that remain;
3. a reviewer's correction of an entity applies, field by field, to every report linked, each
   keeping its own other forms (library, CLI, API, web).

Fictional reports of a fictional region (the bundles of tests/test_link_export_forms.py).
"""
from __future__ import annotations

import json
import re

from fastapi.testclient import TestClient
from sqlalchemy import text as sql
from typer.testing import CliRunner

from rightsledger import Ledger
from rightsledger.api import create_app
from rightsledger.store import Bundle, Store
from rightsledger.store.export import document_records

try:
    from tests.test_link_export_forms import (  # noqa: F401  (stores: a fixture)
        FORMS, TR, _bundle, _entities, _export, _ledger, bundle_a, bundle_b, bundle_c, stores)
except ImportError:  # tests/ is not a package
    from test_link_export_forms import (  # type: ignore[no-redef]  # noqa: F401
        FORMS, TR, _bundle, _entities, _export, _ledger, bundle_a, bundle_b, bundle_c, stores)

DOCS = ("ostravia-2031", "pellandia-2031", "ostravia-2032")
LOCAL = ("127.0.0.1", 50000)


def _lines(store: Store, doc: str, **kw) -> list[str]:
    """A report's export as the lines ``export`` writes."""
    return [json.dumps(r, ensure_ascii=False) for r in document_records(store, doc, **kw)]


def _made_before_012(store: Store) -> Store:
    """``store`` as a database written before migration 012 (no ``entity_forms``: everything else
    is what the code at 011 wrote, which 012 did not change), opened again: the migrations run."""
    url = store.url
    with store.engine.begin() as conn:
        conn.execute(sql("DROP TABLE entity_forms"))
        conn.execute(sql("DELETE FROM migrations WHERE name >= '012'"))
    store.dispose()
    return Store(url)


def _turkey(store: Store) -> str:
    return {r["name"]: r["id"] for r in _entities(store, "ostravia-2031")}["Turkey"]


# -- 1. databases written before migration 012 ---------------------------------------------------
def test_one_report_made_before_012_exports_byte_for_byte_as_a_fresh_ingest(stores):
    fresh = stores("fresh", bundle_c())
    old = _made_before_012(stores("old", bundle_c()))
    assert "013_entity_forms_backfill" in old.applied_migrations()
    assert _lines(old, "ostravia-2032") == _lines(fresh, "ostravia-2032")


def test_linked_reports_made_before_012_export_their_own_forms_after_the_migration(stores):
    fresh = stores("fresh", bundle_a(), bundle_c(), bundle_b())
    old = stores("old", bundle_a(), bundle_c(), bundle_b())
    eid = _turkey(old)
    old = _made_before_012(old)

    def without_tr_confidence(lines):
        out = []
        for line in lines:
            r = json.loads(line)
            if r["kind"] == "entity" and r["id"] == eid:
                r.pop("confidence")
            out.append(json.dumps(r, ensure_ascii=False))
        return out

    for doc in DOCS:
        # recoverable: everything but the extractor's confidence of the one entity whose
        # reports gave it different values (the linked record keeps the first report's)
        assert without_tr_confidence(_lines(old, doc)) == without_tr_confidence(_lines(fresh, doc)), doc
    assert _lines(old, "ostravia-2031") == _lines(fresh, "ostravia-2031")   # the first report: all of it
    assert {r["name"]: r["aliases"] for r in _entities(old, "ostravia-2031")}["Turkey"] == []
    assert {r["name"]: r["aliases"] for r in _entities(old, "pellandia-2031")}["Türkiye"] == []


def test_a_spelling_the_linked_record_never_kept_is_recovered(stores):
    """Two reports write one place with different apostrophes (equal length: the linked record
    keeps the first); the second report's own spelling comes back from its mention."""
    one = ("2031 Country Report on Human Rights Practices: Ostravia\n\nSection 1. Respect\n\n"
           "Traders from Cote d'Ivoire came.\n")
    two = ("2031 Country Report on Human Rights Practices: Pellandia\n\nSection 1. Respect\n\n"
           "Traders from Cote d\u2019Ivoire came.\n")
    civ = {"kind": "country", "country_code": "CI"}
    b1 = _bundle("ostravia-2031", one, "Ostravia", "OV", 2031, [("place:cote-d-ivoire", "Cote d'Ivoire", [], civ)])
    b2 = _bundle("pellandia-2031", two, "Pellandia", "PL", 2031,
                 [("place:cote-d-ivoire", "Cote d\u2019Ivoire", [], civ)])
    fresh = stores("fresh", b1, b2)
    old = _made_before_012(stores("old", _bundle("ostravia-2031", one, "Ostravia", "OV", 2031,
                                                 [("place:cote-d-ivoire", "Cote d'Ivoire", [], civ)]),
                                  _bundle("pellandia-2031", two, "Pellandia", "PL", 2031,
                                          [("place:cote-d-ivoire", "Cote d\u2019Ivoire", [], civ)])))
    for doc in ("ostravia-2031", "pellandia-2031"):
        assert _lines(old, doc) == _lines(fresh, doc)
    assert [r["name"] for r in _entities(old, "pellandia-2031")] == ["Cote d\u2019Ivoire"]


def test_a_corrected_entity_made_before_012_keeps_the_correction_in_every_report(stores):
    old = stores("old", bundle_a(), bundle_c(), bundle_b())
    eid = _turkey(old)
    _ledger(old).correct(eid, {"name": "Republic of Türkiye"}, "official name")
    old = _made_before_012(old)
    got = {doc: {r["id"]: r for r in _entities(old, doc)}[eid] for doc in DOCS}
    assert {d: (r["name"], r["aliases"], r["review"]["status"]) for d, r in got.items()} == {
        "ostravia-2031": ("Republic of Türkiye", ["Turkey"], "corrected"),
        "pellandia-2031": ("Republic of Türkiye", ["Türkiye"], "corrected"),
        "ostravia-2032": ("Republic of Türkiye", ["Turkey", "Türkiye"], "corrected")}


def test_through_the_pipeline_a_database_made_before_012(tmp_path):
    """The three fictional text reports ingested into one database, made pre-012, migrated:
    every name, alias and mention as a fresh ingest gives them."""
    files = ["ostravia-2031.txt", "ostravia-2032.txt", "pellandia-2031.txt"]

    def ingest(db):
        led = Ledger(str(db))
        for f in files:
            [res] = led.ingest([FORMS / f])
            assert res.status == "ingested", res.error
        return led

    fresh, old = ingest(tmp_path / "fresh.db"), ingest(tmp_path / "old.db")
    store = _made_before_012(old.store)
    for doc in [r["id"] for r in fresh.documents()]:
        def forms(s):
            return [(r["type"], r["name"], r["aliases"], r["mentions"]) for r in _entities(s, doc)]
        assert forms(store) == forms(fresh.store), doc
    fresh.store.dispose()
    store.dispose()


# -- 2. deleting a report -------------------------------------------------------------------------
def bundle_d() -> Bundle:
    """A report that writes one more form of Türkiye (and a list attribute)."""
    text = ("2030 Country Report on Human Rights Practices: Ostravia\n\n"
            "Section 1. Respect for the Integrity of the Person\n\n"
            "Envoys of the Turkish Republic (Türkiye, or Turkey) met in Velmar.\n")
    return _bundle("ostravia-2030", text, "Ostravia", "OV", 2030, [
        ("place:turkiye", "Türkiye", ["Turkey", "Turkish Republic"], {**TR, "confidence": 0.5, "roles": ["host"]}),
        ("place:velmar", "Velmar", [], {"kind": "city"})])


def _shared(store: Store, eid: str) -> tuple:
    [e] = store.entities(ids=[eid])
    return e.type, e.name, e.aliases, e.attributes


def test_deleting_a_report_folds_the_linked_record_again_from_the_others(stores):
    store = stores("db", bundle_d(), bundle_a(), bundle_c(), bundle_b())
    eid = _turkey(store)
    assert _shared(store, eid)[1:3] == ("Türkiye", ["Turkey", "Turkish Republic"])
    store.delete_document("ostravia-2030")
    fresh = stores("fresh", bundle_a(), bundle_c(), bundle_b())
    assert _shared(store, eid) == _shared(fresh, _turkey(fresh))
    assert store.find_entities("Turkish Republic") == []       # its only writer is gone
    for doc in DOCS:
        assert [{k: v for k, v in r.items() if k != "id"} for r in _export(store, doc)] == \
               [{k: v for k, v in r.items() if k != "id"} for r in _export(fresh, doc)]


def test_an_entity_no_report_links_any_more_goes_with_its_keys(stores):
    store = stores("db", bundle_a(), bundle_b())
    [kastor] = [r["id"] for r in _entities(store, "pellandia-2031") if r["name"] == "Kastor"]
    store.delete_document("pellandia-2031")
    assert store.entities(ids=[kastor]) == [] and store.find_entities("Kastor") == []
    with store.reading() as conn:
        assert conn.execute(sql("SELECT count(*) FROM entity_keys WHERE entity = :e"), {"e": kastor}).scalar() == 0


def test_deleting_a_report_keeps_a_reviewers_correction_on_the_linked_record(stores):
    store = stores("db", bundle_d(), bundle_a(), bundle_c(), bundle_b())
    eid = _turkey(store)
    _ledger(store).correct(eid, {"kind": "state"}, "a state, not a country")
    store.delete_document("ostravia-2030")
    _, name, aliases, attrs = _shared(store, eid)
    assert (name, aliases, attrs["kind"]) == ("Türkiye", ["Turkey"], "state")


# -- 3. a reviewer's correction --------------------------------------------------------------------
def test_a_name_corrected_while_reviewing_one_report_applies_to_every_report(stores):
    store = stores("db", bundle_a(), bundle_c(), bundle_b())
    led = _ledger(store)
    eid = _turkey(store)
    out = led.correct(eid, {"name": "Republic of Türkiye"}, "official name", doc="ostravia-2031")
    assert (out["name"], out["aliases"], out["doc"]) == ("Republic of Türkiye", ["Turkey"], "ostravia-2031")
    got = {doc: {r["id"]: r for r in _entities(store, doc)}[eid] for doc in DOCS}
    # the name everywhere; each report keeps its own other forms (its old name one of them)
    assert got["ostravia-2031"]["aliases"] == ["Turkey"]
    assert got["pellandia-2031"]["aliases"] == ["Türkiye"]
    assert got["ostravia-2032"]["aliases"] == ["Turkey", "Türkiye"]
    assert {r["name"] for r in got.values()} == {"Republic of Türkiye"}
    assert {r["review"]["status"] for r in got.values()} == {"corrected"}
    # each report's own attributes stay (its confidence)
    assert (got["ostravia-2031"]["confidence"], got["pellandia-2031"]["confidence"]) == (0.9, 0.6)
    assert _shared(store, eid)[1] == "Republic of Türkiye"
    [entry] = [h for h in led.history(eid) if h["action"] == "correct"]
    assert entry["after"]["record"]["name"] == "Republic of Türkiye" and entry["reason"] == "official name"


def test_a_field_other_than_the_name_leaves_each_reports_name(stores):
    store = stores("db", bundle_a(), bundle_c(), bundle_b())
    eid = _turkey(store)
    _ledger(store).correct(eid, {"kind": "state"}, "a state", doc="pellandia-2031")
    got = {doc: {r["id"]: r for r in _entities(store, doc)}[eid] for doc in DOCS}
    assert {d: (r["name"], r["aliases"], r["attributes"]["kind"]) for d, r in got.items()} == {
        "ostravia-2031": ("Turkey", [], "state"), "pellandia-2031": ("Türkiye", [], "state"),
        "ostravia-2032": ("Türkiye", ["Turkey"], "state")}


def test_a_report_ingested_after_the_correction_gets_it_and_the_machine_export_has_none(stores):
    store = stores("db", bundle_a(), bundle_c())
    eid = _turkey(store)
    _ledger(store).correct(eid, {"name": "Republic of Türkiye"}, "official name")
    store.save(bundle_b(), "test")         # a new report linked to the corrected entity
    store.save(bundle_a(), "test")         # and one ingested again
    for doc, own in (("pellandia-2031", "Türkiye"), ("ostravia-2031", "Turkey")):
        [r] = [r for r in _entities(store, doc) if r["id"] == eid]
        assert (r["name"], r["aliases"]) == ("Republic of Türkiye", [own])
        [m] = [r for r in document_records(store, doc, machine_only=True) if r.get("id") == eid]
        assert (m["name"], m["aliases"]) == (own, [])


def test_a_later_report_with_a_longer_name_does_not_undo_a_corrected_name(stores):
    store = stores("db", bundle_a(), bundle_c())
    eid = _turkey(store)
    _ledger(store).correct(eid, {"name": "Türkiye"}, "the name in use")
    text = ("2029 Country Report on Human Rights Practices: Ostravia\n\n"
            "Section 1. Respect for the Integrity of the Person\n\n"
            "Envoys of the Turkish Republic (Türkiye) met in Velmar.\n")
    later = _bundle("ostravia-2029", text, "Ostravia", "OV", 2029, [   # its name is longer than "Türkiye"
        ("place:turkish-republic", "Turkish Republic", ["Türkiye"], dict(TR))])
    store.save(later, "test")
    _, name, aliases, _ = _shared(store, eid)
    assert (name, aliases) == ("Türkiye", ["Turkey", "Turkish Republic"])
    [r] = [r for r in _entities(store, "ostravia-2029") if r["id"] == eid]
    assert (r["name"], r["aliases"]) == ("Türkiye", ["Turkish Republic"])


def test_record_with_doc_shows_the_reports_form_and_its_machine_original(stores):
    store = stores("db", bundle_a(), bundle_c(), bundle_b())
    led = _ledger(store)
    eid = _turkey(store)
    before = led.record(eid, doc="pellandia-2031")
    assert (before["record"]["name"], before["record"]["aliases"], before["doc"]) == ("Türkiye", [], "pellandia-2031")
    assert led.record(eid)["record"]["aliases"] == ["Turkey"]            # the linked record
    led.correct(eid, {"name": "Republic of Türkiye"}, "official name", version=0)
    now = led.record(eid, doc="pellandia-2031")
    assert now["record"]["name"] == "Republic of Türkiye" and now["machine"]["name"] == "Türkiye"
    assert now["version"] == 1 and now["review"]["status"] == "corrected"


def test_a_merge_still_exports_the_reviewers_record_everywhere(stores):
    store = stores("db", bundle_a(), bundle_b())
    led = _ledger(store)
    a = {r["name"]: r["id"] for r in _entities(store, "ostravia-2031")}
    b = {r["name"]: r["id"] for r in _entities(store, "pellandia-2031")}
    led.merge(a["Turkey"], b["Türkiye"], "same country")
    assert led.record(a["Turkey"], doc="pellandia-2031").get("doc") is None
    for doc in ("ostravia-2031", "pellandia-2031"):
        [r] = [r for r in _entities(store, doc) if r["id"] == a["Turkey"]]
        assert (r["name"], r["aliases"]) == ("Turkey", ["Türkiye"])


# -- the same through the CLI, the API and the web (SQLite) ---------------------------------------
def _led(tmp_path) -> Ledger:
    led = Ledger(str(tmp_path / "w.db"))
    for b in (bundle_a(), bundle_c(), bundle_b()):
        led.store.save(b, "test")
    return led


def test_the_api_reads_and_corrects_an_entity_as_a_report_gives_it(tmp_path):
    led = _led(tmp_path)
    eid = _turkey(led.store)
    client = TestClient(create_app(ledger=led), client=LOCAL)
    r = client.get(f"/api/records/{eid}", params={"doc": "pellandia-2031"}).json()
    assert (r["record"]["name"], r["record"]["aliases"], r["doc"]) == ("Türkiye", [], "pellandia-2031")
    r = client.post(f"/api/records/{eid}/correct", params={"doc": "pellandia-2031"},
                    json={"changes": {"name": "Republic of Türkiye"}, "reason": "official name", "version": 0})
    assert r.status_code == 200, r.text
    assert (r.json()["record"]["name"], r.json()["record"]["aliases"]) == ("Republic of Türkiye", ["Türkiye"])
    r = client.post(f"/api/records/{eid}/confirm", params={"doc": "ostravia-2031"}, json={"version": 1})
    assert (r.json()["record"]["name"], r.json()["record"]["aliases"]) == ("Republic of Türkiye", ["Turkey"])
    for doc, own in (("ostravia-2031", "Turkey"), ("pellandia-2031", "Türkiye")):
        export = client.get(f"/api/docs/{doc}/export")
        assert export.status_code == 200
        [e] = [e for e in map(json.loads, export.text.splitlines()) if e.get("id") == eid]
        assert (e["name"], e["aliases"]) == ("Republic of Türkiye", [own])


def test_the_web_review_list_and_reader_save_an_entity_in_the_reports_forms(tmp_path):
    led = _led(tmp_path)
    eid = _turkey(led.store)
    client = TestClient(create_app(ledger=led, ui=True), client=LOCAL)
    html = client.get("/review", params={"doc": "pellandia-2031", "kind": "entity"}).text
    item = re.search(rf'<li [^>]*data-address="{re.escape(eid)}"[^>]*>', html).group(0)
    assert 'data-doc="pellandia-2031"' in item
    assert f'href="/records/{eid}?doc=pellandia-2031"' in html
    page = client.get(f"/records/{eid}", params={"doc": "pellandia-2031"})
    assert page.status_code == 200 and "Türkiye" in page.text and '"doc": "pellandia-2031"' in page.text
    reader = client.get("/docs/ostravia-2031").text
    assert '"doc": "ostravia-2031"' in reader or '"doc":"ostravia-2031"' in reader
    assert "recordPath(rec.review.address, action, rec.review.doc)" in client.get("/static/review.js").text


def test_the_cli_corrects_with_doc_and_prints_the_reports_form(tmp_path):
    from rightsledger.cli import app

    led = _led(tmp_path)
    eid = _turkey(led.store)
    led.store.dispose()
    res = CliRunner().invoke(app, ["correct", eid, "--name", "Republic of Türkiye", "--reason", "official name",
                                   "--doc", "ostravia-2031", "--db", str(tmp_path / "w.db")])
    assert res.exit_code == 0, res.output
    out = json.loads([line for line in res.stdout.splitlines() if line.startswith("{")][-1])
    assert (out["name"], out["aliases"], out["doc"]) == ("Republic of Türkiye", ["Turkey"], "ostravia-2031")
