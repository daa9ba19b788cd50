"""The event typer's nested estimate and ship-rule verdict for several feature versions at once.

    PYTHONPATH=src OPENBLAS_NUM_THREADS=1 python scripts/typer_features_cv.py CACHE_DIR [VERSION ...]

t-typer9 (docs/rounds/2026-12-12-15-t-typer9.md): the same estimate as ``rightsledger train --model
typer`` (candidate ``first_run``, :data:`typer_cv.INNER_GROUPS`, :data:`typer_cv.CONFIGS`, the
bootstrap and the fresh reports), one nested estimate per feature version in turn, on the events of
one cache of the dev reports (every collected version's features are in it). Writes nothing but
CACHE_DIR/../typer_versions.json (each version's held-out predictions and verdict). Dev gold only.
"""
from __future__ import annotations

import argparse

import json
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

from threadpoolctl import threadpool_limits

from rightsledger.analysis.evaluation import evaluate as ev
from rightsledger.analysis.training import first_run_types as frt
from rightsledger.analysis.training import train as tr
from rightsledger.analysis.training import typer_cv as tc

#: t-typer9's names of the trial versions -> the numeric names the cache holds them under
#: (``typemodel.PARSE`` …; ``train.choose_candidate``'s tie-break reads a version as numbers; t-typer9b).
ALIAS = {"3p": "3.1", "3h": "3.2", "3c": "3.3"}


def main(cache: Path, versions: list[str]) -> None:
    dev = [p for p in ev.gold_files() if ev.split_of(p) == "dev"]
    t0 = time.time()
    data = tr.typed_events(dev, cache)
    tc.attach_first_types(data, frt.load_rows(), dev)
    versions = [ALIAS.get(v, v) for v in versions]
    held = tc.held_out(data)
    print(f"{len(dev)} dev gold files, {len(data)} matched dev events, {len(held)} held-out events of "
          f"{len(tc.first_run_docs(data))} first-run reports; fresh {tc.fresh_reports()} "
          f"({time.time() - t0:.0f} s)", flush=True)
    out = {}
    for v in versions:
        t0 = time.time()
        with threadpool_limits(1):
            h = tc.nested(data, "first_run", tc.INNER_GROUPS, v)
        shown = replace(h, candidate=f"first_run v{v}")
        tab = tc.table(data, [shown])
        verdict = tc.verdict(data, shown, tab)
        row = next(r for r in tab if r["measure"] == f"(first_run v{v}) nested")
        print(f"v{v}: nested {row['all']:.4f} ({sum(p == e.gold_type for p, e in zip(h.predicted, held))}"
              f"/{len(held)}); " + ", ".join(f"{g} {row[g]:.3f}" for g in row if g not in ("measure", "all"))
              + f"; {'passes' if verdict.ships else 'fails'}: {verdict.why()}; would ship {h.final} "
              f"(per fold: {dict(Counter(h.chosen.values()))}) ({time.time() - t0:.0f} s)", flush=True)
        out[v] = {"table": tab, "predicted": h.predicted, "ships": verdict.ships, "why": verdict.why(),
                  "final": h.final}
    if versions:
        print("n / first-run rules:", {k: (round(v, 4) if isinstance(v, float) else v)
                                        for r in tab[:2] for k, v in r.items()})
    (cache.parent / "typer_versions.json").write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("cache", type=Path, help="folder of the dev reports' cached features (built when absent)")
    ap.add_argument("versions", nargs="*", default=["2", "3.1", "3.2", "3.3"], help="feature versions to estimate")
    args = ap.parse_args()  # "--help" is an option, not a cache folder (t-typer19 started a full run with it)
    main(args.cache, args.versions)
