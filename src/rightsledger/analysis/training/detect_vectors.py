"""A diagnostic of the event detector (not eligible to ship under the rule of 2026-12-11): the same
nested estimate with each sentence's WordLlama vector beside the categorical features, L2 30.

t-detect1 found 512 vector columns overfit 17 reports at L2 1; this says whether the first runs of
41 reports are enough. The vector is the sentence's own text (``extract/embeddings/sentences.embed_texts``; the
pipeline's stored vector also mixes in the previous sentence and the headings), each column
standardised over all rows; it is computed from the report text and cached as numbers outside the repository. The
fit is L-BFGS (scipy) on the one-hot categories and the dense columns, one L2 for all but the bias.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from . import detect_fit as df
from .detect_rows import Report, Row

VECTOR_L2 = 30.0


def report_vectors(rep: Report, gold_path: Path, cache: Path) -> np.ndarray:
    """One vector per sentence of ``rep`` (rows in ``rep.sents`` order), cached in ``cache``."""
    from ...extract.embeddings.sentences import embed_texts
    from ...read import read_path
    from ..evaluation import evaluate as ev

    f = cache / f"{rep.doc}.vec.npy"
    if f.is_file():
        return np.load(f)
    scope = ev.load_jsonl(gold_path)[0]
    text = read_path(ev.text_path(scope)).text  # type: ignore[arg-type]
    vecs = embed_texts([text[s.start:s.end] for s in rep.sents]).astype(np.float32)
    np.save(f, vecs)
    return vecs


def row_vectors(rep: Report, rows: list[Row], vecs: np.ndarray) -> dict[tuple[str, int, str], np.ndarray]:
    """(doc, index, kind) -> the vector of the row's sentence (a drop row: the sentence holding its
    event's evidence start; none found: zeros)."""
    at = {s.start: i for i, s in enumerate(rep.sents)}
    out: dict[tuple[str, int, str], np.ndarray] = {}
    for r in rows:
        if r.kind == "add":
            out[(r.doc, r.index, r.kind)] = vecs[r.index]
        else:
            start = rep.first[r.index]["evidence"]["start"]
            j = next((at[s.start] for s in rep.sents if s.start <= start < s.end), None)
            out[(r.doc, r.index, r.kind)] = vecs[j] if j is not None else np.zeros(vecs.shape[1], dtype=np.float32)
    return out


def standardised(vecs: dict[tuple[str, int, str], np.ndarray]) -> dict[tuple[str, int, str], np.ndarray]:
    """Each dense column to mean 0, standard deviation 1 over every row (no label is used), as
    t-detect1 standardised them."""
    keys = list(vecs)
    m = np.stack([vecs[k] for k in keys])
    m = (m - m.mean(axis=0)) / np.maximum(m.std(axis=0), 1e-6)
    return dict(zip(keys, m))


def fit_dense(rows: list[Row], vecs: dict[tuple[str, int, str], np.ndarray], l2: float) -> dict[str, Any]:
    """Categorical + dense logistic regression (L-BFGS), categories of fewer than
    :data:`.detect_fit.MIN_COUNT` rows dropped."""
    from scipy.optimize import minimize
    from scipy.sparse import csr_matrix, hstack

    seen: dict[str, int] = {}
    for r in rows:
        for f in set(r.feats):
            seen[f] = seen.get(f, 0) + 1
    vocab = sorted(f for f, n in seen.items() if n >= df.MIN_COUNT or f == "bias")
    index = {f: i for i, f in enumerate(vocab)}
    ii, jj = [], []
    for k, r in enumerate(rows):
        for f in set(r.feats):
            if f in index:
                ii.append(k)
                jj.append(index[f])
    cat = csr_matrix((np.ones(len(ii)), (ii, jj)), shape=(len(rows), len(vocab)))
    dense = np.stack([vecs[(r.doc, r.index, r.kind)] for r in rows])
    X = hstack([cat, csr_matrix(dense)]).tocsr()
    y = np.asarray([r.label for r in rows], dtype=float)
    reg = np.full(X.shape[1], l2)
    reg[index["bias"]] = 1e-6

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = X @ w
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        ll = float(np.sum(np.logaddexp(0, z) - y * z) + 0.5 * np.sum(reg * w * w))
        return ll, X.T @ (p - y) + reg * w

    w = minimize(loss, np.zeros(X.shape[1]), jac=True, method="L-BFGS-B", options={"maxiter": 500}).x
    return {"cat": {f: float(w[i]) for f, i in index.items()}, "dense": w[len(vocab):]}


class DenseFolds(df.Folds):
    """:class:`.detect_fit.Folds` with the vector columns."""

    def __init__(self, reports: dict[str, Report], rows: dict[str, list[Row]],
                 vecs: dict[tuple[str, int, str], np.ndarray], l2: float = VECTOR_L2):
        super().__init__(reports, rows, l2)
        self.vecs = vecs

    def models(self, train: frozenset[str]) -> Any:
        if train not in self.memo:
            rs = [r for d in sorted(train) for r in self.rows[d]]
            self.memo[train] = (fit_dense([r for r in rs if r.kind == "drop"], self.vecs, self.l2),
                                fit_dense([r for r in rs if r.kind == "add"], self.vecs, self.l2))
        return self.memo[train]

    def decided(self, train: frozenset[str], doc: str) -> df.Decided:
        md, ma = self.models(train)

        def p(m: dict[str, Any], r: Row) -> float:
            z = sum(m["cat"].get(f, 0.0) for f in set(r.feats)) + float(self.vecs[(r.doc, r.index, r.kind)] @ m["dense"])
            return float(1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))))

        rows = self.rows[doc]
        return df.Decided(self.reports[doc], [(r.index, p(md, r)) for r in rows if r.kind == "drop"],
                          [(r.index, p(ma, r)) for r in rows if r.kind == "add"])


def nested_dense(reports: dict[str, Report], rows: dict[str, list[Row]],
                 vecs: dict[tuple[str, int, str], np.ndarray], l2: float = VECTOR_L2,
                 choice: df.Choice | None = None) -> df.Estimate:
    """:func:`.detect_fit.nested` with :class:`DenseFolds`; with ``choice``, that candidate and
    thresholds in every fold (leave-one-report-out only: five times fewer fits)."""
    folds = DenseFolds(reports, rows, vecs, l2)
    docs = sorted(reports)
    est = df.Estimate()
    for r in docs:
        train = [d for d in docs if d != r]
        est.chosen[r] = choice if choice is not None else folds.choose(train)[0]
        est.decided[r] = folds.decided(frozenset(train), r)
    return est
