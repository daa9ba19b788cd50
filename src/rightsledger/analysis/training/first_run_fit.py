"""The confidence model: fitted on first-run rows only, measured leaving a report out.

The first-run rows (:mod:`rightsledger.analysis.training.first_runs`) are records of reports the rules
were not written on, as unseen text is; today's dev predictions are not (the rules were written on
them: they are right more often). So the model is fitted on first-run rows only:

1. per kind, a logistic model over the record's features (:func:`confidence.features`), its L2
   the one of :data:`L2S` whose leave-one-report-out predictions have the lowest log-loss;
2. one monotone map of probabilities for every kind (:func:`calibration.fit_isotonic_map`,
   blocks of :data:`MAP_MIN_BLOCK` rows or more), fitted on those out-of-report predictions
   pooled, stored as each kind's ``map`` (round 4, docs/rounds/2026-12-09-14-t-calib3.md: on 35
   first-run reports it beat the pooled Platt step of round 3 and per-kind Platt and isotonic
   steps on the estimate below);
3. optionally, a last Platt step on a **mixture** (round t-calib5, docs/rounds/2026-12-27-14-t-calib5.md):
   first runs are made by older code than today's, too pessimistic for it on an unseen report; today's dev
   exports labelled like first runs are too optimistic (the rules were written on them). One step
   ``sigmoid(a * logit(p) + b)`` on the model's confidence ``p``, pooled over the kinds, fitted with
   today's rows weighing ``w`` in total and the first-run rows ``1 - w`` (:func:`fit_mixture_step`),
   stored as each kind's ``mix_platt`` (applied after the map by :func:`confidence.calibrated`). Refitted
   alone when the rules change (round t-calib6, ``train --model confidence --step-only``): a refit
   replaces the step, fitted on the confidences before it (:func:`without_mixture_step`).

:meth:`FirstRunFit.cross_validate` is the measure the ship rule reads (docs/rounds/
2026-12-07-11-t-calib2.md): for each first-run report, steps 1-2 (the L2 choice and
the map included) are refitted on the other reports' rows and score the held-out report's.
"""
from __future__ import annotations

import copy
import math
from collections.abc import Sequence
from typing import Any

import numpy as np

from ...extract import confidence as conf
from .calibration import Labelled, fit_isotonic_map, fit_platt, log_loss
from .logistic import Design

#: Candidate L2 strengths of the per-kind models, from the weakest to the strongest.
L2S = (1.0, 3.0, 10.0, 30.0)
#: The ship rule's bands: those of this many first-run records or more (docs/rounds/2026-12-09-14-t-calib3.md).
RULE_MIN_BAND = 100
#: The fewest out-of-report predictions a step of the pooled isotonic map stands on.
MAP_MIN_BLOCK = 100
#: Where a model file's scaling came from when it was fitted on first-run rows.
FROM_FIRST_RUNS = "first runs, pooled out-of-report"
COMMENT = ("fitted by `rightsledger train --model confidence` on the first-run rows of dev reports "
           "only (analysis/training/data/first_runs.jsonl): per kind, a logistic model, its l2 chosen by "
           "leave-one-report-out log-loss; one isotonic map of probabilities for every kind, "
           "fitted on those out-of-report predictions pooled; _reports: the reports fitted on")
#: Where a model file's last step came from (:func:`with_mixture_step`).
FROM_MIXTURE = "mixture of first runs and today's dev rows"
#: The share of today's dev rows in the mixture step (round t-calib5: w = .25, .5, .75 tried on the
#: held-out column's reliability table, .5 the closest; test max band gap 7.7 -> 4.5 points).
MIX_WEIGHT = 0.5


