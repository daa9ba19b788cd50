"""Event type confusions (gold → predicted) of saved dev exports, per section group.

    PYTHONPATH=src python scripts/type_confusions.py PRED_DIR DEV_GOLD... [--errors OUT.tsv]

PRED_DIR holds ``<gold stem>.jsonl`` exports (``rightsledger evaluate --save-predictions``). Events are
matched as the evaluator matches them (same date, overlapping evidence; ``analysis.evaluation.evaluate.match_records``).
Prints type accuracy per group and the (gold, predicted) pairs; ``--errors`` writes one line per
mistyped event (group, report, offset, gold, predicted, polarity, sentence) to a file outside the
repository (the sentences are report text). Dev gold only: never pass test gold.
"""
from __future__ import annotations

import argparse
import collections
from pathlib import Path

from rightsledger.analysis.evaluation.evaluate import load_jsonl, text_path
from rightsledger.analysis.evaluation.scoring import in_scope, match_records, overlap, group_ranges
from rightsledger.read import read_path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pred_dir", type=Path)
    ap.add_argument("gold", nargs="+", type=Path)
    ap.add_argument("--errors", type=Path)
    args = ap.parse_args()
    pairs_by_group: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    right: collections.Counter = collections.Counter()
    seen: collections.Counter = collections.Counter()
    rows = []
    for gold_path in args.gold:
        gold = load_jsonl(gold_path)
        scope = gold[0]
        if scope.get("split") == "test":
            raise SystemExit(f"{gold_path}: test gold is not for tuning")
        pred_path = args.pred_dir / gold_path.name
        if not pred_path.exists():
            continue
        pred = load_jsonl(pred_path)
        ranges = group_ranges(pred)

        def group(start: int) -> str:
            return next((g for g, rs in ranges.items() if any(a <= start < b for a, b in rs)), "?")

        path = text_path(scope)
        text = read_path(path).text if path and args.errors else ""
        events = [r for r in pred if r["kind"] == "event" and in_scope(r, scope)]
        _, pairs, _, _ = match_records(events, [r for r in gold if r["kind"] == "event"],
                                lambda p, g: p["date"] == g["date"] and overlap(p["evidence"], g["evidence"]))
        for p, g in pairs:
            gr = group(g["evidence"]["start"])
            seen[gr] += 1
            right[gr] += p["type"] == g["type"]
            if p["type"] != g["type"]:
                pairs_by_group[gr][(g["type"], p["type"])] += 1
                sent = text[g["evidence"]["start"]:g["evidence"]["end"]].replace("\n", " ")
                rows.append((gr, gold_path.stem, g["evidence"]["start"], g["type"], p["type"], g.get("polarity"), sent))
    for gr in ("exec", "1", "2", "3-4", "5-7", "?"):
        if seen[gr]:
            print(f"group {gr}: {right[gr]}/{seen[gr]} = {right[gr] / seen[gr]:.3f}")
    total = collections.Counter()
    for c in pairs_by_group.values():
        total.update(c)
    print(f"all: {sum(right.values())}/{sum(seen.values())} = {sum(right.values()) / max(1, sum(seen.values())):.3f}")
    for (g, p), n in total.most_common():
        print(n, g, "->", p, " ".join(f"{gr}:{c[(g, p)]}" for gr, c in pairs_by_group.items() if c[(g, p)]))
    if args.errors:
        with open(args.errors, "w", encoding="utf-8") as fh:
            for row in sorted(rows):
                fh.write("\t".join(map(str, row)) + "\n")


if __name__ == "__main__":
    main()
