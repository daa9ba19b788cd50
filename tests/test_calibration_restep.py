"""The confidence model's last step refitted alone (round t-calib6), on fictional rows: a refit
replaces the old step instead of being fitted on top of it, and ``train_step`` keeps the file's
weights and map and reads the dev reports that are not held out, nothing else."""
import json

import pytest

from rightsledger.analysis.evaluation import evaluate as ev
from rightsledger.analysis.training import train as tr
from rightsledger.analysis.training.calibration import Labelled
from rightsledger.analysis.training.first_run_fit import fit_mixture_step, mixed, without_mixture_step
from rightsledger.extract import confidence as conf

from .test_calibration import _event, _reports

#: A made-up model: an event with the feature "f" gets log-odds 1.5 + 0.4, one without it 0.4.
MODEL = {"event": {"weights": {"bias": 0.4, "f": 1.5}}}


def rows(doc: str, n: int, rate_f: float, rate: float) -> list[Labelled]:
    """``n`` events with "f" right ``rate_f`` of the time and ``n`` without it right ``rate``."""
    out = [Labelled(doc, "event", ("bias", "f"), i < n * rate_f) for i in range(n)]
    return out + [Labelled(doc, "event", ("bias",), i < n * rate) for i in range(n)]


def test_a_refit_replaces_the_step_instead_of_stacking_on_it():
    first, today = rows("fictional_old", 1000, 0.8, 0.5), rows("fictional_new", 1000, 0.9, 0.7)
    fresh = mixed(MODEL, first, today, 0.5)
    stale = mixed(MODEL, first, today, 0.5)
    stale["event"]["mix_platt"] = [2.0, 1.5]  # a step fitted for other rules
    again = mixed(stale, first, today, 0.5)
    assert again == fresh
    assert fit_mixture_step(stale, first, today, 0.5) == fit_mixture_step(MODEL, first, today, 0.5)
    for feats in (("bias", "f"), ("bias",)):
        assert conf.calibrated(again["event"], feats) == conf.calibrated(fresh["event"], feats)
    assert without_mixture_step(stale) == MODEL and "mix_platt" in stale["event"]


def test_train_step_keeps_weights_and_map_and_reads_the_dev_reports_not_held_out(monkeypatch, tmp_path):
    asked = []

    def fake(paths, predictions=None, ingest=True):
        asked.extend(paths)
        scores = {}
        for doc, rec, ok in _reports(rates=(0.97, 0.75)):
            scores.setdefault(doc, ev.Scores(doc=doc)).labels.append((rec, ok))
        return list(scores.values()), {}

    monkeypatch.setattr(tr, "labelled_predictions", fake)
    old = {"event": {"n": 1, "weights": {"bias": 0.0, "precision=day": 1.0}, "map": [[0.4, 0.8], [0.5, 0.85]],
                     "mix_platt": [3.0, -1.0], "mix_from": "an older mixture, w=0.5"}}
    out = tmp_path / "confidence.json"
    out.write_text(json.dumps(old))
    conf.load_model.cache_clear()
    first = [Labelled(doc, "event", tuple(conf.features("event", rec)), ok)
             for doc, rec, ok in _reports(seed=11, rates=(0.85, 0.5))]
    model = tr.train_step(tmp_path, out=out, first_runs=first)
    written = json.loads(out.read_text())["event"]
    assert written == model["event"]
    assert written["weights"] == old["event"]["weights"] and written["map"] == old["event"]["map"]
    assert written["mix_platt"] != old["event"]["mix_platt"] and written["mix_from"].endswith("w=0.5")
    day = conf.features("event", _event(1, "day"))
    assert 0.85 < conf.calibrated(written, day) < 0.97  # between the first runs and today's rows
    held = ev.held_out()
    assert asked and all(ev.split_of(p) == "dev" and p.stem not in held for p in asked)
    assert len(asked) == sum(1 for p in ev.gold_files() if ev.split_of(p) == "dev" and p.stem not in held)
    conf.load_model.cache_clear()


def test_train_step_refuses_without_a_model_file(monkeypatch, tmp_path):
    monkeypatch.setattr(tr, "labelled_predictions", lambda *a, **k: pytest.fail("read exports"))
    conf.load_model.cache_clear()
    with pytest.raises(Exception, match="nothing to refit"):
        tr.train_step(tmp_path, out=tmp_path / "none.json", first_runs=rows("fictional", 10, 0.5, 0.5))
    conf.load_model.cache_clear()
