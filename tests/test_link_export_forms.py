"""A report's export does not depend on which other reports share the database.

Cross-report linking gives one entity id to a referent named in several reports (the
ledger, search, timelines and compare follow it), but the ``name`` and ``aliases`` a
report's exported entity record carries are the forms THAT report writes (DESIGN: name =
the fullest form the text uses, aliases = every other form the text uses).
Fictional reports of a fictional region.
"""
from __future__ import annotations

import json
import os
import uuid

import pytest
from sqlalchemy import create_engine
from sqlalchemy import text as sql

from rightsledger import Ledger
from rightsledger.records import Document, Entity, Paragraph, Section, Sentence
from rightsledger.store import Bundle, Store
from rightsledger.store.export import document_records

A_TEXT = ("2031 Country Report on Human Rights Practices: Ostravia\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n"
          "Refugees from Turkey crossed into Ostravia. Officials of the Democratic Republic of the Congo "
          "visited Velmar.\n")
B_TEXT = ("2031 Country Report on Human Rights Practices: Pellandia\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n"
          "Officials from Türkiye met the DRC envoy in Kastor. Traders from Türkiye stayed.\n")
C_TEXT = ("2032 Country Report on Human Rights Practices: Ostravia\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n"
          "The DRC and the Democratic Republic of the Congo signed an accord in Velmar. "
          "Türkiye (formerly Turkey) observed.\n")


def _spans(text: str, form: str) -> list[list[int]]:
    out, i = [], text.find(form)
    while i >= 0:
        # a form inside a longer one ("DRC" never is here; "Congo" is not looked for)
        out.append([i, i + len(form)])
        i = text.find(form, i + 1)
    return out


def _bundle(doc_id: str, text: str, country: str, cc: str, year: int,
            places: list[tuple[str, str, list[str], dict]]) -> Bundle:
    doc = Document(doc_id, text.splitlines()[0], country, cc, year, "USDOS", "txt",
                   (doc_id.encode().hex() * 64)[:64], len(text))
    start = text.index("Section 1.")
    body = text.index("\n\n", start) + 2
    ents = []
    for eid, name, aliases, attrs in places:
        mentions = [m for form in [name, *aliases] for m in _spans(text, form)]
        ents.append(Entity(eid, "place", name, aliases, attrs, sorted(mentions)))
    return Bundle(document=doc, path=f"/fiction/{doc_id}.txt", text=text,
                  sections=[Section(doc_id, "1", "Respect for the Integrity of the Person", 1, None, start,
                                    len(text.rstrip()))],
                  subtopics=[], paragraphs=[Paragraph(doc_id, "1", None, 1, body, len(text.rstrip()))],
                  sentences=[Sentence(doc_id, "1", 1, body, len(text.rstrip()))],
                  entities=ents, events=[], figures=[], provisions=[])


TR = {"kind": "country", "country_code": "TR", "lat": 39.0, "lon": 35.0}
CD = {"kind": "country", "country_code": "CD", "lat": -2.9, "lon": 23.6}


def bundle_a() -> Bundle:
    return _bundle("ostravia-2031", A_TEXT, "Ostravia", "OV", 2031, [
        ("place:turkey", "Turkey", [], {**TR, "confidence": 0.9}),
        ("place:democratic-republic-of-the-congo", "Democratic Republic of the Congo", [], dict(CD)),
        ("place:velmar", "Velmar", [], {"kind": "city"})])


def bundle_b() -> Bundle:
    return _bundle("pellandia-2031", B_TEXT, "Pellandia", "PL", 2031, [
        ("place:turkiye", "Türkiye", [], {**TR, "confidence": 0.6}),
        ("place:drc", "DRC", [], dict(CD)),
        ("place:kastor", "Kastor", [], {"kind": "city"})])


def bundle_c() -> Bundle:
    return _bundle("ostravia-2032", C_TEXT, "Ostravia", "OV", 2032, [
        ("place:democratic-republic-of-the-congo", "Democratic Republic of the Congo", ["DRC"], dict(CD)),
        ("place:turkiye", "Türkiye", ["Turkey"], dict(TR)),
        ("place:velmar", "Velmar", [], {"kind": "city"})])


def _export(store: Store, doc: str) -> list[dict]:
    return [json.loads(json.dumps(r, ensure_ascii=False)) for r in document_records(store, doc)]


def _entities(store: Store, doc: str) -> list[dict]:
    return [r for r in _export(store, doc) if r["kind"] == "entity"]


