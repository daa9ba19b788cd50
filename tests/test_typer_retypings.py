"""scripts/typer_retypings.py (round t-typer10): the typer's re-typings between two export folders,
classed against the gold match (the ship rule's fourth condition reads the dev exports), on records
of a fictional report (no report text: offsets and our own short strings)."""
from __future__ import annotations

import json
from pathlib import Path

from .load_script import load_script

ROOT = Path(__file__).resolve().parent.parent
typer_retypings = load_script(ROOT / "scripts" / "typer_retypings.py")


def _event(i: int, start: int, type_: str, text: str) -> dict:
    return {"kind": "event", "id": f"orlesia-2031:ev:{i}", "type": type_, "date": "2031",
            "evidence": {"start": start, "end": start + len(text), "text": text}}


def _write(path: Path, records: list[dict]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def test_retypings_are_classed_by_the_gold_type_and_counted_by_pair(tmp_path: Path) -> None:
    texts = ["Police arrested the editor.", "Prosecutors charged him.", "The ministry closed the paper.",
             "Officials met the mission."]
    starts = [0, 40, 80, 120]
    gold = [{"kind": "scope", "doc": "2031_orlesia", "split": "dev", "kinds": ["event"]},
            *[{k: v for k, v in _event(i, s, t, x).items() if k != "id"}
              for i, (s, t, x) in enumerate(zip(starts[:3], ["detention_or_arrest", "charge",
                                                               "censorship_or_blocking"], texts))]]
    before = [_event(0, 0, "detention_or_arrest", texts[0]), _event(1, 40, "other", texts[1]),
              _event(2, 80, "censorship_or_blocking", texts[2]), _event(3, 120, "other", texts[3])]
    after = [_event(0, 0, "detention_or_arrest", texts[0]), _event(1, 40, "charge", texts[1]),
             _event(2, 80, "other", texts[2]), _event(3, 120, "report_published", texts[3])]
    (tmp_path / "b").mkdir(), (tmp_path / "a").mkdir()
    gp = tmp_path / "2031_orlesia.jsonl"
    _write(gp, gold)
    _write(tmp_path / "b" / gp.name, before)
    _write(tmp_path / "a" / gp.name, after)
    pairs, n = typer_retypings.retypings(tmp_path / "b", tmp_path / "a", [gp])
    assert n == {"events": 4, "matched": 3, "right_before": 2, "right_after": 2}
    assert pairs == {("wrong->right", "other", "charge"): 1,
                     ("right->wrong", "censorship_or_blocking", "other"): 1,
                     ("unmatched", "other", "report_published"): 1}