class FirstRunFit:
    """The round-3 fit of the first-run rows ``first``, every fit cached (one :class:`Design`
    per kind, grouped by report)."""

    def __init__(self, first: Sequence[Labelled], l2s: Sequence[float] = L2S):
        self.rows = list(first)
        self.l2s = tuple(l2s)
        self.docs = sorted({d.doc for d in self.rows})
        self.kinds = [k for k in conf.KINDS if len({d.right for d in self.rows if d.kind == k}) > 1]
        self.designs: dict[str, Design] = {}
        self.X: dict[str, np.ndarray] = {}
        self.y: dict[str, np.ndarray] = {}
        self.doc_of: dict[str, np.ndarray] = {}
        for k in self.kinds:
            rows = [d for d in self.rows if d.kind == k]
            self.designs[k] = Design([d.features for d in rows], [d.right for d in rows], [d.doc for d in rows])
            self.X[k] = self.designs[k].matrix([d.features for d in rows])
            self.y[k] = np.asarray([d.right for d in rows], dtype=float)
            self.doc_of[k] = np.asarray([d.doc for d in rows])

    def _z(self, k: str, l2: float, leave_out: frozenset) -> np.ndarray:
        """Log-odds of every row of kind ``k`` by the logistic model fitted without ``leave_out``."""
        return np.clip(self.X[k] @ self.designs[k].fit(l2, leave_out), -30, 30)

    def _out_of_report(self, k: str, l2: float, leave_out: frozenset) -> tuple[np.ndarray, np.ndarray]:
        """Log-odds of the rows of kind ``k`` outside ``leave_out``, each by the model fitted
        without its own report (and ``leave_out``); with the mask of those rows."""
        z = np.zeros(len(self.y[k]))
        mask = ~np.isin(self.doc_of[k], list(leave_out))
        for doc in self.docs:
            if doc in leave_out:
                continue
            sel = self.doc_of[k] == doc
            if sel.any():
                z[sel] = self._z(k, l2, leave_out | {doc})[sel]
        return z, mask

    def model(self, leave_out: frozenset = frozenset()) -> dict[str, Any]:
        """The model file fitted on every report's rows but ``leave_out``'s."""
        model: dict[str, Any] = {"_comment": COMMENT, "_reports": [d for d in self.docs if d not in leave_out]}
        pooled_z, pooled_y = [], []
        for k in self.kinds:
            scored = []
            for l2 in self.l2s:
                z, mask = self._out_of_report(k, l2, leave_out)
                scored.append((round(log_loss(1 / (1 + np.exp(-z[mask])), self.y[k][mask]), 6), -l2, l2, z[mask]))
            cv_ll, _, l2, z = min(scored, key=lambda s: (s[0], s[1]))
            pooled_z.append(z)
            pooled_y.append(self.y[k][~np.isin(self.doc_of[k], list(leave_out))])
            design = self.designs[k]
            model[k] = {"n": len(z), "l2": l2, "cv_log_loss": cv_ll,
                        "weights": design.weights(design.fit(l2, leave_out))}
        if pooled_z:
            p = 1 / (1 + np.exp(-np.concatenate(pooled_z)))
            xs, ys = fit_isotonic_map(p.tolist(), np.concatenate(pooled_y).astype(bool).tolist(), MAP_MIN_BLOCK)
            for k in self.kinds:
                model[k].update(map=[xs, ys], map_from=FROM_FIRST_RUNS)
        return model

    def cross_validate(self) -> list[tuple[float, bool]]:
        """``(confidence, right)`` of every first-run row, by the model fitted without its report
        (leave-one-first-run-report-out; every step and choice refitted)."""
        out: list[tuple[float, bool]] = []
        for doc in self.docs:
            model = self.model(frozenset({doc}))
            out += [(c, d.right) for d in self.rows if d.doc == doc
                    and (c := conf.calibrated(model.get(d.kind), d.features)) is not None]
        return out


def ece(pairs: Sequence[tuple[float, bool]], table: Sequence[dict[str, Any]]) -> float:
    """The n-weighted mean |accuracy - mean confidence| over the bands of ``table``."""
    n = max(1, len(pairs))
    return round(sum(r["n"] * abs(r["accuracy"] - r["mean_confidence"]) for r in table if r["n"]) / n, 4)


def fitted_on_first_runs(model: dict[str, Any] | None) -> bool:
    """Whether a model file's scaling came from the first-run rows (then scoring those rows with
    it is in sample, not a bar for a refit)."""
    return bool(model) and any(str((model.get(k) or {}).get(key, "")).startswith("first runs")
                               for k in conf.KINDS for key in ("map_from", "platt_from"))


def mixture_weights(sizes: Sequence[int], shares: Sequence[float]) -> list[float]:
    """The weight of one row of each group: group ``i`` (of ``sizes[i]`` rows) weighs ``shares[i]``
    of the whole, the weights summing to the number of rows (an empty group weighs nothing)."""
    total, mass = sum(sizes), sum(s for n, s in zip(sizes, shares) if n)
    return [total * s / (mass * n) if n else 0.0 for n, s in zip(sizes, shares)]


def _mixture_scored(model: dict[str, Any], rows: Sequence[Labelled]) -> list[tuple[float, bool]]:
    """(log-odds of the model's confidence, right) of every row of a kind the model has."""
    out = []
    for d in rows:
        p = conf.calibrated(model.get(d.kind), d.features)
        if p is not None:
            p = min(max(p, 1e-6), 1 - 1e-6)
            out.append((math.log(p / (1 - p)), d.right))
    return out


def without_mixture_step(model: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``model`` without its last step (``mix_platt``, ``mix_from``) in any kind."""
    out = copy.deepcopy(model)
    for k in conf.KINDS:
        if isinstance(out.get(k), dict):
            out[k].pop("mix_platt", None)
            out[k].pop("mix_from", None)
    return out


def fit_mixture_step(model: dict[str, Any], first: Sequence[Labelled], today: Sequence[Labelled],
                     w: float) -> tuple[float, float]:
    """``(a, b)`` of the Platt step on ``model``'s confidences before any step it has (a refit replaces
    it), fitted on ``first`` (weighing ``1 - w`` in total) and ``today`` (weighing ``w``)."""
    base = without_mixture_step(model)
    a_rows, b_rows = _mixture_scored(base, first), _mixture_scored(base, today)
    wa, wb = mixture_weights([len(a_rows), len(b_rows)], [1 - w, w])
    rows = a_rows + b_rows
    return fit_platt([z for z, _ in rows], [y for _, y in rows],
                     weights=[wa] * len(a_rows) + [wb] * len(b_rows))


def with_mixture_step(model: dict[str, Any], step: tuple[float, float], w: float) -> dict[str, Any]:
    """A copy of ``model`` whose every kind ends with the Platt step ``step`` (fitted at weight ``w``)."""
    out = copy.deepcopy(model)
    for k in conf.KINDS:
        if k in out:
            out[k].update(mix_platt=list(step), mix_from=f"{FROM_MIXTURE}, w={w}")
    return out


def mixed(model: dict[str, Any], first: Sequence[Labelled], today: Sequence[Labelled],
          w: float = MIX_WEIGHT) -> dict[str, Any]:
    """``model`` ended with the mixture step fitted on ``first`` and ``today``, replacing any step it
    had (``model`` as it is without rows of today's code)."""
    return with_mixture_step(model, fit_mixture_step(model, first, today, w), w) if today else model
