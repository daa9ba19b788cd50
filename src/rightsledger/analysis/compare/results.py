"""What a comparison of two reports gives: per aligned section, the entities, events, figures,
provisions and text that are new, gone, continuing or changed, each with its citations.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

#: Minimum title similarity (0–1) for aligning two sections without a shared topic.
TITLE_THRESHOLD = 0.6
#: Sentences at least this similar (after normalisation) count as unchanged.
SAME_SENTENCE = 0.95
#: Sentences at least this similar are reported as one "changed" passage, not new + gone.
CHANGED_SENTENCE = 0.6
#: Minimum word overlap (Jaccard over content words) of two figures' ``what``.
WHAT_OVERLAP = 0.5
#: ``Section.level`` of a subtopic standing in for a section (see :func:`_borrow_subtopics`).
SUBTOPIC_LEVEL = 99


# --------------------------------------------------------------------------- records
@dataclass
class SectionRef:
    """One side of an aligned pair: a section, or a subtopic standing in for one."""

    doc: str
    id: str                      # section id; for a subtopic "2.d/Protection of Refugees"
    title: str
    topic: str | None
    start: int
    end: int
    kind: str = "section"        # section or subtopic


@dataclass
class Cited:
    """A stretch of one document with its citation."""

    doc: str
    start: int
    end: int
    text: str
    citation: str
    section: str | None = None
    paragraph: int | None = None

    @property
    def short(self) -> str:
        """"1.c ¶3": section and paragraph only."""
        out = self.section or ""
        if self.paragraph is not None:
            out += f" ¶{self.paragraph}"
        return out.strip() or f"@{self.start}"


@dataclass
class EntityChange:
    status: str                  # new, gone, continuing
    entity: str                  # entity id (of B when new or continuing, of A when gone)
    name: str
    type: str
    sections_a: list[str] = field(default_factory=list)   # sections mentioning it in A
    sections_b: list[str] = field(default_factory=list)
    first_a: Cited | None = None
    first_b: Cited | None = None


@dataclass
class EventChange:
    status: str                  # new, gone, same
    type: str
    date_a: str | None
    date_b: str | None
    participants: list[str]
    evidence_a: Cited | None = None
    evidence_b: Cited | None = None
    continues_case: list[str] = field(default_factory=list)  # participants also in the other report


@dataclass
class FigureChange:
    status: str                  # changed
    what: str | None
    unit: str | None
    value_a: float | int
    value_b: float | int
    qualifier_a: str
    qualifier_b: str
    source_a: str | None
    source_b: str | None
    evidence_a: Cited
    evidence_b: Cited


@dataclass
class ProvisionChange:
    status: str                  # new, gone, changed
    norm: str
    subject: str | None
    quantity_a: str | None
    quantity_b: str | None
    evidence_a: Cited | None = None
    evidence_b: Cited | None = None


@dataclass
class TextChange:
    status: str                  # new, gone, changed
    paragraph_a: int | None
    paragraph_b: int | None
    a: Cited | None = None
    b: Cited | None = None


@dataclass
class SubtopicPair:
    match: str                   # topic, title, subtopic, only_a, only_b
    title_a: str | None
    title_b: str | None
    topic: str | None
    similarity: float


@dataclass
class SectionComparison:
    match: str                   # topic, title, subtopic (one side is a subtopic), only_a, only_b,
    #                              not_reported_in_b / not_reported_in_a (the other report's
    #                              edition has no such topic: nothing is listed as gone or new),
    #                              restructured (a grouping heading of one edition only)
    topic: str | None
    similarity: float
    a: SectionRef | None
    b: SectionRef | None
    subtopics: list[SubtopicPair] = field(default_factory=list)
    entities: list[EntityChange] = field(default_factory=list)
    events: list[EventChange] = field(default_factory=list)
    figures: list[FigureChange] = field(default_factory=list)
    provisions: list[ProvisionChange] = field(default_factory=list)
    text: list[TextChange] = field(default_factory=list)
    unchanged: dict[str, int] = field(default_factory=dict)  # counts of same sentences/figures/…

    @property
    def key(self) -> str:
        return (self.b.id if self.b else None) or (self.a.id if self.a else "") or ""

    @property
    def title(self) -> str:
        return (self.b.title if self.b else None) or (self.a.title if self.a else "") or ""

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["key"] = self.key
        d["title"] = self.title
        return d


@dataclass
class Comparison:
    doc_a: str
    doc_b: str
    mode: str                    # years or countries
    labels: dict[str, str]       # status → what it means in this mode
    sections: list[SectionComparison]
    #: Topics of A that B's edition of the report no longer covers (2023 → 2024: the
    #: restructured outline dropped them), and the reverse.
    not_reported_in_b: list[str] = field(default_factory=list)
    not_reported_in_a: list[str] = field(default_factory=list)
    note: str | None = None      # one sentence on an edition change between A and B

    def as_dict(self) -> dict[str, Any]:
        return {"doc_a": self.doc_a, "doc_b": self.doc_b, "mode": self.mode,
                "labels": dict(self.labels), "note": self.note,
                "not_reported_in_b": list(self.not_reported_in_b),
                "not_reported_in_a": list(self.not_reported_in_a),
                "sections": [s.as_dict() for s in self.sections]}

    def section(self, topic: str) -> SectionComparison | None:
        """The first aligned section of a topic (e.g. ``torture``)."""
        return next((s for s in self.sections if s.topic == topic), None)


