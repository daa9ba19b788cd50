"""The event typer judged on first-run typings (analysis/first_run_types.py, analysis/typer_cv.py)."""
from __future__ import annotations

import json

import numpy as np
import pytest

from rightsledger.analysis import first_run_types as frt
from rightsledger.analysis import typer_cv as tc
from rightsledger.analysis.train import TypedEvent
from rightsledger.errors import RightsledgerError

from .test_first_runs import _first_run


def test_a_first_runs_event_typings_are_kept_without_text(tmp_path):
    gold_path, pred_dir = _first_run(tmp_path)
    rows = frt.rows_from_predictions(pred_dir, "abc1234", [gold_path])
    assert rows and all(set(r) == set(frt.FIELDS) for r in rows)
    assert {r["doc"] for r in rows} == {"veridia-2023"}
    assert not any(isinstance(v, str) and " " in v for r in rows for v in r.values())
    with pytest.raises(RightsledgerError):
        frt.check_rows([{**rows[0], "text": "On March 26 the country held elections."}])
    with pytest.raises(RightsledgerError):
        frt.check_rows([{**rows[0], "type": "police detained the editor of the weekly"}])


def test_test_gold_gives_no_typings(tmp_path):
    gold_path, pred_dir = _first_run(tmp_path, split="test")
    assert frt.rows_from_predictions(pred_dir, "abc1234", [gold_path]) == []


def test_first_run_typings_are_matched_to_todays_gold(tmp_path):
    """A gold event re-annotated since the first run (its date moved) no longer matches."""
    gold_path, pred_dir = _first_run(tmp_path)
    rows = frt.rows_from_predictions(pred_dir, "abc1234", [gold_path])
    before = frt.first_types(rows, gold_path)
    records = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()]
    moved = next(r for r in records if r["kind"] == "event")
    key = (moved["evidence"]["start"], moved["evidence"]["end"], moved["date"])
    assert before[key] == moved["type"]
    moved["date"] = "1901"
    gold_path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    after = frt.first_types(rows, gold_path)
    assert key not in after and len(after) == len(before) - 1


def _event(doc: str, rule: str, gold: str, words: list[str], first: str | None = None, group: str = "1"
           ) -> TypedEvent:
    feats = ["bias", f"rule={rule}", f"rule_group={rule}:{group}", f"rule_trig={rule}:hold",
             "st=killing", *words]
    return TypedEvent(doc, rule, {"1": feats, "2": feats}, gold, group=group,
                      vec=np.zeros(4, dtype=np.float32), gold=(0, 1, "2025"), first_type=first)


def test_the_rules_type_features_carry_the_first_run_type_or_nothing():
    e = _event("a", "detention_or_arrest", "other", ["w=abduct"], first="other")
    assert tc.features(e, "first_run") == ["bias", "rule=other", "rule_group=other:1", "rule_trig=other:hold",
                                           "w=abduct"]
    assert tc.features(e, "no_rules") == ["bias", "w=abduct"]
    e.first_type = None  # a dev report without a first run: its rules' type was written on it
    assert tc.features(e, "first_run") == ["bias", "w=abduct"]


def _reports() -> list[TypedEvent]:
    """Rules that call every abduction an arrest on unseen text (first runs), right on the reports
    they were written on; "w=abduct" tells the gold type ("other")."""
    out = []
    for doc in ("fr1", "fr2", "fr3", "fr4"):
        out += [_event(doc, "detention_or_arrest", "other", ["w=abduct"], first="detention_or_arrest")
                for _ in range(3)]
        out += [_event(doc, "detention_or_arrest", "detention_or_arrest", ["w=arrest"], first="detention_or_arrest",
                       group="2") for _ in range(3)]
    for doc in ("dev1", "dev2"):
        out += [_event(doc, "other", "other", ["w=abduct"]) for _ in range(3)]
    return out


