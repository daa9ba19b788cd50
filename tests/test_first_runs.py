"""First-run rows: dev exports labelled against their gold, kept without report text."""
from __future__ import annotations

import json

import pytest

from rightsledger.analysis.evaluation import evaluate as ev
from rightsledger.analysis.training import first_run_types as frt
from rightsledger.analysis.training import first_runs as fr
from rightsledger.errors import RightsledgerError

from .conftest import ROOT

GOLD = ROOT / "examples" / "gold" / "veridia-2023.jsonl"


def _first_run(tmp_path, split: str = "dev"):
    """A first run of the fictional Veridia 2023 report: its gold records exported as they are
    (right) and one figure the gold does not have (wrong); the gold under ``split``."""
    gold = ev.load_jsonl(GOLD)
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    gold_dir.mkdir()
    pred_dir.mkdir()
    gold_path = gold_dir / GOLD.name
    gold_path.write_text("".join(json.dumps({**r, "split": split} if r["kind"] == "scope" else r) + "\n"
                                 for r in gold), encoding="utf-8")
    text = "In June, the ministry said it had paid 999 former detainees compensation for their time in prison."
    wrong = {"kind": "figure", "id": "veridia-2023:fig:99", "doc": "veridia-2023", "value": 999, "unit": "persons",
             "what": "former detainees paid", "qualifier": "exact", "source": None, "section": "exec",
             "evidence": {"start": 300, "end": 300 + len(text), "text": text}}
    preds = [r for r in gold if r["kind"] != "scope"] + [wrong]
    (pred_dir / GOLD.name).write_text("".join(json.dumps(r) + "\n" for r in preds), encoding="utf-8")
    return gold_path, pred_dir


def test_a_first_run_is_labelled_against_its_dev_gold_without_its_text(tmp_path):
    gold_path, pred_dir = _first_run(tmp_path)
    rows = fr.rows_from_predictions(pred_dir, "abc1234", [gold_path])
    assert rows and {r["doc"] for r in rows} == {"veridia-2023"} and {r["commit"] for r in rows} == {"abc1234"}
    wrong = [r for r in rows if not r["right"]]
    assert len(wrong) == 1 and wrong[0]["kind"] == "figure" and "small=2" in wrong[0]["features"]
    strings = [s for r in rows for s in (r["doc"], r["commit"], r["kind"], *r["features"])]
    assert max(map(len, strings)) <= fr.MAX_STRING
    assert not any("compensation" in s or "detainees" in s for s in strings)


def test_test_gold_is_never_read(tmp_path):
    gold_path, pred_dir = _first_run(tmp_path, split="test")
    assert fr.rows_from_predictions(pred_dir, "abc1234", [gold_path]) == []


def test_a_row_with_text_is_refused():
    row = {"doc": "veridia-2023", "commit": "abc1234", "kind": "event", "right": True,
           "features": ["bias", "On March 26, the country held elections to the lower chamber."]}
    with pytest.raises(RightsledgerError):
        fr.check_no_text([{**row, "features": ["bias", "what=seats won by the VUP"]}])
    with pytest.raises(RightsledgerError):
        fr.check_no_text([row])


def test_recording_a_first_run_replaces_that_reports_rows_only(tmp_path):
    gold_path, pred_dir = _first_run(tmp_path)
    data = tmp_path / "first_runs.jsonl"
    other = {"doc": "zarland-2021", "commit": "0000000", "kind": "figure", "features": ["bias"], "right": False}
    fr.write_rows([other, {**other, "doc": "veridia-2023"}], data)
    new = fr.rows_from_predictions(pred_dir, "abc1234", [gold_path])
    fr.write_rows(fr.merge(fr.load_rows(data), new), data)
    rows = fr.load_rows(data)
    assert [r for r in rows if r["doc"] == "zarland-2021"] == [other]
    assert [r for r in rows if r["doc"] == "veridia-2023"] == new


def test_the_first_runs_command_records_rows(monkeypatch, tmp_path):
    from typer.testing import CliRunner

    from rightsledger.cli import app

    gold_path, pred_dir = _first_run(tmp_path)
    data = tmp_path / "first_runs.jsonl"
    monkeypatch.setattr(ev, "gold_files", lambda: [gold_path])
    monkeypatch.setattr(fr, "DATA_FILE", data)
    monkeypatch.setattr(frt, "DATA_FILE", tmp_path / "first_run_types.jsonl")
    r = CliRunner().invoke(app, ["first-runs", str(pred_dir), "--commit", "abc1234"], env={"COLUMNS": "200"})
    assert r.exit_code == 0, r.output
    rows, typings = fr.load_rows(data), frt.load_rows(tmp_path / "first_run_types.jsonl")
    assert typings and {t["doc"] for t in typings} == {"veridia-2023"}
    assert (f"veridia-2023: {len(rows)} rows, {len(rows) - 1} right, {len(typings)} event typings "
            "(first run at abc1234)") in r.output


def test_the_shipped_rows_are_dev_reports_without_text():
    rows = fr.load_rows()
    if not rows:
        pytest.skip("no first-run rows recorded")
    fr.check_no_text(rows)
    splits = {p.stem: ev.split_of(p) for p in ev.gold_files()}
    assert {splits.get(r["doc"], "dev") for r in rows} == {"dev"}
    assert all(set(r) == {"doc", "commit", "kind", "features", "right"} for r in rows)
