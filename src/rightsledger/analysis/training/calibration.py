"""Calibration of the confidence model, measured by leave-one-report-out cross-validation.

The confidence model (:mod:`rightsledger.extract.confidence`) is one logistic regression per
record kind over sparse binary features. Its records come a report at a time and the errors
of one report are alike (one layout, one way of writing), so every choice is made on
out-of-report predictions: per kind, the L2 strength is the one whose leave-one-report-out
predictions have the lowest log-loss, and a Platt scaling (``a * z + b`` on the model's
log-odds) is fitted on those same out-of-report predictions, so that a model that is too sure
(or too shy) of the reports it was fitted on is corrected. :func:`cross_validate` runs the
whole procedure once per held-out report (nested: the inner choices never see the held-out
report) and gives the reliability table the issue asks for (per confidence band: n, right,
accuracy, mean confidence) and its largest gap.
"""
from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Sequence

import numpy as np
from scipy.optimize import isotonic_regression

from ...extract import confidence as conf
from .logistic import Design, fit_logistic

#: Candidate L2 strengths, from the weakest to the strongest.
L2S = (1.0, 3.0, 10.0, 30.0)
#: The method on main before calibration by cross-validation: one L2 for every kind, no scaling.
PLAIN_L2 = 10.0
#: Bands with fewer records than this are left out of the gap (a handful of records is noise).
MIN_BAND = 30
#: The gap a calibrated model may have: within 5 points in every band (issue #14).
MAX_GAP = 0.05


@dataclass(frozen=True)
class Labelled:
    """One exported record of a dev report, its features and whether it matched a gold record."""
    doc: str
    kind: str
    features: tuple[str, ...]
    right: bool


def labelled(pairs: Iterable[tuple[str, dict[str, Any], bool]]) -> list[Labelled]:
    """``(doc, exported record, matched?)`` triples as :class:`Labelled`, kinds of the model only."""
    return [Labelled(doc, rec["kind"], tuple(conf.features(rec["kind"], rec)), ok)
            for doc, rec, ok in pairs if rec.get("kind") in conf.KINDS]


