"""``rightsledger train``: refit the shipped models (the confidence model, the event typer, the event
detector) on the dev gold; ``first-runs``: record the first runs of dev reports they are judged on.

Split from ``quality.py`` (round t-tidy14), which keeps ``evaluate`` and ``agree``; the fits and
their ship rules are ``analysis/training/train.py``, ``analysis/training/typer_cv.py``, ``analysis/training/first_run_fit.py``
and ``analysis/training/detect_fit.py``.
"""
from __future__ import annotations

import tempfile
from enum import Enum
from pathlib import Path
from typing import Any, Optional

import typer

from .app import DbOption, Format, emit, app, console, err_console, escape
from .quality import fmt3


class Model(str, Enum):
    all = "all"
    confidence = "confidence"
    typer = "typer"
    detector = "detector"


@app.command()
def train(
    predictions: Optional[Path] = typer.Option(
        None, "--predictions", help="Use saved exports (DIR/<gold stem>.jsonl) instead of ingesting (with "
        "--model detector: the reference, today's rules' exports, instead of the first-run typings)."),
    model: Model = typer.Option(Model.all, "--model", help="Which model to refit: confidence, typer, all (those two) or "
                                 "detector (the learned event detector, only when named; writing its file makes the pipeline "
                                 "use it, and none ships: docs/EVALUATION.md)."),
    force: bool = typer.Option(False, "--force", help="Write the refits even when they do not "
                               "cross-validate better than the shipped models."),
    step_only: bool = typer.Option(False, "--step-only", help="With --model confidence: refit only the shipped "
                                   "file's last step (the mixture step of first runs and today's dev rows not held out, "
                                   "from --predictions or ingested), its weights and map kept; written as it comes."),
    db: Optional[str] = DbOption,
    first_runs: Optional[list[Path]] = typer.Option(
        None, "--first-runs", help="Folders of first-run exports (DIR/<gold stem>.jsonl) whose event "
        "typings join those recorded in analysis/training/data/first_run_types.jsonl (repeatable)."),
    cache: Optional[Path] = typer.Option(
        None, "--cache", help="Keep each dev report's typer features here (rebuilt when its gold, its "
        "text or the code changes)."),
    test_: bool = typer.Option(True, "--test/--no-test", help="Ingest the test reports to print their "
                              "event type accuracy before/after (the typer; off: dev only)."),
) -> None:
    """Refit the shipped models (confidence, event typer) on the dev gold; print test scores before/after.

    The event typer needs the parse, so its reports are always ingested again (no --predictions);
    it is rebuilt deterministically from whatever dev gold exists plus the events people reviewed
    in the database (--db; corrected, confirmed and added events, each document a
    cross-validation group of its own; rejected events left out; a gold report's reviewed events
    inside its gold's scope left out, the gold wins), and replaces the shipped typer only when its
    leave-one-report-out accuracy beats the shipped typer's (refitted the same way) by more than
    the tie margin. With first runs of dev reports (analysis/training/data/first_run_types.jsonl, recorded
    by `rightsledger first-runs`, and --first-runs folders) the typer is judged on them instead
    (analysis/training/typer_cv.py): on those reports its rules' type features carry the first-run type,
    the estimate is leave-one-first-run-report-out with the policy chosen inside each training
    fold (over 4 groups of its first-run reports), and the candidate replaces the shipped typer
    only when the 2.5th percentile of its gain over the first-run rules in a paired bootstrap over
    the held-out reports is above 0, it loses more than .02 in no section group of 100 held-out
    events or more, and its gain on the reports no earlier round held out is not negative
    (docs/rounds/2026-12-10-06-t-typer7.md). The confidence model is fitted on the first runs of
    dev reports only (analysis/training/data/first_runs.jsonl, recorded by `rightsledger first-runs`): per
    kind a logistic model, one isotonic map for all kinds; it replaces the shipped one only when its
    reliability table, leaving one first-run report out (every step refitted), is within 0.05 in
    every band of 100 records or more and its ECE and log-loss are not above the shipped file's on
    the same rows (when the shipped file was not fitted on them). With --predictions, test reports
    without a saved export are left out of the test table, not ingested.

    Example: rightsledger train --model typer --db reviews.db --first-runs /tmp/first_2025_x --no-test
    """
    from ..analysis.evaluation import evaluate as ev

    if model is Model.detector:  # analysis/training/detect_fit.py; its verdict is scripts/detect_cv.py's estimate
        from ..analysis.training.detect_fit import train_detector

        fitted, out = train_detector((cache or Path(tempfile.gettempdir()) / "rightsledger-typer") / "detector",
                                     reference=predictions)  # --predictions: today's exports as the reference
        err_console.print(f"wrote {out}: {fitted['candidate']} drop < {fitted['t_drop']}, add >= {fitted['t_add']}, "
                          f"type p >= {fitted['t_type']} (inner {fitted['measure']} F1 {fitted['inner_f1']}, "
                          f"{len(fitted['first_runs'])} first-run reports)")
        return
    test = [p for p in ev.gold_files() if ev.split_of(p) == "test"]
    if model is not Model.typer:
        _train_confidence(test, predictions, force, step_only)
    if model is not Model.confidence:
        _train_typer([p for p in ev.gold_files() if ev.split_of(p) == "dev"], test if test_ else [], force, db,
                     first_runs or [], cache)


