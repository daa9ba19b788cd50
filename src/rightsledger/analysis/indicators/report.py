"""A report as the indicators read it: its records loaded once (:class:`Report`), the spans of the
sections of given topics and of the executive summary, their sentences (:class:`Sent`), and a hit
(:class:`Hit`), a sentence counted for an indicator and how."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable

from ...store.citations import DocumentRecords


@dataclass
class Sent:
    start: int
    end: int
    text: str
    where: str        # region, lead (opening sentence of the primary section) or summary


@dataclass
class Hit:
    kind: str         # frequent, case, occasional, absence, count, event
    sent: Sent
    weight: float = 1.0


class Report(DocumentRecords):
    """A document's records as the indicators read them, with a crude sentence splitter for a
    bundle stored without sentences."""

    def __init__(self, ledger: Any, doc: str) -> None:
        super().__init__(ledger.store, doc)
        self.doc = doc
        if not self.sentences:  # a bundle without sentences: fall back to a crude splitter
            from ...records import Sentence
            for m in re.finditer(r"[^\n.!?]+[.!?]?", self.text):
                s, e = m.start(), m.end()
                while s < e and self.text[s].isspace():
                    s += 1
                if e - s > 3:
                    self.sentences.append(Sentence(doc, None, 0, s, e))

    def cite(self, start: int) -> str:
        return self.citation(start)

    def spans(self, topics: Iterable[str]) -> list[tuple[int, int]]:
        topics = set(topics)
        out = [(s.start, s.end) for s in self.sections if s.topic in topics]
        out += [(s.start, s.end) for s in self.subtopics if s.topic in topics]
        return sorted(out)

    def summary_spans(self) -> list[tuple[int, int]]:
        out = [(s.start, s.end) for s in self.sections
               if s.topic == "executive_summary" or s.id == "exec"]
        if out:
            return out
        first = min((s.start for s in self.sections if s.topic in ("integrity", "killings")), default=None)
        if first is None:
            return []
        # the overview paragraphs before Section 1 (old layouts have no heading for it)
        return [(0, first)]

    def sentences_in(self, spans: list[tuple[int, int]], where: str) -> list[Sent]:
        out = []
        for s in self.sentences:
            if any(a <= s.start < b for a, b in spans):
                out.append(Sent(s.start, s.end, self.text[s.start:s.end], where))
        return out


def in_spans(spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether ``offset`` lies in one of the half-open ``spans``."""
    return any(a <= offset < b for a, b in spans)
