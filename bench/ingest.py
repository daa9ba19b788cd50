"""Ingest cost: one-time loading per process, per-report cost per stage, and whole processes.

    python bench/ingest.py [--no-process] [REPORT ...]   (default: the seed report, else our examples)

Prints

* the one-time costs of a process: the spaCy model, then everything else the pipeline loads
  on first use (gazetteers, word lists, lexicons; from the prebuilt index in the user cache
  when it is there, see ``rightsledger.extract.lexicons.tables``), measured on a tiny report;
* per report, the seconds of each stage, the total, the seconds the bare model
  (``nlp(text)`` over the whole text, all components) takes in the same process, and the
  ratio total / bare (target ≤ 1.5), and peak memory (RSS);
* the whole process: ``rightsledger ingest REPORT`` into a fresh database as a subprocess,
  next to a subprocess that only loads the bare spaCy model and runs it on the same text
  (best of three each, alternately, wall and CPU seconds; target ≤ 1.2×; on a busy machine the
  CPU ratio is the steadier one). ``--no-process`` skips this part.
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

DEFAULTS = [ROOT.parent / "shared" / "reports" / "kazakhstan-2022.txt"]
RUNS = 3

_INGEST = ("import sys\nfrom rightsledger.cli import main\n"
           "sys.argv = ['rightsledger', 'ingest', sys.argv[1], '--db', sys.argv[2]]\nsys.exit(main())\n")
_BARE = ("import sys\nfrom pathlib import Path\nimport spacy\n"
         "from rightsledger.extract.annotate import MODEL_PACKAGES\nimport importlib.util\n"
         "name = next(n for n in MODEL_PACKAGES if importlib.util.find_spec(n))\n"
         "nlp = spacy.load(name)\nnlp.max_length = 5_000_000\n"
         "nlp(Path(sys.argv[1]).read_text(encoding='utf-8'))\n")


def _timed(args: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one subprocess."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode:
        raise SystemExit(f"failed: {args[:1]} …\n{done.stderr.decode(errors='replace')}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def whole_process(path: Path) -> float:
    """Best-of-RUNS wall and CPU seconds of ``rightsledger ingest PATH`` and of the bare model,
    run alternately (so that both see the same load of the machine); prints both."""
    ingest, bare = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(RUNS):
            ingest.append(_timed(["-c", _INGEST, str(path), str(Path(tmp) / f"run{i}.db")]))
            bare.append(_timed(["-c", _BARE, str(path)]))
    wall = min(w for w, _ in ingest) / min(w for w, _ in bare)
    cpu = min(c for _, c in ingest) / min(c for _, c in bare)
    print(f"whole process, {path.name} (best of {RUNS}; target ≤ 1.2):")
    print(f"  wall: `rightsledger ingest` {min(w for w, _ in ingest):.2f}s   bare spaCy load+run "
          f"{min(w for w, _ in bare):.2f}s   ratio {wall:.2f}")
    print(f"  CPU:  `rightsledger ingest` {min(c for _, c in ingest):.2f}s   bare spaCy load+run "
          f"{min(c for _, c in bare):.2f}s   ratio {cpu:.2f}")
    print(f"  all runs (wall/CPU): ingest {'  '.join(f'{w:.2f}/{c:.2f}' for w, c in ingest)}   "
          f"bare {'  '.join(f'{w:.2f}/{c:.2f}' for w, c in bare)}")
    return cpu


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The command line; a report that is not a readable file is refused here, by name, before
    the model loads (``--help`` used to be taken for a report path)."""
    parser = argparse.ArgumentParser(prog="bench/ingest.py", description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("reports", nargs="*", type=Path, metavar="REPORT",
                        help="reports to ingest (default: the seed report, else our examples)")
    parser.add_argument("--no-process", action="store_true",
                        help="skip the whole-process comparison (subprocesses, best of three)")
    args = parser.parse_args(argv)
    for path in args.reports:
        if not path.is_file():
            parser.error(f"{path}: no such report file")
    return args


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    processes = not args.no_process
    paths = list(args.reports) or [p for p in DEFAULTS if p.exists()] or sorted(
        (ROOT / "examples" / "reports").glob("*.txt"))
    t0 = time.perf_counter()
    from rightsledger.extract.annotate import load_nlp
    from rightsledger.run.pipeline import process
    imports = time.perf_counter() - t0
    t0 = time.perf_counter()
    nlp = load_nlp()
    load_model = time.perf_counter() - t0
    # Everything loaded once per process (gazetteers, word lists, lexicons) is loaded here, on
    # a tiny report, so that the ratio compares the per-report cost with the bare model's.
    t0 = time.perf_counter()
    warm = ROOT / "tests" / "fixtures" / "entities" / "norvania.txt"
    process(warm if warm.exists() else paths[0], nlp=nlp)
    load_rest = time.perf_counter() - t0
    print(f"one-time loading per process: imports {imports:.2f}s, spaCy model {load_model:.2f}s, "
          f"gazetteers, word lists and lexicons (with a tiny report) {load_rest:.2f}s")
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
        print(f"  per report: pipeline {total:.2f}s   bare spaCy {bare:.2f}s   ratio {ratio:.2f} (target ≤ 1.5)")
        if "embed" in timings:  # headings and sentence vectors (ask, search --semantic)
            print(f"  vectors: embed stage {timings['embed']:.2f}s for {len(bundle.sentences):,} sentences "
                  f"= {timings['embed'] / bare:.2f}× bare spaCy, {timings['embed'] / total:.0%} of the pipeline")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak_mb:.0f} MB (target < 1024 MB); worst per-report ratio {worst:.2f}")
    if processes:
        for path in paths:
            whole_process(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
