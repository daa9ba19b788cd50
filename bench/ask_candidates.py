"""Where a question's own answer is lost across the corpus: a candidate miss or a report miss.

    python bench/ask_candidates.py --db DB [--sets questions_dev] [--depth 1000]

For every question whose own answer is not in the top 5 of the corpus-wide hybrid ``ask``
(strict: the question's report only), the rank of that answer (``-`` when absent):

- ``final``: in the corpus-wide hybrid ranking (its first 100; past them: absent);
- ``vector``: among the sentences nearest to the question by stored vector, whole corpus;
- ``bm25``: in the BM25 candidates of the question's words (``ask``'s query), whole corpus;
- ``within``: in the hybrid ranking asked of the question's report alone;
- ``report``: the question's report among the reports of the final top 100, ranked by
  :func:`rightsledger.analysis.questions.ask.report_scores`.

Round t-ask6 (issue #16): the dev misses are found within their report at rank 1–3 but
across the corpus sentences of other reports outscore them; the gap is the choice of report
more than the candidate lists. The question sets hold offsets only; the reports are read
from the database.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, Iterable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def rank_of(hits: Iterable[Any], doc: str, answers: list[list[int]]) -> int | None:
    """The rank (from 1) of the first hit of ``doc`` that overlaps an answer span, or None."""
    for i, h in enumerate(hits, 1):
        if h.doc == doc and any(h.start < e and h.end > s for s, e in answers):
            return i
    return None


def report_rank(hits: list[Any], doc: str) -> int | None:
    """The rank of ``doc`` among the reports of ``hits`` by their evidence (``report_scores``)."""
    from rightsledger.analysis.questions.ask import report_scores

    reports = sorted(report_scores([(h.score, h) for h in hits], depth=len(hits)).items(), key=lambda t: -t[1])
    return next((i for i, (d, _) in enumerate(reports, 1) if d == doc), None)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True)
    ap.add_argument("--sets", default="questions_dev")
    ap.add_argument("--depth", type=int, default=1000, help="how far the vector and BM25 lists are read")
    args = ap.parse_args()
    from ask_eval import doc_map, load_questions, question_doc

    from rightsledger.analysis.questions import ask as A
    from rightsledger.store import Store
    from rightsledger.store.search import search

    store = Store(args.db)
    docs = doc_map(store)
    show = lambda r: "-" if r is None else str(r)  # noqa: E731
    for name in args.sets.split(","):
        print(f"{name}: question | final | vector | bm25 | within | report")
        for q in load_questions(name):
            doc = question_doc(q, docs)
            if doc is None:
                continue
            final = A.ask(store, q["question"], limit=100, rerank=False)
            r = rank_of(final, doc, q["answers"])
            if r is not None and r <= 5:
                continue
            qvec = A.question_vector(q["question"])
            query, _ = A.build_query(q["question"])
            ranks = [r, rank_of(A.dense_hits(store, qvec, limit=args.depth), doc, q["answers"]),
                     rank_of(search(store, query, limit=min(args.depth, 1000), headings=True, cite=False),
                             doc, q["answers"]),
                     rank_of(A.ask(store, q["question"], limit=100, rerank=False, doc=doc), doc, q["answers"]),
                     report_rank(final, doc)]
            print(f"  {q['id']} | " + " | ".join(show(x) for x in ranks))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
