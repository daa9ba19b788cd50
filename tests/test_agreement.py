"""Inter-annotator agreement (`rightsledger agree`): two gold files of our fictional Kestria
report, the second a copy of examples/gold/kestria-2009.jsonl changed by each test."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rightsledger.analysis.evaluation import agreement as ag
from rightsledger.errors import Code, RightsledgerError

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "examples" / "gold" / "kestria-2009.jsonl"


def _records() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def _write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _kinds(result: ag.Agreement) -> dict:
    return {k: (prf.precision, prf.recall, prf.f1) for k, prf in result.scores.kinds.items()}


def test_identical_files_agree_at_one(tmp_path):
    b = _write(tmp_path / "b.jsonl", _records())
    result = ag.agree(GOLD, b)
    assert result.kinds == ["section", "subtopic", "entity", "event", "figure", "provision"]
    assert all(v == (1.0, 1.0, 1.0) for v in _kinds(result).values())
    assert result.kappa() == 1.0 and result.scores.event_type_accuracy == 1.0
    # the groups come from the gold's own sections (exec, 1, 2, 3-4, 5-7)
    assert set(result.scores.groups) == {"exec", "1", "2", "3-4", "5-7"}
    assert all(g.kinds["event"].f1 == 1.0 for g in result.scores.groups.values())


def test_a_removed_event_lowers_recall_only(tmp_path):
    recs = _records()
    gone = next(r for r in recs if r["kind"] == "event")
    b = _write(tmp_path / "b.jsonl", [r for r in recs if r is not gone])
    result = ag.agree(GOLD, b, keep_errors=True)
    event = result.scores.kinds["event"]
    n = sum(r["kind"] == "event" for r in recs)   # 71 since t-conv14 added a reference-point event
    assert event.precision == 1.0 and event.recall < 1.0 and (event.tp, event.fn) == (n - 1, 1)
    assert all(v == (1.0, 1.0, 1.0) for k, v in _kinds(result).items() if k != "event")
    (row,) = result.disagreements
    assert row["what"] == "only_a" and row["start"] == gone["evidence"]["start"]
    assert row["date"] == gone["date"] and "text" not in row
    # F1 is symmetric: B as the reference gives the same F1, precision and recall swapped
    back = ag.agree(b, GOLD)
    assert back.scores.kinds["event"].f1 == pytest.approx(event.f1)
    assert back.scores.kinds["event"].precision == event.recall


def test_a_changed_type_lowers_kappa_not_f1(tmp_path):
    recs = _records()
    changed = next(r for r in recs if r["kind"] == "event" and r["type"] == "killing")
    changed["type"] = "attack_or_threat"
    result = ag.agree(GOLD, _write(tmp_path / "b.jsonl", recs), keep_errors=True)
    assert result.scores.kinds["event"].f1 == 1.0
    n = sum(r["kind"] == "event" for r in recs)
    assert result.scores.event_type_accuracy == pytest.approx((n - 1) / n)
    assert result.kappa() < result.scores.event_type_accuracy < 1.0
    (row,) = [d for d in result.disagreements if d["what"] == "type"]
    assert (row["type_a"], row["type_b"]) == ("killing", "attack_or_threat")
    assert row["start"] == changed["evidence"]["start"] == 862 and row["group"] == "exec"


def test_a_changed_penalty_lowers_penalty_agreement(tmp_path):
    recs = _records()
    sentenced = next(r for r in recs if r["kind"] == "event" and r["type"] == "conviction_or_sentence")
    sentenced["penalty"] = {"kind": "prison", "value": 5, "unit": "years", "text": "five years"}
    a = _write(tmp_path / "a.jsonl", recs)
    assert ag.agree(a, a).scores.penalty_accuracy == 1.0
    sentenced["penalty"] = {"kind": "prison", "value": 6, "unit": "years", "text": "six years"}
    result = ag.agree(a, _write(tmp_path / "b.jsonl", recs), keep_errors=True)
    assert result.scores.penalty_accuracy == 0.0 and result.scores.kinds["event"].f1 == 1.0
    (row,) = result.disagreements
    assert (row["what"], row["penalty_a"]["value"], row["penalty_b"]["value"]) == ("penalty", 5, 6)


def test_only_the_ranges_both_annotated_count(tmp_path):
    recs = _records()
    sec1 = next(r for r in recs if r["kind"] == "section" and r["id"] == "1")
    # B annotated section 1 only and left records elsewhere out; A's records outside are not misses
    scope = {**recs[0], "ranges": [[sec1["start"], sec1["end"]]]}
    inside = [r for r in recs[1:] if r["kind"] in ("event", "figure", "provision")
              and sec1["start"] <= r["evidence"]["start"] < sec1["end"]]
    result = ag.agree(GOLD, _write(tmp_path / "b.jsonl", [scope, *inside]))
    assert result.ranges == [(sec1["start"], sec1["end"])]
    for kind in ("event", "figure", "provision"):
        prf = result.scores.kinds[kind]
        assert (prf.fp, prf.fn) == (0, 0) and prf.tp == sum(r["kind"] == kind for r in inside)
    assert set(result.scores.groups) == {"1"}


def test_disjoint_ranges_are_an_error_naming_the_file(tmp_path):
    recs = _records()
    a = _write(tmp_path / "a.jsonl", [{**recs[0], "ranges": [[0, 1000]]}, *recs[1:]])
    b = _write(tmp_path / "b.jsonl", [{**recs[0], "ranges": [[1000, 2000]]}, *recs[1:]])
    with pytest.raises(RightsledgerError) as err:
        ag.agree(a, b)
    assert err.value.code is Code.NO_OVERLAP and "b.jsonl" in str(err.value) and "a.jsonl" in str(err.value)


def test_not_gold_and_other_document_are_errors(tmp_path):
    recs = _records()
    no_scope = _write(tmp_path / "export.jsonl", recs[1:])
    with pytest.raises(RightsledgerError) as err:
        ag.agree(GOLD, no_scope)
    assert err.value.code is Code.NOT_GOLD and "export.jsonl" in str(err.value)
    other = _write(tmp_path / "other.jsonl", [{**recs[0], "doc": "veridia-2022", "file": "veridia-2022.md"},
                                              *recs[1:]])
    with pytest.raises(RightsledgerError) as err:
        ag.agree(GOLD, other)
    assert err.value.code is Code.GOLD_MISMATCH and "other.jsonl" in str(err.value)


def test_cohen_kappa_by_hand():
    # observed .75; chance (2·1 + 2·3) / 16 = .5; kappa (.75 - .5) / .5 = .5
    assert ag.cohen_kappa([("a", "a"), ("a", "b"), ("b", "b"), ("b", "b")]) == pytest.approx(0.5)
    assert ag.cohen_kappa([("a", "a"), ("a", "a")]) == 1.0
    assert ag.cohen_kappa([]) is None


def test_the_command(tmp_path):
    from rightsledger.cli import app

    recs = _records()
    next(r for r in recs if r["kind"] == "event")["type"] = "other"
    b = _write(tmp_path / "b.jsonl", recs)
    runner = CliRunner()
    r = runner.invoke(app, ["agree", str(GOLD), str(b), "--errors", "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in r.output.splitlines()]
    assert rows[0]["kind"] == "agreement" and rows[0]["event"]["f1"] == 1.0 and rows[0]["event_type_kappa"] < 1
    assert [d["what"] for d in rows[1:]] == ["type"]
    r = runner.invoke(app, ["agree", str(GOLD), str(b), "--per-group"])
    assert r.exit_code == 0 and "event type agreement" in r.output and "kappa" in r.output
    bad = runner.invoke(app, ["agree", str(GOLD), str(_write(tmp_path / "x.jsonl", recs[1:]))])
    assert bad.exit_code == 1 and "not a gold file" in bad.output
