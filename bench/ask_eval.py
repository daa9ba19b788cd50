"""Recall@5 and MRR of ``ask`` on eval/questions.jsonl, plain and semantically re-ranked.

    python bench/ask_eval.py [--db DB] [--k 5] [--no-rerank] [--corpus-wide] [-v]

Each question names its report (``file``, ``doc``) and the character span(s) of the
sentence(s) that answer it. A hit counts if it is in that report and overlaps an answer
span. Without ``--db`` the reports are put in a fresh database with the cheap sentence
split of ``bench/search.py`` (every example and shared report, so other reports compete
in the corpus-wide mode); with ``--db`` an ingested database is used, its documents
matched to the questions by file name. Questions whose report is missing (../shared
absent) are skipped and counted.

By default each question is asked within its report (``doc=``), as a reader of that
report would; ``--corpus-wide`` asks across every report.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from rightsledger.store import Store  # noqa: E402

QUESTIONS = ROOT / "eval" / "questions.jsonl"


def load_questions() -> list[dict]:
    return [json.loads(line) for line in QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]


def build_db(path: str, questions: list[dict]) -> tuple[Store, dict[str, str]]:
    """A database of every example and shared report (cheap split); file name → doc id."""
    from search import bundle_for  # bench/search.py

    files = sorted((ROOT / "examples" / "reports").glob("*.*"))
    shared = ROOT.parent / "shared" / "reports"
    if shared.is_dir():
        files += [shared / "kazakhstan-2022.txt", *sorted((shared / "usdos").glob("*.md"))]
    store = Store(path)
    for f in files:
        if f.suffix not in (".txt", ".md"):
            continue
        text = f.read_text(encoding="utf-8-sig")
        store.save(bundle_for(f.stem, text, f.stem.split("-")[0].split("_")[-1].title(), 2000), "eval")
    return store, {f.name: f.stem for f in files}


def doc_map(store: Store) -> dict[str, str]:
    return {d["source"]: d["id"] for d in store.documents() if d.get("source")}


def evaluate(store: Store, questions: list[dict], docs: dict[str, str], *, k: int,
             rerank: bool, scoped: bool, verbose: bool) -> dict[str, float]:
    from rightsledger.analysis.ask import ask

    found, rr, n, skipped = 0, 0.0, 0, 0
    t0 = time.perf_counter()
    for q in questions:
        doc = docs.get(Path(q["file"]).name)
        if doc is None:
            skipped += 1
            continue
        n += 1
        hits = ask(store, q["question"], limit=k, rerank=rerank, **({"doc": doc} if scoped else {}))
        rank = next((h.rank for h in hits if h.doc == doc and any(
            h.start < e and h.end > s for s, e in q["answers"])), None)
        if rank is not None:
            found += 1
            rr += 1.0 / rank
        if verbose:
            top = hits[0].text[:90] if hits else "-"
            print(f"  {q['id']} {'@' + str(rank) if rank else 'miss':>5}  {q['question'][:60]:<60}  | {top}")
    secs = time.perf_counter() - t0
    return {"questions": n, "skipped": skipped, f"recall@{k}": found / n if n else 0.0,
            "mrr": rr / n if n else 0.0, "seconds": secs}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", help="an ingested database (default: build a cheap one in a temp dir)")
    ap.add_argument("--k", type=int, default=5)
    ap.add_argument("--no-rerank", action="store_true", help="only the plain ranking")
    ap.add_argument("--corpus-wide", action="store_true", help="ask across every report, not within the question's")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    questions = load_questions()
    if args.db:
        store = Store(args.db)
        docs = doc_map(store)
    else:
        tmp = tempfile.mkdtemp(prefix="rl-ask-eval-")
        store, docs = build_db(str(Path(tmp) / "eval.db"), questions)
    from rightsledger.analysis.ask import semantic_available

    modes = [("plain", False)]
    if not args.no_rerank:
        if semantic_available():
            modes.append(("re-ranked", True))
        else:
            print("re-ranker not installed (pip install 'rightsledger[semantic]'): plain only")
    scope = "corpus-wide" if args.corpus_wide else "within the question's report"
    print(f"{len(questions)} questions, {scope}")
    for name, rerank in modes:
        if args.verbose:
            print(f"{name}:")
        r = evaluate(store, questions, docs, k=args.k, rerank=rerank, scoped=not args.corpus_wide,
                     verbose=args.verbose)
        print(f"{name:>10}: recall@{args.k} {r[f'recall@{args.k}']:.3f}  MRR {r['mrr']:.3f}  "
              f"({r['questions']} asked, {r['skipped']} skipped, {r['seconds']:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
