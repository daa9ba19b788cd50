"""The pipeline: one file in, one :class:`~rightsledger.store.Bundle` of records out.

``read → structure → annotate → entities → events, figures, provisions → embed`` (the
headings above each sentence and its vector, for ``ask`` and ``search --semantic``). Each stage is
a plain function of the previous stages' records; :func:`process` only wires them and
times them (``timings`` for ``bench/ingest.py``).
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from ..extract.annotate import annotate, load_nlp
from ..extract.embeddings.sentences import MODEL_ID, headings, sentence_vectors, to_bytes
from ..extract.confidence import add_confidence
from ..extract.numbers.currency import localize_currencies
from ..extract.entities import extract_entities
from ..extract.events import extract_events
from ..extract.figures import extract_figures
from ..extract.event_terms import attach_penalties
from ..extract.provisions import extract_provisions
from ..read import Source, read_path
from ..read.metadata import doc_slug
from ..records import Document
from ..store import Bundle
from ..structure import outline

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MAX_BYTES = 50_000_000


def make_document(source: Source, doc_id: str, *, country: str | None = None,
                  year: int | None = None) -> Document:
    """The document record for ``source``, with ``--country``/``--year`` overrides."""
    country_code = source.country_code
    if country and country != source.country:
        from ..read.metadata import country_code_of

        country_code = country_code_of(country)
    return Document(
        id=doc_id,
        title=source.title,
        country=country or source.country,
        country_code=country_code,
        year=year or source.year,
        source=Path(source.path).name,
        format=source.format,
        sha256=source.sha256,
        chars=len(source.text),
    )


def default_doc_id(source: Source, *, country: str | None = None, year: int | None = None) -> str:
    return doc_slug(country or source.country, year or source.year, Path(source.path).stem)


def process_source(source: Source, doc_id: str, *, country: str | None = None,
                   year: int | None = None, nlp: "Language | None" = None,
                   timings: dict[str, float] | None = None) -> Bundle:
    """Run every stage after ``read`` on ``source``."""
    clock = _Clock(timings)
    document = make_document(source, doc_id, country=country, year=year)
    text = source.text
    with clock("structure"):
        out = outline(text, doc_id)
    with clock("annotate"):
        ann = annotate(text, document, out, nlp or load_nlp())
    with clock("entities"):
        entities = extract_entities(ann)
    with clock("events"):
        events = attach_penalties(ann, extract_events(ann, entities))
    with clock("figures"):
        figures = extract_figures(ann)
    with clock("provisions"):
        provisions = extract_provisions(ann)
        localize_currencies(document.country_code, events, figures, provisions)
    with clock("confidence"):
        entities, events, figures, provisions = add_confidence(entities, events, figures, provisions)
    with clock("embed"):
        heads = headings(ann.sentences, out.sections, out.subtopics)
        vectors = [to_bytes(v) for v in sentence_vectors(text, ann.sentences, heads)]
    return Bundle(
        document=document, path=source.path, text=text,
        sections=out.sections, subtopics=out.subtopics, paragraphs=out.paragraphs,
        sentences=ann.sentences, entities=entities, events=events, figures=figures,
        provisions=provisions, headings=heads, vectors=vectors, vector_model=MODEL_ID,
    )


def process(path: str | Path, *, doc_id: str | None = None, country: str | None = None,
            year: int | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
            nlp: "Language | None" = None, timings: dict[str, float] | None = None) -> Bundle:
    """Read ``path`` and run the whole pipeline on it."""
    clock = _Clock(timings)
    with clock("read"):
        source = read_path(path, max_bytes=max_bytes)
    doc_id = doc_id or default_doc_id(source, country=country, year=year)
    return process_source(source, doc_id, country=country, year=year, nlp=nlp, timings=timings)


class _Clock:
    """``with clock("stage"):`` adds the elapsed seconds to ``timings["stage"]``."""

    def __init__(self, timings: dict[str, float] | None) -> None:
        self.timings = timings
        self.name = ""
        self.t0 = 0.0

    def __call__(self, name: str) -> "_Clock":
        self.name = name
        return self

    def __enter__(self) -> None:
        self.t0 = time.perf_counter()

    def __exit__(self, *exc: object) -> None:
        if self.timings is not None:
            self.timings[self.name] = self.timings.get(self.name, 0.0) + time.perf_counter() - self.t0

