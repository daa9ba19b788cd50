"""Score extracted entities against gold files (docs/EVALUATION.md matching rules).

    PYTHONPATH=src .venv/bin/python tests/entity_score.py [-v]

prints precision/recall/F1 per entity type for every gold file whose report is present
(examples/gold/*.jsonl and tests/gold/shared/*.jsonl), and the extraction/parse time ratio.
"""
from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "reports"
TYPES = ("person", "organization", "place")


def norm(name: str) -> str:
    n = " ".join(name.replace("’", "'").lower().split())
    if n.startswith("the "):
        n = n[4:]
    return re.sub(r"'s$", "", n)


def names(rec: dict) -> set[str]:
    return {norm(rec["name"]), *(norm(a) for a in rec.get("aliases") or [])}


def match(pred: list[dict], gold: list[dict]) -> tuple[Counter, Counter, Counter, list, list]:
    """Greedy one-to-one matching: same type and a shared normalised name."""
    tp, fp, fn = Counter(), Counter(), Counter()
    used: set[int] = set()
    missed_pred = []
    for p in pred:
        pn = names(p)
        hit = next((i for i, g in enumerate(gold) if i not in used and g["type"] == p["type"]
                    and pn & names(g)), None)
        if hit is None:
            fp[p["type"]] += 1
            missed_pred.append(p)
        else:
            used.add(hit)
            tp[p["type"]] += 1
    missed_gold = [g for i, g in enumerate(gold) if i not in used]
    for g in missed_gold:
        fn[g["type"]] += 1
    return tp, fp, fn, missed_pred, missed_gold


def gold_files() -> list[tuple[Path, Path]]:
    out = []
    for g in sorted((ROOT / "examples" / "gold").glob("*.jsonl")):
        rep = next((ROOT / "examples" / "reports").glob(g.stem + ".*"), None)
        if rep:
            out.append((g, rep))
    for g in sorted((ROOT / "tests" / "gold" / "shared").glob("*.jsonl")):
        scope = json.loads(g.open(encoding="utf-8").readline())
        rep = SHARED / scope["file"]
        # held-out test reports are scored by `rightsledger evaluate` only, never diagnosed
        if rep.exists() and scope.get("split") != "test":
            out.append((g, rep))
    return out


def annotated_for(path: Path, doc_id: str):
    from rightsledger.extract.annotate import annotate, load_nlp
    from rightsledger.read import read_path
    from rightsledger.records import Document
    from rightsledger.structure import outline

    src = read_path(path)
    doc = Document(doc_id, src.title, src.country, src.country_code, src.year, "", src.format,
                   src.sha256, len(src.text))
    t = time.perf_counter()
    ann = annotate(src.text, doc, outline(src.text, doc.id), load_nlp())
    return ann, time.perf_counter() - t


def score_file(gold_path: Path, report: Path, verbose: bool = False):
    from rightsledger.extract.entities import extract_entities
    from rightsledger.extract.lexicons.gazetteer import gazetteer

    gazetteer()
    records = [json.loads(line) for line in gold_path.open(encoding="utf-8") if line.strip()]
    scope = records[0]
    gold = [r for r in records if r["kind"] == "entity"]
    ann, parse = annotated_for(report, scope["doc"])
    t = time.perf_counter()
    ents = extract_entities(ann)
    extract = time.perf_counter() - t
    lo, hi = scope["start"], scope["end"]
    pred = [e.as_dict() for e in ents if any(lo <= s and e_ <= hi for s, e_ in e.mentions)]
    tp, fp, fn, wrong, missed = match(pred, gold)
    if verbose:
        for p in wrong:
            print("   FP", p["type"][:3], p["name"], p["aliases"])
        for g in missed:
            print("   FN", g["type"][:3], g["name"], g.get("aliases"))
    return tp, fp, fn, parse, extract


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    total = [Counter(), Counter(), Counter()]
    for gold_path, report in gold_files():
        wanted = [a for a in argv[1:] if a != "-v"]
        if wanted and not any(a in gold_path.stem for a in wanted):
            continue
        print(f"== {gold_path.stem}")
        tp, fp, fn, parse, extract = score_file(gold_path, report, verbose)
        for acc, c in zip(total, (tp, fp, fn)):
            acc.update(c)
        for t in TYPES:
            p, r, f = prf(tp[t], fp[t], fn[t])
            print(f"   {t:13s} P {p:.3f} R {r:.3f} F1 {f:.3f}  (tp {tp[t]} fp {fp[t]} fn {fn[t]})")
        print(f"   parse {parse:.2f}s extract {extract:.3f}s = {extract / parse:.1%} of the parse")
    print("== all")
    for t in TYPES:
        p, r, f = prf(total[0][t], total[1][t], total[2][t])
        print(f"   {t:13s} P {p:.3f} R {r:.3f} F1 {f:.3f}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    main(sys.argv)
