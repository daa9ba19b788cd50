"""Which reports a question is about: a document prior for ranking across the corpus.

Asked across a whole collection, a question rarely names its report, but its rarer words
usually say which one it means: a place ("Cabinda", "Goma"), a person, an organization, an
event ("Rema worshippers"). The reports share most of their vocabulary (every report has
prisons, courts and journalists), so a sentence that answers well in the wrong report
often outranks the answer in the right one. :func:`document_prior` scores each report by
the question's words it holds, weighted by how few reports hold them (BM25 at the level of
the document: inverse document frequency, saturated term counts), scaled to 0–1; ``ask``
adds a share of it to each sentence of that report.

Common words (found in :data:`COMMON_CAP` sentences or more) are not counted: they cannot
tell reports apart, and counting them costs the most.
"""
from __future__ import annotations

import math
from typing import TYPE_CHECKING

from sqlalchemy import text as sql

from ..store.search import term_documents

if TYPE_CHECKING:
    from ..store import Store

COMMON_CAP = 3000   # a word in this many sentences or more says nothing about the report
K1 = 1.2            # saturation of a word's count in one report
MAX_SHARE = 0.25    # a word in more than this share of the reports is not counted either


def document_count(store: "Store") -> int:
    with store.reading() as conn:
        return int(conn.execute(sql("SELECT COUNT(*) FROM documents")).scalar() or 0)


def document_prior(store: "Store", words: list[str]) -> dict[str, float]:
    """Report id → 0–1: how much the question's rarer ``words`` (each matched as written,
    not as a prefix: "Rema" is not "remained") point at that report; reports holding none
    of them are left out."""
    terms = list(dict.fromkeys('"' + w.lower().replace('"', "") + '"' for w in words))
    n = document_count(store)
    if n < 2 or not terms:
        return {}
    scores: dict[str, float] = {}
    for counts in term_documents(store, terms, cap=COMMON_CAP).values():
        if not counts:
            continue
        df = len(counts)
        if df > max(1.0, MAX_SHARE * n):
            continue
        idf = math.log(1.0 + (n - df + 0.5) / (df + 0.5))
        for doc, c in counts.items():
            scores[doc] = scores.get(doc, 0.0) + idf * c * (K1 + 1) / (c + K1)
    top = max(scores.values(), default=0.0)
    return {d: s / top for d, s in scores.items()} if top > 0 else {}


__all__ = ["COMMON_CAP", "document_count", "document_prior"]
