"""Confidence calibration: Platt scaling, leave-one-report-out reliability, the ship rule."""
from __future__ import annotations

import json
import math

import numpy as np

from rightsledger.analysis.training import calibration as cal
from rightsledger.analysis.evaluation import evaluate as ev
from rightsledger.analysis.training import first_run_fit as frf
from rightsledger.analysis.training import train as tr
from rightsledger.extract import confidence as conf


def _event(i: int, precision: str, section: str = "1.c") -> dict:
    text = f"On March {i % 28 + 1}, police in Port Ardent detained the journalist Mara Velin."
    return {"kind": "event", "id": f"ev:{i}", "type": "detention_or_arrest", "date": "2023-03-01",
            "precision": precision, "polarity": "asserted", "section": section, "participants": [],
            "evidence": {"start": 0, "end": len(text), "text": text}}


def _reports(n_docs: int = 6, per_doc: int = 120, seed: int = 7, rates: tuple[float, float] = (0.95, 0.65)
             ) -> list[tuple[str, dict, bool]]:
    """Events of fictional reports: a day-precise date is right 95 times in 100, a year alone
    65 times in 100 (``rates``; the same in every report; both in the middle of a band)."""
    rng = np.random.default_rng(seed)
    out = []
    for d in range(n_docs):
        for i in range(per_doc):
            precision = "day" if i % 2 else "year"
            rate = rates[0] if precision == "day" else rates[1]
            out.append((f"fictional-{d}", _event(i, precision), bool(rng.random() < rate)))
    return out


def test_platt_scaling_recovers_a_known_miscalibration():
    # scores whose log-odds are twice too sure and shifted: the truth is sigmoid(0.5 z - 1)
    rng = np.random.default_rng(3)
    z = rng.normal(0, 3, 4000)
    y = rng.random(4000) < 1 / (1 + np.exp(-(0.5 * z - 1)))
    a, b = cal.fit_platt(z.tolist(), y.tolist())
    assert abs(a - 0.5) < 0.06 and abs(b + 1) < 0.12


def test_the_model_applies_its_platt_scaling():
    m = {"weights": {"bias": 2.0}, "platt": [0.5, -1.0]}
    assert conf.calibrated(m, ["bias"]) == round(1 / (1 + math.exp(0.0)), 3)  # 0.5 * 2 - 1 = 0
    assert conf.calibrated({"weights": {"bias": 2.0}}, ["bias"]) == round(1 / (1 + math.exp(-2.0)), 3)
    assert conf.calibrated(None, ["bias"]) is None


def test_leave_one_report_out_is_calibrated_where_a_fixed_over_sure_model_is_not():
    data = cal.labelled(_reports())
    pairs = cal.cross_validate(data, cal.fit_calibrated)
    assert len(pairs) == len(data)
    table = ev.reliability_table(pairs)
    assert cal.max_gap(table) <= 0.05
    # a model sure of everything: 0.99 for records that are right 80 times in 100
    sure = {"event": {"n": 1, "weights": {"bias": 4.6}}}
    over = ev.reliability_table([(cal.predict(sure, d), d.right) for d in data])
    assert cal.max_gap(over) > 0.1


def test_the_calibrated_fit_separates_what_its_features_separate():
    data = cal.labelled(_reports())
    model = cal.fit_calibrated(data)
    day = cal.predict(model, next(d for d in data if "precision=day" in d.features))
    year = cal.predict(model, next(d for d in data if "precision=year" in d.features))
    assert abs(day - 0.95) < 0.04 and abs(year - 0.65) < 0.05
    assert model["event"]["l2"] in cal.L2S and len(model["event"]["platt"]) == 2


def test_the_gap_leaves_out_small_bands():
    table = [{"band": "0.0-0.5", "n": 5, "right": 5, "accuracy": 1.0, "mean_confidence": 0.3},
             {"band": "0.9-1.0", "n": 40, "right": 37, "accuracy": 0.925, "mean_confidence": 0.95}]
    assert cal.max_gap(table) == 0.025
    assert cal.max_gap(table[:1]) is None


def test_the_fit_is_deterministic():
    data = cal.labelled(_reports(n_docs=4, per_doc=60))
    assert json.dumps(cal.fit_calibrated(data), sort_keys=True) == json.dumps(cal.fit_calibrated(data),
                                                                              sort_keys=True)


def _fake_dev(monkeypatch, triples):
    scores = {}
    for doc, rec, ok in triples:
        scores.setdefault(doc, ev.Scores(doc=doc)).labels.append((rec, ok))
    monkeypatch.setattr(tr, "labelled_predictions", lambda paths, predictions=None, ingest=True: (list(scores.values()), {}))


def test_train_replaces_a_stale_model_and_prints_the_cv_table(monkeypatch, tmp_path):
    _fake_dev(monkeypatch, _reports())
    out = tmp_path / "confidence.json"
    stale = {"event": {"n": 10, "weights": {"bias": 0.0}}}  # 0.5 for records right 80 times in 100
    out.write_text(json.dumps(stale))
    conf.load_model.cache_clear()
    fit = tr.train(out=out, first_runs=[])  # without first runs: round 1's rule
    assert fit.written and json.loads(out.read_text())["event"]["platt"]
    assert fit.gaps[tr.DEV_CV] <= 0.05 < fit.gaps["shipped file, dev"]
    assert sum(r["n"] for r in fit.tables[tr.DEV_CV]) == 6 * 120
    conf.load_model.cache_clear()


def test_train_keeps_the_shipped_model_when_the_refit_is_no_better(monkeypatch, tmp_path):
    triples = _reports()
    _fake_dev(monkeypatch, triples)
    out = tmp_path / "confidence.json"
    shipped = cal.fit_calibrated(cal.labelled(triples))  # fitted on the very same records
    out.write_text(json.dumps(shipped))
    conf.load_model.cache_clear()
    fit = tr.train(out=out, first_runs=[])
    assert not fit.written and json.loads(out.read_text()) == shipped
    conf.load_model.cache_clear()


def test_train_confidence_prints_the_cv_reliability_tables(monkeypatch, tmp_path):
    from typer.testing import CliRunner

    from rightsledger.cli import app

    _fake_dev(monkeypatch, _reports())
    first = cal.labelled(_reports(seed=11, rates=(0.85, 0.5)))
    out = tmp_path / "confidence.json"
    fit = tr.train
    monkeypatch.setattr(tr, "train", lambda predictions=None, force=False: fit(predictions, out=out, force=force,
                                                                              first_runs=first))
    r = CliRunner().invoke(app, ["train", "--model", "confidence"], env={"COLUMNS": "200"})
    assert r.exit_code == 0, r.output
    for title in (f"confidence reliability, {tr.FIRST_RUN_CV}", "confidence reliability, refit, dev",
                  "confidence calibration on dev", f"n >= {frf.RULE_MIN_BAND}", "ECE", "test reliability after training"):
        assert title in r.output
    model = json.loads(out.read_text())
    assert model["event"]["n"] == len(first) and model["event"]["map_from"].startswith("first runs")
    conf.load_model.cache_clear()


def test_the_gap_falls_back_to_bands_of_twenty():
    table = [{"band": "0.8-0.9", "n": 25, "right": 20, "accuracy": 0.8, "mean_confidence": 0.86},
             {"band": "0.9-1.0", "n": 12, "right": 12, "accuracy": 1.0, "mean_confidence": 0.95}]
    assert cal.gap_of(table) == (0.06, cal.MIN_BAND_SMALL)
