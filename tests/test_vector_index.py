"""The vector index's two-step search (store/search/vectors.py): over a large matrix, the
prefix search then the exact one give the exact search's best rows, with or without a
document scope."""
from __future__ import annotations

import numpy as np

from rightsledger.store.search import vectors as V


def _index(n: int, dim: int = 256, seed: int = 7) -> tuple[V.VectorIndex, V._Matrix]:
    rng = np.random.default_rng(seed)
    # vectors whose first dimensions carry most of the signal, as Matryoshka embeddings do
    scale = np.linspace(2.0, 0.2, dim)
    mat = (rng.standard_normal((n, dim)) * scale).astype(np.float32)
    mat /= np.linalg.norm(mat, axis=1, keepdims=True)
    mat16 = mat.astype(np.float16)
    docs = np.repeat(np.arange(10, dtype=np.int32), n // 10)
    names = [f"d{i}" for i in range(10)]
    rows = {f"d{i}": (i * (n // 10), (i + 1) * (n // 10)) for i in range(10)}
    m = V._Matrix(("k",), "m", np.arange(n, dtype=np.int64) + 1, docs, names, rows, mat16, V._prefix(mat16))
    index = V.VectorIndex.__new__(V.VectorIndex)
    index.matrix = lambda: m  # type: ignore[method-assign]
    return index, m


def _exact(index: V.VectorIndex, m: V._Matrix, q: np.ndarray, limit: int, docs=None) -> list[int]:
    coarse, m.coarse = m.coarse, None
    try:
        return [i for i, _ in index.nearest(q, limit=limit, docs=docs)]
    finally:
        m.coarse = coarse


def test_two_steps_find_the_exact_best_rows(monkeypatch):
    monkeypatch.setattr(V, "COARSE_FROM", 1000)
    index, m = _index(5000)
    assert m.coarse is not None and m.coarse.shape == (5000, V.COARSE_DIMS)
    rng = np.random.default_rng(1)
    for _ in range(20):
        q = m.mat[rng.integers(5000)].astype(np.float32) + rng.standard_normal(256).astype(np.float32) * 0.05
        q /= np.linalg.norm(q)
        got = index.nearest(q, limit=10)
        assert [i for i, _ in got] == _exact(index, m, q, 10)
        assert all(a[1] >= b[1] for a, b in zip(got, got[1:]))          # best first
        scoped = index.nearest(q, limit=5, docs=["d2", "d3"])
        assert [i for i, _ in scoped] == _exact(index, m, q, 5, docs=["d2", "d3"])
        assert all(2 * 500 < i <= 4 * 500 for i, _ in scoped)           # rows of d2 and d3 only


def test_small_matrices_are_searched_exactly():
    index, m = _index(2000)
    assert m.coarse is None
    q = m.mat[5].astype(np.float32)
    assert index.nearest(q, limit=1)[0][0] == 6
