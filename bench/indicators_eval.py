"""Indicators against human codings: CIRI KILL/DISAP/TORT/POLPRIS and PTS (State).

Protocol (docs/INDICATORS.md, fixed before the scorer was built): shared reports covering
2006 or earlier are for building (their labels may be looked at); 2007 onward are the
test set, read once. Labels come from ``../shared/data/hr_codings.csv``, joined on the
Correlates of War code (never on the name: the two Congos) and the year the report covers.

    python bench/indicators_eval.py --split train      # build: training reports only
    python bench/indicators_eval.py --split test       # the test run (with the baseline)
    python bench/indicators_eval.py --split all --per-report

Prints, per indicator: n, exact-match accuracy, accuracy within one point, Cohen's
weighted kappa (linear; quadratic also) for rightsledger and, in the same run, for the
baseline that always predicts the most common training label.
"""
from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from rightsledger.analysis.indicators import CIRI, NAMES, indicators  # noqa: E402
from rightsledger.ledger import Ledger  # noqa: E402

SHARED = ROOT.parent / "shared"
TRAIN_LAST_YEAR = 2006

#: Report country (as in MANIFEST.tsv / the report title) → Correlates of War code.
COW = {
    "sierra leone": 451, "republic of the congo": 484, "congo": 484, "congo-brazzaville": 484,
    "democratic republic of the congo": 490, "drc": 490, "congo-kinshasa": 490,
    "somalia": 520, "eritrea": 531, "burundi": 516, "angola": 540, "chad": 483,
    "liberia": 450, "guinea": 438, "algeria": 615, "kazakhstan": 705,
}
LABEL_COLUMN = {"KILL": "KILL", "DISAP": "DISAP", "TORT": "TORT", "POLPRIS": "POLPRIS", "PTS": "State"}
CATEGORIES = {**{k: [0, 1, 2] for k in CIRI}, "PTS": [1, 2, 3, 4, 5]}


def load_labels(path: Path) -> dict[tuple[int, int], dict[str, int | None]]:
    out: dict[tuple[int, int], dict[str, int | None]] = {}
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            try:
                key = (int(row["country_cow"]), int(row["Year"]))
            except ValueError:
                continue
            out[key] = {name: (None if row[col] in ("NA", "") else int(float(row[col])))
                        for name, col in LABEL_COLUMN.items()}
    return out


