"""The wider check: a sample of the public collection of state.gov report pages
(InsideClimateNews/2025-08-state-department-human-rights, folder html/YEAR/; bring it with
the fetch tool or git clone, never commit it). Reads N pages a year and counts pages
read, outlines exact (the outline rightsledger reads equals the one the page declares
with its heading elements, bench/stategov_outline.py), and failures by cause.

    PYTHONPATH=src python bench/stategov_corpus.py /path/to/repo --per-year 10
"""
from __future__ import annotations

import argparse
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from stategov_outline import declared_outline, norm_title  # noqa: E402


def _pages(repo: Path) -> dict[int, list[str]]:
    """html/YEAR/*.html from a work tree, else from the git objects (a bare mirror)."""
    if (repo / "html").is_dir():
        names = [str(p.relative_to(repo)) for p in (repo / "html").glob("*/*.html")]
    else:
        names = subprocess.run(["git", "-C", str(repo), "ls-tree", "-r", "--name-only", "HEAD", "html"],
                               capture_output=True, text=True, check=True).stdout.split()
    out: dict[int, list[str]] = {}
    for n in names:
        parts = n.split("/")
        if len(parts) == 3 and parts[1].isdigit() and n.endswith(".html"):
            out.setdefault(int(parts[1]), []).append(n)
    return out


def _bytes(repo: Path, name: str) -> bytes:
    if (repo / name).is_file():
        return (repo / name).read_bytes()
    return subprocess.run(["git", "-C", str(repo), "show", f"HEAD:{name}"], capture_output=True,
                          check=True).stdout


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("repo")
    ap.add_argument("--per-year", type=int, default=10)
    ap.add_argument("--seed", type=int, default=17)
    args = ap.parse_args()
    from rightsledger.errors import RightsledgerError
    from rightsledger.read import read_bytes
    from rightsledger.structure import outline

    repo = Path(args.repo)
    rng = random.Random(args.seed)
    tally: Counter = Counter()
    causes: Counter = Counter()
    per_year: dict[int, Counter] = {}
    for year, names in sorted(_pages(repo).items()):
        sample = rng.sample(sorted(names), min(args.per_year, len(names)))
        c = per_year.setdefault(year, Counter())
        for name in sample:
            raw = _bytes(repo, name)
            tally["pages"] += 1
            c["pages"] += 1
            try:
                src = read_bytes(raw, Path(name).name)
            except RightsledgerError as err:
                causes[f"{err.code.name}: {err.message[:70]}"] += 1
                continue
            tally["read"] += 1
            c["read"] += 1
            if src.warnings:
                causes["read with a warning (cut off)"] += 1
            if not (src.country and src.year == year):
                causes["metadata: country or year wrong"] += 1
                print(f"  metadata {name}: {src.country} {src.year}")
            declared = [(i, norm_title(t)) for i, t in declared_outline(raw)]
            got = [(s.id, norm_title(s.title)) for s in outline(src.text, "d").sections]
            if got == declared and declared:
                tally["exact"] += 1
                c["exact"] += 1
            else:
                causes["outline differs from the declared one"] += 1
                print(f"  outline {name}: missing {sorted(set(declared) - set(got))[:3]} "
                      f"extra {sorted(set(got) - set(declared))[:3]}")
    for year, c in per_year.items():
        print(f"{year}: {c['pages']} pages, {c['read']} read, {c['exact']} exact outlines")
    print(f"total: {tally['pages']} pages, {tally['read']} read, {tally['exact']} exact outlines")
    for cause, n in causes.most_common():
        print(f"  {n:>4}  {cause}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
