"""Vector search over the stored sentence embeddings, on any backend: numpy, brute force.

The vectors (``sentence_vectors``: float16 bytes, unit length, computed at ingest by
:mod:`rightsledger.extract.embeddings.sentences`) are read once per process into one ``float16`` matrix
per store and kept (:class:`VectorIndex`); a question is one matrix-vector product over
the rows its filters allow. Above :data:`COARSE_FROM` rows (about 70 reports) the product
is taken in two steps: over the first :data:`COARSE_DIMS` dimensions of every row (float32,
kept beside the matrix; the WordLlama vectors are Matryoshka-trained, so a prefix is itself
an embedding), then exactly over the best :data:`COARSE_KEEP` × ``limit`` rows: on 520
reports (217,000 sentences: 111 MB of float16 vectors and 111 MB of prefixes) a question
costs about 12 ms instead of 145 ms (converting every float16 row to float32 was the cost),
and for 141 of the 145 questions of ``eval/`` the 60 best are exactly the exact search's
(the others differ in the last places by at most 0.012 of cosine).
The cached matrix is reloaded when the stored vectors change: its key is the vectors' version
(``vector_version``, moved by a trigger with every write to ``sentence_vectors``, whichever
process wrote), their number and largest id, read once until the database changes
(``Store.until_change``). On a SQLite file the matrix is also kept in ``.npy`` files next to
the database and memory-mapped by the next process (:mod:`.matrix_file`), under the same key.

Why not sqlite-vec or pgvector: the CPython this project targets is often built without
``sqlite3.enable_load_extension`` (so sqlite-vec cannot be loaded through the standard
``sqlite3``), and pgvector is not in the PostgreSQL packages of Debian 12 that
``scripts/pg.sh`` installs. The same bytes and the same numpy search serve both stores;
exact (not approximate) nearest neighbours, filters applied exactly.

Filters: ``doc``, ``country``, ``year`` choose documents (rows of the matrix); every other
filter of :func:`rightsledger.store.search.search` is applied in SQL to the best
:data:`OVERFETCH` × ``limit`` rows.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from . import matrix_file
from .hits import Hit, every_filter, search_filters, rows_to_hits, run_sql, snippet_pieces

if TYPE_CHECKING:
    from ..store import Store

OVERFETCH = 8
COARSE_DIMS = 128       # the prefix of every vector searched first
COARSE_FROM = 50_000    # rows from which the two-step search is used
COARSE_KEEP = 40        # rows kept by the first step, per row asked for (at least 2,000)


@dataclass
class _Matrix:
    key: tuple[Any, ...]
    model: str | None
    ids: np.ndarray          # int64 sentence ids, in (doc, start) order
    docs: np.ndarray         # int32 index into doc_names, per row
    doc_names: list[str]
    doc_rows: dict[str, tuple[int, int]]   # doc → [lo, hi) rows
    mat: np.ndarray          # float16 (n, dim)
    coarse: np.ndarray | None = None   # float32 (n, COARSE_DIMS), unit rows, for large matrices


class VectorIndex:
    """The stored vectors of one store, in memory (one per store URL and process)."""

    _cache: dict[str, _Matrix] = {}
    _lock = threading.Lock()

    def __init__(self, store: "Store") -> None:
        self.store = store

    def _key(self) -> tuple[Any, ...]:
        return self.store.until_change("vectors:version", lambda: vector_version(self.store))

    def matrix(self) -> _Matrix:
        key = self._key()
        url = self.store.url
        m = self._cache.get(url)
        if m is not None and m.key == key:
            return m
        with self._lock:
            m = self._cache.get(url)
            if m is not None and m.key == key:
                return m
            m = self._load(key)
            self._cache[url] = m
            return m

    def _load(self, key: tuple[Any, ...]) -> _Matrix:
        """The matrix at ``key``: from its files next to a SQLite database when they are of that
        version, else from the table (and the files written again)."""
        path = self.store.file
        stored = matrix_file.load(path, key) if path else None
        if stored is not None:
            names = list(stored.doc_rows)
            docs = np.repeat(np.arange(len(names), dtype=np.int32),
                             [hi - lo for lo, hi in stored.doc_rows.values()])
            return _Matrix(key, stored.model, stored.ids, docs, names, stored.doc_rows, stored.mat,
                           stored.coarse)
        m = self._read_table(key)
        # written only when no write came between the key and the rows: the files' version then
        # says exactly what they hold
        if path and len(m.ids) >= matrix_file.MIN_ROWS and vector_version(self.store) == key:
            matrix_file.save(path, key, m.model, m.ids, m.mat, m.coarse, m.doc_rows)
        return m

    def _read_table(self, key: tuple[Any, ...]) -> _Matrix:
        with self.store.reading() as conn:
            model = run_sql(conn, "SELECT model FROM sentence_vectors GROUP BY model "
                               "ORDER BY COUNT(*) DESC LIMIT 1").scalar()
            # the driver's own tuples: SQLAlchemy's rows cost about 0.5 s of CPU on 217,000 of them
            rows = run_sql(conn, "SELECT v.id, v.doc, v.vec FROM sentence_vectors v WHERE v.model = :m "
                              "ORDER BY v.doc, v.id", {"m": model}).cursor.fetchall() if model else []
        if not rows:
            return _Matrix(key, model, np.zeros(0, np.int64), np.zeros(0, np.int32), [], {},
                           np.zeros((0, 1), np.float16))
        ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        blob = b"".join(bytes(r[2]) for r in rows)
        mat = np.frombuffer(blob, dtype=np.float16).reshape(len(rows), -1)
        names: list[str] = []
        doc_rows: dict[str, tuple[int, int]] = {}
        docs = np.empty(len(rows), np.int32)
        for i, r in enumerate(rows):
            d = r[1]
            if not names or names[-1] != d:
                if names:
                    doc_rows[names[-1]] = (doc_rows[names[-1]][0], i)
                names.append(d)
                doc_rows[d] = (i, i)
            docs[i] = len(names) - 1
        doc_rows[names[-1]] = (doc_rows[names[-1]][0], len(rows))
        return _Matrix(key, model, ids, docs, names, doc_rows, mat, _prefix(mat))

    def nearest(self, qvec: np.ndarray, *, limit: int = 100, docs: list[str] | None = None,
                ) -> list[tuple[int, float]]:
        """The ``limit`` sentence ids closest to ``qvec`` (cosine), best first, within ``docs``."""
        m = self.matrix()
        if not len(m.ids):
            return []
        q = np.asarray(qvec, dtype=np.float32)
        rows: np.ndarray | None = None
        if docs is not None:
            spans = [m.doc_rows[d] for d in docs if d in m.doc_rows]
            if not spans:
                return []
            rows = np.concatenate([np.arange(lo, hi) for lo, hi in spans]) if len(spans) > 1 \
                else np.arange(*spans[0])
        found, sims = _best(m, q, limit, rows)
        ids = m.ids[found] if rows is None else m.ids[rows[found]]
        return [(int(i), float(v)) for i, v in zip(ids, sims)]


def _prefix(mat16: np.ndarray) -> np.ndarray | None:
    """The first :data:`COARSE_DIMS` dimensions of every row, float32, unit length (large matrices only)."""
    if len(mat16) < COARSE_FROM or mat16.shape[1] <= COARSE_DIMS:
        return None
    out = np.empty((len(mat16), COARSE_DIMS), np.float32)
    step = 32768
    for i in range(0, len(mat16), step):
        block = mat16[i:i + step, :COARSE_DIMS].astype(np.float32)
        norms = np.linalg.norm(block, axis=1, keepdims=True)
        out[i:i + step] = block / np.where(norms > 0, norms, 1.0)
    return out


def _best(m: _Matrix, q: np.ndarray, limit: int, rows: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
    """(row positions, cosine) of the ``limit`` best rows, best first; positions index ``rows``
    when given, else the whole matrix."""
    mat = m.mat if rows is None else m.mat[rows]
    if m.coarse is not None and len(mat) >= COARSE_FROM:
        coarse = m.coarse if rows is None else m.coarse[rows]
        qc = q[:COARSE_DIMS]
        qc = qc / (np.linalg.norm(qc) or 1.0)
        cand = _top(coarse @ qc, max(2000, COARSE_KEEP * limit))
        sims = _dot(mat[cand], q)
        order = _top(sims, limit)
        return cand[order], sims[order]
    sims = _dot(mat, q)
    order = _top(sims, limit)
    return order, sims[order]


def vector_version(store: "Store") -> tuple[int, ...]:
    """The version of the stored vectors: (writes counted by ``vector_version``'s trigger, its
    random token, number of rows, largest id). Any write to the vectors moves it."""
    with store.reading() as conn:
        row = run_sql(conn, "SELECT n, token, (SELECT COUNT(*) FROM sentence_vectors), "
                         "(SELECT MAX(id) FROM sentence_vectors) FROM vector_version WHERE id = 1").first()
    return tuple(int(v or 0) for v in row) if row else (0, 0, 0, 0)


def _dot(mat16: np.ndarray, q: np.ndarray) -> np.ndarray:
    """``mat16 @ q`` in float32, in blocks (float16 arithmetic in numpy is slow)."""
    out = np.empty(len(mat16), np.float32)
    step = 32768
    for i in range(0, len(mat16), step):
        out[i:i + step] = mat16[i:i + step].astype(np.float32) @ q
    return out


def _top(sims: np.ndarray, k: int) -> np.ndarray:
    k = min(k, len(sims))
    if k <= 0:
        return np.zeros(0, np.int64)
    part = np.argpartition(-sims, k - 1)[:k]
    return part[np.argsort(-sims[part], kind="stable")]


def _doc_scope(store: "Store", *, doc: str | None, country: str | None, year: int | None,
               ) -> list[str] | None:
    if not (doc or country or year is not None):
        return None
    where, params = [], {}
    if doc:
        where.append("id = :doc")
        params["doc"] = doc
    if country:
        where.append("(lower(country) = :country OR lower(country_code) = :country)")
        params["country"] = country.strip().lower()
    if year is not None:
        where.append("year = :year")
        params["year"] = int(year)
    with store.reading() as conn:
        return [r[0] for r in run_sql(conn, f"SELECT id FROM documents WHERE {' AND '.join(where)}", params)]


def vector_search(store: "Store", qvec: np.ndarray, *, limit: int = 100, cite: bool = True,
                  **filters: Any) -> list[Hit]:
    """Sentences nearest to ``qvec`` under the filters of ``search``, best first
    (``score`` is the cosine similarity). Sentences without a vector are not found.
    ``cite=False``: no citations (as ``search``)."""
    filters = {k: v for k, v in filters.items() if v not in (None, "")}
    scope = _doc_scope(store, doc=filters.pop("doc", None), country=filters.pop("country", None),
                       year=filters.pop("year", None))
    if scope is not None and not scope:
        return []
    index = VectorIndex(store)
    extra = bool(filters)
    near = index.nearest(qvec, limit=limit * OVERFETCH if extra else limit, docs=scope)
    if not near:
        return []
    if extra:
        where, params, possible = search_filters(store, **every_filter(filters))
        if not possible:
            return []
        keep = _allowed(store, [i for i, _ in near], where, params)
        near = [(i, s) for i, s in near if i in keep][:limit]
    return hits_for(store, near, cite)


def _allowed(store: "Store", ids: list[int], where: list[str], params: dict[str, Any]) -> set[int]:
    out: set[int] = set()
    with store.reading() as conn:
        for k in range(0, len(ids), 500):
            chunk = ids[k:k + 500]
            p = dict(params, **{f"v{j}": v for j, v in enumerate(chunk)})
            names = ", ".join(f":v{j}" for j in range(len(chunk)))
            cond = " AND ".join([f"s.id IN ({names})", *where])
            out.update(r[0] for r in run_sql(conn, f"SELECT s.id FROM sentences s WHERE {cond}", p))
    return out


def hits_for(store: "Store", scored: list[tuple[int, float]], cite: bool = True) -> list[Hit]:
    """Hits for ``(sentence id, score)`` pairs, in that order, with citations unless ``cite``
    is False (no highlights)."""
    if not scored:
        return []
    ids = {f"i{k}": sid for k, (sid, _) in enumerate(scored)}
    with store.reading() as conn:
        page = {r[0]: r for r in run_sql(conn, (
            'SELECT s.id, s.doc, s.section, s.start, s."end", s.text FROM sentences s '
            f"WHERE s.id IN ({', '.join(':' + k for k in ids)})"), ids)}
    rows = [(*page[sid], -score, None) for sid, score in scored if sid in page]
    hits = rows_to_hits(store, rows, 0, cite)
    for h in hits:
        h.snippet = snippet_pieces(h.text)
    return hits


@dataclass
class Context:
    """What a second-stage scorer reads about one sentence besides its text."""

    vec: np.ndarray | None   # the stored vector (``float32``), None when it has none
    heading: str             # the headings it stands under
    previous: str            # the sentence before it in its paragraph ("" for the first)


def sentence_context(store: "Store", keys: list[tuple[str, int]]) -> dict[tuple[str, int], Context]:
    """``(doc, start)`` → :class:`Context` for the given sentences (those not stored are left
    out), in one statement."""
    by_doc: dict[str, list[int]] = {}
    for doc, start in keys:
        by_doc.setdefault(doc, []).append(start)
    if not by_doc:
        return {}
    p: dict[str, Any] = {}
    where = []
    for i, (doc, starts) in enumerate(by_doc.items()):
        p[f"d{i}"] = doc
        p.update({f"s{i}_{j}": v for j, v in enumerate(starts)})
        where.append(f"(s.doc = :d{i} AND s.start IN ({', '.join(f':s{i}_{j}' for j in range(len(starts)))}))")
    with store.reading() as conn:
        rows = run_sql(conn, (
            "SELECT s.doc, s.start, s.heading, v.vec, (SELECT t.text FROM sentences t WHERE t.doc = s.doc "
            "AND t.paragraph = s.paragraph AND t.start < s.start ORDER BY t.start DESC LIMIT 1) "
            "FROM sentences s LEFT JOIN sentence_vectors v ON v.id = s.id "
            f"WHERE {' OR '.join(where)}"), p).all()
    return {(doc, start): Context(
        None if vec is None else np.frombuffer(bytes(vec), dtype=np.float16).astype(np.float32), heading or "", prev or "")
        for doc, start, heading, vec, prev in rows}


__all__ = ["Context", "VectorIndex", "hits_for", "sentence_context", "vector_search", "vector_version"]