def _train_confidence(test: list[Path], predictions: Optional[Path], force: bool, step_only: bool = False) -> None:
    """The confidence model: refit on the first-run rows of dev reports (analysis/training/first_run_fit.py),
    its reliability tables (leave-one-first-run-report-out, the ship rule; dev beside it), then
    test before/after. With ``step_only``, only its last step is refitted (``train_step``, round t-calib6)."""
    from ..analysis.training import train as tr
    from ..extract import confidence as conf

    # with saved exports, a test report without one is left out rather than ingested
    t_scores, _ = tr.labelled_predictions(test, predictions, ingest=predictions is None)
    if predictions is not None:
        missing = [p.stem for p in test if not (predictions / p.name).is_file()]
        if missing:
            err_console.print(f"test reports without a saved export, left out: {', '.join(missing)}")
    before = conf.load_model() or {}
    if step_only:
        after = tr.train_step(predictions)
        err_console.print(f"wrote {conf.MODEL_FILE}: last step {after['event'].get('mix_platt')} "
                          f"({after['event'].get('mix_from')}), weights and map kept")
    else:
        after = _refit_confidence(predictions, force, before)
    _print_test_reliability(t_scores, before, after)


def _refit_confidence(predictions: Optional[Path], force: bool, before: dict) -> dict:
    """The whole refit (``train``), its tables printed; the model in use after it."""
    from ..analysis.training import calibration as cal
    from ..analysis.training import train as tr
    from ..extract import confidence as conf

    fit = tr.train(predictions, force=force)
    cols = ["band", "n", "right", "accuracy", "mean_confidence"]
    for name, table in fit.tables.items():
        emit(table, Format.table, cols, title=f"confidence reliability, {name}")
    emit([{"measure": k, "max gap": fmt3(fit.gaps[k]), "bands": f"n >= {fit.min_n[k]}",
            "ECE": fmt3(fit.eces.get(k)), "log-loss": fmt3(fit.log_losses[k])} for k in fit.tables],
          Format.table, ["measure", "max gap", "bands", "ECE", "log-loss"], title="confidence calibration on dev")
    sizes = ", ".join(f"{k}: {v['n']} dev records (l2 {v.get('l2')}, "
                      + (f"map of {len(v['map'][0])} knots from {v.get('map_from')})" if v.get("map") else
                         f"platt {v.get('platt')} from {v.get('platt_from', 'dev CV')})")
                      for k, v in fit.model.items() if k in conf.KINDS)
    if fit.written:
        err_console.print(f"wrote {conf.MODEL_FILE} ({sizes})")
    else:
        err_console.print(f"kept {conf.MODEL_FILE}: the gap of '{fit.rule}' ({fit.gaps[fit.rule]}) is above "
                          f"{cal.MAX_GAP}, or its ECE or log-loss above the shipped file's on the same rows "
                          "(without first-run rows: its gap not below the shipped file's); --force writes it")
    return fit.model if fit.written else before


def _print_test_reliability(t_scores: list, before: dict, after: dict) -> None:
    from ..analysis.evaluation import evaluate as ev
    from ..extract import confidence as conf

    cols = ["band", "n", "right", "accuracy", "mean_confidence"]
    for label, m in (("before", before), ("after", after)):
        pairs = [(conf.probability(m, r["kind"], r), ok) for s in t_scores for r, ok in s.labels]
        rel = ev.reliability_table([(c, ok) for c, ok in pairs if c is not None])
        emit(rel, Format.table, cols, title=f"test reliability {label} training")


