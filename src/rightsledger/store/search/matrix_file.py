"""The vector matrix of a SQLite database kept in ``.npy`` files next to it, memory-mapped.

A new process (one ``rightsledger ask``) would read every stored vector out of
``sentence_vectors``: on 520 reports (217,000 blobs) about 0.9 s of CPU before the first
question, plus the float32 prefix of the two-step search. Mapped from files it costs
milliseconds: pages are read as the search touches them, and the machine's page cache
shares them between processes (the workers of a server, successive CLI commands).

The files sit in ``<database>.vectors/``: ``index.json`` and, per version, ``<stem>.ids.npy``
(int64 sentence ids), ``<stem>.mat.npy`` (float16 rows) and ``<stem>.coarse.npy`` (the
float32 prefixes, for large matrices). A copy is used only while it is the copy of the
stored vectors: the index records the version it was made from — ``vector_version`` (moved
by a trigger in the transaction of every write to ``sentence_vectors``: ingest, deletion,
``reindex``; a random token with every move, so that two histories of one file never share
a version), the number of rows and the largest id — and the caller compares it with the
database's. A copy of another version, with a file missing, cut short or of another shape
or type than the index says, or an index that cannot be read, is ignored (the matrix is then
read from the table and the copy written again), never trusted. Written atomically: each
file under a temporary name then ``os.replace``, the index last; a reader sees the old copy
or the new one.

PostgreSQL keeps no files (its server may be elsewhere and shared): each process reads the
table once and keeps the matrix until that version moves (:mod:`.vectors`).
"""
from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

FORMAT = 1
MIN_ROWS = 10_000   # below this many rows reading the table costs a few tens of ms: no files
INDEX = "index.json"

log = logging.getLogger(__name__)


@dataclass
class Stored:
    """A matrix read back from its files (``mat``/``coarse``/``ids`` memory-mapped, read-only)."""

    model: str | None
    ids: np.ndarray
    mat: np.ndarray
    coarse: np.ndarray | None
    doc_rows: dict[str, tuple[int, int]]   # doc → [lo, hi) rows, in row order


def folder(db_file: str) -> Path:
    """Where the copy of the vectors of the SQLite file ``db_file`` is kept."""
    return Path(os.path.abspath(db_file) + ".vectors")


def _stem(version: tuple[int, ...]) -> str:
    return "-".join(f"{int(v) % 2 ** 64:x}" for v in version)


def load(db_file: str, version: tuple[int, ...]) -> Stored | None:
    """The copy of the vectors at ``version``, mapped; None when there is none of that version
    or it does not hold what its index says."""
    where = folder(db_file)
    try:
        index = json.loads((where / INDEX).read_text(encoding="utf-8"))
        if index.get("format") != FORMAT or tuple(index.get("version") or ()) != tuple(version):
            return None
        rows, dim = int(index["rows"]), int(index["dim"])
        ids = _mapped(where / index["ids"], np.int64, (rows,))
        mat = _mapped(where / index["mat"], np.float16, (rows, dim))
        coarse = None
        if index.get("coarse"):
            coarse = _mapped(where / index["coarse"], np.float32, (rows, int(index["coarse_dims"])))
        doc_rows: dict[str, tuple[int, int]] = {}
        at = 0
        for name, lo, hi in index["docs"]:
            if lo != at or hi <= lo or name in doc_rows:
                return None
            doc_rows[str(name)] = (int(lo), int(hi))
            at = hi
        if at != rows:
            return None
        return Stored(index.get("model"), ids, mat, coarse, doc_rows)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:   # cut short, corrupt, another layout
        log.info("vector files in %s not used: %s", where, exc)
        return None


def _mapped(path: Path, dtype: Any, shape: tuple[int, ...]) -> np.ndarray:
    arr = np.load(path, mmap_mode="r", allow_pickle=False)
    if arr.dtype != np.dtype(dtype) or arr.shape != shape:
        raise ValueError(f"{path.name}: {arr.dtype} {arr.shape}, expected {np.dtype(dtype)} {shape}")
    return np.asarray(arr)   # a plain ndarray over the mapping


def save(db_file: str, version: tuple[int, ...], model: str | None, ids: np.ndarray, mat: np.ndarray,
         coarse: np.ndarray | None, doc_rows: dict[str, tuple[int, int]]) -> bool:
    """Write the copy of the vectors at ``version`` (and remove older copies); False when the
    folder cannot be written (a read-only directory: the table is read instead, as before)."""
    where = folder(db_file)
    stem = _stem(version)
    names = {"ids": f"{stem}.ids.npy", "mat": f"{stem}.mat.npy",
             "coarse": f"{stem}.coarse.npy" if coarse is not None else None}
    try:
        where.mkdir(exist_ok=True)
        for key, arr in (("ids", ids), ("mat", mat), ("coarse", coarse)):
            if arr is not None:
                _write(where / str(names[key]), lambda f, a=arr: np.save(f, np.ascontiguousarray(a)))
        index = {"format": FORMAT, "version": list(version), "model": model, "rows": int(len(ids)),
                 "dim": int(mat.shape[1]), **names,
                 "coarse_dims": int(coarse.shape[1]) if coarse is not None else None,
                 "docs": [[d, lo, hi] for d, (lo, hi) in sorted(doc_rows.items(), key=lambda t: t[1])]}
        _write(where / INDEX, lambda f: f.write(json.dumps(index).encode("utf-8")))
    except OSError as exc:
        log.info("vector files not written in %s: %s", where, exc)
        return False
    for old in where.iterdir():   # copies of earlier versions (a mapping of them stays readable)
        if old.name != INDEX and not old.name.startswith(stem + "."):
            try:
                old.unlink()
            except OSError:
                pass
    return True


def _write(path: Path, fill: Any) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as f:
            fill(f)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


__all__ = ["MIN_ROWS", "Stored", "folder", "load", "save"]
