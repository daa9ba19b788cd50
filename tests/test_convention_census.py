"""scripts/convention_census.py: how a gold split reads a convention's shape (test: only if asked)."""
from __future__ import annotations

from pathlib import Path

import pytest

from rightsledger.analysis.evaluation import evaluate as ev

from .gold_files import write_gold
from .load_script import load_script

ROOT = Path(__file__).resolve().parent.parent
census_module = load_script(ROOT / "scripts" / "convention_census.py")

# Our own sentences (a fictional country); offsets are computed below.
TEXT = ("Bandits abducted four herders near Arvel in March. "
        "The government cooperated with the Office of the UN High Commissioner for Refugees "
        "in assisting refugees. "
        "The minimum wage was 30,000 dinars a month.\n")


def _gold(path: Path, split: str, records: list[dict]) -> Path:
    return write_gold(path, records, split=split, end=len(TEXT), kinds=["event", "figure"], file="report.txt")


@pytest.fixture
def gold_dir(tmp_path, monkeypatch):
    (tmp_path / "report.txt").write_text(TEXT, encoding="utf-8")
    first = TEXT.index(".") + 1
    wage = TEXT.index("The minimum wage")
    dev = _gold(tmp_path / "dev_doc.jsonl", "dev", [
        {"kind": "event", "type": "other", "date": "2031-03", "date_end": None,
         "precision": "month", "evidence": {"start": 0, "end": first}},
        {"kind": "figure", "value": 30000, "unit": "DIN", "qualifier": "exact", "what": "wage",
         "evidence": {"start": wage, "end": len(TEXT) - 1}},
    ])
    test = _gold(tmp_path / "test_doc.jsonl", "test", [])
    opened: list[Path] = []
    load = ev.load_jsonl
    monkeypatch.setattr(ev, "gold_files", lambda: [test, dev])
    monkeypatch.setattr(ev, "text_path", lambda scope: tmp_path / scope["file"])
    monkeypatch.setattr(ev, "load_jsonl", lambda p: opened.append(Path(p)) or load(p))
    return opened


def test_the_dev_gold_reading_of_each_shape_is_counted(gold_dir):
    found = census_module.census(["kidnap", "unhcr", "wage"])
    assert [(r[0], r[3]) for r in found["kidnap"]] == [("dev_doc", "other")]
    assert [(r[0], r[3]) for r in found["unhcr"]] == [("dev_doc", "no event")]
    assert [(r[0], r[3]) for r in found["wage"]] == [("dev_doc", "figure")]


def test_a_test_gold_file_is_never_read(gold_dir):
    census_module.census([])
    assert [p.name for p in gold_dir] == ["dev_doc.jsonl"]


def test_the_test_gold_is_read_only_when_asked_for_and_then_alone(gold_dir):
    census_module.census(["kidnap"], split="test")
    assert [p.name for p in gold_dir] == ["test_doc.jsonl"]


def test_a_rule_rounds_census_never_reads_a_held_out_report(gold_dir, tmp_path, monkeypatch):
    """``--no-held-out``: a held-out dev report's gold file is left unopened (its stem names it); without the
    flag, the convention census reads it as the dev gold it is."""
    held = _gold(tmp_path / "2099_heldland.jsonl", "dev", [])
    dev = tmp_path / "dev_doc.jsonl"
    monkeypatch.setattr(ev, "gold_files", lambda: [held, dev])
    monkeypatch.setattr(census_module, "HELD_OUT", ("2099_heldland",))
    census_module.main(["kidnap", "--no-held-out"])
    assert [p.name for p in gold_dir] == ["dev_doc.jsonl"]
    gold_dir.clear()
    census_module.census(["kidnap"])
    assert [p.name for p in gold_dir] == ["2099_heldland.jsonl", "dev_doc.jsonl"]
