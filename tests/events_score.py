"""Score event extraction against gold files (a stop-gap until ``rightsledger evaluate``).

Usage::

    PYTHONPATH=src .venv/bin/python tests/events_score.py [GOLD.jsonl ...] [--show]

Without arguments it scores every ``examples/gold/*.jsonl`` and ``tests/gold/shared/*.jsonl``.
Matching follows docs/EVALUATION.md: a predicted event matches a gold event when the dates
are equal and the evidence spans overlap (one-to-one, greedy, in text order); type accuracy
is the share of matched events with the same type. Only predictions whose evidence lies in
the gold file's scope are scored. ``--show`` prints the misses and false alarms.
"""
from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "reports"


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def report_path(gold: Path, scope: dict) -> Path:
    if "examples" in gold.parts:
        base = ROOT / "examples" / "reports"
        if scope.get("file"):
            return base / scope["file"]
        return next(base.glob(f"{scope['doc']}.*"))
    return SHARED / scope["file"]


def report_year(text: str, path: Path) -> int | None:
    head = text[:400]
    m = re.search(r"\b(19[5-9]\d|20\d\d)\b", head) or re.search(r"(19[5-9]\d|20\d\d)", path.stem)
    return int(m.group(1)) if m else None


def predict(path: Path, doc_id: str):
    from rightsledger.extract.annotate import annotate, load_nlp
    from rightsledger.extract.events import extract_events
    from rightsledger.read import read_path
    from rightsledger.records import Document
    from rightsledger.structure import outline

    src = read_path(path)
    year = src.year or report_year(src.text, path)
    doc = Document(doc_id, src.title, src.country, src.country_code, year, "", src.format, src.sha256,
                   len(src.text))
    t0 = time.perf_counter()
    ann = annotate(src.text, doc, outline(src.text, doc.id), load_nlp())
    t1 = time.perf_counter()
    try:
        from rightsledger.extract.entities import extract_entities
        entities = extract_entities(ann)
    except Exception:  # entities stage absent or broken: events must work without it
        entities = []
    t2 = time.perf_counter()
    events = extract_events(ann, entities)
    t3 = time.perf_counter()
    return src.text, events, (t1 - t0, t3 - t2)


def score(gold_path: Path, show: bool = False) -> dict:
    records = load(gold_path)
    scope = records[0]
    gold = [r for r in records if r["kind"] == "event"]
    path = report_path(gold_path, scope)
    text, events, (t_parse, t_events) = predict(path, scope["doc"])
    lo, hi = scope.get("start", 0), scope.get("end", len(text))
    preds = [e for e in events if lo <= e.evidence.start and e.evidence.end <= hi]
    used: set[int] = set()
    matched: list[tuple[dict, object]] = []
    for g in sorted(gold, key=lambda r: r["evidence"]["start"]):
        gs, ge = g["evidence"]["start"], g["evidence"]["end"]
        for i, p in enumerate(preds):
            if i in used or p.date != g["date"]:
                continue
            if p.evidence.start < ge and gs < p.evidence.end:
                used.add(i)
                matched.append((g, p))
                break
    tp = len(matched)
    prec = tp / len(preds) if preds else 0.0
    rec = tp / len(gold) if gold else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    type_acc = sum(g["type"] == p.type for g, p in matched) / tp if tp else 0.0
    if show:
        hit = {id(g) for g, _ in matched}
        for g in gold:
            if id(g) not in hit:
                s, e = g["evidence"]["start"], g["evidence"]["end"]
                print(f"  MISS {g['date']:10} {g['type']:24} {text[s:e][:150]!r}")
        for i, p in enumerate(preds):
            if i not in used:
                print(f"  FA   {p.date:10} {p.type:24} {p.evidence.text[:150]!r}")
        for g, p in matched:
            if g["type"] != p.type:
                s, e = g["evidence"]["start"], g["evidence"]["end"]
                print(f"  TYPE {g['type']} != {p.type}: {text[s:e][:150]!r}")
    return {"doc": scope["doc"], "gold": len(gold), "pred": len(preds), "tp": tp, "P": prec, "R": rec,
            "F1": f1, "type_acc": type_acc, "parse_s": t_parse, "events_s": t_events}


def main(argv: list[str]) -> int:
    show = "--show" in argv
    paths = [Path(a) for a in argv if not a.startswith("--")]
    if not paths:
        paths = sorted((ROOT / "examples" / "gold").glob("*.jsonl")) + [
            g for g in sorted((ROOT / "tests" / "gold" / "shared").glob("*.jsonl"))
            # held-out test reports are scored by `rightsledger evaluate` only, never diagnosed
            if json.loads(g.open(encoding="utf-8").readline()).get("split") != "test"]
    for p in paths:
        r = score(p, show)
        print(f"{r['doc']:28} gold={r['gold']:4} pred={r['pred']:4} tp={r['tp']:4} "
              f"P={r['P']:.3f} R={r['R']:.3f} F1={r['F1']:.3f} type_acc={r['type_acc']:.3f} "
              f"parse={r['parse_s']:.2f}s events={r['events_s']:.3f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