def _forms(store: Store, doc: str) -> list[tuple]:
    return [(r["name"], tuple(r["aliases"]), json.dumps(r["attributes"], sort_keys=True), tuple(map(tuple, r["mentions"])))
            for r in _entities(store, doc)]


PG_URL = os.environ.get("RIGHTSLEDGER_TEST_PG")


@pytest.fixture(params=["sqlite", "postgresql"])
def stores(request, tmp_path):
    """A factory: ``stores(name, *bundles)`` → a new database holding ``bundles`` (in order)."""
    made: list[tuple[Store, str | None]] = []
    admin = None
    if request.param == "postgresql":
        if not PG_URL:
            pytest.skip("RIGHTSLEDGER_TEST_PG is not set (scripts/pg.sh start)")
        from sqlalchemy import make_url
        admin = create_engine(PG_URL)

    def make(name: str, *bundles: Bundle) -> Store:
        if admin is None:
            store, schema = Store(f"sqlite:///{tmp_path / name}.db"), None
        else:
            schema = "rl_" + uuid.uuid4().hex[:12]
            with admin.begin() as conn:
                conn.execute(sql(f"CREATE SCHEMA {schema}"))
            from sqlalchemy import make_url
            url = make_url(PG_URL).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
                hide_password=False)
            store = Store(url)
        made.append((store, schema))
        for b in bundles:
            store.save(b, "test")
        return store

    try:
        yield make
    finally:
        for store, schema in made:
            store.engine.dispose()
            if admin is not None and schema:
                with admin.begin() as conn:
                    conn.execute(sql(f"DROP SCHEMA {schema} CASCADE"))
        if admin is not None:
            admin.dispose()


@pytest.mark.parametrize("others", [("b",), ("c",), ("b", "c"), ("c", "b")])
@pytest.mark.parametrize("a_first", [True, False])
def test_a_report_exports_the_same_entities_whatever_else_is_stored(stores, others, a_first):
    alone = stores("alone", bundle_a())
    made = {"b": bundle_b, "c": bundle_c}
    rest = [made[o]() for o in others]
    bundles = [bundle_a(), *rest] if a_first else [*rest, bundle_a()]
    shared = stores("shared", *bundles)
    assert _forms(shared, "ostravia-2031") == _forms(alone, "ostravia-2031")
    # the whole export, ids aside (an id is the cross-report link and may be another report's)
    def strip(recs):
        return [{k: v for k, v in r.items() if k != "id"} for r in recs]
    assert strip(_export(shared, "ostravia-2031")) == strip(_export(alone, "ostravia-2031"))


def test_names_and_aliases_are_forms_the_report_writes(stores):
    store = stores("db", bundle_a(), bundle_b(), bundle_c())
    for doc, text in (("ostravia-2031", A_TEXT), ("pellandia-2031", B_TEXT), ("ostravia-2032", C_TEXT)):
        for r in _entities(store, doc):
            for form in [r["name"], *r["aliases"]]:
                assert form in text, (doc, form)
    a = {r["name"]: r for r in _entities(store, "ostravia-2031")}
    assert a["Turkey"]["aliases"] == [] and a["Democratic Republic of the Congo"]["aliases"] == []
    b = {r["name"]: r for r in _entities(store, "pellandia-2031")}
    assert set(b) == {"Türkiye", "DRC", "Kastor"}
    c = {r["name"]: r for r in _entities(store, "ostravia-2032")}
    assert c["Democratic Republic of the Congo"]["aliases"] == ["DRC"]
    assert c["Türkiye"]["aliases"] == ["Turkey"]


def test_the_link_across_reports_is_kept(stores):
    """What the ledger, search and timelines use: one entity id, every form, every mention
    (C, which writes both forms, links B's form to A's entity)."""
    store = stores("db", bundle_a(), bundle_c(), bundle_b())
    a = {r["name"]: r["id"] for r in _entities(store, "ostravia-2031")}
    b = {r["name"]: r["id"] for r in _entities(store, "pellandia-2031")}
    assert a["Turkey"] == b["Türkiye"] and a["Democratic Republic of the Congo"] == b["DRC"]
    [drc] = store.entities(ids=[a["Democratic Republic of the Congo"]])
    assert drc.name == "Democratic Republic of the Congo" and drc.aliases == ["DRC"]
    assert sorted(set(drc.mention_docs)) == ["ostravia-2031", "ostravia-2032", "pellandia-2031"]
    [tr] = store.entities(ids=[a["Turkey"]])
    assert {tr.name, *tr.aliases} == {"Turkey", "Türkiye"}


