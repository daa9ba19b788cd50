"""Round 3 of the confidence model: fitted on first-run rows only, judged leaving a report out."""
from __future__ import annotations

import json

import numpy as np

from rightsledger.analysis import calibration as cal
from rightsledger.analysis import evaluate as ev
from rightsledger.analysis import first_run_fit as frf
from rightsledger.analysis import train as tr
from rightsledger.analysis.logistic import Design, fit_logistic
from rightsledger.extract import confidence as conf

from .test_calibration import _fake_dev, _reports


def test_grouped_rows_fit_the_rates_of_their_features():
    # records of fictional reports: day-precise dates right 95 times in 100, a year alone 65
    data = cal.labelled(_reports(n_docs=4, per_doc=200))
    d = Design([x.features for x in data], [x.right for x in data], [x.doc for x in data])
    assert len(d.count) <= 4 * 2  # one row per (report, feature pattern), not one per record
    w = d.weights(d.fit(0.01))
    day = next(x for x in data if "precision=day" in x.features)
    year = next(x for x in data if "precision=year" in x.features)
    rate = {p: np.mean([x.right for x in data if f"precision={p}" in x.features]) for p in ("day", "year")}
    assert abs(1 / (1 + np.exp(-conf.log_odds(w, day.features))) - rate["day"]) < 0.005
    assert abs(1 / (1 + np.exp(-conf.log_odds(w, year.features))) - rate["year"]) < 0.005
    # the same weights as one ungrouped fit of every record
    assert w == fit_logistic([x.features for x in data], [x.right for x in data], l2=0.01)


def test_a_fit_leaving_reports_out_is_the_fit_of_the_other_reports_and_is_cached():
    data = cal.labelled(_reports(n_docs=5, per_doc=80))
    d = Design([x.features for x in data], [x.right for x in data], [x.doc for x in data])
    w = d.fit(3.0, frozenset({"fictional-1", "fictional-3"}))
    rest = [x for x in data if x.doc not in ("fictional-1", "fictional-3")]
    assert d.weights(w) == fit_logistic([x.features for x in rest], [x.right for x in rest], l2=3.0)
    assert d.fit(3.0, frozenset({"fictional-3", "fictional-1"})) is w  # {A, B} is {B, A}


def test_nested_cross_validation_fits_each_pair_of_reports_once():
    first = cal.labelled(_reports(n_docs=6, per_doc=60, seed=11, rates=(0.85, 0.5)))
    fit = frf.FirstRunFit(first)
    pairs = fit.cross_validate()
    assert len(pairs) == len(first)
    docs, l2s = 6, len(frf.L2S)
    # per L2: every report out, every pair out, the fit on all (warm start) — and nothing twice
    assert len(fit.designs["event"]._cache) <= l2s * (1 + docs + docs * (docs - 1) // 2)


def test_a_model_fitted_on_first_runs_is_calibrated_on_a_report_it_has_not_seen():
    # today's dev predictions: right 95 / 65 times in 100; on reports the rules were not written
    # on (first runs) the same records are right 85 / 50 times in 100
    first = cal.labelled(_reports(seed=11, rates=(0.85, 0.5)))
    dev_fit = cal.fit_calibrated(cal.labelled(_reports()))
    assert cal.max_gap(ev.reliability_table([(cal.predict(dev_fit, d), d.right) for d in first])) > 0.08
    fit = frf.FirstRunFit(first)
    assert cal.max_gap(ev.reliability_table(fit.cross_validate()), frf.RULE_MIN_BAND) <= 0.05
    model = fit.model()
    assert len({json.dumps(model[k]["platt"]) for k in fit.kinds}) == 1  # one step for every kind
    assert frf.fitted_on_first_runs(model) and not frf.fitted_on_first_runs(dev_fit)
    day = cal.predict(model, next(d for d in first if "precision=day" in d.features))
    year = cal.predict(model, next(d for d in first if "precision=year" in d.features))
    assert abs(day - 0.85) < 0.04 and abs(year - 0.5) < 0.06


def test_train_ships_a_first_run_fit_better_than_a_stale_file(monkeypatch, tmp_path):
    _fake_dev(monkeypatch, _reports())
    out = tmp_path / "confidence.json"
    out.write_text(json.dumps({"event": {"n": 10, "weights": {"bias": 3.0}}}))  # 0.95 for everything
    conf.load_model.cache_clear()
    fit = tr.train(out=out, first_runs=cal.labelled(_reports(seed=11, rates=(0.85, 0.5))))
    assert fit.rule == tr.FIRST_RUN_CV and fit.written
    assert fit.gaps[tr.FIRST_RUN_CV] <= 0.05 < fit.gaps["shipped file, first runs"]
    assert fit.min_n[tr.FIRST_RUN_CV] == frf.RULE_MIN_BAND
    assert fit.eces[tr.FIRST_RUN_CV] < fit.eces["shipped file, first runs"]
    assert "refit, dev" in fit.tables  # dev predictions are scored, not fitted on
    assert json.loads(out.read_text())["event"]["platt_from"].startswith("first runs")
    conf.load_model.cache_clear()


def test_train_keeps_a_file_whose_ece_on_first_runs_is_lower(monkeypatch, tmp_path):
    _fake_dev(monkeypatch, _reports())
    first = cal.labelled(_reports(seed=11, rates=(0.85, 0.5)))
    # the truth itself (0.85 for a day-precise date, 0.5 for a year), not fitted on these rows
    truth = {"event": {"n": 1, "weights": {"bias": 0.0, "precision=day": float(np.log(0.85 / 0.15))}}}
    out = tmp_path / "confidence.json"
    out.write_text(json.dumps(truth))
    conf.load_model.cache_clear()
    fit = tr.train(out=out, first_runs=first)
    assert fit.gaps[tr.FIRST_RUN_CV] <= 0.05 and not fit.written
    assert json.loads(out.read_text()) == truth
    conf.load_model.cache_clear()


def test_the_shipped_file_is_fitted_on_first_runs_and_as_sure_as_they_are_right():
    # the in-sample table is not the measure (the refit's cross-validated one is, docs/rounds/
    # 2026-12-07-11-t-calib2.md), but per kind the mean confidence is the first runs' accuracy
    from rightsledger.analysis import first_runs as fr

    shipped = conf.load_model()
    rows = fr.labelled(fr.load_rows())
    assert shipped and frf.fitted_on_first_runs(shipped) and rows
    for kind in conf.KINDS:
        scored = [(cal.predict(shipped, d), d.right) for d in rows if d.kind == kind]
        assert scored and all(c is not None for c, _ in scored)
        assert abs(np.mean([c for c, _ in scored]) - np.mean([ok for _, ok in scored])) < 0.03