def reports(shared: Path) -> list[tuple[Path, str, int]]:
    """(path, country, year) of every shared report."""
    out = []
    manifest = shared / "reports" / "usdos" / "MANIFEST.tsv"
    with open(manifest, newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            out.append((manifest.parent / row["file"], row["country"], int(row["year"])))
    kz = shared / "reports" / "kazakhstan-2022.txt"
    if kz.exists():
        out.append((kz, "Kazakhstan", 2022))
    return out


def weighted_kappa(y_true: list[int], y_pred: list[int], cats: list[int], power: int = 1) -> float | None:
    """Cohen's weighted kappa; ``power`` 1 = linear, 2 = quadratic weights. None if undefined."""
    k = len(cats)
    idx = {c: i for i, c in enumerate(cats)}
    n = len(y_true)
    if n == 0:
        return None
    obs = [[0.0] * k for _ in range(k)]
    for t, p in zip(y_true, y_pred):
        obs[idx[t]][idx[p]] += 1
    rt = [sum(obs[i]) for i in range(k)]
    cp = [sum(obs[i][j] for i in range(k)) for j in range(k)]
    w = [[(abs(i - j) / (k - 1)) ** power for j in range(k)] for i in range(k)]
    o = sum(w[i][j] * obs[i][j] for i in range(k) for j in range(k)) / n
    e = sum(w[i][j] * rt[i] * cp[j] for i in range(k) for j in range(k)) / (n * n)
    if e == 0:
        return None
    return 1 - o / e


def majority(labels: list[int], name: str) -> int:
    """Most common label; ties go to the more severe score (lower CIRI, higher PTS)."""
    counts = Counter(labels)
    best = max(counts.values())
    tied = [c for c, m in counts.items() if m == best]
    return max(tied) if name == "PTS" else min(tied)


def metrics(y: list[int], p: list[int], cats: list[int]) -> dict[str, float | None]:
    n = len(y)
    return {
        "n": n,
        "exact": sum(a == b for a, b in zip(y, p)) / n if n else None,
        "within1": sum(abs(a - b) <= 1 for a, b in zip(y, p)) / n if n else None,
        "kappa_lin": weighted_kappa(y, p, cats, 1),
        "kappa_quad": weighted_kappa(y, p, cats, 2),
    }


def fmt(v: float | None) -> str:
    return "  n/a" if v is None else f"{v:5.2f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("train", "test", "all"), default="train")
    ap.add_argument("--db", default=str(Path(tempfile.gettempdir()) / "rightsledger-indicators.db"),
                    help="database to ingest the shared reports into (reused between runs)")
    ap.add_argument("--shared", default=str(SHARED))
    ap.add_argument("--per-report", action="store_true", help="print each report's scores and labels")
    args = ap.parse_args(argv)

    shared = Path(args.shared)
    labels = load_labels(shared / "data" / "hr_codings.csv")
    ledger = Ledger(args.db)
    t0 = time.perf_counter()
    rows = []
    for path, country, year in reports(shared):
        res = ledger.ingest_file(path)
        if not res.ok or not res.doc:
            print(f"failed {path.name}: {res.error}", file=sys.stderr)
            continue
        cow = COW[country.lower()]
        split = "train" if year <= TRAIN_LAST_YEAR else "test"
        lab = labels.get((cow, year), {})
        rows.append({"file": path.name, "doc": res.doc, "country": country, "year": year, "cow": cow,
                     "split": split, "labels": lab})
    train = [r for r in rows if r["split"] == "train"]
    base = {}
    for name in NAMES:
        ys = [r["labels"].get(name) for r in train if r["labels"].get(name) is not None]
        base[name] = majority(ys, name) if ys else None
    chosen = [r for r in rows if args.split == "all" or r["split"] == args.split]
    for r in chosen:
        r["pred"] = {i.name: i for i in indicators(ledger, r["doc"])}
    secs = time.perf_counter() - t0

    print(f"split={args.split}: {len(chosen)} reports "
          f"(train = covering {TRAIN_LAST_YEAR} or earlier, test = later); {secs:.1f} s")
    if args.per_report:
        print()
        print(f"{'report':34} {'split':5} " + " ".join(f"{n:>9}" for n in NAMES))
        for r in chosen:
            cells = []
            for n in NAMES:
                gold = r["labels"].get(n)
                cells.append(f"{r['pred'][n].score}/{'-' if gold is None else gold}".rjust(9))
            print(f"{r['file']:34} {r['split']:5} " + " ".join(cells))
        print("(cells: predicted/label; '-' = no label)")
    print()
    print("indicator  n  | rightsledger exact within1 kappa_lin kappa_quad | baseline(=x) exact within1 kappa_lin kappa_quad")
    for n in NAMES:
        pairs = [(r["labels"][n], r["pred"][n].score) for r in chosen if r["labels"].get(n) is not None]
        y = [a for a, _ in pairs]
        p = [b for _, b in pairs]
        if not y:
            print(f"{n:9} {0:2d}  | no labels")
            continue
        cats = CATEGORIES[n]
        m = metrics(y, p, cats)
        b = metrics(y, [base[n]] * len(y), cats) if base[n] is not None else None
        line = (f"{n:9} {m['n']:2d}  |              {fmt(m['exact'])} {fmt(m['within1'])}   "
                f"{fmt(m['kappa_lin'])}     {fmt(m['kappa_quad'])}  |")
        if b:
            line += (f" baseline(={base[n]})  {fmt(b['exact'])} {fmt(b['within1'])}   "
                     f"{fmt(b['kappa_lin'])}     {fmt(b['kappa_quad'])}")
        print(line)
    print("kappa: Cohen's weighted kappa, linear (primary) and quadratic weights; n/a = undefined")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
