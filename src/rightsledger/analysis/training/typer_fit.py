"""The event typer's choice by leave-one-report-out cross-validation on dev: the candidates (policy,
threshold, L2, the sentence vector's weight, feature version), their accuracy per section group,
the simplest near-best one (ties within :data:`CV_TIE`), and the refit written under the ship rule
(:func:`train_event_types`). The nested estimate on first-run typings is :mod:`.typer_cv`."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable

import numpy as np

from .softmax import fit_softmax
from .typer_rows import TypedEvent

#: Candidate ways of combining the model with the rules, compared by cross-validation on dev.
POLICIES = (("rules", None), ("model", None), ("ambiguous", None),
            *((p, t) for p in ("confident", "ambiguous_confident") for t in (0.5, 0.6, 0.7, 0.8, 0.9)))
L2S = (1.0, 3.0, 10.0)
#: Candidate weights of the sentence's embedding (unit length, times this; None: no vector).
DENSE_SCALES: tuple[float | None, ...] = (None, 4.0)
#: A candidate: (policy, threshold, l2, dense scale, feature version).
Key = tuple[str, "float | None", float, "float | None", str]


def typer_from_fit(fit: dict[str, Any], policy: str, thr: float | None, scale: float | None, version: str
           ) -> dict[str, Any]:
    """A typer as ``load_model`` returns it, from :func:`fit_softmax`'s output."""
    m = {"policy": policy, "threshold": thr, "weights": fit["weights"], "feature_version": version}
    if scale is not None and "dense" in fit:
        types = list(fit["weights"])
        m.update(dense=fit["dense"], dense_scale=scale,
                 _dense=(types, np.asarray([fit["dense"][t] for t in types], dtype=np.float32) * scale))
    return m


def _right(model: dict[str, Any] | None, data: list[TypedEvent]) -> list[bool]:
    from ...extract.events.learned.typemodel import decide

    version = str(model.get("feature_version", "1")) if model else "1"
    return [decide(model, d.rule_type, d.features[version], d.vec) == d.gold_type for d in data]


def by_group(model: dict[str, Any] | None, data: list[TypedEvent]) -> dict[str, float]:
    """Accuracy of ``model`` on ``data``, all and per section group."""
    right = _right(model, data)
    out = {"all": sum(right) / len(right) if right else 0.0}
    for g in sorted({d.group for d in data}):
        ok = [r for r, d in zip(right, data) if d.group == g]
        out[g] = sum(ok) / len(ok)
    return out


def _candidates(l2s: Iterable[float], scales: Iterable[float | None]) -> list[tuple[str, float | None, float]]:
    """(feature version, dense scale, l2) to fit: the first version's as it shipped (no vector)."""
    from ...extract.events.learned.typemodel import FEATURE_VERSIONS

    return [(v, sc, l2) for v in dict.fromkeys(FEATURE_VERSIONS) for sc in scales for l2 in l2s
            if v != "1" or sc is None]


def cross_validate(data: list[TypedEvent], l2s: Iterable[float] = L2S,
                   scales: Iterable[float | None] = DENSE_SCALES) -> dict[Key, dict[str, float]]:
    """Leave-one-report-out accuracy on ``data`` of every (policy, threshold, l2, dense scale,
    feature version), all and per section group (``{key: {"all": acc, "1": acc, …}}``)."""
    from ...extract.events.learned.typemodel import combine, probabilities

    docs = sorted({d.doc for d in data})
    right: dict[Key, list[bool]] = {}
    order: list[TypedEvent] = []
    for doc in docs:
        train_, held = [d for d in data if d.doc != doc], [d for d in data if d.doc == doc]
        order += held
        for version, scale, l2 in _candidates(l2s, scales):
            dense = None if scale is None else np.stack([d.vec for d in train_]) * scale
            fit = fit_softmax([d.features[version] for d in train_], [d.gold_type for d in train_], l2=l2,
                              dense=dense)
            m = typer_from_fit(fit, "model", None, scale, version)
            probs = [probabilities(m, d.features[version], d.vec) for d in held]  # once per event, every policy
            for policy, thr in POLICIES:
                right.setdefault((policy, thr, l2, scale, version), []).extend(
                    combine(policy, thr, d.rule_type, d.features[version], p) == d.gold_type
                    for d, p in zip(held, probs))
    out: dict[Key, dict[str, float]] = {}
    for key, ok in right.items():
        out[key] = {"all": sum(ok) / len(ok)}
        for g in sorted({d.group for d in order}):
            sel = [r for r, d in zip(ok, order) if d.group == g]
            out[key][g] = sum(sel) / len(sel)
    return out


