"""The vector matrix kept next to a SQLite database (store/search/matrix_file.py): a new process
maps it instead of reading the table, and only while it is the copy of the stored vectors —
every kind of write to the vectors (ingest, deletion, reindex, a restore, any SQL) moves
their version, and a copy of another version, cut short or corrupt is never trusted."""
from __future__ import annotations

import json

import numpy as np
import pytest
from sqlalchemy import text as sql

try:
    from tests.test_semantic import TEXT, _bundle
except ImportError:  # tests/ is not a package
    from test_semantic import TEXT, _bundle  # type: ignore[no-redef]
from rightsledger.extract.embeddings.sentences import embed_query
from rightsledger.store import Store
from rightsledger.store.search import matrix_file
from rightsledger.store.search import vectors as V

QUESTION = "How many people lost their lives in the protests?"


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setattr(matrix_file, "MIN_ROWS", 0)   # the fixture's four sentences get files too
    st = Store(tmp_path / "ledger.db")
    st.save(_bundle(), "test")
    yield st
    V.VectorIndex._cache.clear()


def new_process(store: Store) -> V._Matrix:
    """The matrix as a fresh process sees it (nothing cached in memory)."""
    V.VectorIndex._cache.clear()
    fresh = Store(store.file)
    return V.VectorIndex(fresh).matrix()


def from_table(store: Store) -> V._Matrix:
    return V.VectorIndex(store)._read_table(V.vector_version(store))


def same(a: V._Matrix, b: V._Matrix) -> bool:
    return (a.key == b.key and a.doc_rows == b.doc_rows and np.array_equal(a.ids, b.ids)
            and np.array_equal(a.mat, b.mat))


def test_a_new_process_maps_the_files_and_finds_the_same(store, monkeypatch):
    first = new_process(store)          # read from the table, files written
    assert (matrix_file.folder(store.file) / "index.json").exists()
    monkeypatch.setattr(V.VectorIndex, "_read_table", lambda self, key: pytest.fail("read the table"))
    mapped = new_process(store)
    assert same(mapped, first)
    assert not mapped.mat.flags.writeable    # a read-only mapping, not a copy
    q = embed_query(QUESTION)
    fresh = Store(store.file)
    assert [h.start for h in V.vector_search(fresh, q, limit=4)] == \
        [h.start for h in V.vector_search(store, q, limit=4)]


def _rewritten_by(kind: str, store: Store, tmp_path) -> None:
    if kind == "ingest":
        store.save(_bundle("veridia-2023", TEXT.replace("2022", "2023"), 2023), "test")
    elif kind == "delete":
        store.save(_bundle("veridia-2023", TEXT.replace("2022", "2023"), 2023), "test")
        new_process(store)   # files of the two reports
        store.delete_document("veridia-2023")
    elif kind == "reindex":   # same ids, same count: only the vectors' bytes change
        from rightsledger.run.vectors import embed_stored

        embed_stored(store, ["veridia-2022"], weights={"heading": 0.0, "previous": 0.0})
    elif kind == "sql":       # any writer, through no function of ours
        with store.writing() as conn:
            conn.execute(sql("UPDATE sentence_vectors SET vec = :v WHERE id = (SELECT MIN(id) FROM sentence_vectors)"),
                         {"v": np.ones(256, np.float16).tobytes()})
    elif kind == "restore":   # an older copy of the database put back, then another report ingested
        from rightsledger.store.backup import backup, restore

        backup(store, tmp_path / "before.db")
        store.save(_bundle("veridia-2023", TEXT.replace("2022", "2023"), 2023), "test")
        new_process(store)
        restore(store, tmp_path / "before.db")
        store.save(_bundle("veridia-2024", TEXT.replace("2022", "2024"), 2024), "test")


@pytest.mark.parametrize("kind", ["ingest", "delete", "reindex", "sql", "restore"])
def test_every_write_to_the_vectors_makes_the_files_stale(store, tmp_path, kind):
    before = new_process(store)
    _rewritten_by(kind, store, tmp_path)
    after = V.vector_version(store)
    assert after != before.key
    m = new_process(store)
    assert m.key == after and same(m, from_table(store))
    if kind == "reindex" or kind == "sql":
        assert not np.array_equal(m.mat, before.mat)
    index = json.loads((matrix_file.folder(store.file) / "index.json").read_text())
    assert tuple(index["version"]) == after     # written again at the new version
    assert len(list(matrix_file.folder(store.file).glob("*.npy"))) == 2   # the old copy removed


def test_other_writes_keep_the_files(store):
    before = new_process(store)
    store.bump("review")                         # a review change touches no vector
    assert V.vector_version(store) == before.key


@pytest.mark.parametrize("damage", ["cut", "garbage index", "other shape", "missing"])
def test_damaged_files_are_ignored_and_written_again(store, damage):
    good = new_process(store)
    where = matrix_file.folder(store.file)
    index = json.loads((where / "index.json").read_text())
    if damage == "cut":
        data = (where / index["mat"]).read_bytes()
        (where / index["mat"]).write_bytes(data[: len(data) // 2])
    elif damage == "garbage index":
        (where / "index.json").write_text("{not json")
    elif damage == "other shape":
        np.save(where / index["ids"], np.zeros(3, np.int64))
    else:
        (where / index["mat"]).unlink()
    assert matrix_file.load(store.file, good.key) is None
    assert same(new_process(store), good)
    assert matrix_file.load(store.file, good.key) is not None    # repaired


def test_no_files_for_a_small_matrix_or_an_unwritable_place(tmp_path, monkeypatch):
    st = Store(tmp_path / "small.db")
    st.save(_bundle(), "test")
    V.VectorIndex._cache.clear()
    V.VectorIndex(st).matrix()      # four rows: below MIN_ROWS
    assert not matrix_file.folder(st.file).exists()
    monkeypatch.setattr(matrix_file, "MIN_ROWS", 0)
    monkeypatch.setattr(matrix_file, "folder", lambda db: tmp_path / "no" / "such" / "place")
    V.VectorIndex._cache.clear()
    assert len(V.VectorIndex(st).matrix().ids) == 4   # the table, as before
    V.VectorIndex._cache.clear()
