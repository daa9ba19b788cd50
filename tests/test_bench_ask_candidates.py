"""bench/ask_candidates.py: where a question's own answer ranks (its own report, an answer
span overlapped) and where its report ranks by the evidence of the sentences; our sentences."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from ask_candidates import rank_of, report_rank  # noqa: E402

from rightsledger.store.search import Hit  # noqa: E402


def _hit(doc: str, start: int, end: int, score: float, text: str) -> Hit:
    return Hit(rank=0, doc=doc, section=None, start=start, end=end, text=text, score=score, citation="")


HITS = [
    _hit("kestria-2009", 0, 60, 2.0, "Kestrian police detained 40 marchers in the capital."),
    _hit("veridia-2023", 100, 170, 1.9, "Veridian police held 12 marchers overnight without charge."),
    _hit("veridia-2023", 300, 360, 1.8, "Police detained 35 demonstrators after the March rally."),
]


def test_rank_of_needs_the_report_and_an_overlapping_span():
    assert rank_of(HITS, "veridia-2023", [[320, 340]]) == 3
    assert rank_of(HITS, "veridia-2023", [[0, 60]]) is None      # the span is the other report's
    assert rank_of(HITS, "veridia-2023", [[170, 300]]) is None   # touching is not overlapping
    assert rank_of([], "veridia-2023", [[0, 10]]) is None


def test_report_rank_sums_the_best_sentences_of_each_report():
    # Veridia's two sentences (1.9 + 1.8) outweigh Kestria's one better sentence (2.0)
    assert report_rank(HITS, "veridia-2023") == 1
    assert report_rank(HITS, "kestria-2009") == 2
    assert report_rank(HITS, "eritrea-2002") is None
