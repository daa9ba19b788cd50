"""scripts/act_census.py --candidates --offsets: the annotator's list of candidate sentences by offsets
(round t-hfix13), read from a gold file's text, with the gold reading only when asked."""
from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

from rightsledger.analysis.evaluation import evaluate as ev

from .load_script import load_script

ROOT = Path(__file__).resolve().parent.parent
act_census = load_script(ROOT / "scripts" / "act_census.py")

# Our own sentences (a fictional country).
TEXT = ("The Lorvanian government restricted freedom of assembly. "
        "Security forces searched homes without warrants. "
        "In March the tribunal sanctioned 14 officials.\n")


def _setup(tmp_path: Path, monkeypatch) -> None:
    start = TEXT.index("The Lorvanian")
    end = TEXT.index("Security") - 1
    gold = tmp_path / "2099_lorvania.jsonl"
    scope = {"kind": "scope", "doc": "2099_lorvania", "file": "lorvania.txt", "start": 0,
             "end": len(TEXT), "kinds": ["event"], "split": "dev"}
    event = {"kind": "event", "type": "other", "date": "2099", "precision": "year",
             "polarity": "asserted", "evidence": {"start": start, "end": end}}
    gold.write_text("\n".join(json.dumps(r) for r in (scope, event)) + "\n")
    monkeypatch.setattr(ev, "gold_files", lambda: [gold])
    monkeypatch.setattr(ev, "text_path", lambda scope: tmp_path / "lorvania.txt")
    monkeypatch.setattr(act_census, "read_path", lambda path: SimpleNamespace(text=TEXT))


def test_offsets_for_one_file_with_gold(tmp_path, monkeypatch, nlp, capsys):
    _setup(tmp_path, monkeypatch)
    act_census.count_candidates(nlp, "held-out", offsets=True, only=["2099_lorvania"], gold=True)
    lines = capsys.readouterr().out.splitlines()
    b = TEXT.index("The Lorvanian")
    a = TEXT.index("Security")
    assert f"B right    2099_lorvania {b}-{a - 1} other" in lines
    assert any(line.startswith("A thing+gen 2099_lorvania") and f" {a}-" in line and "no event" in line
               for line in lines)
    assert not any("sanctioned" in line for line in lines)  # dated sentence: not a candidate, no text


def test_file_not_named_is_skipped(tmp_path, monkeypatch, nlp, capsys):
    _setup(tmp_path, monkeypatch)
    act_census.count_candidates(nlp, "held-out", offsets=True, only=["2098_other"])
    assert capsys.readouterr().out == ""
