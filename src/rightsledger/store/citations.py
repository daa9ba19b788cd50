"""A document's records loaded once, with section, paragraph and citation lookups.

``DocumentRecords`` serves compare and indicators; ``CitationCache`` and
:func:`format_citation` give the one citation format every interface shows.
"""
from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Any

from ..records import Document, Section

if TYPE_CHECKING:
    from .store import Store


class DocumentRecords:
    """Every record of one document, loaded once, with section, paragraph and citation lookups."""

    def __init__(self, store: Store, doc_id: str) -> None:
        self.id = doc_id
        self.document = store.document(doc_id)
        self.text = store.document_text(doc_id)
        self.sections = store.sections(doc_id)
        self.subtopics = store.subtopics(doc_id)
        self.paragraphs = store.paragraphs(doc_id)
        self.sentences = store.sentences_in(doc_id)
        self.entities = store.entities(doc=doc_id)
        self.events = store.events(doc=doc_id)
        self.figures = store.figures(doc=doc_id)
        self.provisions = store.provisions(doc=doc_id)
        self._para_starts = [p.start for p in self.paragraphs]

    def section_of(self, offset: int) -> str | None:
        s = section_containing(self.sections, offset)
        return s.id if s else None

    def paragraph_n(self, offset: int) -> int | None:
        k = bisect.bisect_right(self._para_starts, offset) - 1
        if k >= 0 and self.paragraphs[k].start <= offset < self.paragraphs[k].end:
            return self.paragraphs[k].n
        return None

    def citation(self, offset: int) -> str:
        return format_citation(self.document, self.sections, self.paragraphs, offset)


class CitationCache:
    """Citations and section lookups without re-reading a document's outline each time."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._docs: dict[str, tuple[Document, list[Section], list[Any]]] = {}

    def _get(self, doc_id: str) -> tuple[Document, list[Section], list[Any]]:
        if doc_id not in self._docs:
            self._docs[doc_id] = (self.store.document(doc_id), self.store.sections(doc_id),
                                  self.store.paragraphs(doc_id))
        return self._docs[doc_id]

    def cite(self, doc_id: str, offset: int) -> str:
        return format_citation(*self._get(doc_id), offset)

    def section_at(self, doc_id: str, offset: int) -> str | None:
        _, sections, _ = self._get(doc_id)
        best = section_containing(sections, offset)
        return best.id if best else None


def section_containing(sections: list[Section], offset: int) -> Section | None:
    best = None
    for s in sections:
        if s.start <= offset < s.end and (best is None or s.level >= best.level):
            best = s
    return best


def format_citation(doc: Document, sections: list[Section], paragraphs: list[Any],
                    offset: int) -> str:
    publisher = "USDOS" if "human rights" in doc.title.lower() else (doc.source or doc.id)
    parts = [publisher, f"*{doc.title}*"]
    sec = section_containing(sections, offset)
    if sec is not None:
        parts.append(f"section {sec.id} ({sec.title})" if sec.id != "exec" else sec.title)
    para = next((p for p in paragraphs if p.start <= offset < p.end), None)
    if para is not None:
        parts.append(f"paragraph {para.n}")
    return ", ".join(parts)
