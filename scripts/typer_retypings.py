"""The typer's re-typings between two export folders, by type pair, on the non-held-out dev reports.

usage: typer_retypings.py BEFORE_DIR AFTER_DIR

Only the event type differs between two runs that change only the typer (the matching of
evaluate ignores the type), so each event is keyed by its id and classed against its gold match:
right -> wrong, wrong -> right, wrong -> wrong, or without a gold match. Reads only dev gold
outside tests/gold/held_out.toml (the ship rule's fourth condition is about those exports).
"""
from __future__ import annotations

import argparse

import json
import sys
from collections import Counter
from pathlib import Path

from rightsledger.analysis.evaluation.evaluate import column_of, gold_files, load_jsonl
from rightsledger.analysis.evaluation.scoring import in_scope, score


def retypings(before: Path, after: Path, gold_paths: list[Path] | None = None) -> tuple[Counter, dict[str, int]]:
    """(class, before type, after type) counts and the totals (events, matched, right before/after)."""
    pairs: Counter = Counter()
    n = {"events": 0, "matched": 0, "right_before": 0, "right_after": 0}
    for gp in gold_files() if gold_paths is None else gold_paths:
        if column_of(gp) != "dev":
            continue
        b, a = before / f"{gp.stem}.jsonl", after / f"{gp.stem}.jsonl"
        if not (b.is_file() and a.is_file()):
            print(f"missing export: {gp.stem}", file=sys.stderr)
            continue
        gold = load_jsonl(gp)
        after_type = {r["id"]: r["type"] for r in load_jsonl(a) if r.get("kind") == "event"}
        scope = next((g for g in gold if g.get("kind") == "scope"), {})
        sb = score(load_jsonl(b), gold)
        matched = {p["id"]: g["type"] for p, g in sb.event_pairs}
        for r in load_jsonl(b):
            if r.get("kind") != "event" or r["id"] not in after_type or not in_scope(r, scope):
                continue
            t0, t1 = r["type"], after_type[r["id"]]
            g = matched.get(r["id"])
            if g is not None:
                n["matched"] += 1
                n["right_before"] += t0 == g
                n["right_after"] += t1 == g
            n["events"] += 1
            if t0 == t1:
                continue
            cls = ("unmatched" if g is None else "right->wrong" if t0 == g
                   else "wrong->right" if t1 == g else "wrong->wrong")
            pairs[(cls, t0, t1)] += 1
    return pairs, n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("before", type=Path, help="exports folder before the typer change")
    ap.add_argument("after", type=Path, help="exports folder after it")
    args = ap.parse_args()
    pairs, n = retypings(args.before, args.after)
    print(json.dumps(n))
    by_cls = Counter()
    for (cls, _, _), k in pairs.items():
        by_cls[cls] += k
    print("re-typed:", sum(pairs.values()), dict(by_cls))
    for (cls, t0, t1), k in sorted(pairs.items(), key=lambda x: (x[0][0], -x[1])):
        print(f"{cls:13s} {k:4d}  {t0} -> {t1}")


if __name__ == "__main__":
    main()