#: Policies from the least to the most intrusive (how often the model overrides the rules).
INTRUSIVENESS = ("rules", "ambiguous", "ambiguous_confident", "confident", "model")
#: Cross-validated accuracies closer than this to the best are ties (one or two events per
#: report): among them the least intrusive policy, the highest threshold, the strongest L2, no
#: vector and the newest features win. A refit replaces the shipped typer only when it
#: cross-validates more than this above the shipped typer's candidate.
CV_TIE = 0.005


def choose_candidate(cv: dict[Key, dict[str, float]] | dict[Key, float]) -> tuple[Key, float]:
    """The candidate to ship and its CV accuracy: the simplest near-best one."""
    acc = {k: (v["all"] if isinstance(v, dict) else v) for k, v in cv.items()}
    best = max(acc.values())
    near = [k for k, v in acc.items() if v >= best - CV_TIE]
    key = min(near, key=lambda k: (INTRUSIVENESS.index(k[0]), -(k[1] or 1.0), -k[2], k[3] is not None,
                                   k[3] or 0, [-int(x) for x in k[4].split(".")]))
    return key, acc[key]


def shipped_key(model: dict[str, Any] | None) -> Key | None:
    """The candidate the shipped typer was chosen as (None without one)."""
    if not model:
        return None
    return (model.get("policy", "rules"), model.get("threshold"), float(model.get("l2", 3.0)),
            model.get("dense_scale"), str(model.get("feature_version", "1")))


def train_event_types(dev: list[TypedEvent], out: Path | None = None,
                      cv: dict[Key, dict[str, float]] | None = None, shipped: Key | None = None,
                      force: bool = False, reviewed: int = 0
                      ) -> tuple[dict[str, Any] | None, dict[Key, dict[str, float]]]:
    """Fit the event typer on ``dev``, choosing policy, l2, the vector's weight and the feature
    version by leave-one-report-out cross-validation, and write it to ``out`` (the shipped file by
    default). With ``shipped`` (the shipped typer's candidate), nothing is written unless the
    choice cross-validates more than :data:`CV_TIE` above it (or ``force``): then returns None.
    ``reviewed``: how many of ``dev`` are a database's reviewed events (:mod:`.reviewed`), noted
    in the file. Deterministic: the same dev gold (and reviews) and code give the same file."""
    from ...extract.events.learned import typemodel

    out = out or typemodel.MODEL_FILE
    cv = cv if cv is not None else cross_validate(dev)
    rules = max(v["all"] for k, v in cv.items() if k[0] == "rules")
    key, best = choose_candidate(cv)
    if not force and shipped in cv and best <= cv[shipped]["all"] + CV_TIE:
        return None, cv
    policy, thr, l2, scale, version = key
    dense = None if scale is None else np.stack([d.vec for d in dev]) * scale
    fit = fit_softmax([d.features[version] for d in dev], [d.gold_type for d in dev], l2=l2, dense=dense)
    model: dict[str, Any] = {
        "_comment": "fitted by `rightsledger train` on the dev gold only; policy chosen by "
                    "leave-one-report-out cross-validation",
        "feature_version": version, "policy": policy, "threshold": thr, "l2": l2,
        "n": len(dev), "cv_accuracy": round(best, 4), "cv_rules_accuracy": round(rules, 4),
        "cv_groups": {g: round(a, 4) for g, a in cv[key].items()}, "weights": fit["weights"]}
    if reviewed:
        model["_comment"] += f"; {reviewed} of the {len(dev)} events are reviewed events of a database"
        model["n_reviewed"] = reviewed
    if scale is not None:
        from ...extract.embeddings.sentences import MODEL_ID

        model.update(dense=fit["dense"], dense_scale=scale, vector_model=MODEL_ID)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    typemodel.load_model.cache_clear()
    return model, cv
