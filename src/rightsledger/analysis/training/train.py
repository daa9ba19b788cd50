"""``rightsledger train``: fit the shipped models on the dev gold only.

The confidence model (:mod:`rightsledger.extract.confidence`), one L2-regularised logistic
regression per record kind (numpy), fitted on whether each record of the first runs of dev
reports matched a gold record, its L2 chosen by leave-one-report-out cross-validation, one Platt
step for all kinds (:mod:`rightsledger.analysis.training.first_run_fit`,
:mod:`rightsledger.analysis.training.first_runs`), its calibration measured leaving one first-run report out:
here (:func:`train`). And the event typer (:mod:`rightsledger.extract.events.learned.typemodel`), a softmax
regression over sparse features (and optionally the sentence's vector), its feature version,
policy, L2 and vector weight chosen by leave-one-report-out cross-validation on dev, replacing the
shipped typer only when it beats it by more than :data:`CV_TIE`: its rows in :mod:`.typer_rows`,
its fit in :mod:`.softmax`, its choice and refit in :mod:`.typer_fit`, all re-exported here, the
names ``rightsledger train`` calls. Test gold is never read here except to print its scores
before and after (docs/EVALUATION.md, protocol).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from ...errors import Code, RightsledgerError
from ...extract import confidence as conf
from . import calibration as cal
from ..evaluation import evaluate as ev
from . import first_run_fit as frf
from . import first_runs as fr
from .logistic import one_blas_thread
from .softmax import fit_softmax
from .typer_fit import (
    CV_TIE, DENSE_SCALES, INTRUSIVENESS, L2S, POLICIES, Key, by_group, choose_candidate, cross_validate,
    shipped_key, train_event_types, typer_from_fit,
)
from .typer_rows import TypedEvent, embed_events, labelled_events, typed_events

#: The names of the reliability tables the ship rule reads: round 3 (with first-run rows) and round 1.
FIRST_RUN_CV = "refit, first-run CV"  # every step refitted leaving one first-run report out (round 3)
DEV_CV = "round-1 refit, dev CV"

def labelled_predictions(paths: Iterable[Path], predictions: Path | None = None, ingest: bool = True
                         ) -> tuple[list[ev.Scores], dict[str, list[dict[str, Any]]]]:
    """Scores (with labels) of each gold file, and the exports they were computed from (saved in
    ``predictions``, else ingested; with ``ingest`` False, a report without a saved export is left
    out)."""
    scores, exports = [], {}
    for path in paths:
        pred = None
        if predictions is not None and (predictions / path.name).is_file():
            pred = ev.load_jsonl(predictions / path.name)
        if pred is None and ingest:
            pred = ev.predictions_for(path)
        if pred is None:
            continue
        exports[path.stem] = pred
        s = ev.score_report(pred, ev.load_jsonl(path))
        s.doc = path.stem
        scores.append(s)
    return scores, exports


@dataclass
class ConfidenceFit:
    """What ``train --model confidence`` did: the refit, whether it was written, and the dev
    reliability tables it was judged on — with first-run rows, the refit's leave-one-first-run-
    report-out table (the ship rule) and the shipped file on the same rows, both files on today's
    dev predictions; without, round 1's leave-one-report-out tables on dev — with their gaps (over
    bands of ``min_n`` records or more), log-losses and ECEs (n-weighted mean gap)."""
    model: dict[str, Any]
    written: bool
    tables: dict[str, list[dict[str, Any]]]
    gaps: dict[str, float | None]
    log_losses: dict[str, float]
    min_n: dict[str, int] = field(default_factory=dict)
    rule: str = FIRST_RUN_CV
    eces: dict[str, float] = field(default_factory=dict)


def _judge(pairs: list[tuple[float, bool]], min_n: int | None = None
           ) -> tuple[list[dict[str, Any]], float | None, float, int, float]:
    table = ev.reliability_table(pairs)
    gap, min_n = cal.gap_of(table) if min_n is None else (cal.max_gap(table, min_n), min_n)
    return (table, gap, round(cal.log_loss([c for c, _ in pairs], [ok for _, ok in pairs]), 4), min_n,
            frf.ece(pairs, table))


def _scored(model: dict[str, Any] | None, rows: Iterable[cal.Labelled]) -> list[tuple[float, bool]]:
    return [(c, d.right) for d in rows if (c := cal.predict(model, d)) is not None] if model else []


def train(predictions: Path | None = None, out: Path = conf.MODEL_FILE, force: bool = False,
          first_runs: list[cal.Labelled] | None = None) -> ConfidenceFit:
    """Fit the confidence model and write it to ``out`` under the ship rule (or ``force``).
    Deterministic: the same first-run rows (and dev predictions) give the same file.

    With first-run rows (``first_runs``, by default ``analysis/training/data/first_runs.jsonl``), round 3
    (:mod:`.first_run_fit`): every step fitted on the first-run rows only; ship rule, on the
    reliability table leaving one first-run report out (every step refitted): every band of
    :data:`first_run_fit.RULE_MIN_BAND` records or more within :data:`calibration.MAX_GAP`, and its
    ECE and log-loss not above the shipped file's on the same rows (unless the shipped file was
    itself fitted on them). Today's dev predictions (the rules were written on them) fit one thing
    only, the last step, towards today's code: a Platt step on a mixture of the first-run rows and
    today's rows of the dev reports not held out (:func:`first_run_fit.mixed`, round t-calib5). Without first-run rows, round 1: the logistic of each kind on every dev prediction
    (:func:`calibration.fit_calibrated`), shipped when its leave-one-report-out gap on dev is at
    most :data:`calibration.MAX_GAP` and below the shipped file's on the same records."""
    # Real reports only: the fictional examples are what the rules were written against, and
    # calibrating on them makes confidence too high.
    dev = [p for p in ev.gold_files() if ev.split_of(p) == "dev" and p.parent.name == "shared"]
    scores, _ = labelled_predictions(dev, predictions)
    data = cal.labelled((s.doc, rec, ok) for s in scores for rec, ok in s.labels)
    first = first_runs if first_runs is not None else fr.labelled(fr.load_rows())
    shipped = conf.load_model(str(out))
    with one_blas_thread():  # small matrices: spare BLAS threads only spin on a loaded machine
        if first:
            fit = frf.FirstRunFit(first)
            model, rule = fit.model(), FIRST_RUN_CV
            measured = {FIRST_RUN_CV: fit.cross_validate(), "shipped file, first runs": _scored(shipped, first),
                        "refit, dev": _scored(model, data), "shipped file, dev": _scored(shipped, data)}
            judged = {name: _judge(pairs, frf.RULE_MIN_BAND) for name, pairs in measured.items() if pairs}
            gap, ll, ece = judged[FIRST_RUN_CV][1], judged[FIRST_RUN_CV][2], judged[FIRST_RUN_CV][4]
            bar = judged.get("shipped file, first runs") if not frf.fitted_on_first_runs(shipped) else None
            ok = gap is not None and gap <= cal.MAX_GAP and (bar is None or (ece <= bar[4] and ll <= bar[2]))
            # the last step (round t-calib5): towards today's code, on its dev rows not held out
            model = frf.mixed(model, first, [d for d in data if d.doc not in ev.held_out()])
            measured["refit with the mixture step, dev"] = _scored(model, data)
            judged["refit with the mixture step, dev"] = _judge(measured["refit with the mixture step, dev"],
                                                                frf.RULE_MIN_BAND)
        else:
            base = cal.fit_calibrated(data)
            measured = {DEV_CV: cal.cross_validate(data, cal.fit_calibrated),
                        "method before round 1, dev CV": cal.cross_validate(data, cal.fit_plain),
                        "shipped file, dev": _scored(shipped, data)}
            judged = {name: _judge(pairs) for name, pairs in measured.items() if pairs}
            model, rule = base, DEV_CV
            gap, before = judged[DEV_CV][1], judged["shipped file, dev"][1] if shipped else None
            ok = gap is not None and gap <= cal.MAX_GAP and (before is None or gap < before)
    if ok or force:
        _write_model(model, out)
    return ConfidenceFit(model, ok or force, {k: v[0] for k, v in judged.items()},
                         {k: v[1] for k, v in judged.items()}, {k: v[2] for k, v in judged.items()},
                         {k: v[3] for k, v in judged.items()}, rule, {k: v[4] for k, v in judged.items()})


