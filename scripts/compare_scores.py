"""Two runs of ``rightsledger evaluate --format csv`` side by side: what a round changed.

Why: every rule round compares the scores of the base's saved exports with its own (docs/rounds/README.md,
"How a round is run"), and the protocol lets it read per-report figures of dev reports only. This prints

- the rows of dev reports whose figures differ (report, section group, kind: tp/fp/fn and F1, or accuracy);
- each column's totals per kind (group ``all``), marked ``*`` where they differ;

and never a per-report row of a held-out or test report (those columns are read as totals only).

Usage:

    python scripts/compare_scores.py BEFORE.csv AFTER.csv [--groups]

``--groups`` adds each column's per-group totals that differ (``dev 5-7 event``, ``test 2 place`` …).
Exit status 0; a file that is not such a csv is a clear error.
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

#: the columns of ``evaluate --format csv`` this script reads (``cli/quality.CSV_COLUMNS``)
NEEDED = ("doc", "column", "group", "kind", "tp", "fp", "fn", "f1", "accuracy", "n")
#: a column's total rows carry the column's name as their ``doc``
COLUMNS = ("dev", "held-out", "test")

Key = tuple[str, str, str, str]


def load(path: Path) -> dict[Key, dict[str, str]]:
    """The rows of one csv by (doc, column, group, kind)."""
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in NEEDED if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path}: not an `evaluate --format csv` file (no column {', '.join(missing)})")
        return {(r["doc"], r["column"], r["group"], r["kind"]): r for r in reader}


def shown(row: dict[str, str] | None) -> str:
    """A row's figures in one cell: ``tp/fp/fn f1 …`` or ``acc … n=…``; ``-`` for no row."""
    if row is None:
        return "-"
    if row["accuracy"]:
        return f"acc {row['accuracy']} n={row['n']}"
    return f"{row['tp']}/{row['fp']}/{row['fn']} f1 {row['f1']}"


def is_total(key: Key) -> bool:
    return key[0] == key[1] and key[0] in COLUMNS


def compare(before: dict[Key, dict[str, str]], after: dict[Key, dict[str, str]],
            groups: bool = False) -> list[str]:
    """The lines to print (see the module's doc)."""
    keys = sorted(set(before) | set(after))
    lines = ["## dev reports: rows that differ"]
    lines += [_line(k, before, after) for k in keys
              if k[1] == "dev" and not is_total(k) and shown(before.get(k)) != shown(after.get(k))]
    if groups:
        lines.append("\n## column totals by section group: rows that differ")
        lines += [_line(k, before, after) for k in keys
                  if is_total(k) and k[2] != "all" and shown(before.get(k)) != shown(after.get(k))]
    lines.append("\n## column totals (group all)")
    for k in (k for k in keys if is_total(k) and k[2] == "all"):
        mark = "" if shown(before.get(k)) == shown(after.get(k)) else "   *"
        lines.append(_line(k, before, after) + mark)
    return lines


def _line(k: Key, before: dict[Key, dict[str, str]], after: dict[Key, dict[str, str]]) -> str:
    doc, column, group, kind = k
    return f"{doc:<34} {column:<9} {group:<5} {kind:<20} {shown(before.get(k)):>26} -> {shown(after.get(k))}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--groups", action="store_true", help="also each column's per-group totals that differ")
    args = parser.parse_args(argv)
    try:
        before, after = load(args.before), load(args.after)
    except (OSError, ValueError, csv.Error) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print("\n".join(compare(before, after, args.groups)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
