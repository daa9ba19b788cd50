"""Which reports a question is about: a document prior for ranking across the corpus.

Asked across a whole collection, a question rarely names its report, but its rarer words
usually say which one it means: a place ("Cabinda", "Goma"), a person, an organization, an
event ("Rema worshippers"). The reports share most of their vocabulary (every report has
prisons, courts and journalists), so a sentence that answers well in the wrong report
often outranks the answer in the right one. :func:`document_prior` scores each report by
the question's words it holds, weighted by how few reports hold them (BM25 at the level of
the document: inverse document frequency, saturated term counts), scaled to 0–1; ``ask``
adds a share of it to each sentence of that report.

A question that names the country of some of the stored reports ("How many refugees were
in Liberia?") is asked of that country's reports: :func:`named_country`. Without it the
country's name is one rare word among others, and across a corpus the same kind of sentence
in another country's report wins as often as not.

Common words (found in :data:`COMMON_CAP` sentences or more) are not counted: they cannot
tell reports apart, and counting them costs the most.
"""
from __future__ import annotations

import math
import re
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


def _countries(store: "Store") -> list[str]:
    """The stored reports' countries, longest name first."""
    def ask() -> list[str]:
        with store.reading() as conn:
            rows = conn.execute(sql("SELECT DISTINCT country FROM documents WHERE country IS NOT NULL")).all()
        return sorted({r[0] for r in rows if r[0] and len(r[0]) > 2}, key=lambda c: (-len(c), c))

    return list(store.until_change("ask_countries", ask))


def named_country(store: "Store", question: str) -> tuple[str | None, str]:
    """The one country of the stored reports that the question names ("… in Liberia?") and
    the question without that name (the scope says it; as a word it would only favour the
    sentences that repeat the country's name). ``(None, question)`` when it names none or
    several ("refugees from Eritrea in Ethiopia": which one is meant is not for us to
    guess). A longer name wins over one inside it ("Democratic Republic of the Congo" over
    "Republic of the Congo")."""
    low = question.lower()
    found: list[str] = []
    taken: list[tuple[int, int]] = []
    for country in _countries(store):
        for m in re.finditer(rf"(?<![\w-]){re.escape(country.lower())}(?![\w-])", low):
            if not any(m.start() < e and m.end() > s for s, e in taken):
                taken.append((m.start(), m.end()))
                if country not in found:
                    found.append(country)
    if len(found) != 1:
        return None, question
    for s, e in sorted(taken, reverse=True):
        question = question[:s] + question[e:]
    return found[0], re.sub(r"\s+([?.!,])|\s{2,}", lambda m: m.group(1) or " ", question).strip()


__all__ = ["COMMON_CAP", "document_count", "document_prior", "named_country"]
