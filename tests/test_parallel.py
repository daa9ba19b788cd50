"""parallel.py and concurrency: a parallel ingest gives the database a sequential one
gives; readers run while a writer writes; two ingests of one folder at once give the
database one ingest gives; writers cannot both take one document id."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text as sql

try:
    from tests.test_store import make_bundle
except ImportError:  # tests/ is not a package
    from test_store import make_bundle  # type: ignore[no-redef]
from rightsledger.ledger import Ledger
from rightsledger.run.parallel import ingest_parallel
from rightsledger.store import Store

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "reports"


def export_lines(db) -> list[str]:
    return [json.dumps(r, sort_keys=True, ensure_ascii=False) for r in Ledger(db).export()]


def statuses(results) -> list[tuple[str, str, str | None, str | None]]:
    return [(Path(r.path).name, r.status, r.doc, r.code) for r in results]


# -- no model needed -------------------------------------------------------------------------
def test_two_writers_cannot_take_the_same_document_id(tmp_path):
    """Both ask for a free id before either saves (the race); save settles it."""
    store = Store(tmp_path / "r.db")
    a = make_bundle("veridia-2022", path="/x/a.txt", sha="a" * 64)
    b = make_bundle("veridia-2022", path="/x/b.txt", sha="b" * 64)
    assert store.unique_doc_id("veridia-2022", a.path) == store.unique_doc_id("veridia-2022", b.path)
    assert store.save(a, "t") == "veridia-2022"
    assert store.save(b, "t") == "veridia-2022-2"
    assert store.doc_ids() == ["veridia-2022", "veridia-2022-2"]
    assert b.document.id == "veridia-2022-2"
    assert {e.id for e in store.events(doc="veridia-2022-2")} == {"veridia-2022-2:ev:1", "veridia-2022-2:ev:2"}
    assert all(f.doc == "veridia-2022-2" for f in store.figures(doc="veridia-2022-2"))
    assert len(store.events(doc="veridia-2022")) == 2          # the first one is intact
    # a path keeps its document: saving it again under another id replaces that document
    c = make_bundle("other-id", path="/x/a.txt", sha="c" * 64)
    assert store.save(c, "t") == "veridia-2022"
    assert store.doc_ids() == ["veridia-2022", "veridia-2022-2"]


def test_concurrent_writers_in_threads_lose_nothing(tmp_path):
    db = tmp_path / "w.db"
    Store(db)
    errors: list[BaseException] = []

    def writer(k: int) -> None:
        store = Store(db)                     # one engine per writer, like two processes
        try:
            for i in range(8):
                store.save(make_bundle("veridia-2022", path=f"/x/{k}-{i}.txt", sha=f"{k}{i}".ljust(64, "0")), "t")
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(k,)) for k in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    store = Store(db)
    ids = store.doc_ids()
    assert len(ids) == 24 and len(set(ids)) == 24
    with store.engine.connect() as conn:
        assert conn.execute(sql("SELECT count(DISTINCT path) FROM documents")).scalar() == 24
        n = conn.execute(sql("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'released'")).scalar()
        conn.execute(sql("INSERT INTO sentences_fts(sentences_fts) VALUES('integrity-check')"))
    assert n == 24


def test_reads_while_a_writer_writes(tmp_path):
    """documents(), an FTS query and events() in a loop from a thread, during 40 saves."""
    db = tmp_path / "rw.db"
    writer = Store(db)
    reader = Store(db)
    stop = threading.Event()
    errors: list[BaseException] = []
    reads = [0]

    def read_loop() -> None:
        while not stop.is_set():
            try:
                docs = reader.documents()
                with reader.engine.connect() as conn:
                    conn.execute(sql(
                        "SELECT s.doc FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid "
                        "WHERE sentences_fts MATCH :q"), {"q": "released"}).all()
                reader.events(type="release")
                assert all(d["id"] for d in docs)
                reads[0] += 1
            except BaseException as exc:  # noqa: BLE001
                errors.append(exc)
                return

    t = threading.Thread(target=read_loop)
    t.start()
    try:
        for i in range(40):
            writer.save(make_bundle(f"veridia-{i}", path=f"/x/{i}.txt", sha=f"{i}".ljust(64, "0")), "t")
            if i % 5 == 4:
                writer.delete_document(f"veridia-{i - 2}")
    finally:
        time.sleep(0.05)
        stop.set()
        t.join()
    assert errors == []
    assert reads[0] > 0
    assert len(writer.doc_ids()) == 32


def test_many_processes_open_a_new_database_at_once(tmp_path):
    """Migrations under concurrent first use: every process sees the schema, once."""
    db = tmp_path / "new.db"
    code = ("import sys; from rightsledger.store import Store; "
            "s = Store(sys.argv[1]); print(len(s.applied_migrations()))")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    procs = [subprocess.Popen([sys.executable, "-c", code, str(db)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=env) for _ in range(4)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), [o[1][-500:] for o in outs]
    from rightsledger.store import MIGRATIONS

    assert {o[0].strip() for o in outs} == {str(len(MIGRATIONS))}
    with Store(db).engine.connect() as conn:
        assert conn.execute(sql("SELECT count(*) FROM migrations")).scalar() == len(MIGRATIONS)


# -- with the model ----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> list[Path]:
    """The example reports, a byte-identical copy (→ duplicate), an empty file (→ failed),
    a missing file (→ failed)."""
    d = tmp_path_factory.mktemp("batch")
    for f in sorted(EXAMPLES.iterdir()):
        shutil.copy(f, d / f.name)
    shutil.copy(EXAMPLES / "veridia-2023.txt", d / "zz-copy-of-veridia-2023.txt")
    (d / "empty.txt").write_text("")
    return [d, d / "no-such-report.txt"]


@pytest.fixture(scope="module")
def sequential(batch, tmp_path_factory):
    db = tmp_path_factory.mktemp("seq") / "seq.db"
    results = Ledger(db).ingest(batch)
    return db, results


@pytest.mark.model
def test_parallel_ingest_equals_sequential(batch, sequential, tmp_path):
    seq_db, seq_results = sequential
    db = tmp_path / "par.db"
    seen = []
    # a reader hammers the database from a thread while the parent writes
    stop = threading.Event()
    errors: list[BaseException] = []

    def read_loop() -> None:
        reader = Store(db)
        while not stop.is_set():
            try:
                reader.documents()
                with reader.engine.connect() as conn:
                    conn.execute(sql("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'police'")).scalar()
            except BaseException as exc:  # noqa: BLE001
                errors.append(exc)
                return
            time.sleep(0.01)

    Store(db)
    t = threading.Thread(target=read_loop)
    t.start()
    try:
        results = ingest_parallel(db, batch, workers=2, progress=seen.append)
    finally:
        stop.set()
        t.join()
    assert errors == []
    assert statuses(results) == statuses(seq_results)
    assert [r.path for r in seen] == [r.path for r in results]       # progress in input order
    assert [r.status for r in results] == ["failed", "ingested", "ingested", "ingested",
                                           "duplicate", "failed"]
    assert [r.code for r in results if r.status == "failed"] == ["E001", "E020"]
    assert [r.counts for r in results] == [r.counts for r in seq_results]
    assert export_lines(db) == export_lines(seq_db)

    # again: nothing to do, and the workers never need the model
    again = ingest_parallel(db, batch, workers=2)
    assert [r.status for r in again] == ["failed", "unchanged", "unchanged", "unchanged",
                                         "duplicate", "failed"]
    assert export_lines(db) == export_lines(seq_db)


@pytest.fixture(scope="module")
def small_batch(tmp_path_factory) -> Path:
    """The first ~5,000 characters of each example report (whole paragraphs), a copy of
    one of them under another name (→ duplicate) and an empty file (→ failed)."""
    d = tmp_path_factory.mktemp("small")
    for f in sorted(EXAMPLES.iterdir()):
        text = f.read_text(encoding="utf-8")
        cut = text.find("\n\n", 5000)
        (d / f.name).write_text(text[:cut + 1] if cut > 0 else text, encoding="utf-8")
    shutil.copy(d / "veridia-2022.txt", d / "zz-copy.txt")
    (d / "empty.txt").write_text("")
    return d


@pytest.mark.model
def test_two_ingests_of_one_folder_at_once(small_batch, tmp_path):
    """Two CLI processes ingest the same folder into one database at the same moment."""
    seq_db = tmp_path / "one.db"
    Ledger(seq_db).ingest([small_batch])
    db = tmp_path / "two.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cmd = [sys.executable, "-m", "rightsledger.cli", "ingest", str(small_batch), "--db", str(db)]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env=env) for _ in range(2)]
    outs = [p.communicate(timeout=900) for p in procs]
    # each run reports empty.txt as failed (exit 1) but nothing else
    for p, (out, err) in zip(procs, outs):
        assert p.returncode in (0, 1), err[-2000:]
        assert "database" not in err.lower() and "Traceback" not in err, err[-2000:]
    one, two = Ledger(seq_db), Ledger(db)
    assert two.store.doc_ids() == one.store.doc_ids()

    def counts(led):
        return [{k: v for k, v in d.items() if k not in ("ingested_at", "path")} for d in led.documents()]

    assert counts(two) == counts(one)
    assert len(two.entities()) == len(one.entities())
    assert sorted(e.id for e in two.entities()) == sorted(e.id for e in one.entities())
    with two.store.engine.connect() as conn:
        conn.execute(sql("INSERT INTO sentences_fts(sentences_fts) VALUES('integrity-check')"))
