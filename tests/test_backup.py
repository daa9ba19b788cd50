"""Backup while documents are being ingested, and restore: a consistent database with no
half-written document, on SQLite (online backup API) and PostgreSQL (pg_dump)."""
from __future__ import annotations

import os
import threading
import uuid

import pytest
from sqlalchemy import create_engine, make_url
from sqlalchemy import text as sql

from rightsledger.errors import RightsledgerError
from rightsledger.ledger import Ledger
from rightsledger.store import Store
from rightsledger.store.backup import backup, restore

from .test_store import TEXT, make_bundle

PG_URL = os.environ.get("RIGHTSLEDGER_TEST_PG")
COUNTS = {"sections": 1, "paragraphs": 2, "sentences": 3, "events": 2, "figures": 1, "provisions": 1}


def _bundle(k: int):
    return make_bundle(doc_id=f"veridia-{2000 + k}", path=f"/x/veridia-{2000 + k}.txt",
                       sha=f"{k:064d}", text=TEXT)


def _assert_consistent(store: Store) -> set[str]:
    """Every document has all its records and nothing belongs to a missing document."""
    with store.engine.connect() as conn:
        docs = set(conn.execute(sql("SELECT id FROM documents")).scalars())
        for table, n in COUNTS.items():
            per = dict(conn.execute(sql(f"SELECT doc, COUNT(*) FROM {table} GROUP BY doc")).all())
            assert set(per) <= docs, f"{table} rows of a missing document"
            assert all(per.get(d) == n for d in docs), (table, per)
        changes = conn.execute(sql("SELECT COUNT(*) FROM changes WHERE kind = 'ingest'")).scalar()
        assert changes >= len(docs)
    return docs


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path):
    if request.param == "sqlite":
        yield str(tmp_path / "live.db")
        return
    if not PG_URL:
        pytest.skip("RIGHTSLEDGER_TEST_PG is not set (scripts/pg.sh start)")
    name = "rl_bk_" + uuid.uuid4().hex[:10]
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sql(f"CREATE DATABASE {name}"))
    try:
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


def test_backup_during_ingest_restores_a_consistent_database(url, tmp_path):
    store = Store(url)
    for k in range(3):
        store.save(_bundle(k), "test")
    in_transaction, backed_up = threading.Event(), threading.Event()

    def slow_commit() -> None:  # the 4th document is written but not committed yet
        in_transaction.set()
        assert backed_up.wait(60)

    writer = threading.Thread(target=lambda: store.save(_bundle(3), "test", before_commit=slow_commit))
    writer.start()
    assert in_transaction.wait(60)
    # more ingests keep going in another thread while backups are taken
    stop = threading.Event()

    def ingest_more() -> None:
        k = 10
        while not stop.is_set() and k < 40:
            Store(url).save(_bundle(k), "test")
            k += 1

    try:
        first = tmp_path / "first.bak"
        backup(store, first)          # a writer holds an open transaction meanwhile
    finally:
        backed_up.set()
        writer.join(60)
    reviewed: list[str] = []

    def review_more() -> None:  # reviews (record, review row, correction, audit entry) meanwhile
        ledger, n = Ledger(url), 0
        while not stop.is_set() and n < 60:
            address = f"veridia-200{n % 3}:ev:{1 + n % 2}"
            if n % 2:
                ledger.correct(address, {"type": "release" if n % 4 == 1 else "trial"}, "type read again")
            else:
                ledger.confirm(address)
            reviewed.append(address)
            n += 1
        ledger.store.dispose()

    more = threading.Thread(target=ingest_more)
    reviews = threading.Thread(target=review_more)
    more.start()
    reviews.start()
    second = tmp_path / "second.bak"
    try:
        backup(store, second)
    finally:
        stop.set()
        more.join(120)
        reviews.join(120)
    assert reviewed
    assert len(_assert_consistent(store)) >= 4

    restore(store, first)
    restored = Store(url)
    assert _assert_consistent(restored) == {"veridia-2000", "veridia-2001", "veridia-2002"}
    restore(restored, second)
    docs = _assert_consistent(Store(url))
    assert {"veridia-2000", "veridia-2001", "veridia-2002", "veridia-2003"} <= docs
    # every review in the backup whole: the audit chain unbroken, and each record's review
    # version matching its audit entries and its history
    ledger = Ledger(url)
    assert ledger.audit_verify().ok
    with ledger.store.engine.connect() as conn:
        versions = dict(conn.execute(sql("SELECT record, version FROM reviews")).all())
        entries = dict(conn.execute(sql("SELECT record, COUNT(*) FROM audit GROUP BY record")).all())
    assert versions == entries
    for address, version in versions.items():
        assert len(ledger.history(address)) == version
    ledger.store.dispose()
    store.dispose()
    restored.dispose()


def test_restore_refuses_what_is_not_a_backup(tmp_path):
    store = Store(tmp_path / "x.db")
    bad = tmp_path / "bad.bak"
    bad.write_text("hello")
    with pytest.raises(RightsledgerError) as err:
        restore(store, bad)
    assert err.value.code.code == "E041"


def test_backup_and_restore_commands(tmp_path):
    from typer.testing import CliRunner

    from rightsledger.cli import app

    db = tmp_path / "cli.db"
    Store(db).save(_bundle(1), "test")
    runner = CliRunner()
    r = runner.invoke(app, ["backup", str(tmp_path / "b.db"), "--db", str(db)])
    assert r.exit_code == 0, r.output
    Store(db).delete_document("veridia-2001")
    r = runner.invoke(app, ["restore", str(tmp_path / "b.db"), "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert Store(db).doc_ids() == ["veridia-2001"]


def test_the_change_counter_never_goes_back_across_a_restore(url, tmp_path):
    """An ETag handed out before a restore never matches again: the counter moves past
    what it was, though the backup holds a smaller one."""
    store = Store(url)
    store.save(_bundle(1), "1")
    backup(store, tmp_path / "old.bak")
    for k in range(2, 6):
        store.save(_bundle(k), "1")
    before = store.current_version()[0]
    restore(store, tmp_path / "old.bak")
    after = store.current_version()[0]
    assert after > before
    assert _assert_consistent(store) == {"veridia-2001"}
    store.save(_bundle(7), "1")                    # the id sequence goes on from there
    assert store.current_version()[0] > after
    store.dispose()
