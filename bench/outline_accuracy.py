"""Outline accuracy per report and per layout family.

Compares ``rightsledger.structure.outline.outline`` with the hand-built gold outlines in
``tests/gold/outlines`` (shared reports; PDFs through ``rightsledger.read.read_path`` when it
can read them) and ``tests/fixtures/structure/expected.json`` (fictional layout fixtures).
Sections are keyed like the evaluation: (id, normalised title); subtopics on (section,
normalised title). ``exact`` counts keys found in both; ``offsets`` counts sections whose
start offset also matches (text reports only).

    PYTHONPATH=src .venv/bin/python bench/outline_accuracy.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from rightsledger.structure import outline  # noqa: E402

GOLD = ROOT / "tests" / "gold" / "outlines"
FIXTURES = ROOT / "tests" / "fixtures" / "structure"


def norm(title: str) -> str:
    return " ".join(title.split()).strip().rstrip(":.").strip().lower()


def family(stem: str) -> str:
    if stem.startswith("kazakhstan"):
        return "ecoi.net 2022"
    year = int(stem[:4])
    if stem in ("2023_japan", "2023_nicaragua"):
        return "state.gov PDF 2023"
    return "usdos 1999-2010" if year <= 2010 else "usdos 2011-2014"


def cases(shared: Path) -> list[tuple[str, str, str, list, list, bool]]:
    """(name, family, text, gold sections, gold subtopics, offsets comparable)."""
    out = []
    reports = shared / "reports"
    if reports.is_dir():
        for path in [reports / "kazakhstan-2022.txt", *sorted((reports / "usdos").glob("*.md"))]:
            gold = json.loads((GOLD / f"{path.stem}.json").read_text(encoding="utf-8"))
            out.append((path.name, family(path.stem), path.read_text(encoding="utf-8-sig"),
                        gold["sections"], gold["subtopics"], True))
        for stem in ("2023_japan", "2023_nicaragua"):
            pdf = reports / "original" / f"{stem}.pdf"
            try:
                from rightsledger.read import read_path
                text = read_path(pdf).text
            except Exception as exc:  # the PDF reader may not be ready
                print(f"skip {pdf.name}: {exc}", file=sys.stderr)
                continue
            gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
            out.append((pdf.name, family(stem), text, gold["sections"], gold["subtopics"], False))
    expected = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
    for name, exp in expected.items():
        secs = [{"id": i, "title": t} for i, t in exp["sections"]]
        subs = [{"section": s, "title": t} for s, t in exp["subtopics"]]
        out.append((name, "fixture: " + exp["family"],
                    (FIXTURES / name).read_text(encoding="utf-8-sig"), secs, subs, False))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    rows = []
    fam: dict[str, list[int]] = defaultdict(lambda: [0] * 7)
    header = (f"{'report':34} {'family':48} {'sec found':>9} {'expected':>8} {'exact':>5} "
              f"{'offsets':>7} {'sub found':>9} {'expected':>8} {'exact':>5} {'ms':>6}")
    print(header)
    print("-" * len(header))
    for name, fam_name, text, gsec, gsub, with_offsets in cases(args.shared):
        t0 = time.perf_counter()
        o = outline(text, name)
        ms = (time.perf_counter() - t0) * 1000
        got = {(s.id, norm(s.title)) for s in o.sections}
        want = {(s["id"], norm(s["title"])) for s in gsec}
        exact = len(got & want)
        starts = {(s.id, s.start) for s in o.sections}
        offsets = sum(1 for s in gsec if (s["id"], s.get("start")) in starts) if with_offsets else "-"
        gots = {(s.section, norm(s.title)) for s in o.subtopics}
        wants = {(s["section"], norm(s["title"])) for s in gsub}
        sub_exact = len(gots & wants)
        print(f"{name:34} {fam_name:48} {len(got):9} {len(want):8} {exact:5} {offsets!s:>7} "
              f"{len(gots):9} {len(wants):8} {sub_exact:5} {ms:6.1f}")
        f = fam[fam_name]
        for k, v in enumerate((len(got), len(want), exact, len(gots), len(wants), sub_exact, 1)):
            f[k] += v
        rows.append(ms)
    print()
    print(f"{'family':48} {'reports':>7} {'section P':>9} {'R':>6} {'F1':>6} {'subtopic P':>10} {'R':>6} {'F1':>6}")
    for name, (ns, ws, es, nt, wt, et, n) in sorted(fam.items()):
        p, r = es / ns if ns else 1.0, es / ws if ws else 1.0
        pt, rt = et / nt if nt else 1.0, et / wt if wt else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        f1t = 2 * pt * rt / (pt + rt) if pt + rt else 0.0
        print(f"{name:48} {n:7} {p:9.3f} {r:6.3f} {f1:6.3f} {pt:10.3f} {rt:6.3f} {f1t:6.3f}")
    if rows:
        print(f"\noutline time: mean {sum(rows) / len(rows):.1f} ms, max {max(rows):.1f} ms per report")


if __name__ == "__main__":
    main()
