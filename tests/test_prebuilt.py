"""The prebuilt index: built once into the cache folder, atomically, keyed, rebuilt when unreadable."""
from __future__ import annotations

import os

import pytest

from rightsledger.extract.lexicons import prebuilt


@pytest.fixture()
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("RIGHTSLEDGER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(prebuilt, "_INDEXES", {})
    return tmp_path / "cache"


def _builder(calls):
    def build(con):
        calls.append(1)
        con.execute("CREATE TABLE t (x)")
        con.execute("INSERT INTO t VALUES (42)")
    return build


def test_built_once_then_opened(cache):
    calls: list[int] = []
    idx = prebuilt.index("demo", _builder(calls))
    assert idx.one("SELECT x FROM t") == (42,)
    files = list(cache.iterdir())
    assert [f.name.startswith("demo-") and f.suffix == ".sqlite" for f in files] == [True]
    prebuilt._INDEXES.clear()
    assert prebuilt.index("demo", _builder(calls)).one("SELECT x FROM t") == (42,)
    assert calls == [1]                          # the second process only opens it
    assert not [f for f in cache.iterdir() if f.suffix == ".tmp"]


def test_key_follows_the_data_and_packages(cache):
    a = prebuilt.index_key(("wordfreq",), ("frequency.py",), ())
    assert a == prebuilt.index_key(("wordfreq",), ("frequency.py",), ())
    assert a != prebuilt.index_key(("wordfreq", "pycountry"), ("frequency.py",), ())
    assert a != prebuilt.index_key(("wordfreq",), ("frequency.py",), ("places",))


def test_unreadable_file_is_rebuilt(cache):
    calls: list[int] = []
    path = prebuilt.index("demo", _builder(calls)).path
    path.write_bytes(b"not a database")
    prebuilt._INDEXES.clear()
    assert prebuilt.index("demo", _builder(calls)).one("SELECT x FROM t") == (42,)
    assert calls == [1, 1]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_read_only_cache_builds_for_this_process(cache):
    cache.mkdir()
    cache.chmod(0o500)
    try:
        idx = prebuilt.index("demo", _builder([]))
        assert idx.one("SELECT x FROM t") == (42,)
        assert cache not in idx.path.parents
    finally:
        cache.chmod(0o700)


def test_reopened_after_fork(cache):
    idx = prebuilt.index("demo", _builder([]))
    assert idx.one("SELECT x FROM t") == (42,)
    pid = os.fork()
    if pid == 0:
        os._exit(0 if idx.one("SELECT x FROM t") == (42,) else 1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0


def test_stale_files_of_the_same_index_are_pruned_when_a_new_one_is_built(cache):
    cache.mkdir(parents=True)
    month_ago = os.path.getmtime(cache) - (prebuilt.STALE_DAYS + 1) * 86400
    stale = cache / "demo-0000old.sqlite"
    recent = cache / "demo-1111new.sqlite"           # another installation's, used lately
    other = cache / "words-en-0000old.sqlite"        # another index: not ours to judge
    crashed = cache / ".index-abc.tmp"
    for f in (stale, recent, other, crashed):
        f.write_bytes(b"x")
    for f in (stale, other, crashed):
        os.utime(f, (month_ago, month_ago))
    idx = prebuilt.index("demo", _builder([]))
    assert idx.one("SELECT x FROM t") == (42,)
    assert not stale.exists() and not crashed.exists()
    assert recent.exists() and other.exists() and idx.path.exists()


def test_an_index_in_use_is_touched_so_it_is_not_pruned(cache):
    prebuilt.index("demo", _builder([]))
    path = prebuilt._INDEXES["demo"].path
    old = os.path.getmtime(path) - 3 * 86400
    os.utime(path, (old, old))
    prebuilt._INDEXES.clear()
    prebuilt.index("demo", _builder([]))
    assert os.path.getmtime(path) > old + 86400
