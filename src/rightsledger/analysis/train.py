"""``rightsledger train``: fit the shipped models on the dev gold only.

Today: the confidence model (:mod:`rightsledger.extract.confidence`), one L2-regularised
logistic regression per record kind (numpy, no other dependency), fitted on whether each
prediction on the dev gold matched a gold record. Test gold is never read here except to
print its scores before and after (docs/EVALUATION.md, protocol).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
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


# -- the event typer (extract/events/typemodel.py) ------------------------------------------------
#: Candidate ways of combining the model with the rules, compared by cross-validation on dev.
POLICIES = (("rules", None), ("model", None), ("ambiguous", None),
            *((p, t) for p in ("confident", "ambiguous_confident") for t in (0.5, 0.6, 0.7, 0.8, 0.9)))
L2S = (0.3, 1.0, 3.0, 10.0)


@dataclass
class TypedEvent:
    """One predicted event matched to a gold event: the rules' type, its features, the gold type."""
    doc: str
    rule_type: str
    features: list[str]
    gold_type: str


def typed_events(paths: Iterable[Path]) -> list[TypedEvent]:
    """Run the pipeline on each gold file's report, collecting the typer's features of every
    event, and keep the events that match a gold event (same date, overlapping evidence)."""
    from ..extract.events import typemodel
    from ..run.pipeline import process

    out: list[TypedEvent] = []
    for path in paths:
        gold = ev.load_jsonl(path)
        scope = gold[0] if gold and gold[0].get("kind") == "scope" else {}
        text = ev.text_path(scope) if scope else None
        if text is None:
            continue
        with typemodel.collecting() as rows:
            bundle = process(text)
        feats = {eid: (rt, f) for eid, rt, f in rows}
        pred = [{**e.as_dict(), "kind": "event"} for e in bundle.events]
        pred = [p for p in pred if ev._in_scope(p, scope)]
        gev = [g for g in gold if g.get("kind") == "event"]
        _, pairs, _, _ = ev._match(pred, gev, lambda p, g: p["date"] == g["date"]
                                   and ev._overlap(p["evidence"], g["evidence"]))
        for p, g in pairs:
            if p["id"] in feats:
                rt, f = feats[p["id"]]
                out.append(TypedEvent(path.stem, rt, f, g["type"]))
    return out


def fit_softmax(rows: list[list[str]], y: list[str], l2: float = 1.0, iters: int = 150, min_count: int = 2
                ) -> dict[str, dict[str, float]]:
    """Multinomial logistic regression over sparse binary features (gradient descent, numpy);
    features seen fewer than ``min_count`` times are dropped."""
    counts: dict[str, int] = {}
    for r in rows:
        for f in set(r):
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, n in counts.items() if n >= min_count or f == "bias")
    index = {f: i for i, f in enumerate(vocab)}
    classes = sorted(set(y))
    cidx = {c: i for i, c in enumerate(classes)}
    X = np.zeros((len(rows), len(vocab)), dtype=np.float32)
    for i, r in enumerate(rows):
        for f in r:
            if f in index:
                X[i, index[f]] = 1.0
    Y = np.zeros((len(rows), len(classes)), dtype=np.float32)
    Y[np.arange(len(rows)), [cidx[c] for c in y]] = 1.0
    W = np.zeros((len(vocab), len(classes)), dtype=np.float32)
    reg = np.full((len(vocab), 1), l2 / len(rows), dtype=np.float32)
    if "bias" in index:
        reg[index["bias"]] = 0.0
    m = np.zeros_like(W)
    v = np.zeros_like(W)
    for t in range(1, iters + 1):  # full-batch Adam on the mean log-loss + L2
        Z = X @ W
        Z -= Z.max(axis=1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(axis=1, keepdims=True)
        grad = X.T @ (P - Y) / len(rows) + reg * W
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        W -= 0.05 * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return {c: {f: round(float(W[i, j]), 3) for f, i in index.items() if abs(W[i, j]) >= 0.02}
            for c, j in cidx.items()}


def _accuracy(model: dict[str, Any] | None, data: list[TypedEvent]) -> float:
    from ..extract.events.typemodel import decide

    if not data:
        return 0.0
    return sum(decide(model, d.rule_type, d.features) == d.gold_type for d in data) / len(data)


def cross_validate(data: list[TypedEvent]) -> dict[tuple[str, float | None, float], float]:
    """Leave-one-report-out accuracy on ``data`` of every (policy, threshold, l2)."""
    docs = sorted({d.doc for d in data})
    right: dict[tuple[str, float | None, float], int] = {}
    for doc in docs:
        train_, held = [d for d in data if d.doc != doc], [d for d in data if d.doc == doc]
        for l2 in L2S:
            w = fit_softmax([d.features for d in train_], [d.gold_type for d in train_], l2=l2)
            for policy, thr in POLICIES:
                m = {"policy": policy, "threshold": thr, "weights": w}
                key = (policy, thr, l2)
                right[key] = right.get(key, 0) + round(_accuracy(m, held) * len(held))
    return {k: v / len(data) for k, v in right.items()}


#: Policies from the least to the most intrusive (how often the model overrides the rules).
INTRUSIVENESS = ("rules", "ambiguous", "ambiguous_confident", "confident", "model")
#: Cross-validated accuracies closer than this to the best are ties (one or two events per
#: report): among them the least intrusive policy, the highest threshold, the strongest L2 wins.
CV_TIE = 0.005


def _choose(cv: dict[tuple[str, float | None, float], float]
            ) -> tuple[tuple[str, float | None, float], float]:
    """The (policy, threshold, l2) to ship and its CV accuracy: the simplest near-best one."""
    best = max(cv.values())
    near = [k for k, v in cv.items() if v >= best - CV_TIE]
    key = min(near, key=lambda k: (INTRUSIVENESS.index(k[0]), -(k[1] or 1.0), -k[2]))
    return key, cv[key]


def train_event_types(dev: list[TypedEvent], out: Path | None = None
                      ) -> tuple[dict[str, Any], dict[tuple[str, float | None, float], float]]:
    """Fit the event typer on ``dev``, choosing policy and l2 by cross-validation; write it."""
    from ..extract.events import typemodel

    out = out or typemodel.MODEL_FILE
    cv = cross_validate(dev)
    rules = max(v for (p, _, _), v in cv.items() if p == "rules")
    (policy, thr, l2), best = _choose(cv)
    weights = fit_softmax([d.features for d in dev], [d.gold_type for d in dev], l2=l2)
    model = {"_comment": "fitted by `rightsledger train` on the dev gold only; policy chosen by "
                         "leave-one-report-out cross-validation",
             "policy": policy, "threshold": thr, "l2": l2, "n": len(dev),
             "cv_accuracy": round(best, 4), "cv_rules_accuracy": round(rules, 4), "weights": weights}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    typemodel.load_model.cache_clear()
    return model, cv
