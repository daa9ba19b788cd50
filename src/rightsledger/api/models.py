"""Response models: what each route answers, as the OpenAPI schema says."""
from __future__ import annotations

from typing import Any, Literal, Optional

from pydantic import BaseModel, Field

from ..records import ENTITY_TYPES, EVENT_TYPES, NORMS

MAX_LIMIT = 500
DEFAULT_LIMIT = 50
DEFAULT_MAX_BODY = 1_000_000

EventType = Literal[EVENT_TYPES]  # type: ignore[valid-type]
EntityType = Literal[ENTITY_TYPES]  # type: ignore[valid-type]
Norm = Literal[NORMS]  # type: ignore[valid-type]
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"

# -- response models (the OpenAPI schema) -------------------------------------------------


class ErrorBody(BaseModel):
    code: str = Field(examples=["E021"])
    name: str = Field(examples=["NO_DOCUMENT"])
    message: str
    status: int


class ErrorOut(BaseModel):
    error: ErrorBody


class SpanOut(BaseModel):
    start: int
    end: int
    text: str


class DocumentOut(BaseModel):
    id: str
    title: str
    country: Optional[str] = None
    country_code: Optional[str] = None
    year: Optional[int] = None
    source: Optional[str] = None
    format: str
    sha256: str
    chars: int


class DocumentRow(DocumentOut):
    sections: int = 0
    entities: int = 0
    events: int = 0
    figures: int = 0
    provisions: int = 0


class SectionOut(BaseModel):
    doc: str
    id: str
    title: str
    level: int
    parent: Optional[str] = None
    start: int
    end: int
    topic: Optional[str] = None


class SubtopicOut(BaseModel):
    doc: str
    section: Optional[str] = None
    title: str
    start: int
    end: int
    topic: Optional[str] = None


class OutlineOut(BaseModel):
    doc: str
    sections: list[SectionOut]
    subtopics: list[SubtopicOut]


class TextOut(BaseModel):
    doc: str
    start: int
    end: int
    text: str
    citation: Optional[str] = None


class EntityOut(BaseModel):
    id: str
    type: str
    name: str
    aliases: list[str]
    attributes: dict[str, Any]
    mentions: int = Field(description="how many mentions (in the selected document, if any)")


class MentionOut(BaseModel):
    doc: str
    start: int
    end: int
    text: str
    section: Optional[str] = None
    citation: str


class ParticipantOut(BaseModel):
    entity: Optional[str] = None
    name: str
    role: str


class EventOut(BaseModel):
    id: str
    doc: str
    type: str
    date: str
    date_end: Optional[str] = None
    precision: str
    participants: list[ParticipantOut]
    place: Optional[str] = None
    section: Optional[str] = None
    polarity: str
    source: Optional[str] = None
    evidence: SpanOut


class EntityDetail(BaseModel):
    entity: EntityOut
    mentions: list[MentionOut]
    mentions_total: int
    events: list[EventOut]


class FigureOut(BaseModel):
    id: str
    doc: str
    value: float
    unit: Optional[str] = None
    what: Optional[str] = None
    qualifier: str
    source: Optional[str] = None
    section: Optional[str] = None
    evidence: SpanOut
    value_end: Optional[float] = None


class QuantityOut(BaseModel):
    value: Optional[float] = None
    unit: Optional[str] = None
    text: str


class ProvisionOut(BaseModel):
    id: str
    doc: str
    norm: str
    quantity: Optional[QuantityOut] = None
    subject: Optional[str] = None
    section: Optional[str] = None
    evidence: SpanOut


class TimelineItemOut(BaseModel):
    event: EventOut
    citations: list[str]
    also: list[EventOut]


class HitOut(BaseModel):
    kind: Literal["hit"] = "hit"
    rank: int
    doc: str
    section: Optional[str] = None
    start: int
    end: int
    text: str
    score: float
    citation: str
    snippet: list[tuple[str, bool]] = Field(description="(text, is_match) pieces; escape the text yourself")
    link: str


class Page(BaseModel):
    total: int
    limit: int
    offset: int


class DocumentsPage(Page):
    items: list[DocumentRow]


class EntitiesPage(Page):
    items: list[EntityOut]


class EventsPage(Page):
    items: list[EventOut]


class FiguresPage(Page):
    items: list[FigureOut]
    groups: Optional[list[list[FigureOut]]] = Field(
        None, description="with disputed=true: groups of figures of one quantity from different sources")


class ProvisionsPage(Page):
    items: list[ProvisionOut]


class TimelinePage(Page):
    items: list[TimelineItemOut]


class SearchPage(Page):
    query: str
    items: list[HitOut]


class AnswerOut(BaseModel):
    kind: Literal["answer"] = "answer"
    type: Literal["figure", "date", "who"]
    text: str = Field(description='what a reader sees: "approximately 260 deaths, according to HRW"')
    value: Any = None
    source: Optional[str] = None
    doc: str
    start: int
    end: int
    evidence: str = Field(description="the sentence that states it (document_text[start:end])")
    citation: str
    model_config = {"extra": "allow"}


class AnswersOut(BaseModel):
    wants: list[str] = Field(description="what the question asks for: figure, date, who, where")
    summary: Optional[str] = Field(None, description='grouped figures: "238, according to the government; …"')
    items: list[AnswerOut]


class ReportShareOut(BaseModel):
    doc: str
    country: str | None
    year: int | None
    hits: int = Field(description="how many of the passages this report gave")


class AskOut(BaseModel):
    question: str
    query: str
    reranked: bool
    answers: AnswersOut
    items: list[HitOut]
    reports: list[ReportShareOut] = Field(default_factory=list,
                                          description="the reports the passages come from, best first")
    narrow: bool = Field(False, description="the passages span several countries and the question "
                                            "named no report, country or year: narrowing may help")


class Health(BaseModel):
    status: Literal["ok"]
    version: str
    documents: int
    database: Literal["sqlite", "postgresql"] | str
    changes: int = Field(description="the database's change counter (what ETags follow)")
    pid: int = Field(description="the worker process that answered")


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut, "description": desc}
    for code, desc in ((400, "Bad request or query"), (404, "Not found"),
                       (401, "Login required, or a wrong or expired token"),
                       (403, "Not allowed for this role, or a missing CSRF token"),
                       (409, "The record changed since you read it"),
                       (413, "Request body too large"), (422, "Invalid parameters"),
                       (429, "Rate limited"), (500, "Server error"))
}

