"""Figures and provisions scored against the gold files (value + evidence overlap).

A stand-in for the official ``rightsledger evaluate`` (matching as in docs/EVALUATION.md:
one-to-one, greedy; a figure matches on the same value and overlapping evidence, a
provision on overlapping evidence and the same quantity value). Per-document table::

    PYTHONPATH=src .venv/bin/python tests/test_figures_gold.py
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_REPORTS = ROOT.parent / "shared" / "reports"


def gold_pairs() -> list[tuple[Path, Path]]:
    """(report, gold) for every gold file whose report is present."""
    pairs = []
    for gold in [*sorted((ROOT / "tests" / "gold" / "shared").glob("*.jsonl")),
                 *sorted((ROOT / "examples" / "gold").glob("*.jsonl"))]:
        scope = json.loads(gold.read_text(encoding="utf-8").splitlines()[0])
        base = SHARED_REPORTS if "shared" in gold.parts else ROOT / "examples" / "reports"
        report = base / scope.get("file", gold.stem + ".txt")
        if report.exists():
            pairs.append((report, gold))
    return pairs


def _value(rec: dict, kind: str):
    if kind == "figure":
        return rec["value"]
    q = rec.get("quantity")
    return q["value"] if q else None


def _overlap(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def match(preds: list[dict], golds: list[dict], kind: str) -> int:
    used: set[int] = set()
    tp = 0
    for p in preds:
        pv = _value(p, kind)
        for j, g in enumerate(golds):
            gv = _value(g, kind)
            same = (abs(pv - gv) < 1e-6 if pv is not None and gv is not None
                    else kind == "provision")
            if j not in used and same and _overlap(p["evidence"], g["evidence"]):
                used.add(j)
                tp += 1
                break
    return tp


def score(report: Path, gold: Path, nlp) -> dict[str, tuple[int, int, int]]:
    """{kind: (predicted, gold, matched)} within the gold file's scope."""
    from rightsledger.extract.annotate import annotate
    from rightsledger.extract.figures import extract_figures
    from rightsledger.extract.provisions import extract_provisions
    from rightsledger.read import read_path
    from rightsledger.records import Document
    from rightsledger.structure import outline

    lines = [json.loads(x) for x in gold.read_text(encoding="utf-8").splitlines() if x.strip()]
    scope, records = lines[0], lines[1:]
    src = read_path(report)
    doc = Document(scope["doc"], src.title, src.country, src.country_code, src.year, "",
                   report.suffix[1:], src.sha256, len(src.text))
    ann = annotate(src.text, doc, outline(src.text, doc.id), nlp)
    out = {}
    for kind, fn in (("figure", extract_figures), ("provision", extract_provisions)):
        if kind not in scope["kinds"]:
            continue
        preds = [r.as_dict() for r in fn(ann)]
        preds = [p for p in preds if scope["start"] <= p["evidence"]["start"] < scope["end"]]
        golds = [g for g in records if g["kind"] == kind]
        out[kind] = (len(preds), len(golds), match(preds, golds, kind))
    return out


def f1(pred: int, gold: int, tp: int) -> float:
    p = tp / pred if pred else 1.0
    r = tp / gold if gold else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


@pytest.mark.model
def test_gold_f1(nlp) -> None:
    pairs = gold_pairs()
    if not pairs:
        pytest.skip("no gold files with their reports")
    totals = {"figure": [0, 0, 0], "provision": [0, 0, 0]}
    for report, gold in pairs:
        for kind, counts in score(report, gold, nlp).items():
            for i, c in enumerate(counts):
                totals[kind][i] += c
    assert f1(*totals["figure"]) >= 0.90, totals
    assert f1(*totals["provision"]) >= 0.80, totals


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(ROOT / "src"))
    from rightsledger.extract.annotate import load_nlp

    nlp = load_nlp()
    print(f"{'document':22} {'kind':10} {'pred':>5} {'gold':>5} {'tp':>4} {'P':>6} {'R':>6} {'F1':>6}")
    for report, gold in gold_pairs():
        for kind, (pr, go, tp) in score(report, gold, nlp).items():
            p = tp / pr if pr else 1.0
            r = tp / go if go else 1.0
            print(f"{gold.stem:22} {kind:10} {pr:5} {go:5} {tp:4} {p:6.3f} {r:6.3f} {f1(pr, go, tp):6.3f}")
