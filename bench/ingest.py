"""Ingest cost per pipeline stage, next to the bare spaCy model on the same text, in one run.

    python bench/ingest.py [REPORT ...]        (default: the seed report, else our examples)

Prints, per report, the seconds of each stage, the total, the seconds the bare model
(``nlp(text)`` over the whole text, all components) takes in the same process, and the
ratio total / bare. Target (DESIGN): ratio ≤ 1.5. Also prints peak memory (RSS).
"""
from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from rightsledger.extract.annotate import load_nlp  # noqa: E402
from rightsledger.run.pipeline import process  # noqa: E402

DEFAULTS = [ROOT.parent / "shared" / "reports" / "kazakhstan-2022.txt"]


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or [p for p in DEFAULTS if p.exists()] or sorted(
        (ROOT / "examples" / "reports").glob("*.txt"))
    t0 = time.perf_counter()
    nlp = load_nlp()
    load_model = time.perf_counter() - t0
    # Everything loaded once per process (model, gazetteers, word lists) is loaded here, on
    # a tiny report, so that the ratio compares the per-report cost with the bare model's.
    t0 = time.perf_counter()
    warm = ROOT / "tests" / "fixtures" / "entities" / "norvania.txt"
    process(warm if warm.exists() else paths[0], nlp=nlp)
    load_rest = time.perf_counter() - t0
    print(f"one-time loading per process: model {load_model:.2f}s, gazetteers and rules {load_rest:.2f}s")
    worst = 0.0
    for path in paths:
        timings: dict[str, float] = {}
        t0 = time.perf_counter()
        bundle = process(path, nlp=nlp, timings=timings)
        total = time.perf_counter() - t0
        t1 = time.perf_counter()
        nlp(bundle.text)
        bare = time.perf_counter() - t1
        ratio = total / bare if bare else float("inf")
        worst = max(worst, ratio)
        stages = "  ".join(f"{k} {v:.2f}s" for k, v in timings.items())
        print(f"{path.name}: {len(bundle.text):,} chars  {stages}")
        print(f"  pipeline {total:.2f}s   bare spaCy {bare:.2f}s   ratio {ratio:.2f} (target ≤ 1.5)")
        if "embed" in timings:  # headings and sentence vectors (ask, search --semantic)
            print(f"  vectors: embed stage {timings['embed']:.2f}s for {len(bundle.sentences):,} sentences "
                  f"= {timings['embed'] / bare:.2f}× bare spaCy, {timings['embed'] / total:.0%} of the pipeline")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak_mb:.0f} MB (target < 1024 MB); worst ratio {worst:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
