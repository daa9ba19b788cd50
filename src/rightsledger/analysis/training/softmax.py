"""Multinomial logistic regression over sparse binary features (and optionally a dense vector per
row): the event typer's fit, by full-batch Adam (numpy, the sparse products by scipy). The
confidence model's binary logistic is :mod:`.logistic`."""
from __future__ import annotations

from typing import Any

import numpy as np
from scipy import sparse


def _sparse(rows: list[list[str]], index: dict[str, int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rows of binary features as (row ids, column ids, row starts), sorted by row; every row
    has its "bias"."""
    r_ids, c_ids = [], []
    for i, r in enumerate(rows):
        for j in sorted({index[f] for f in r if f in index}):
            r_ids.append(i)
            c_ids.append(j)
    r, c = np.asarray(r_ids, dtype=np.int64), np.asarray(c_ids, dtype=np.int64)
    return r, c, np.searchsorted(r, np.arange(len(rows)))


def fit_softmax(rows: list[list[str]], y: list[str], l2: float = 1.0, iters: int = 150, min_count: int = 2,
                dense: np.ndarray | None = None) -> dict[str, Any]:
    """Multinomial logistic regression over sparse binary features (and, given ``dense``, one
    row of real features per example), full-batch Adam on the mean log-loss + L2 (numpy, the
    sparse products by scipy);
    features seen fewer than ``min_count`` times are dropped. Returns ``{"weights": {type:
    {feature: weight}}}`` plus ``"dense": {type: [weight, …]}`` with ``dense``."""
    counts: dict[str, int] = {}
    for r in rows:
        for f in set(r):
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, n in counts.items() if n >= min_count or f == "bias")
    index = {f: i for i, f in enumerate(vocab)}
    classes = sorted(set(y))
    cidx = {c: i for i, c in enumerate(classes)}
    n = len(rows)
    r_ids, c_ids, _ = _sparse(rows, index)
    X = sparse.csr_matrix((np.ones(len(r_ids), dtype=np.float32), (r_ids, c_ids)), shape=(n, len(vocab)))
    XT = X.T.tocsr()
    Y = np.zeros((n, len(classes)), dtype=np.float32)
    Y[np.arange(n), [cidx[c] for c in y]] = 1.0
    W = np.zeros((len(vocab), len(classes)), dtype=np.float32)
    reg = np.full((len(vocab), 1), l2 / n, dtype=np.float32)
    if "bias" in index:
        reg[index["bias"]] = 0.0
    D = None if dense is None else np.asarray(dense, dtype=np.float32)
    params = [W] if D is None else [W, np.zeros((D.shape[1], len(classes)), dtype=np.float32)]
    moments = [(np.zeros_like(x), np.zeros_like(x)) for x in params]
    for t in range(1, iters + 1):
        Z = np.asarray(X @ W)
        if D is not None:
            Z += D @ params[1]
        Z -= Z.max(axis=1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(axis=1, keepdims=True)
        E = (P - Y) / n
        grads = [np.asarray(XT @ E) + reg * W] + ([] if D is None else [D.T @ E + (l2 / n) * params[1]])
        for x, g, (m, v) in zip(params, grads, moments):
            m *= 0.9
            m += 0.1 * g
            v *= 0.999
            v += 0.001 * g * g
            x -= 0.05 * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    out: dict[str, Any] = {"weights": {c: {vocab[i]: round(float(W[i, j]), 3)
                                          for i in np.flatnonzero(np.abs(W[:, j]) >= 0.02)}
                                      for c, j in cidx.items()}}
    if D is not None:
        out["dense"] = {c: [round(float(x), 4) for x in params[1][:, j]] for c, j in cidx.items()}
    return out
