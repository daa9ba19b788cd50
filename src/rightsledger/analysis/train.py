"""``rightsledger train``: fit the shipped models on the dev gold only.

Today: the confidence model (:mod:`rightsledger.extract.confidence`), one L2-regularised
logistic regression per record kind (numpy, no other dependency), fitted on whether each
prediction on the dev gold matched a gold record. Test gold is never read here except to
print its scores before and after (docs/EVALUATION.md, protocol).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable

import numpy as np

from ..extract import confidence as conf
from . import evaluate as ev


def fit_logistic(rows: list[list[str]], y: list[bool], l2: float = 10.0, iters: int = 300
                 ) -> dict[str, float]:
    """Weights of a logistic regression over sparse binary features (Newton steps)."""
    vocab = sorted({f for r in rows for f in r})
    index = {f: i for i, f in enumerate(vocab)}
    X = np.zeros((len(rows), len(vocab)))
    for i, r in enumerate(rows):
        for f in r:
            X[i, index[f]] = 1.0
    t = np.asarray(y, dtype=float)
    w = np.zeros(len(vocab))
    reg = np.full(len(vocab), l2)
    if "bias" in index:
        reg[index["bias"]] = 1e-6
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-np.clip(X @ w, -30, 30)))
        grad = X.T @ (p - t) + reg * w
        H = (X * (p * (1 - p))[:, None]).T @ X + np.diag(reg)
        step = np.linalg.solve(H, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return {f: round(float(w[i]), 4) for f, i in index.items() if abs(w[i]) > 1e-4}


def _kind_of(rec: dict[str, Any]) -> str:
    return rec.get("kind", "")


def fit_confidence(labelled: Iterable[tuple[dict[str, Any], bool]]) -> dict[str, Any]:
    """One model per kind from (exported record, matched gold?) pairs."""
    by_kind: dict[str, tuple[list[list[str]], list[bool]]] = {}
    for rec, ok in labelled:
        k = _kind_of(rec)
        if k not in conf.KINDS:
            continue
        rows, ys = by_kind.setdefault(k, ([], []))
        rows.append(conf.features(k, rec))
        ys.append(ok)
    model: dict[str, Any] = {"_comment": "fitted by `rightsledger train` on the dev gold only"}
    for k, (rows, ys) in by_kind.items():
        if len(set(ys)) < 2:
            continue
        model[k] = {"n": len(ys), "weights": fit_logistic(rows, ys)}
    return model


def labelled_predictions(paths: Iterable[Path], predictions: Path | None = None
                         ) -> tuple[list[ev.Scores], dict[str, list[dict[str, Any]]]]:
    """Scores (with labels) of each gold file, and the exports they were computed from."""
    scores, exports = [], {}
    for path in paths:
        pred = None
        if predictions is not None and (predictions / path.name).is_file():
            pred = ev.load_jsonl(predictions / path.name)
        if pred is None:
            pred = ev.predictions_for(path)
        if pred is None:
            continue
        exports[path.stem] = pred
        s = ev.score_report(pred, ev.load_jsonl(path))
        scores.append(s)
    return scores, exports


def train(predictions: Path | None = None, out: Path = conf.MODEL_FILE) -> dict[str, Any]:
    """Fit the confidence model on the dev gold and write it to ``out``."""
    # Real reports only: the fictional examples are what the rules were written against, and
    # calibrating on them makes confidence too high (leave-one-report-out on dev, l2 = 10).
    dev = [p for p in ev.gold_files() if ev.split_of(p) == "dev" and p.parent.name == "shared"]
    scores, _ = labelled_predictions(dev, predictions)
    model = fit_confidence(lab for s in scores for lab in s.labels)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    conf.load_model.cache_clear()
    return model


def rescore(exports: dict[str, list[dict[str, Any]]], model: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The exports with every record's confidence recomputed by ``model``."""
    out = {}
    for doc, recs in exports.items():
        new = []
        for r in recs:
            k = r.get("kind")
            if k in conf.KINDS:
                r = dict(r)
                r["confidence"] = conf.probability(model, k, r)
            new.append(r)
        out[doc] = new
    return out
