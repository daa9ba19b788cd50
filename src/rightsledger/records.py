"""Typed records passed between pipeline stages and serialised by the store and exporter.

Every record is a frozen-ish dataclass with ``as_dict``/``from_dict``. ``as_dict`` gives
exactly the fields of the export contract (``../shared/DESIGN.md``), in order, without
the ``kind`` key (the exporter adds it first). Offsets are Python ``str`` offsets into
the document text.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, ClassVar, TypeVar

T = TypeVar("T", bound="Record")

EVENT_TYPES = (
    "killing", "death_in_custody", "torture_or_abuse", "detention_or_arrest", "charge",
    "conviction_or_sentence", "acquittal", "release", "trial", "attack_or_threat",
    "surveillance", "censorship_or_blocking", "protest", "strike",
    "election_or_referendum", "law_or_decree", "registration_decision",
    "asylum_or_citizenship_decision", "dismissal", "investigation", "report_published",
    "other",
)
ENTITY_TYPES = ("person", "organization", "place")
PRECISIONS = ("day", "month", "year")
POLARITIES = ("asserted", "negated", "alleged")
NORMS = ("penalty", "time_limit", "threshold", "prohibition", "requirement", "right")
QUALIFIERS = ("exact", "approximately", "at least", "more than", "fewer than", "up to")
PARTICIPANT_ROLES = ("actor", "target", "other")


class Record:
    """Mixin: dict round-trip for dataclass records."""

    kind: ClassVar[str] = ""

    def as_dict(self) -> dict[str, Any]:
        # what dataclasses.asdict gives, several times faster (no deepcopy of plain values)
        return _plain(self)

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any]) -> T:
        names = _field_names(cls)
        return cls(**cls._nested({k: v for k, v in data.items() if k in names}))

    @classmethod
    def _nested(cls, data: dict[str, Any]) -> dict[str, Any]:
        """Turn nested dicts into their records; overridden where a record nests others."""
        return data


_NAMES: dict[type, tuple[str, ...]] = {}
_ATOMS = (str, int, float, bool, type(None))


def _field_names(cls: type) -> tuple[str, ...]:
    names = _NAMES.get(cls)
    if names is None:
        names = _NAMES[cls] = tuple(f.name for f in fields(cls))
    return names


def _plain(value: Any) -> Any:
    """``dataclasses.asdict`` semantics: dataclasses → dicts, lists/tuples/dicts copied."""
    if isinstance(value, _ATOMS):
        return value
    if hasattr(type(value), "__dataclass_fields__"):
        return {n: _plain(getattr(value, n)) for n in _field_names(type(value))}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, tuple):
        return type(value)(_plain(v) for v in value) if not hasattr(value, "_fields") else type(value)(*[_plain(v) for v in value])
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    import copy

    return copy.deepcopy(value)


@dataclass
class Span(Record):
    """A stretch of the document text: ``text == document_text[start:end]``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        return cls(start, end, text[start:end])


@dataclass
class Document(Record):
    kind: ClassVar[str] = "document"
    id: str
    title: str
    country: str | None
    country_code: str | None
    year: int | None
    source: str
    format: str
    sha256: str
    chars: int


@dataclass
class Section(Record):
    """A numbered section (``1``), lettered subsection (``1.a``) or the summary (``exec``).

    ``topic`` names the matching topic of the classic seven-section outline (for
    example ``torture``), so that reports of different years can be aligned.
    """

    kind: ClassVar[str] = "section"
    doc: str
    id: str
    title: str
    level: int
    parent: str | None
    start: int
    end: int
    topic: str | None = None


@dataclass
class Subtopic(Record):
    """An unnumbered sub-heading or a run-in topic ("Abusive Physical Conditions: …")."""

    kind: ClassVar[str] = "subtopic"
    doc: str
    section: str
    title: str
    start: int
    end: int
    topic: str | None = None


