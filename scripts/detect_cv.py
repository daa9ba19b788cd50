"""The event detector's nested estimate on the first-run reports and the ship rule's verdict.

    PYTHONPATH=src OPENBLAS_NUM_THREADS=1 python scripts/detect_cv.py CACHE_DIR [--diagnostics]
        [--reference EXPORTS_DIR]

CACHE_DIR (outside the repository) keeps each report's parsed sentence features. Dev gold only.
With --reference (round t-detect3, the amended rule): the rows are built on today's exports of
every first-run report, the typed candidates join, the choice inside the folds is made by typed-
event F1, and the verdict needs conditions (1)-(3) on both event F1 and typed-event F1.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

from rightsledger.analysis.training import detect_fit as df
from rightsledger.analysis.training import detect_rows as dr
from rightsledger.analysis.training.logistic import one_blas_thread

ROOT = Path(__file__).resolve().parent.parent


def _prf(c: tuple[int, int, int]) -> str:
    tp, fp, fn = c
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return f"{p:.3f}/{r:.3f}/**{df.f1(c):.3f}**"


def load(cache: Path, reference: Path | None = None) -> tuple[dict[str, dr.Report], dict[str, list[dr.Row]]]:
    reports, rows, _ = df.load(cache, ROOT / "tests" / "gold" / "shared", reference)
    return reports, rows


def table(est: df.Estimate, typed: bool = False) -> None:
    groups = sorted({g for d in est.decided for g in est.counts(d, "base")} - {"all"})
    pb, pn = df.pooled(est, "base", typed=typed), df.pooled(est, "nested", typed=typed)
    dropped = added = 0
    for d, dec in est.decided.items():
        exp = dec.export(est.chosen[d])
        kept = sum(1 for e in exp if any(e is f for f in dec.rep.first))
        dropped += len(dec.rep.first) - kept
        added += len(exp) - kept
    print("| system | dropped | added | all | " + " | ".join(groups) + " |")
    print("|---|---|---|---|" + "---|" * len(groups))
    print("| n gold events | | | " + " | ".join(str(pb[g][0] + pb[g][2]) for g in ["all", *groups]) + " |")
    print("| reference | 0 | 0 | " + " | ".join(_prf(pb[g]) for g in ["all", *groups]) + " |")
    print(f"| nested | {dropped} | {added} | " + " | ".join(_prf(pn[g]) for g in ["all", *groups]) + " |")


def auc(y: list[bool], p: list[float]) -> float:
    order = np.argsort(p)
    ranks = np.empty(len(p))
    ranks[order] = np.arange(1, len(p) + 1)
    yy = np.asarray(y, dtype=bool)
    npos, nneg = yy.sum(), (~yy).sum()
    return float((ranks[yy].sum() - npos * (npos + 1) / 2) / (npos * nneg))


def diagnostics(est: df.Estimate, rows: dict[str, list[dr.Row]]) -> None:
    """Held-out AUC and log-loss per row kind (the outer folds' probabilities)."""
    for kind in ("drop", "add"):
        y, p = [], []
        for d, dec in est.decided.items():
            lab = {r.index: r.label for r in rows[d] if r.kind == kind}
            for i, q in (dec.drop if kind == "drop" else dec.add):
                y.append(lab[i])
                p.append(q)
        pa, ya = np.clip(np.asarray(p), 1e-9, 1 - 1e-9), np.asarray(y, dtype=float)
        ll = float(-(ya * np.log(pa) + (1 - ya) * np.log(1 - pa)).mean())
        base = ya.mean()
        ll0 = float(-(base * np.log(base) + (1 - base) * np.log(1 - base)))
        print(f"{kind}: rows {len(y)}, positive {int(ya.sum())}, AUC {auc(y, p):.3f}, log-loss {ll:.3f} "
              f"(base rate {ll0:.3f})")


def vectors(cache: Path, reports: dict[str, dr.Report], rows: dict[str, list[dr.Row]],
            choice: "df.Choice | None" = None) -> None:
    """The diagnostic with sentence vectors (L2 30): its nested table, bootstrap, AUC and log-loss."""
    from rightsledger.analysis.training import detect_vectors as dv

    gold = ROOT / "tests" / "gold" / "shared"
    vecs: dict = {}
    for d, rep in reports.items():
        vecs.update(dv.row_vectors(rep, rows[d], dv.report_vectors(rep, gold / f"{d}.jsonl", cache)))
    with one_blas_thread():
        est = dv.nested_dense(reports, rows, dv.standardised(vecs), choice=choice)
    print(f"\n(diagnostic, not eligible) categories + sentence vectors, L2 {dv.VECTOR_L2}"
          + (f", every fold at {choice}" if choice else "") + ":")
    print("choices:", dict(sorted(__import__("collections").Counter(est.chosen.values()).items())))
    table(est)
    print(f"as the rule would read it: {df.verdict(est).why()}")
    diagnostics(est, rows)


def hindsight(reports: dict[str, dr.Report], rows: dict[str, list[dr.Row]], typed: bool, top: int = 8) -> None:
    """Diagnostic, not eligible (the choice is made on the held-out reports themselves): every
    choice applied in every leave-one-report-out fold, pooled event and typed-event F1 gains over
    the reference, the best by each; what the drops and adds were (by their rows' labels)."""
    folds = df.Folds(reports, rows)
    docs = sorted(reports)
    decided = {d: folds.decided(frozenset(docs) - {d}, d) for d in docs}
    label = {(d, r.kind, r.index): r.label for d in docs for r in rows[d]}
    base = {t: df.pooled_counts(decided, None, t) for t in (False, True)}
    out = []
    for c in df.choices(typed):
        ev_, ty = df.pooled_counts(decided, c, False), df.pooled_counts(decided, c, True)
        out.append((df.f1(ty) - df.f1(base[True]), df.f1(ev_) - df.f1(base[False]), c))
    print(f"\n(diagnostic, not eligible) every fold at one choice, leave-one-report-out models; reference event F1 "
          f"{df.f1(base[False]):.4f}, typed {df.f1(base[True]):.4f}")
    for key, name in ((0, "typed-event F1"), (1, "event F1")):
        print(f"best {top} by {name} gain:")
        for g_t, g_e, c in sorted(out, key=lambda x: -x[key])[:top]:
            cand, td, ta, tt = c
            dr_ = [(d, i) for d in docs for i, p in decided[d].drop if "D" in cand and p < td]
            ad = [(d, j) for d in docs for j in (k for k, p in decided[d].add if "A" in cand and p >= ta)
                  if not cand.endswith("T")
                  or (reports[d].sents[j].atype != "other" and reports[d].sents[j].aprob >= tt)]
            print(f"  {c}: event {g_e:+.4f}, typed {g_t:+.4f}; dropped {len(dr_)} "
                  f"({sum(label[(d, 'drop', i)] for d, i in dr_)} of them right), added {len(ad)} "
                  f"({sum(label[(d, 'add', j)] for d, j in ad)} matching gold)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("cache", type=Path)
    ap.add_argument("--diagnostics", action="store_true")
    ap.add_argument("--no-final", action="store_true")
    ap.add_argument("--vectors-at", nargs=3, metavar=("CAND", "T_D", "T_A"), help="the vectors diagnostic "
                    "with this candidate and thresholds in every fold (no inner choice)")
    ap.add_argument("--hindsight", action="store_true", help="diagnostic only: every choice in every fold "
                    "(no nested estimate)")
    ap.add_argument("--only-vectors", action="store_true", help="skip the categorical estimate")
    ap.add_argument("--reference", type=Path, help="an exports folder (evaluate --save-predictions): today's "
                    "rules' output as the reference (the amended rule, round t-detect3)")
    ap.add_argument("--vectors", action="store_true", help="diagnostic: the nested estimate with sentence "
                    "vectors, L2 30 (analysis/training/detect_vectors.py; not eligible)")
    a = ap.parse_args(argv)
    t0 = time.time()
    reports, rows = load(a.cache, a.reference)
    typed = a.reference is not None
    allrows = [r for rs in rows.values() for r in rs]
    for kind in ("drop", "add"):
        k = [r for r in allrows if r.kind == kind]
        print(f"{kind} rows: {len(k)}, positive {sum(r.label for r in k)}")
    print(f"reports: {len(reports)} ({time.time() - t0:.0f}s)")
    if a.hindsight:
        with one_blas_thread():
            hindsight(reports, rows, typed)
        return 0
    if a.only_vectors:
        at = (a.vectors_at[0], float(a.vectors_at[1]), float(a.vectors_at[2]), 0.0) if a.vectors_at else None
        vectors(a.cache, reports, rows, at)
        return 0
    with one_blas_thread():
        est = df.nested(reports, rows, final=not a.no_final, measure="typed" if typed else "event",
                        typed_candidates=typed,
                        progress=lambda r, c: print(f"  fold {r}: {c} ({time.time() - t0:.0f}s)", file=sys.stderr))
    print("\nchoice per fold:")
    for r, c in est.chosen.items():
        print(f"  {r}: {c[0]} t_d={c[1]} t_a={c[2]}" + (f" t_type={c[3]}" if typed else ""))
    if est.final:
        print(f"choice over all reports (what would ship): {est.final}")
    print()
    print("event F1:")
    table(est)
    v = df.verdict(est)
    if typed:
        print("\ntyped-event F1 (matched with the gold's type, over predicted plus gold events):")
        table(est, typed=True)
        vt = df.verdict(est, typed=True)
        print(f"\nevent F1: {'passes' if v.ships else 'fails'}: {v.why()}")
        print(f"typed-event F1: {'passes' if vt.ships else 'fails'}: {vt.why()}")
        print(f"verdict: {'SHIPS' if v.ships and vt.ships else 'does not ship'}")
    else:
        print(f"\nverdict: {'SHIPS' if v.ships else 'does not ship'}: {v.why()}")
    if a.diagnostics:
        print("\n(diagnostics, not eligible)")
        diagnostics(est, rows)
    if a.vectors or a.vectors_at:
        at = (a.vectors_at[0], float(a.vectors_at[1]), float(a.vectors_at[2]), 0.0) if a.vectors_at else None
        vectors(a.cache, reports, rows, at)
    print(f"({time.time() - t0:.0f}s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
