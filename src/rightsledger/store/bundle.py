"""What the pipeline hands the store for one document: a :class:`Bundle` of its records."""
from __future__ import annotations

from dataclasses import dataclass

from ..records import (
    Document,
    Entity,
    Event,
    Figure,
    Paragraph,
    Provision,
    Section,
    Sentence,
    Subtopic,
)


@dataclass
class Bundle:
    """Everything the pipeline produced for one document."""

    document: Document
    path: str
    text: str
    sections: list[Section]
    subtopics: list[Subtopic]
    paragraphs: list[Paragraph]
    sentences: list[Sentence]
    entities: list[Entity]
    events: list[Event]
    figures: list[Figure]
    provisions: list[Provision]
    #: per sentence (same order): the headings it stands under, and its embedding
    #: (``extract.embeddings.sentences``: float16 bytes of model ``vector_model``); absent when not computed
    headings: list[str] | None = None
    vectors: list[bytes] | None = None
    vector_model: str | None = None


def rename_bundle(bundle: Bundle, new_id: str) -> None:
    """Give ``bundle``'s document the id ``new_id``: every record's ``doc`` and the
    ``{doc}:ev:n``-style record ids follow (in place)."""
    old = bundle.document.id
    if old == new_id:
        return
    bundle.document.id = new_id

    def rid(value: str) -> str:
        return new_id + value[len(old):] if value.startswith(old + ":") else value

    for rec in (*bundle.sections, *bundle.subtopics, *bundle.paragraphs, *bundle.sentences):
        rec.doc = new_id
    for rec in (*bundle.events, *bundle.figures, *bundle.provisions):
        rec.doc = new_id
        rec.id = rid(rec.id)