@dataclass
class Paragraph(Record):
    """A block of prose (headings excluded); ``n`` counts paragraphs within the section, from 1."""

    kind: ClassVar[str] = "paragraph"
    doc: str
    section: str | None
    subtopic: str | None
    n: int
    start: int
    end: int


@dataclass
class Sentence(Record):
    kind: ClassVar[str] = "sentence"
    doc: str
    section: str | None
    paragraph: int
    start: int
    end: int


@dataclass
class Entity(Record):
    """One real-world referent. ``mentions`` are ``[start, end]`` pairs in one or more documents.

    ``attributes`` holds kind-specific data: ``kind`` (org kind / place kind), ``lat``,
    ``lon``, ``country_code``, ``roles`` (what the report says a person is).
    ``mention_docs`` (not exported) parallels ``mentions`` with the document id of each.
    """

    kind: ClassVar[str] = "entity"
    id: str
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    attributes: dict[str, Any] = field(default_factory=dict)
    mentions: list[list[int]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "type": self.type, "name": self.name,
            "aliases": list(self.aliases), "attributes": dict(self.attributes),
            "mentions": [list(m) for m in self.mentions],
        }


@dataclass
class Participant(Record):
    entity: str | None
    name: str
    role: str  # actor / target / other


@dataclass
class Penalty(Record):
    """What a court imposed: ``kind`` prison/fine/death/life/probation/restricted_freedom/other."""

    kind: str = "other"  # type: ignore[misc]  # a field here, not the record kind
    value: float | int | None = None
    unit: str | None = None
    text: str = ""


@dataclass
class Duration(Record):
    """How long a detention or restriction lasted ("held for 48 hours")."""

    value: float | int | None
    unit: str | None
    text: str


@dataclass
class Event(Record):
    kind: ClassVar[str] = "event"
    id: str
    doc: str
    type: str
    date: str
    date_end: str | None
    precision: str
    participants: list[Participant]
    place: str | None
    section: str | None
    polarity: str
    source: str | None
    evidence: Span
    penalty: Penalty | None = None
    duration: Duration | None = None
    confidence: float | None = None

    @classmethod
    def _nested(cls, data: dict[str, Any]) -> dict[str, Any]:
        data["participants"] = [Participant.from_dict(p) for p in data.get("participants", [])]
        data["evidence"] = Span.from_dict(data["evidence"])
        if data.get("penalty"):
            data["penalty"] = Penalty.from_dict(data["penalty"])
        if data.get("duration"):
            data["duration"] = Duration.from_dict(data["duration"])
        return data


@dataclass
class Figure(Record):
    kind: ClassVar[str] = "figure"
    id: str
    doc: str
    value: float | int
    unit: str | None
    what: str | None
    qualifier: str
    source: str | None
    section: str | None
    evidence: Span
    value_end: float | int | None = None  # upper bound of a range ("5,000 and 6,500")
    confidence: float | None = None

    @classmethod
    def _nested(cls, data: dict[str, Any]) -> dict[str, Any]:
        data["evidence"] = Span.from_dict(data["evidence"])
        return data


@dataclass
class Quantity(Record):
    value: float | int | None
    unit: str | None
    text: str


@dataclass
class Provision(Record):
    kind: ClassVar[str] = "provision"
    id: str
    doc: str
    norm: str
    quantity: Quantity | None
    subject: str | None
    section: str | None
    evidence: Span
    confidence: float | None = None

    @classmethod
    def _nested(cls, data: dict[str, Any]) -> dict[str, Any]:
        q = data.get("quantity")
        data["quantity"] = Quantity.from_dict(q) if q else None
        data["evidence"] = Span.from_dict(data["evidence"])
        return data


RECORD_CLASSES: dict[str, type[Record]] = {
    cls.kind: cls
    for cls in (Document, Section, Subtopic, Paragraph, Sentence, Entity, Event, Figure, Provision)
}


def record_from_dict(data: dict[str, Any]) -> Record:
    """Build the record named by ``data["kind"]``."""
    cls = RECORD_CLASSES[data["kind"]]
    return cls.from_dict({k: v for k, v in data.items() if k != "kind"})
