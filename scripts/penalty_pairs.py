"""Penalty and duration of every matched dev event, side by side with the gold, with the sentence.

Why: ``evaluate --errors`` lists the disagreements but not the sentence, nor the pairs that agree,
nor the penalties and durations of unmatched events; a rule round on these fields needs all three
to group the errors by pattern and count the reports each pattern occurs in. It pairs events with
the evaluator's own matching (``analysis.evaluation.evaluate.score``), so the counts are the evaluator's.

Usage (dev gold only; test gold is refused, as ``--errors`` refuses it):

    PYTHONPATH=src python scripts/penalty_pairs.py PREDDIR GOLD.jsonl ... [--all] [--unmatched]

Prints one line per matched event where gold or prediction has a penalty or duration and they
differ (``--all``: also where they agree; ``--unmatched``: also unmatched events that carry one),
and at the end, per field, how many disagreements and in how many reports.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from rightsledger.analysis.evaluation.evaluate import load_jsonl, split_of
from rightsledger.analysis.evaluation.scoring import same_duration, same_penalty, score


def _short(v: dict[str, Any] | None) -> str:
    if not v:
        return "-"
    kind = v.get("kind")
    return f"{kind + ' ' if kind else ''}{v.get('value')} {v.get('unit')} «{v.get('text')}»"


def pairs_of(pred: list[dict[str, Any]], gold: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per matched event where either side has a penalty or duration."""
    sc = score(pred, gold)
    has = {f: any(f in g for g in gold if g.get("kind") == "event") for f in ("penalty", "duration")}
    rows = []
    for p, g in sc.event_pairs:
        for field, same in (("penalty", same_penalty), ("duration", same_duration)):
            if has[field] and (p.get(field) or g.get(field)):
                rows.append({"field": field, "agree": same(p.get(field), g.get(field)),
                             "pred_type": p["type"], "gold_type": g["type"],
                             "pred": p.get(field), "gold": g.get(field),
                             "start": g["evidence"]["start"], "text": p["evidence"]["text"]})
    return rows


def unmatched_of(pred: list[dict[str, Any]], gold: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Unmatched events (either side) that carry a penalty or duration."""
    sc = score(pred, gold)
    paired_p = {id(p) for p, _ in sc.event_pairs}
    paired_g = {id(g) for _, g in sc.event_pairs}
    scope = gold[0] if gold and gold[0].get("kind") == "scope" else {}
    lo, hi = scope.get("start", 0), scope.get("end", 1 << 62)
    rows = []
    for side, recs, paired in (("pred", pred, paired_p), ("gold", gold, paired_g)):
        for r in recs:
            if r.get("kind") != "event" or id(r) in paired or not lo <= r["evidence"]["start"] < hi:
                continue
            for field in ("penalty", "duration"):
                if r.get(field):
                    rows.append({"side": side, "field": field, "type": r["type"], "value": r[field],
                                 "start": r["evidence"]["start"],
                                 "text": r["evidence"].get("text", "")})
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("preddir", type=Path)
    ap.add_argument("gold", nargs="+", type=Path)
    ap.add_argument("--all", action="store_true", help="also the pairs that agree")
    ap.add_argument("--unmatched", action="store_true", help="also unmatched events with one")
    args = ap.parse_args(argv)
    reports: dict[str, set[str]] = defaultdict(set)
    counts: dict[str, int] = defaultdict(int)
    for gp in args.gold:
        if split_of(gp) == "test":
            print(f"{gp.stem}: test gold, refused", file=sys.stderr)
            continue
        pp = args.preddir / gp.name
        if not pp.is_file():
            print(f"{gp.stem}: no export in {args.preddir}", file=sys.stderr)
            continue
        pred, gold = load_jsonl(pp), load_jsonl(gp)
        for r in pairs_of(pred, gold):
            if not r["agree"]:
                reports[r["field"]].add(gp.stem)
                counts[r["field"]] += 1
            if args.all or not r["agree"]:
                mark = "ok " if r["agree"] else "ERR"
                print(f"{mark} {gp.stem} @{r['start']} {r['field']} gold[{r['gold_type']}]: "
                      f"{_short(r['gold'])} | pred[{r['pred_type']}]: {_short(r['pred'])}\n"
                      f"    {r['text'][:400]}")
        if args.unmatched:
            for r in unmatched_of(pred, gold):
                print(f"UNM {gp.stem} @{r['start']} {r['side']} {r['field']} [{r['type']}]: "
                      f"{_short(r['value'])}\n    {r['text'][:400]}")
    print(json.dumps({f: {"disagreements": counts[f], "reports": sorted(reports[f])}
                      for f in ("penalty", "duration")}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
