"""The store: migrations, one transaction per document, linking across documents."""
from __future__ import annotations

import pytest
from sqlalchemy import text as sql

from rightsledger.errors import RightsledgerError
from rightsledger.records import (
    Document, Entity, Event, Figure, Paragraph, Participant, Provision, Quantity, Section,
    Sentence, Span, Subtopic,
)
from rightsledger.store import MIGRATIONS, Bundle, Store, database_url

TEXT = (
    "2022 Country Report on Human Rights Practices: Veridia\n\n"
    "Section 1. Respect for the Integrity of the Person\n\n"
    "On March 3, police in Port Amsel detained journalist Ana Brell. "
    "Brell was released on March 9, according to the Veridian Helsinki Committee (VHC).\n\n"
    "The law allows detention without charge for up to 72 hours.\n"
)


def make_bundle(doc_id: str = "veridia-2022", text: str = TEXT, path: str = "/x/veridia-2022.txt",
                sha: str = "a" * 64, country_code: str = "VD") -> Bundle:
    def at(s: str, nth: int = 0) -> tuple[int, int]:
        i = -1
        for _ in range(nth + 1):
            i = text.index(s, i + 1)
        return i, i + len(s)

    sec_start = text.index("Section 1.")
    sents = [at("On March 3, police in Port Amsel detained journalist Ana Brell."),
             at("Brell was released on March 9, according to the Veridian Helsinki Committee (VHC)."),
             at("The law allows detention without charge for up to 72 hours.")]
    doc = Document(doc_id, text.splitlines()[0], "Veridia", country_code, 2022, "USDOS", "txt", sha, len(text))
    p1 = (sents[0][0], sents[1][1])
    p2 = sents[2]
    brell = Entity("person:ana-brell", "person", "Ana Brell", ["Brell"], {"roles": ["journalist"]},
                   [list(at("Ana Brell")), list(at("Brell", 1))])
    vhc = Entity("organization:veridian-helsinki-committee", "organization", "Veridian Helsinki Committee",
                 ["VHC"], {"kind": "ngo"}, [list(at("Veridian Helsinki Committee")), list(at("VHC"))])
    place = Entity("place:port-amsel", "place", "Port Amsel", [], {"kind": "city"}, [list(at("Port Amsel"))])
    ev1 = Event(f"{doc_id}:ev:1", doc_id, "detention_or_arrest", "2022-03-03", None, "day",
                [Participant("person:ana-brell", "Ana Brell", "target")], "Port Amsel", "1", "asserted",
                None, Span.of(text, *sents[0]))
    ev2 = Event(f"{doc_id}:ev:2", doc_id, "release", "2022-03-09", None, "day",
                [Participant("person:ana-brell", "Brell", "target")], None, "1", "asserted",
                "Veridian Helsinki Committee", Span.of(text, *sents[1]))
    prov = Provision(f"{doc_id}:prov:1", doc_id, "time_limit", Quantity(72, "hours", "up to 72 hours"),
                     "detention without charge", "1", Span.of(text, *sents[2]))
    fig = Figure(f"{doc_id}:fig:1", doc_id, 72, "hours", "detention without charge", "up to", None, "1",
                 Span.of(text, *sents[2]))
    return Bundle(
        document=doc, path=path, text=text,
        sections=[Section(doc_id, "1", "Respect for the Integrity of the Person", 1, None, sec_start, len(text.rstrip()))],
        subtopics=[Subtopic(doc_id, "1", "Detention", p2[0], p2[1])],
        paragraphs=[Paragraph(doc_id, "1", None, 1, *p1), Paragraph(doc_id, "1", None, 2, *p2)],
        sentences=[Sentence(doc_id, "1", 1, *sents[0]), Sentence(doc_id, "1", 1, *sents[1]),
                   Sentence(doc_id, "1", 2, *sents[2])],
        entities=[brell, vhc, place], events=[ev1, ev2], figures=[fig], provisions=[prov],
    )


@pytest.fixture
def store(tmp_path):
    return Store(tmp_path / "t.db")


