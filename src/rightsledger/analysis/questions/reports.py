"""A report-level score for ``ask`` across the corpus, computed apart from the sentence ranking.

Asked across reports, ``ask`` chooses the reports it searches again and weighs by the evidence
of its ranked sentences (:func:`~rightsledger.analysis.questions.ask.report_scores`). That
evidence is fused by reciprocal rank (:func:`rrf`) with a second, independent view of each
report as a whole (:func:`centroid_scores`): the cosine of the question's vector with the
report's mean unit-length sentence vector. Alone it chooses the report worse than the
evidence; fused with a large ``k`` it breaks the evidence's near-ties (rounds t-ask19, t-ask20:
dev +.020, fresh questions +.050 pooled MRR across the corpus).

The centroids are read from the stored sentence vectors (the matrix the vector search
already loads) at first use and kept until the database changes (``Store.until_change``):
nothing is built at ingest, and SQLite and PostgreSQL are served alike.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from ...store import Store


def _centroids(store: "Store") -> tuple[list[str], np.ndarray]:
    """(report id per row, unit-length mean sentence vector per row) of every report with vectors."""
    from ...store.search.vectors import VectorIndex

    m = VectorIndex(store).matrix()
    if not len(m.ids):
        return [], np.zeros((0, 1), np.float32)
    owners: list[str] = []
    vecs: list[np.ndarray] = []
    for doc, (lo, hi) in m.doc_rows.items():
        if hi <= lo:
            continue
        v = m.mat[lo:hi].astype(np.float32).mean(axis=0)
        owners.append(doc)
        vecs.append(v / (np.linalg.norm(v) or 1.0))
    if not vecs:
        return [], np.zeros((0, 1), np.float32)
    return owners, np.vstack(vecs)


def centroid_scores(store: "Store", qvec: np.ndarray, docs: set[str] | None = None) -> dict[str, float]:
    """Report id → the cosine of ``qvec`` with the report's centroid, min–max scaled to 0–1
    over the reports considered (``docs``: only those; ``None``: every report with vectors)."""
    owners, mat = store.until_change("ask_report_centroids", lambda: _centroids(store))
    if not owners:
        return {}
    q = np.asarray(qvec, dtype=np.float32)
    sims = mat @ (q / (np.linalg.norm(q) or 1.0))
    got = {d: float(s) for d, s in zip(owners, sims) if docs is None or d in docs}
    if not got:
        return {}
    lo, hi = min(got.values()), max(got.values())
    return {d: (s - lo) / (hi - lo) if hi > lo else 1.0 for d, s in got.items()}


def rrf(*rankings: dict[str, float], k: float) -> dict[str, float]:
    """Reciprocal-rank fusion of report scores: Σ 1/(k + rank) over the rankings, a report
    absent from a ranking ranked just after its last; scaled by the best to 0–1. The result
    lists the reports in the first ranking's order (then the others'), so that a stable sort
    of it breaks a tie by the first ranking, the same in every process."""
    docs = list(dict.fromkeys(d for r in rankings for d in sorted(r, key=lambda d: -r[d])))
    out = {d: 0.0 for d in docs}
    for r in rankings:
        order = sorted(r, key=lambda d: -r[d])
        pos = {d: i + 1 for i, d in enumerate(order)}
        for d in docs:
            out[d] += 1.0 / (k + pos.get(d, len(order) + 1))
    top = max(out.values(), default=0.0)
    return {d: s / top for d, s in out.items()} if top > 0 else {}


__all__ = ["centroid_scores", "rrf"]
