"""One fact, several editions: across the corpus, a sentence that another edition of the same
country's report already gives is shown once (``ask`` and ``search --semantic``).

One year's edition often carries the previous year's sentence unchanged, or reworded with the
same figures; across the corpus five copies of one fact would fill the top 5. Moved out of
:mod:`rightsledger.analysis.questions.ask` (round t-ask7) to keep that module small.
"""
from __future__ import annotations

from ...store.search import Hit
from .rescore import WORD_RE

EDITION_OVERLAP = 0.9   # word overlap from which two sentences of one country's reports are one
SAME_FIGURES_OVERLAP = 0.75   # … or this much, when they give the same numbers (the same fact reworded)


def distinct_editions(scored: list[tuple[float, Hit]], countries: dict[str, str], *,
                      depth: int = 50) -> list[tuple[float, Hit]]:
    """``scored`` (best first) without the sentences that repeat, nearly word for word
    (:data:`EDITION_OVERLAP` of their words in common, or :data:`SAME_FIGURES_OVERLAP` and
    the same numbers: :func:`_same_fact`), a better-ranked sentence of another
    report of the same country: one year's edition often carries the previous year's
    sentence unchanged, and across the corpus five copies of one fact would fill the top 5.
    Within one report nothing is dropped (a fact repeated in two sections is cited twice).
    ``countries``: report id → country. Only the first ``depth`` are compared; the rest
    follow unchanged."""
    kept: list[tuple[float, Hit]] = []
    words: dict[tuple[str, int], frozenset[str]] = {}

    def of(h: Hit) -> frozenset[str]:
        key = (h.doc, h.start)
        if key not in words:
            words[key] = frozenset(w.lower() for w in WORD_RE.findall(h.text))
        return words[key]

    for s, h in scored[:depth]:
        country = countries.get(h.doc, "")
        if any(k.doc != h.doc and countries.get(k.doc, "") == country and _same_fact(of(h), of(k))
               for _, k in kept):
            continue
        kept.append((s, h))
    return kept + scored[depth:]


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _same_fact(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two sentences' words (lower case) state one fact: nearly all their words in common,
    or most of them and the same numbers ("wages varied from $24 to $288" and "wages ranged
    from $24 to $288"). The same sentence with this year's figures ("460 officers" against
    last year's "459") is another fact and stays."""
    overlap = _overlap(a, b)
    if overlap >= EDITION_OVERLAP:
        return True
    return overlap >= SAME_FIGURES_OVERLAP and {w for w in a if w[0].isdigit()} == {w for w in b if w[0].isdigit()}


__all__ = ["EDITION_OVERLAP", "SAME_FIGURES_OVERLAP", "distinct_editions"]