def test_database_url_defaults_to_sqlite_file(monkeypatch):
    monkeypatch.delenv("RIGHTSLEDGER_DB", raising=False)
    assert database_url(None) == "sqlite:///rightsledger.db"
    assert database_url("x.db") == "sqlite:///x.db"
    assert database_url("postgresql://u@h/db") == "postgresql://u@h/db"
    monkeypatch.setenv("RIGHTSLEDGER_DB", "env.db")
    assert database_url(None) == "sqlite:///env.db"


def test_migrations_are_recorded_once(tmp_path):
    s = Store(tmp_path / "m.db")
    assert s.applied_migrations() == [name for name, _ in MIGRATIONS]
    assert Store(tmp_path / "m.db").migrate() == []


def test_wal_mode(store):
    with store.engine.connect() as conn:
        assert conn.execute(sql("PRAGMA journal_mode")).scalar() == "wal"


def test_round_trip_of_every_record(store):
    b = make_bundle()
    store.save(b, "test")
    assert store.document("veridia-2022") == b.document
    assert store.sections("veridia-2022") == b.sections
    assert store.subtopics("veridia-2022") == b.subtopics
    assert store.paragraphs("veridia-2022") == b.paragraphs
    assert store.events(doc="veridia-2022") == b.events
    assert store.figures(doc="veridia-2022") == b.figures
    assert store.provisions(doc="veridia-2022") == b.provisions
    ents = {e.name: e for e in store.entities(doc="veridia-2022")}
    assert ents["Veridian Helsinki Committee"].aliases == ["VHC"]
    assert ents["Ana Brell"].mentions == b.entities[0].mentions


def test_fts_index_finds_sentences(store):
    store.save(make_bundle(), "test")
    with store.engine.connect() as conn:
        rows = conn.execute(sql(
            "SELECT s.text FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid "
            "WHERE sentences_fts MATCH :q"), {"q": "released"}).scalars().all()
    assert rows == ["Brell was released on March 9, according to the Veridian Helsinki Committee (VHC)."]


def test_saving_again_replaces_and_keeps_fts_consistent(store):
    store.save(make_bundle(), "test")
    store.save(make_bundle(), "test")
    assert len(store.events(doc="veridia-2022")) == 2
    with store.engine.connect() as conn:
        n = conn.execute(sql("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'released'")).scalar()
        conn.execute(sql("INSERT INTO sentences_fts(sentences_fts) VALUES('integrity-check')"))
    assert n == 1


def test_a_failure_inside_the_transaction_leaves_no_trace(store):
    def boom() -> None:
        raise RuntimeError("killed halfway")

    with pytest.raises(RuntimeError):
        store.save(make_bundle(), "test", before_commit=boom)
    assert store.doc_ids() == []
    assert store.entities() == []
    with store.engine.connect() as conn:
        assert conn.execute(sql("SELECT count(*) FROM sentences")).scalar() == 0


def test_same_entity_in_two_documents_is_one_entity(store):
    store.save(make_bundle(), "test")
    store.save(make_bundle("veridia-2023", path="/x/veridia-2023.txt", sha="b" * 64), "test")
    (vhc,) = [e for e in store.entities() if e.type == "organization"]
    assert sorted(set(vhc.mention_docs)) == ["veridia-2022", "veridia-2023"]
    assert len(store.entities(doc="veridia-2023")) == 3
    # events point at the linked entity ids
    (ev,) = store.events(doc="veridia-2023", type="release")
    assert ev.participants[0].entity == "person:ana-brell"


def test_persons_are_not_linked_across_countries(store):
    store.save(make_bundle(), "test")
    store.save(make_bundle("otherland-2022", path="/x/o.txt", sha="c" * 64, country_code="OT"), "test")
    brells = [e for e in store.entities() if e.name == "Ana Brell"]
    assert len(brells) == 2


def test_deleting_a_document_removes_orphan_entities(store):
    store.save(make_bundle(), "test")
    store.save(make_bundle("veridia-2023", path="/x/veridia-2023.txt", sha="b" * 64), "test")
    store.delete_document("veridia-2022")
    assert store.doc_ids() == ["veridia-2023"]
    assert all(set(e.mention_docs) == {"veridia-2023"} for e in store.entities())
    store.delete_document("veridia-2023")
    assert store.entities() == []