@app.command("first-runs")
def first_runs(
    predictions: Path = typer.Argument(..., help="Saved exports of a first run (DIR/<gold stem>.jsonl)."),
    commit: str = typer.Option(..., "--commit", help="The commit of main the first run was made at."),
) -> None:
    """Record the first runs of dev reports for the confidence model's Platt step and the event typer.

    A first run is the export of a dev report made (``evaluate --save-predictions DIR``) when its
    gold was complete and before any rule was written on it. Each dev report exported in DIR is
    labelled against its dev gold and its rows (doc, commit, kind, confidence features, right)
    replace that report's rows in analysis/training/data/first_runs.jsonl; its events' typings (doc, commit,
    evidence span, date, type) replace its rows in analysis/training/data/first_run_types.jsonl, which
    `train --model typer` is judged on. No report text is kept. Test reports are never read.

    Example: rightsledger first-runs /tmp/first --commit 02c979f
    """
    from collections import Counter

    from ..analysis.training import first_run_types as frt
    from ..analysis.training import first_runs as fr

    rows = fr.record(predictions, commit)
    typings = Counter(r["doc"] for r in frt.record(predictions, commit))
    counts = Counter(r["doc"] for r in rows)
    for doc, n in sorted(counts.items()):
        right = sum(r["right"] for r in rows if r["doc"] == doc)
        console.print(f"{doc}: {n} rows, {right} right, {typings[doc]} event typings (first run at {commit})")
    if not rows:
        err_console.print(f"no dev report exported in {escape(str(predictions))}")


def _train_typer(dev_paths: list[Path], test: list[Path], force: bool, db: Optional[str],
                 first_runs: list[Path], cache: Optional[Path]) -> None:
    """The event typer (extract/events/learned/typemodel.py): judged on the first runs of dev reports when
    there are any (:func:`_train_typer_first_runs`), else cross-validated on dev (and the database's
    reviewed events); refit, print dev CV and test accuracy per section group, before and after."""
    from ..analysis.training import first_run_types as frt
    from ..analysis.training import first_runs as fr
    from ..analysis.training import reviewed as rv
    from ..analysis.training import train as tr
    from ..analysis.training import typer_cv as tc
    from ..extract.events.learned import typemodel

    shipped = typemodel.load_model()  # None when absent or fitted on features this code lacks
    dev_ev, reviews = rv.typer_data(dev_paths, db, test, cache)
    for line in reviews.lines():
        err_console.print(escape(line), soft_wrap=True)
    test_ev = tr.typed_events(test)
    rows = fr.merge(frt.load_rows(), frt.rows_from_dirs(first_runs, dev_paths))
    tc.attach_first_types(dev_ev, rows, dev_paths)
    if tc.first_run_docs(dev_ev):
        _train_typer_first_runs(dev_ev, rows, test_ev, shipped, force)
        return
    cv = tr.cross_validate(dev_ev)
    before_key = tr.shipped_key(shipped)
    tmodel, _ = tr.train_event_types(dev_ev, cv=cv, shipped=before_key, force=force,
                                     reviewed=len(reviews.events))
    key = tr.choose_candidate(cv)[0]
    if tmodel is None:
        err_console.print(f"kept {typemodel.MODEL_FILE}: the best refit {key} does not cross-validate more "
                          f"than {tr.CV_TIE} above the shipped typer {before_key} (--force writes it)")
        with tempfile.TemporaryDirectory() as tmp:  # the refit's fit of dev itself, to see memorisation
            tr.train_event_types(dev_ev, Path(tmp) / "typer.json", cv=cv, force=True,
                                 reviewed=len(reviews.events))
            refit = typemodel.load_model(str(Path(tmp) / "typer.json"))
    else:
        key = tr.shipped_key(tmodel)
        err_console.print(f"wrote {typemodel.MODEL_FILE} ({len(dev_ev) - len(reviews.events)} matched dev "
                          f"events, {len(reviews.events)} reviewed events; candidate {key})")
        refit = typemodel.load_model(str(typemodel.MODEL_FILE))
    now = typemodel.load_model(str(typemodel.MODEL_FILE))  # the file as it is now (kept or written)
    groups = ["all", *sorted({d.group for d in dev_ev} | {d.group for d in test_ev})]
    rows = [{"policy": p, "threshold": "" if t is None else t, "l2": l2, "vector": "" if v is None else v,
             "features": fv, **{g: fmt3(a.get(g)) for g in groups}}
            for (p, t, l2, v, fv), a in sorted(cv.items(), key=lambda kv: -kv[1]["all"])[:12]]
    emit(rows, Format.table, ["policy", "threshold", "l2", "vector", "features", *groups],
          title="event type accuracy, leave-one-report-out on dev (best 12)")
    rules_key = next(k for k in cv if k[0] == "rules")
    table = [{"measure": "dev CV, rules", **{g: fmt3(cv[rules_key].get(g)) for g in groups}}]
    if before_key in cv:
        table.append({"measure": "dev CV, shipped typer's candidate",
                      **{g: fmt3(cv[before_key].get(g)) for g in groups}})
    table += [{"measure": "dev CV, best refit", **{g: fmt3(cv[key].get(g)) for g in groups}},
              {"measure": "dev in-sample, best refit", **{g: fmt3(v) for g, v in tr.by_group(refit, dev_ev).items()}},
              {"measure": "dev in-sample, now shipped", **{g: fmt3(v) for g, v in tr.by_group(now, dev_ev).items()}},
              {"measure": "test, rules", **{g: fmt3(v) for g, v in tr.by_group(None, test_ev).items()}},
              {"measure": "test, before", **{g: fmt3(v) for g, v in tr.by_group(shipped, test_ev).items()}},
              {"measure": "test, after", **{g: fmt3(v) for g, v in tr.by_group(now, test_ev).items()}}]
    emit(table, Format.table, ["measure", *groups], title="event type accuracy (matched events)")