def _write_model(model: dict[str, Any], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    conf.load_model.cache_clear()


def train_step(predictions: Path | None = None, out: Path = conf.MODEL_FILE, w: float = frf.MIX_WEIGHT,
               first_runs: list[cal.Labelled] | None = None) -> dict[str, Any]:
    """Refit the last step of the model file at ``out`` alone, and write it (round t-calib6: the
    step follows the rules, which change more often than the first runs). Its weights and map are
    kept; its mixture step is fitted again (:func:`first_run_fit.mixed`, replacing the old one) on
    the first-run rows and today's rows of **every dev report not held out** (the fictional ones
    too, as rounds t-calib5 and t-calib6 fitted it), labelled from ``predictions`` (saved exports,
    else ingested). Held-out and test reports are never read."""
    shipped = conf.load_model(str(out))
    first = first_runs if first_runs is not None else fr.labelled(fr.load_rows())
    if not shipped or not first:
        raise RightsledgerError(Code.BAD_ARGUMENT, detail=f"nothing to refit the last step of {out} on "
                                "(no model file or no first-run rows)")
    held = ev.held_out()
    dev = [p for p in ev.gold_files() if ev.split_of(p) == "dev" and p.stem not in held]
    scores, _ = labelled_predictions(dev, predictions)
    today = cal.labelled((s.doc, rec, ok) for s in scores for rec, ok in s.labels)
    model = frf.mixed(shipped, first, today, w)
    _write_model(model, out)
    return model


__all__ = [
    "FIRST_RUN_CV", "DEV_CV", "ConfidenceFit", "labelled_predictions", "train", "train_step",
    # the event typer, re-exported
    "TypedEvent", "typed_events", "labelled_events", "embed_events", "fit_softmax", "POLICIES", "L2S",
    "DENSE_SCALES", "Key", "INTRUSIVENESS", "CV_TIE", "typer_from_fit", "by_group", "cross_validate",
    "choose_candidate", "shipped_key", "train_event_types",
]
