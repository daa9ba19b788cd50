"""bench/same_exports.py compare: never shows lines of test or held-out exports."""
from __future__ import annotations

from pathlib import Path

import pytest

from rightsledger.analysis.evaluation.evaluate import column_of, gold_files

from .load_script import load_script

ROOT = Path(__file__).resolve().parent.parent


def _module():
    module = load_script(ROOT / "bench" / "same_exports.py")
    return module


def _stem(column: str) -> str:
    stems = [p.stem for p in gold_files() if column_of(p) == column]
    if not stems:
        pytest.skip(f"no {column} gold file")
    return stems[0]


def test_compare_hides_lines_of_test_and_held_out_exports(tmp_path, capsys):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    for stem, marker in ((_stem("test"), "TESTLINE"), (_stem("held-out"), "HELDLINE"), (_stem("dev"), "DEVLINE")):
        (a / f"{stem}.jsonl").write_text(f'{{"x": "{marker} old"}}\n', encoding="utf-8")
        (b / f"{stem}.jsonl").write_text(f'{{"x": "{marker} new"}}\n', encoding="utf-8")
    assert _module().compare(a, b) == 1
    out = capsys.readouterr().out
    assert "DEVLINE old" in out and "DEVLINE new" in out
    assert "TESTLINE" not in out and "HELDLINE" not in out
    assert out.count("its lines are not shown") == 2
    assert "0 of 3 files identical" in out