def _train_typer_first_runs(dev_ev: list[Any], rows: list[dict[str, Any]], test_ev: list[Any],
                            shipped: Optional[dict[str, Any]], force: bool) -> None:
    """The typer judged on first-run typings (analysis/training/typer_cv.py): the nested estimate of each
    candidate against the first-run rules, per section group; the ship rule; test before/after."""
    from collections import Counter

    from threadpoolctl import threadpool_limits

    from ..analysis.training import train as tr
    from ..analysis.training import typer_cv as tc
    from ..extract.events.learned import typemodel

    docs = tc.first_run_docs(dev_ev)
    err_console.print(f"first runs of {len(docs)} dev reports ({', '.join(docs)}): "
                      f"{len(tc.held_out(dev_ev))} held-out events of {len(dev_ev)} dev events")
    with threadpool_limits(1):  # many small fits: one BLAS thread each is faster on a shared machine
        honest = [tc.nested(dev_ev, c, tc.INNER_GROUPS) for c in tc.CANDIDATES]
    tab = tc.table(dev_ev, honest, shipped)
    groups = [k for k in tab[0] if k != "measure"]
    emit([{"measure": r["measure"], **{g: r[g] if r["measure"] == "n" else fmt3(r.get(g)) for g in groups}}
           for r in tab], Format.table, ["measure", *groups],
          title="event type accuracy on first-run reports' events, leave-one-first-run-report-out")
    verdicts = [tc.verdict(dev_ev, h, tab) for h in honest]
    for h, v in zip(honest, verdicts):
        err_console.print(f"({h.candidate}) {'passes' if v.ships else 'fails'}: {v.why()}; would ship {h.final} "
                          f"at threshold {tc.folds_threshold(h, h.final[1] if h.final else None)} (the folds' "
                          f"majority; per fold: {dict(Counter(h.chosen.values()))})", soft_wrap=True)
    for h in honest:  # the settled-convention guard (extract/data/typer_guard.toml), simulated
        g = tc.with_guard(dev_ev, h)
        gtab = tc.table(dev_ev, [h, g])
        grow = next(r for r in gtab if r["measure"] == f"({g.candidate}) nested")
        hrow = next(r for r in gtab if r["measure"] == f"({h.candidate}) nested")
        moved = sum(a != b for a, b in zip(h.predicted, g.predicted))
        err_console.print(f"({g.candidate}) nested {fmt3(grow['all'])} (without the guard {fmt3(hrow['all'])}; "
                          f"{moved} held-out events keep the first-run type): "
                          f"{tc.verdict(dev_ev, g, gtab).why()}", soft_wrap=True)
    chosen = tc.pick(honest, verdicts)
    if chosen is not None or force:
        h = chosen or honest[0]
        tc.write(tc.fit_final(dev_ev, h, tab, tc.commits(rows, docs)), typemodel.MODEL_FILE)
        err_console.print(f"wrote {typemodel.MODEL_FILE} (candidate {h.candidate}, {h.final})")
    else:
        err_console.print(f"kept {typemodel.MODEL_FILE}: no candidate passes the ship rule "
                          "(--force writes the first)")
    if test_ev:
        now = typemodel.load_model(str(typemodel.MODEL_FILE))
        emit([{"measure": f"test, {name}", **{g: fmt3(v) for g, v in tr.by_group(m, test_ev).items()}}
               for name, m in (("rules", None), ("before", shipped), ("after", now))],
              Format.table, ["measure", "all", *sorted({d.group for d in test_ev})],
              title="event type accuracy on test (matched events)")
