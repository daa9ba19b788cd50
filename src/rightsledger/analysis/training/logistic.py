"""L2-regularised logistic regression over sparse binary features, fitted fast on grouped rows.

The confidence model's records have a dozen categorical features each, and many records share
the same features: :class:`Design` keeps one row per (group, feature pattern) with its count and
number right, so a Newton step costs the number of distinct patterns, not of records. Its fits
are cached by (groups left out, L2): cross-validation leaving one report out, nested inside
leaving another out, asks for the fit without {A, B} twice (once from A, once from B), and each
fit starts from the fit on every group (warm start), which is close.
"""
from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any

import numpy as np


def one_blas_thread() -> Any:
    """A context in which BLAS uses one thread: the matrices here have a few hundred rows, and on
    a loaded machine the spare threads of a multi-threaded BLAS spin (``train --model confidence``
    took 187 s of CPU instead of 11 with them)."""
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1, user_api="blas")


#: The penalty of the ``bias`` feature (almost none: the base rate is free).
BIAS_L2 = 1e-6


def sigmoid(z: np.ndarray) -> np.ndarray:
    """The logistic function, its argument clipped to ±30 so that ``exp`` never overflows."""
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


class Design:
    """Rows of binary features (``rows``), their outcomes (``y``) and groups (one per report;
    ``None``: a single group), aggregated by (group, feature pattern). ``vocab`` fixes the feature
    columns (by default every feature of ``rows``, sorted)."""

    def __init__(self, rows: Sequence[Sequence[str]], y: Sequence[bool],
                 groups: Sequence[Hashable] | None = None, vocab: Sequence[str] | None = None):
        self.vocab = sorted({f for r in rows for f in r}) if vocab is None else list(vocab)
        self.index = {f: i for i, f in enumerate(self.vocab)}
        groups = [None] * len(rows) if groups is None else list(groups)
        cells: dict[tuple[Hashable, tuple[int, ...]], int] = {}
        patterns: list[tuple[int, ...]] = []
        count: list[float] = []
        right: list[float] = []
        group: list[Hashable] = []
        for r, ok, g in zip(rows, y, groups):
            key = (g, tuple(sorted({self.index[f] for f in r if f in self.index})))
            j = cells.setdefault(key, len(patterns))
            if j == len(patterns):
                patterns.append(key[1])
                count.append(0.0)
                right.append(0.0)
                group.append(g)
            count[j] += 1.0
            right[j] += float(bool(ok))
        self.X = np.zeros((len(patterns), len(self.vocab)))
        for i, cols in enumerate(patterns):
            self.X[i, list(cols)] = 1.0
        self.count = np.asarray(count)
        self.right = np.asarray(right)
        self.groups = group
        self._cache: dict[tuple[frozenset, float], np.ndarray] = {}

    def matrix(self, rows: Sequence[Sequence[str]]) -> np.ndarray:
        """The rows (of any records) as a 0/1 matrix over this design's features."""
        X = np.zeros((len(rows), len(self.vocab)))
        for i, r in enumerate(rows):
            X[i, [self.index[f] for f in r if f in self.index]] = 1.0
        return X

    def fit(self, l2: float, leave_out: frozenset = frozenset(), iters: int = 300) -> np.ndarray:
        """The weights (one per feature of :attr:`vocab`) fitted at ``l2`` on the rows of every
        group but ``leave_out`` (cached)."""
        key = (frozenset(leave_out), float(l2))
        if key not in self._cache:
            warm = self.fit(l2) if leave_out else None
            keep = np.asarray([g not in leave_out for g in self.groups], dtype=bool)
            self._cache[key] = self._newton(self.X[keep], self.count[keep], self.right[keep], l2, warm, iters)
        return self._cache[key]

    def _newton(self, X: np.ndarray, n: np.ndarray, pos: np.ndarray, l2: float,
                warm: np.ndarray | None, iters: int) -> np.ndarray:
        reg = np.full(len(self.vocab), float(l2))
        if "bias" in self.index:
            reg[self.index["bias"]] = BIAS_L2
        w = np.zeros(len(self.vocab)) if warm is None else warm.copy()
        for _ in range(iters):
            p = sigmoid(X @ w)
            grad = X.T @ (n * p - pos) + reg * w
            H = (X * (n * p * (1 - p))[:, None]).T @ X + np.diag(reg)
            step = np.linalg.solve(H, grad)
            w -= step
            if np.abs(step).max() < 1e-6:
                break
        return w

    def weights(self, w: np.ndarray) -> dict[str, float]:
        """``w`` as the model file holds it: rounded, near-zero weights left out."""
        return {f: round(float(w[i]), 4) for f, i in self.index.items() if abs(w[i]) > 1e-4}


def fit_logistic(rows: Sequence[Sequence[str]], y: Sequence[bool], l2: float = 10.0, iters: int = 300
                 ) -> dict[str, float]:
    """Weights of a logistic regression over sparse binary features (Newton steps); the
    ``bias`` feature is not penalised."""
    d = Design(rows, y)
    return d.weights(d.fit(l2, iters=iters))
