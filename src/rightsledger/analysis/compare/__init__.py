"""Compare two reports: two years of one country, or two countries of one year.

``compare(ledger, doc_a, doc_b)`` aligns the sections (and, inside each aligned pair,
the subtopics) of the two reports — by the classic-outline ``topic`` first, then by
normalised title similarity; a section found on one side only pairs with a subtopic
of the same topic on the other side ("Protection of Refugees" is section 2.e in one
year and a subtopic of 2.d in another) — and says, per aligned section:

* **entities** new / gone / continuing (the store links one real-world entity across
  documents under one id; names are compared too, normalised);
* **events** new / gone / same (``rightsledger.extract.events.same_event`` when available, else
  same type and a shared participant), and whether a new event continues a case of the
  other report (a participant who also appears in the other report's events);
* **figures** that changed: same thing counted (word overlap of ``what``) in the same
  unit, different value — with both values and both citations;
* **provisions** new / gone / changed (same norm and subject, different quantity);
* **text**: new / gone / changed passages, by ``difflib`` over normalised sentences,
  ignoring sentences present in both reports and generic template sentences.

For two reports of different countries (or the same country and year) the mode is
``countries`` and "new" / "gone" read as "only in B" / "only in A".
"""
from __future__ import annotations

from typing import Any

from ...records import Section
from .align import align_sections, align_subtopics
from .changes import (
    borrow_subtopics, Doc, entity_changes, EntityIndex, event_changes, figure_changes,
    compare_mode, provision_changes, section_sentences, text_changes,
)
from .normalise import (
    is_template, norm_name, norm_sentence, norm_title, title_similarity, word_overlap,
)
from .results import (
    Cited, Comparison, EntityChange, EventChange, FigureChange, ProvisionChange, SectionComparison,
    SectionRef, SUBTOPIC_LEVEL, SubtopicPair, TextChange,
)

__all__ = [
    "compare", "summary_rows", "align_sections", "align_subtopics", "is_template", "norm_name",
    "norm_sentence", "norm_title", "title_similarity", "word_overlap", "Cited", "Comparison",
    "EntityChange", "EventChange", "FigureChange", "ProvisionChange", "SectionComparison",
    "SectionRef", "SubtopicPair", "TextChange",
]

# --------------------------------------------------------------------------- compare
def _ref(doc: str, sec: Section | None) -> SectionRef | None:
    if sec is None:
        return None
    kind = "subtopic" if sec.level == SUBTOPIC_LEVEL else "section"
    return SectionRef(doc, sec.id, sec.title, sec.topic, sec.start, sec.end, kind)


def compare(ledger: Any, doc_a: str, doc_b: str, *, text: bool = True) -> Comparison:
    """Align two reports and list what is new, gone, continuing and changed per section."""
    A, B = Doc(ledger, doc_a), Doc(ledger, doc_b)
    mode, labels = compare_mode(A.document, B.document)
    ia, ib = EntityIndex(A), EntityIndex(B)
    every_a = {norm_sentence(A.text[s.start:s.end]) for s in A.sentences}
    every_b = {norm_sentence(B.text[s.start:s.end]) for s in B.sentences}
    out: list[SectionComparison] = []
    for sa, sb, match, sim in borrow_subtopics(align_sections(A.sections, B.sections), A, B):
        ref_a = _ref(doc_a, sa)
        ref_b = _ref(doc_b, sb)
        sc = SectionComparison(match, (sa.topic if sa else None) or (sb.topic if sb else None),
                               round(sim, 3), ref_a, ref_b)
        subs_a = [s for s in A.subtopics if sa is not None and s.section == sa.id
                  and A.in_section(s.section, s.start, sa)]
        subs_b = [s for s in B.subtopics if sb is not None and s.section == sb.id
                  and B.in_section(s.section, s.start, sb)]
        if subs_a or subs_b:
            sc.subtopics = align_subtopics(subs_a, subs_b)
        sc.entities = entity_changes(A, B, ia, ib, sa, sb)
        ev_a = [e for e in A.events if A.in_section(e.section, e.evidence.start, sa)]
        ev_b = [e for e in B.events if B.in_section(e.section, e.evidence.start, sb)]
        sc.events = event_changes(A, B, ev_a, ev_b)
        fa = [f for f in A.figures if A.in_section(f.section, f.evidence.start, sa)]
        fb = [f for f in B.figures if B.in_section(f.section, f.evidence.start, sb)]
        sc.figures, same_fig = figure_changes(A, B, fa, fb)
        pa = [p for p in A.provisions if A.in_section(p.section, p.evidence.start, sa)]
        pb = [p for p in B.provisions if B.in_section(p.section, p.evidence.start, sb)]
        sc.provisions, same_prov = provision_changes(A, B, pa, pb)
        same_text = 0
        if text:
            sc.text, same_text = text_changes(A, B, section_sentences(A, sa), section_sentences(B, sb), every_a, every_b)
        sc.unchanged = {"figures": same_fig, "provisions": same_prov, "sentences": same_text}
        out.append(sc)
    result = Comparison(doc_a, doc_b, mode, labels, out)
    _mark_editions(result, A.document, B.document)
    return result