def test_the_nested_estimate_learns_how_far_to_trust_the_rules_on_unseen_text(monkeypatch):
    monkeypatch.setattr(tc, "CONFIGS", ((1.0, None),))
    data = _reports()
    honest = [tc.nested(data, c) for c in tc.CANDIDATES]
    assert set(honest[0].chosen) == {"fr1", "fr2", "fr3", "fr4"} and honest[0].final is not None
    tab = tc.table(data, honest)
    rows = {r["measure"]: r for r in tab}
    assert rows["n"] == {"measure": "n", "all": 24, "1": 12, "2": 12}
    assert rows["first-run rules"]["all"] == 0.5 and rows["today's rules (written on these reports)"]["all"] == 0.5
    assert rows["(first_run) nested"]["all"] == 1.0 and rows["(no_rules) nested"]["all"] == 1.0
    ok, why = tc.passes(tab, "(first_run) nested")
    assert ok and why.startswith("+0.500 overall")
    chosen, closest = tc.pick(honest, tab)
    assert chosen is closest and chosen.candidate == "first_run"  # a tie goes to the first candidate
    model = tc.fit_final(data, chosen, tab, {"fr1": "abc1234"})
    assert model["first_runs"] == {"fr1": "abc1234"} and model["cv_first_runs"]["n"]["all"] == 24
    assert "st=killing" not in model["weights"]["other"]


def test_the_ship_rule_reads_gain_and_the_large_groups():
    tab = [{"measure": "n", "all": 600, "1": 300, "2": 250, "exec": 50},
           {"measure": "first-run rules", "all": 0.75, "1": 0.80, "2": 0.70, "exec": 0.70},
           {"measure": "(b) nested", "all": 0.78, "1": 0.85, "2": 0.70, "exec": 0.50},
           {"measure": "(c) nested", "all": 0.78, "1": 0.90, "2": 0.67, "exec": 0.80},
           {"measure": "(d) nested", "all": 0.76, "1": 0.80, "2": 0.75, "exec": 0.70}]
    assert tc.passes(tab, "(b) nested")[0]  # exec loses .20 but has 50 events
    ok, why = tc.passes(tab, "(c) nested")
    assert not ok and "2 -0.030" in why
    assert not tc.passes(tab, "(d) nested")[0]  # +.01 overall


def test_train_typer_ships_a_candidate_only_under_the_rule(monkeypatch, tmp_path, capsys):
    from rightsledger.cli import quality
    from rightsledger.extract.events import typemodel

    monkeypatch.setattr(tc, "CONFIGS", ((1.0, None), (1.0, 4.0)))  # keys with and without a vector
    out = tmp_path / "event_types.json"
    monkeypatch.setattr(typemodel, "MODEL_FILE", out)
    rows = [{"doc": d, "commit": "abc1234"} for d in ("fr1", "fr2", "fr3", "fr4")]
    quality._train_typer_first_runs(_reports(), rows, [], None, force=False)
    model = json.loads(out.read_text(encoding="utf-8"))
    assert model["candidate"] == "first_run" and model["first_runs"]["fr4"] == "abc1234"
    assert model["cv_first_runs"]["first-run rules"]["all"] == 0.5
    assert "(first_run) passes: +0.500 overall" in capsys.readouterr().err
    out.unlink()
    same = [e for e in _reports() if e.gold_type == "detention_or_arrest" or e.doc.startswith("dev")]
    quality._train_typer_first_runs(same, rows, [], None, force=False)  # the rules are right: nothing to gain
    assert not out.exists()


def test_first_run_folders_given_on_the_command_line_are_read_like_recorded_ones(tmp_path):
    gold_path, pred_dir = _first_run(tmp_path)
    rows = frt.rows_from_dirs([pred_dir], [gold_path])
    assert rows and {r["commit"] for r in rows} == {"dir"}
    assert frt.first_types(rows, gold_path) == frt.first_types(
        frt.rows_from_predictions(pred_dir, "abc1234", [gold_path]), gold_path)


@pytest.mark.model
def test_a_reports_typer_features_are_read_back_from_the_cache(monkeypatch, tmp_path):
    from rightsledger.analysis import train as tr
    from rightsledger.run import pipeline

    from .conftest import ROOT

    gold = ROOT / "examples" / "gold" / "veridia-2023.jsonl"
    first = tr.typed_events([gold], cache=tmp_path)
    assert first and all(e.gold is not None for e in first) and len(list(tmp_path.glob("*.pkl"))) == 1

    def no_pipeline(*a, **k):
        raise AssertionError("the pipeline ran again")

    monkeypatch.setattr(pipeline, "process", no_pipeline)
    again = tr.typed_events([gold], cache=tmp_path)
    assert [(e.gold, e.features, e.gold_type) for e in again] == [(e.gold, e.features, e.gold_type) for e in first]