def fit_platt(z: Sequence[float], y: Sequence[bool], prior: float = 1.0, iters: int = 100,
              weights: Sequence[float] | None = None) -> tuple[float, float]:
    """``(a, b)`` such that ``sigmoid(a * z + b)`` is calibrated on ``(z, y)`` (log-odds and
    outcomes): Platt scaling with Platt's smoothed targets, a weak pull of ``a`` towards 1 and
    ``b`` towards 0 (``prior``), Newton steps; each row counted ``weights[i]`` times (default 1)."""
    z_ = np.asarray(z, dtype=float)
    y_ = np.asarray(y, dtype=float)
    r = np.ones_like(z_) if weights is None else np.asarray(weights, dtype=float)
    pos, neg = (r * y_).sum(), (r * (1 - y_)).sum()
    t = np.where(y_ > 0, (pos + 1) / (pos + 2), 1 / (neg + 2))
    X = np.stack([z_, np.ones_like(z_)], axis=1)
    w = np.array([1.0, 0.0])
    centre = np.array([1.0, 0.0])
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-np.clip(X @ w, -30, 30)))
        grad = X.T @ (r * (p - t)) + prior * (w - centre)
        H = (X * (r * p * (1 - p))[:, None]).T @ X + prior * np.eye(2)
        step = np.linalg.solve(H, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return round(float(w[0]), 4), round(float(w[1]), 4)


def fit_isotonic_map(p: Sequence[float], y: Sequence[bool], min_block: int = 100
                     ) -> tuple[list[float], list[float]]:
    """A monotone map of probabilities to calibrated ones, as knots ``(xs, ys)`` to interpolate
    linearly between (and hold flat beyond): the isotonic regression (pool adjacent violators,
    scipy) of the outcomes ``y`` on ``p``, its smallest block merged into the neighbour of the
    nearest rate until each holds ``min_block`` records; a knot per block at its mean ``p``, its
    value the block's smoothed rate ``(right + 1) / (n + 2)`` (never 0 or 1). Records of equal ``p`` are pooled before the
    regression (their order must not matter)."""
    ux, inv = np.unique(np.asarray(p, dtype=float), return_inverse=True)  # equal scores pooled first
    n = np.bincount(inv).astype(float)
    r = np.bincount(inv, weights=np.asarray(y, dtype=float))
    fitted = isotonic_regression(r / n, weights=n).x
    edges = [0, *(i for i in range(1, len(ux)) if fitted[i] != fitted[i - 1]), len(ux)]
    blocks = [[a, b] for a, b in itertools.pairwise(edges)]
    size = lambda blk: n[blk[0]:blk[1]].sum()
    rate = lambda blk: r[blk[0]:blk[1]].sum() / size(blk)
    while len(blocks) > 1 and min(size(b) for b in blocks) < min_block:
        i = min(range(len(blocks)), key=lambda j: size(blocks[j]))
        # into the neighbour whose rate is nearest (a small block at the edge of two levels joins its own)
        j = i - 1 if i == len(blocks) - 1 or (i > 0 and abs(rate(blocks[i - 1]) - rate(blocks[i]))
                                              <= abs(rate(blocks[i + 1]) - rate(blocks[i]))) else i + 1
        lo, hi = min(i, j), max(i, j)
        blocks[lo:hi + 1] = [[blocks[lo][0], blocks[hi][1]]]
    xs = [round(float((ux[a:b] * n[a:b]).sum() / size([a, b])), 4) for a, b in blocks]
    ys = np.maximum.accumulate([(r[a:b].sum() + 1) / (size([a, b]) + 2) for a, b in blocks])
    return xs, [round(float(v), 4) for v in ys]


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


def log_loss(p: Sequence[float], y: Sequence[bool]) -> float:
    eps = 1e-6
    return -sum(math.log(max(eps, q if ok else 1 - q)) for q, ok in zip(p, y)) / max(1, len(y))


def _out_of_report(data: list[Labelled], l2: float, design: Design | None = None) -> list[float]:
    """Log-odds of every record by a model fitted (at ``l2``) on the other reports' records
    (``design``: ``data``'s, grouped by report, whose fits are cached)."""
    design = design or Design([d.features for d in data], [d.right for d in data], [d.doc for d in data])
    X = design.matrix([d.features for d in data])
    docs = np.asarray([d.doc for d in data])
    z = np.zeros(len(data))
    for doc in sorted(set(docs.tolist())):
        sel = docs == doc
        train = [d for d in data if d.doc != doc]
        if len({d.right for d in train}) > 1:
            z[sel] = np.clip(X[sel] @ design.fit(l2, frozenset({doc})), -30.0, 30.0)
        else:
            z[sel] = _logit(_rate(train))
    return z.tolist()


def _rate(data: list[Labelled]) -> float:
    return (sum(d.right for d in data) + 1) / (len(data) + 2)


def _logit(p: float) -> float:
    return math.log(p / (1 - p))


def fit_kind(data: list[Labelled], l2s: Sequence[float] = L2S) -> dict[str, Any]:
    """The model of one kind: ``weights`` fitted on all of ``data`` at the L2 whose
    leave-one-report-out log-loss is lowest (ties to the stronger L2), and ``platt`` ``[a, b]``
    fitted on those out-of-report log-odds. With a single report, or a single
    outcome, nothing can be cross-validated: the first L2, no scaling."""
    ys = [d.right for d in data]
    if len(set(ys)) < 2:
        return {"n": len(data), "weights": {"bias": round(_logit(_rate(data)), 4)}}
    docs = {d.doc for d in data}
    model: dict[str, Any] = {"n": len(data)}
    if len(docs) < 2:
        l2 = l2s[0]
    else:
        scored = []
        design = Design([d.features for d in data], ys, [d.doc for d in data])
        for l2 in l2s:
            z = _out_of_report(data, l2, design)
            scored.append((round(log_loss([_sigmoid(x) for x in z], ys), 6), -l2, l2, z))
        best = min(scored, key=lambda s: (s[0], s[1]))
        l2, z = best[2], best[3]
        model["cv_log_loss"] = best[0]
        model["platt"] = list(fit_platt(z, ys))
    model["l2"] = l2
    model["weights"] = fit_logistic([d.features for d in data], ys, l2=l2)
    return model


Method = Callable[[list[Labelled]], dict[str, Any]]


def fit_calibrated(data: list[Labelled]) -> dict[str, Any]:
    """One calibrated model per kind (:func:`fit_kind`), as ``confidence.json`` holds it."""
    model: dict[str, Any] = {"_comment": "fitted by `rightsledger train --model confidence` on the "
                                         "dev gold only; per kind, l2 and Platt scaling chosen on "
                                         "leave-one-report-out predictions"}
    for k in conf.KINDS:
        rows = [d for d in data if d.kind == k]
        if rows:
            model[k] = fit_kind(rows)
    return model


def fit_plain(data: list[Labelled]) -> dict[str, Any]:
    """The method on main: one logistic model per kind at :data:`PLAIN_L2`, no scaling."""
    model: dict[str, Any] = {"_comment": "fitted by `rightsledger train` on the dev gold only"}
    for k in conf.KINDS:
        rows = [d for d in data if d.kind == k]
        if len({d.right for d in rows}) > 1:
            model[k] = {"n": len(rows), "weights": fit_logistic([d.features for d in rows],
                                                                 [d.right for d in rows], l2=PLAIN_L2)}
    return model


def predict(model: dict[str, Any], d: Labelled) -> float | None:
    """The confidence ``model`` gives a labelled record (None: no model for its kind)."""
    return conf.calibrated(model.get(d.kind) if model else None, d.features)


def cross_validate(data: list[Labelled], method: Method = fit_calibrated) -> list[tuple[float, bool]]:
    """``(confidence, right)`` of every record, its confidence given by ``method`` fitted on the
    other reports' records only (leave-one-report-out; the method's own choices are nested)."""
    out: list[tuple[float, bool]] = []
    for doc in sorted({d.doc for d in data}):
        model = method([d for d in data if d.doc != doc])
        for d in data:
            if d.doc == doc:
                c = predict(model, d)
                if c is not None:
                    out.append((c, d.right))
    return out


def max_gap(table: Iterable[dict[str, Any]], min_n: int = MIN_BAND) -> float | None:
    """The largest |accuracy - mean confidence| over the bands of a reliability table with at
    least ``min_n`` records (None: no such band)."""
    gaps = [abs(r["accuracy"] - r["mean_confidence"]) for r in table if r["n"] >= min_n]
    return round(max(gaps), 3) if gaps else None


# -- the gap of a small reliability table ----------------------------------------------------------
#: When no band of a (small) reliability table reaches :data:`MIN_BAND`, bands of this size count.
MIN_BAND_SMALL = 20


def gap_of(table: list[dict[str, Any]]) -> tuple[float | None, int]:
    """The max gap over bands of :data:`MIN_BAND` records or more, or, when there are none, over
    bands of :data:`MIN_BAND_SMALL` or more; with the band size used."""
    gap = max_gap(table, MIN_BAND)
    return (gap, MIN_BAND) if gap is not None else (max_gap(table, MIN_BAND_SMALL), MIN_BAND_SMALL)