def _mark_editions(result: Comparison, a: Any, b: Any) -> None:
    """Across an edition change (2023 → 2024), a section one side has and the other's
    edition does not report at all is "not reported", not a list of everything gone."""
    from ...structure.topics import CONTAINER_TOPICS, edition_of, reported_topics

    ed_a, ed_b = edition_of(getattr(a, "year", None)), edition_of(getattr(b, "year", None))
    if ed_a == ed_b:
        return
    rep_a, rep_b = reported_topics(a.year), reported_topics(b.year)
    for sc in result.sections:
        if sc.match in ("only_a", "only_b") and sc.topic in CONTAINER_TOPICS:
            sc.match = "restructured"
        elif sc.match == "only_a" and rep_b is not None and sc.topic not in rep_b:
            sc.match = "not_reported_in_b"
            if sc.a and sc.topic and sc.topic not in result.not_reported_in_b:
                result.not_reported_in_b.append(sc.topic)
        elif sc.match == "only_b" and rep_a is not None and sc.topic not in rep_a:
            sc.match = "not_reported_in_a"
            if sc.b and sc.topic and sc.topic not in result.not_reported_in_a:
                result.not_reported_in_a.append(sc.topic)
        else:
            continue
        kept = {"sentences": len(sc.text), "entities": len(sc.entities), "events": len(sc.events),
                "figures": len(sc.figures), "provisions": len(sc.provisions)}
        sc.text, sc.entities, sc.events, sc.figures, sc.provisions = [], [], [], [], []
        sc.unchanged = {"not_compared": 1, **{f"{k}_in_section": v for k, v in kept.items()}}
    later = b if (b.year or 0) >= (a.year or 0) else a
    first = edition_of(later.year)
    dropped = result.not_reported_in_b or result.not_reported_in_a
    result.note = (f"The {first} edition restructured the report outline; "
                   + (f"it no longer reports {len(dropped)} topics of the earlier outline "
                      f"({', '.join(dropped)}), shown as not reported rather than gone."
                      if dropped else "its sections are aligned by topic."))


def summary_rows(comparison: Comparison) -> list[dict[str, Any]]:
    """One row per aligned section with counts (for tables)."""
    rows = []
    for s in comparison.sections:
        def n(items: list[Any], status: str) -> int:
            return sum(1 for x in items if x.status == status)
        rows.append({
            "a": s.a.id if s.a else "", "b": s.b.id if s.b else "", "topic": s.topic or "",
            "title": s.title, "match": s.match,
            "entities": f"+{n(s.entities, 'new')} -{n(s.entities, 'gone')} ={n(s.entities, 'continuing')}",
            "events": f"+{n(s.events, 'new')} -{n(s.events, 'gone')} ={n(s.events, 'same')}",
            "figures changed": len(s.figures),
            "provisions": f"+{n(s.provisions, 'new')} -{n(s.provisions, 'gone')} ~{n(s.provisions, 'changed')}",
            "text": f"+{n(s.text, 'new')} -{n(s.text, 'gone')} ~{n(s.text, 'changed')}",
        })
    return rows


__all__ = [
    "Comparison", "SectionComparison", "SectionRef", "Cited", "EntityChange", "EventChange",
    "FigureChange", "ProvisionChange", "TextChange", "SubtopicPair", "compare", "align_sections",
    "align_subtopics", "norm_title", "norm_name", "norm_sentence", "title_similarity",
    "word_overlap", "is_template", "summary_rows",
]
