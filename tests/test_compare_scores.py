"""scripts/compare_scores.py: what a round changed, read as the protocol allows (per-report rows of dev
reports only; held-out and test as their column totals)."""
from __future__ import annotations

import csv
from pathlib import Path

from rightsledger.cli.quality import CSV_COLUMNS

from .load_script import load_script

ROOT = Path(__file__).resolve().parent.parent
compare_scores = load_script(ROOT / "scripts" / "compare_scores.py")


def _row(doc: str, column: str, kind: str, tp: int, fp: int, fn: int, group: str = "all") -> dict:
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return {"doc": doc, "column": column, "group": group, "kind": kind, "f1": f"{f1:.3f}",
            "tp": tp, "fp": fp, "fn": fn}


def _csv(path: Path, rows: list[dict]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=CSV_COLUMNS)
        w.writeheader()
        for r in rows:
            w.writerow({c: r.get(c, "") for c in CSV_COLUMNS})
    return path


def _runs(tmp_path: Path) -> tuple[Path, Path]:
    before = [_row("2031_veridia", "dev", "event", 10, 3, 2), _row("2031_veridia", "dev", "event", 4, 1, 1, "5-7"),
              _row("2030_orvia", "held-out", "event", 8, 2, 2), _row("2029_lumen", "test", "place", 5, 1, 0),
              _row("dev", "dev", "event", 10, 3, 2), _row("held-out", "held-out", "event", 8, 2, 2),
              _row("test", "test", "place", 5, 1, 0), _row("test", "test", "place", 2, 1, 0, "2")]
    after = [_row("2031_veridia", "dev", "event", 11, 2, 1), _row("2031_veridia", "dev", "event", 5, 0, 0, "5-7"),
             _row("2030_orvia", "held-out", "event", 9, 1, 1), _row("2029_lumen", "test", "place", 5, 0, 0),
             _row("dev", "dev", "event", 11, 2, 1), _row("held-out", "held-out", "event", 9, 1, 1),
             _row("test", "test", "place", 5, 0, 0), _row("test", "test", "place", 2, 0, 0, "2")]
    return _csv(tmp_path / "before.csv", before), _csv(tmp_path / "after.csv", after)


def test_dev_rows_and_totals_only(tmp_path, capsys):
    before, after = _runs(tmp_path)
    assert compare_scores.main([str(before), str(after)]) == 0
    out = capsys.readouterr().out
    assert "2031_veridia" in out and "10/3/2 f1 0.800 -> 11/2/1 f1 0.880" in out
    # a held-out or a test report's own rows are never printed, only its column's totals
    assert "2030_orvia" not in out and "2029_lumen" not in out
    totals = out.split("## column totals (group all)")[1]
    assert "held-out" in totals and "8/2/2 f1 0.800 -> 9/1/1 f1 0.900   *" in totals
    assert "test " in totals and "5/1/0" in totals
    assert "by section group" not in out and "2/1/0" not in out  # per-group totals only with --groups


def test_groups_adds_the_columns_group_totals(tmp_path, capsys):
    before, after = _runs(tmp_path)
    compare_scores.main([str(before), str(after), "--groups"])
    out = capsys.readouterr().out
    groups = out.split("## column totals by section group")[1].split("## column totals (group all)")[0]
    assert "2/1/0 f1 0.800 -> 2/0/0 f1 1.000" in groups
    assert "2029_lumen" not in out


def test_unchanged_totals_are_not_marked(tmp_path, capsys):
    before, _ = _runs(tmp_path)
    compare_scores.main([str(before), str(before)])
    out = capsys.readouterr().out
    assert "*" not in out
    assert out.split("## column totals")[0].strip() == "## dev reports: rows that differ"


def test_a_file_that_is_no_scores_csv_is_a_clear_error(tmp_path, capsys):
    before, _ = _runs(tmp_path)
    other = tmp_path / "scores.txt"
    other.write_text("group,kind,dev\nall,event,0.842\n", encoding="utf-8")
    assert compare_scores.main([str(before), str(other)]) == 2
    err = capsys.readouterr().err
    assert "scores.txt" in err and "not an `evaluate --format csv` file" in err
    assert compare_scores.main([str(before), str(tmp_path / "missing.csv")]) == 2
    assert "missing.csv" in capsys.readouterr().err
