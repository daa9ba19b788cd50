"""What ``Ledger`` returns besides records: small dataclasses that hold records together."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..records import Entity, Event


@dataclass
class Mention:
    """One mention of an entity, with keyword-in-context and citation."""

    doc: str
    start: int
    end: int
    text: str
    before: str
    after: str
    section: str | None
    citation: str


@dataclass
class EntityView:
    entity: Entity
    mentions: list[Mention]
    events: list[Event]
    related: list[tuple[Entity, int]]


@dataclass
class TimelineItem:
    event: Event
    citations: list[str]
    also: list[Event] = field(default_factory=list)   # the same event in other reports


@dataclass
class AskResult:
    """``Ledger.ask``: the answers above the passages."""

    question: str
    answers: Any            # analysis.questions.answers.Answers
    hits: list[Any]
    reports: list[Any] = field(default_factory=list)   # analysis.questions.spread.ReportShare, best first
    narrow: bool = False    # the passages span several countries and the question named none

    def as_dict(self) -> dict[str, Any]:
        return {"question": self.question, "answers": self.answers.as_dict(),
                "items": [h.as_dict() for h in self.hits],
                "reports": [r.as_dict() for r in self.reports], "narrow": self.narrow}