def test_deleting_a_report_takes_its_forms_with_it(stores):
    store = stores("db", bundle_a(), bundle_c(), bundle_b())
    store.delete_document("ostravia-2032")   # the report that linked the forms
    alone = stores("alone", bundle_a())
    assert _forms(store, "ostravia-2031") == _forms(alone, "ostravia-2031")


def test_a_report_stored_alone_is_untouched(stores):
    """One report alone: the record is the one the entities table holds (what the gold runs see)."""
    store = stores("db", bundle_c())
    [drc] = [e for e in store.entities() if e.type == "place" and e.name.startswith("Democratic")]
    rec = {r["name"]: r for r in _entities(store, "ostravia-2032")}["Democratic Republic of the Congo"]
    assert (rec["id"], rec["aliases"], rec["attributes"]) == (drc.id, drc.aliases, drc.attributes)


def test_the_per_document_entity_list_gives_the_documents_forms(stores):
    """What the API's ``/entities?doc=`` and the web reader read."""
    store = stores("db", bundle_a(), bundle_c(), bundle_b())
    _, rows = store.entity_counts(doc="pellandia-2031", type="place")
    assert {e.name for e, _ in rows} == {"Türkiye", "DRC", "Kastor"}
    assert all(e.aliases == [] for e, _ in rows)
    _, everywhere = store.entity_counts(type="place")
    assert "Democratic Republic of the Congo" in {e.name for e, _ in everywhere}
    body = B_TEXT.index("Officials")
    assert {e.name for e in store.entities(doc="pellandia-2031", within=(body, body + 20))} == {"Türkiye"}


def _ledger(store: Store) -> Ledger:
    led = Ledger.__new__(Ledger)  # the ledger over this very store (its review operations)
    led.store = store
    return led


def test_a_reviewers_correction_is_what_every_report_exports(stores):
    store = stores("db", bundle_a(), bundle_c(), bundle_b())
    led = _ledger(store)
    eid = {r["name"]: r["id"] for r in _entities(store, "ostravia-2031")}["Turkey"]
    led.correct(eid, {"name": "Republic of Türkiye"}, "official name")
    for doc in ("ostravia-2031", "pellandia-2031", "ostravia-2032"):
        [r] = [r for r in _entities(store, doc) if r["id"] == eid]
        assert r["name"] == "Republic of Türkiye" and r["review"]["status"] == "corrected"


def test_a_merge_by_a_reviewer_exports_the_merged_record(stores):
    store = stores("db", bundle_a(), bundle_b())
    led = _ledger(store)
    a = {r["name"]: r["id"] for r in _entities(store, "ostravia-2031")}
    b = {r["name"]: r["id"] for r in _entities(store, "pellandia-2031")}
    assert a["Turkey"] != b["Türkiye"]            # no report wrote both: not linked
    led.merge(a["Turkey"], b["Türkiye"], "same country")
    for doc in ("ostravia-2031", "pellandia-2031"):
        [r] = [r for r in _entities(store, doc) if r["id"] == a["Turkey"]]
        assert (r["name"], r["aliases"]) == ("Turkey", ["Türkiye"])


# -- the same through the pipeline: three fictional text reports (tests/fixtures/link_forms) -------
FORMS = __import__("pathlib").Path(__file__).resolve().parent / "fixtures" / "link_forms"


def _pipeline_entities(db, files) -> list[dict]:
    led = Ledger(str(db))
    for f in files:  # one at a time: the order they are linked in
        [res] = led.ingest([FORMS / f])
        assert res.status == "ingested", res.error
    recs = [r for r in led.export("ostravia-2031") if r["kind"] == "entity"]
    led.store.engine.dispose()
    return [{k: v for k, v in r.items() if k != "id"} for r in recs]


def test_through_the_pipeline_a_reports_export_ignores_the_others(tmp_path):
    """Ostravia 2031 writes "Turkey" and "the Democratic Republic of the Congo"; Pellandia 2031
    writes "Türkiye" and "DRC"; Ostravia 2032 writes all four, which links them."""
    alone = _pipeline_entities(tmp_path / "alone.db", ["ostravia-2031.txt"])
    first = _pipeline_entities(tmp_path / "first.db", ["ostravia-2031.txt", "ostravia-2032.txt", "pellandia-2031.txt"])
    last = _pipeline_entities(tmp_path / "last.db", ["ostravia-2032.txt", "pellandia-2031.txt", "ostravia-2031.txt"])
    assert first == alone and last == alone
    names = {r["name"]: r["aliases"] for r in alone}
    assert names.get("Turkey") == [] and names.get("Democratic Republic of the Congo") == []
