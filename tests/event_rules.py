"""The events the rules alone make of a test report of our own (a header, then one paragraph per
sentence), for the tests of the event rules' conventions (`tests/test_event_*.py`)."""
from __future__ import annotations

from .conftest import rules_types


def rule_events(nlp, header: str, paragraphs: list[str], year: int) -> list:
    """The report's events, typed and detected by the rules alone, penalties attached."""
    from rightsledger.extract.annotate import annotate
    from rightsledger.extract.event_terms import attach_penalties
    from rightsledger.extract.events import extract_events
    from rightsledger.records import Document
    from rightsledger.structure import outline

    text = header + "\n\n".join(paragraphs) + "\n"
    doc = Document(f"zarnakia-{year}", "Zarnakia", None, None, year, "", "txt", "", len(text))
    annotated = annotate(text, doc, outline(text, doc.id), nlp)
    with rules_types():
        return attach_penalties(annotated, extract_events(annotated, []))