def test_unique_doc_id(store):
    store.save(make_bundle(), "test")
    assert store.unique_doc_id("veridia-2022", "/x/veridia-2022.txt") == "veridia-2022"
    assert store.unique_doc_id("veridia-2022", "/elsewhere.txt") == "veridia-2022-2"


def test_entity_counts_page_by_page_with_their_total(store):
    """The most mentioned first, a page at a time; the total on every page, past the last too."""
    store.save(make_bundle(), "test")
    total, rows = store.entity_counts(limit=50)
    assert total == 3 and [(e.name, n) for e, n in rows] == [
        ("Ana Brell", 2), ("Veridian Helsinki Committee", 2), ("Port Amsel", 1)]
    pages = [store.entity_counts(limit=1, offset=k) for k in range(4)]
    assert [t for t, _ in pages] == [3, 3, 3, 3]
    assert [r[0][0].name for _, r in pages[:3]] == ["Ana Brell", "Veridian Helsinki Committee", "Port Amsel"]
    assert pages[3][1] == []
    assert store.entity_counts(doc="veridia-2022", type="person") == (1, [(rows[0][0], 2)])
    assert store.entity_counts(type="person", offset=5) == (1, [])
    assert store.entity_counts(doc="elsewhere") == (0, [])


def test_event_filters(store):
    store.save(make_bundle(), "test")
    assert [e.type for e in store.events(date_from="2022-03-05")] == ["release"]
    assert [e.type for e in store.events(date_to="2022-03")] == ["detention_or_arrest", "release"]
    assert [e.type for e in store.events(entity="person:ana-brell", type="release")] == ["release"]
    assert store.events(section="1") and not store.events(section="2")


def test_events_page_counts_and_pages_in_one_statement_past_the_end_too(store):
    from sqlalchemy import event

    store.save(make_bundle(), "test")
    seen: list[str] = []
    event.listen(store.read_engine, "before_cursor_execute", lambda conn, cur, stmt, *a: seen.append(stmt))
    total, page = store.events_page(limit=1, raw=True)
    assert (total, [e["type"] for e in page]) == (2, ["detention_or_arrest"])
    assert len([s for s in seen if "FROM events" in s]) == 1
    assert store.events_page(limit=1, offset=1)[0] == 2
    assert store.events_page(limit=5, offset=7) == (2, [])          # past the end: still counted
    assert store.events_page(limit=5, type="release")[0] == 1
    assert store.events_page(limit=5, doc="elsewhere") == (0, [])


def test_unknown_document_is_a_catalogue_error(store):
    with pytest.raises(RightsledgerError) as exc:
        store.document("nope")
    assert exc.value.code.code == "E021"


def test_a_corrupt_database_file_is_a_catalogue_error(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(RightsledgerError) as exc:
        Store(bad)
    assert "bad.db" in str(exc.value)
    assert isinstance(exc.value.__cause__, Exception)


def test_a_body_named_elsewhere_keeps_its_own_name_in_another_country(store):
    """Linked across reports by a global key, a body is exported under the name its first report
    gave it; a chapter's alias must not be that key (see extract/link.py)."""
    import dataclasses

    def with_body(bundle, name, aliases):
        vhc = next(e for e in bundle.entities if e.type == "organization")
        body = dataclasses.replace(vhc, name=name, aliases=aliases)
        return dataclasses.replace(bundle, entities=[body if e is vhc else e for e in bundle.entities])

    store.save(with_body(make_bundle(), "Veridian Helsinki Committee Otherland", ["Veridian Helsinki Committee"]),
               "test")
    store.save(with_body(make_bundle("otherland-2022", path="/x/o.txt", sha="c" * 64, country_code="OT"),
                         "Veridian Helsinki Committee", []), "test")
    names = {e.name for e in store.entities(doc="otherland-2022") if e.type == "organization"}
    assert names == {"Veridian Helsinki Committee"}
