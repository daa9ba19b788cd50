"""Round 3 of the confidence model: fitted on first-run rows only, judged leaving a report out."""
from __future__ import annotations

import json

import numpy as np

from rightsledger.analysis.training import calibration as cal
from rightsledger.analysis.evaluation import evaluate as ev
from rightsledger.analysis.training import first_run_fit as frf
from rightsledger.analysis.training import train as tr
from rightsledger.analysis.training.logistic import Design, fit_logistic
from rightsledger.extract import confidence as conf

from .test_calibration import _event, _fake_dev, _reports


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
    assert len({json.dumps(model[k]["map"]) for k in fit.kinds}) == 1  # one map for every kind
    assert model["_reports"] == fit.docs
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
    assert "refit, dev" in fit.tables  # dev predictions are scored, and fit the last step only
    written = json.loads(out.read_text())["event"]
    assert written["map_from"].startswith("first runs") and written["mix_from"].endswith(f"w={frf.MIX_WEIGHT}")
    conf.load_model.cache_clear()


def test_train_ends_the_first_run_fit_with_a_step_towards_todays_dev_rows(monkeypatch, tmp_path):
    # first runs right .85 (day) and .5 (year); today's code on its dev reports .95 and .65: the
    # written file lies between them (round t-calib5), the first-run fit alone at the first runs
    _fake_dev(monkeypatch, _reports())
    out = tmp_path / "confidence.json"
    conf.load_model.cache_clear()
    fit = tr.train(out=out, first_runs=cal.labelled(_reports(seed=11, rates=(0.85, 0.5))), force=True)
    assert "refit with the mixture step, dev" in fit.tables
    event = json.loads(out.read_text())["event"]
    day, year = (conf.features("event", _event(i, p)) for i, p in ((1, "day"), (2, "year")))
    without = {k: v for k, v in event.items() if k != "mix_platt"}
    assert abs(conf.calibrated(without, day) - 0.85) < 0.04 and abs(conf.calibrated(without, year) - 0.5) < 0.06
    assert 0.87 < conf.calibrated(event, day) < 0.95 and 0.53 < conf.calibrated(event, year) < 0.65
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
    from rightsledger.analysis.training import first_runs as fr

    # (before its last step: the mixture step of round t-calib5 moves it towards today's code, surer)
    shipped = conf.load_model()
    rows = fr.labelled(fr.load_rows())
    assert shipped and frf.fitted_on_first_runs(shipped) and rows
    before = {k: {key: v for key, v in m.items() if key != "mix_platt"} if isinstance(m, dict) else m
              for k, m in shipped.items()}
    for kind in conf.KINDS:
        scored = [(cal.predict(before, d), d.right) for d in rows if d.kind == kind]
        assert scored and all(c is not None for c, _ in scored)
        assert abs(np.mean([c for c, _ in scored]) - np.mean([ok for _, ok in scored])) < 0.03
        if shipped[kind].get("mix_platt"):
            last = np.mean([cal.predict(shipped, d) for d in rows if d.kind == kind])
            assert np.mean([c for c, _ in scored]) < last < np.mean([c for c, _ in scored]) + 0.1


def test_the_isotonic_map_is_monotone_steps_of_enough_records_never_0_or_1():
    # raw probabilities whose order is right but whose level is not: records scored .62 are right
    # 50 times in 100, .70 ones 80 in 100, .95 ones 100 in 100
    p = [0.62] * 300 + [0.70] * 300 + [0.95] * 150
    y = [i % 2 == 0 for i in range(300)] + [i % 5 != 0 for i in range(300)] + [True] * 150
    xs, ys = cal.fit_isotonic_map(p, y, min_block=100)
    assert xs == sorted(xs) and ys == sorted(ys) and len(xs) == 3
    assert abs(conf.interpolate(xs, ys, 0.62) - 0.5) < 0.01 and abs(conf.interpolate(xs, ys, 0.70) - 0.8) < 0.01
    assert 0.99 <= ys[-1] < 1.0  # smoothed: a block right every time is not certain
    assert conf.interpolate(xs, ys, 0.3) == ys[0] and conf.interpolate(xs, ys, 0.999) == ys[-1]
    assert ys[0] < conf.interpolate(xs, ys, 0.66) < ys[1]  # linear between knots
    # a block smaller than min_block is merged into its neighbour
    assert len(cal.fit_isotonic_map(p[:350] + [0.95] * 50, y[:350] + [True] * 50, min_block=100)[0]) == 2


def test_an_exported_event_gets_its_confidence_through_the_map():
    # an event of a fictional report as the export writes it
    rec = {"kind": "event", "type": "detention_or_arrest", "date": "2023-03-04", "precision": "day",
           "polarity": "asserted", "section": "1.d", "participants": [{"name": "Ilse Varo", "role": "target"}],
           "source": None, "place": None, "evidence": {"start": 0, "end": 58,
           "text": "On March 4, police in Korvath arrested journalist Ilse Varo."}}
    raw = {"event": {"n": 1, "weights": {"bias": 0.0, "precision=day": 1.0}}}
    mapped = {"event": {**raw["event"], "map": [[0.5, 0.73], [0.55, 0.6]]}}
    assert conf.probability(raw, "event", rec) == round(1 / (1 + np.exp(-1.0)), 3)  # .731
    assert conf.probability(mapped, "event", rec) == 0.6
