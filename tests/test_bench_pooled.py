"""bench/pooled.py: pooled judgments of the corpus scope of ``ask`` (the pool written blind,
the verdicts joined to it, a hit matched to a judged span), on sentences of our own."""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from pooled import POOL_SETS, load_judgments, record, verdict, write_pool  # noqa: E402

ITEMS = [
    {"id": "dq01", "question": "What share of the population went online?", "file": "veridia-2023.txt",
     "start": 120, "end": 190, "sentence": "About 41 percent of Veridians  used the internet."},
    {"id": "dq01", "question": "What share of the population went online?", "file": "kestria-2009.md",
     "start": 40, "end": 95, "sentence": "Kestria's internet cafes closed at ten."},
    # the same hit returned by a second ranking: judged once
    {"id": "dq01", "question": "What share of the population went online?", "file": "veridia-2023.txt",
     "start": 120, "end": 190, "sentence": "About 41 percent of Veridians  used the internet."},
]


def test_pool_is_blind_and_judged_once(tmp_path):
    assert write_pool(tmp_path, ITEMS) == 2
    shown = (tmp_path / "items.txt").read_text(encoding="utf-8")
    assert "veridia-2023" not in shown and "kestria" not in shown   # no report name to judge by
    assert "41 percent of Veridians used" in shown                   # whitespace folded
    key = [json.loads(line) for line in (tmp_path / "key.jsonl").read_text().splitlines()]
    assert sorted(k["n"] for k in key) == [1, 2]
    online = next(k["n"] for k in key if k["file"] == "veridia-2023.txt")
    (tmp_path / "v.txt").write_text(f"{online} y\n{3 - online} n\n")
    out = tmp_path / "judgments.jsonl"
    assert record(tmp_path, tmp_path / "v.txt", out) == 2
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert all(set(r) == {"id", "file", "span", "answers"} for r in rows)   # no report text
    judged = load_judgments(out)
    # a hit overlapping the judged span answers, whatever the sentence split; keyed by file stem
    assert verdict(judged, "dq01", "veridia-2023", 150, 200) is True
    assert verdict(judged, "dq01", "kestria-2009", 40, 95) is False
    assert verdict(judged, "dq01", "kestria-2009", 300, 340) is None     # unjudged
    assert verdict(judged, "dq02", "veridia-2023", 150, 200) is None     # judged for another question


def test_record_refuses_a_pool_with_items_left_unjudged(tmp_path):
    write_pool(tmp_path, ITEMS)
    (tmp_path / "v.txt").write_text("1 y\n")
    try:
        record(tmp_path, tmp_path / "v.txt", tmp_path / "j.jsonl")
    except SystemExit as err:
        assert "no verdict for items [2]" in str(err)
    else:
        raise AssertionError("an item without a verdict was accepted")


def test_the_stored_judgments_hold_no_report_text_and_name_known_questions():
    rows = [json.loads(line) for line in (ROOT / "eval" / "judgments_corpus.jsonl").read_text().splitlines()]
    assert rows
    ids = {json.loads(line)["id"] for name in POOL_SETS
           for line in (ROOT / "eval" / f"{name}.jsonl").read_text().splitlines() if line.strip()}
    keys = set()
    for r in rows:
        assert set(r) == {"id", "file", "span", "answers"} and isinstance(r["answers"], bool)
        assert r["id"] in ids and "/" not in r["file"] and r["span"][0] < r["span"][1]
        keys.add((r["id"], r["file"], tuple(r["span"])))
    assert len(keys) == len(rows)   # each pooled hit judged once
