"""The report reader's text: paragraphs with extractions highlighted, as escaped HTML.

Pure functions of records; nothing here touches the database. Every piece of report text
goes through ``html.escape``; the marks are the only markup added.

Marks are token-level and never overlap: entity mentions (person, organization, place),
event dates, figure numbers and provision quantities. A mark opens its record (the
``data-rec`` id is a key of the JSON that :func:`records_json` gives the page).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html import escape
from typing import Any, Iterable

from ..records import Entity, Event, Figure, Paragraph, Provision, Section, Subtopic

KINDS = ("person", "organization", "place", "date", "figure", "provision")


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str          # one of KINDS
    rec: str           # record key in the page's JSON
    status: str = "machine"   # review status: machine, confirmed, corrected, rejected, added


def _find_in(text: str, needle: str, lo: int, hi: int) -> tuple[int, int] | None:
    if not needle:
        return None
    i = text.find(needle, lo, hi)
    return (i, i + len(needle)) if i >= 0 else None


def entity_marks(entities: Iterable[Entity]) -> list[Mark]:
    return [Mark(s, e, ent.type, f"e:{ent.id}") for ent in entities for s, e in ent.mentions]


def event_marks(text: str, events: Iterable[Event]) -> list[Mark]:
    """The date expression of each event inside its evidence sentence."""
    from ..extract.dates import find_dates

    marks = []
    for ev in events:
        if ev.precision == "year" and ev.date_end is None and not re.search(r"\d", ev.evidence.text):
            continue
        for dm in find_dates(ev.evidence.text, int(ev.date[:4])):
            if dm.date == ev.date:
                s = ev.evidence.start + dm.start
                marks.append(Mark(s, s + (dm.end - dm.start), "date", f"v:{ev.id}"))
                break
    return marks


def figure_marks(text: str, figures: Iterable[Figure]) -> list[Mark]:
    """The number of each figure inside its evidence sentence."""
    from ..extract.numbers import find_numbers

    marks = []
    for f in figures:
        for nm in find_numbers(f.evidence.text):
            if abs(float(nm.value) - float(f.value)) < 1e-9:
                s = f.evidence.start + nm.start
                marks.append(Mark(s, f.evidence.start + nm.end, "figure", f"f:{f.id}"))
                break
    return marks


def provision_marks(text: str, provisions: Iterable[Provision]) -> list[Mark]:
    marks = []
    for p in provisions:
        if p.quantity and p.quantity.text:
            found = _find_in(text, p.quantity.text, p.evidence.start, p.evidence.end)
            if found:
                marks.append(Mark(*found, "provision", f"p:{p.id}"))
    return marks


def non_overlapping(marks: Iterable[Mark]) -> list[Mark]:
    """Sorted marks without overlaps: on a clash the longer (then earlier) mark wins."""
    chosen: list[Mark] = []
    for m in sorted(marks, key=lambda m: (-(m.end - m.start), m.start)):
        if all(m.end <= c.start or c.end <= m.start for c in chosen):
            chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)


def render_span(text: str, start: int, end: int, marks: list[Mark],
                target: tuple[int, int] | None = None) -> str:
    """Escaped HTML of ``text[start:end]`` with ``marks`` (sorted, non-overlapping) inside.

    ``target`` (a span, e.g. a search hit) is wrapped in ``<span id="target">``; marks
    that cross its edges are left out.
    """
    if target is None:
        return _render_marks(text, start, end, marks)
    t0, t1 = max(target[0], start), min(target[1], end)
    if t0 >= t1:
        return _render_marks(text, start, end, marks)
    return (_render_marks(text, start, t0, marks)
            + '<span id="target" class="target">' + _render_marks(text, t0, t1, marks) + "</span>"
            + _render_marks(text, t1, end, marks))


def _render_marks(text: str, start: int, end: int, marks: list[Mark]) -> str:
    out: list[str] = []
    pos = start
    for m in marks:
        if m.start < pos or m.end > end:
            continue
        out.append(escape(text[pos:m.start], quote=False))
        review = "" if m.status == "machine" else f" rv rv-{escape(m.status)}"
        title = "" if m.status == "machine" else f' title="{escape(m.status)}"'
        out.append(f'<mark class="hl hl-{m.kind}{review}" data-rec="{escape(m.rec)}"{title} tabindex="0">'
                   f"{escape(text[m.start:m.end], quote=False)}</mark>")
        pos = m.end
    out.append(escape(text[pos:end], quote=False))
    return "".join(out)


@dataclass
class Block:
    """One piece of the reader: a heading or a paragraph (``html`` is already escaped)."""

    kind: str                  # "section", "subtopic" or "paragraph"
    html: str
    start: int
    end: int
    level: int = 0
    anchor: str = ""
    section: str | None = None
    citation: str = ""


def blocks(text: str, sections: list[Section], subtopics: list[Subtopic],
           paragraphs: list[Paragraph], marks: list[Mark], citations: dict[int, str],
           target: tuple[int, int] | None = None) -> list[Block]:
    """Headings and paragraphs in text order, paragraphs highlighted."""
    heads: list[tuple[int, int, Block]] = []
    for s in sections:
        heads.append((s.start, 0, Block("section", escape(s.title), s.start, s.end, s.level,
                                        f"s-{s.id}", s.id)))
    for i, sub in enumerate(subtopics):
        inside = any(p.start < sub.start < p.end for p in paragraphs)
        if not inside:  # run-in topics are shown in their paragraph
            heads.append((sub.start, 1, Block("subtopic", escape(sub.title), sub.start, sub.end, 3,
                                              f"t-{i}", sub.section)))
    items: list[tuple[int, int, Block]] = list(heads)
    mi = 0
    for p in paragraphs:
        while mi < len(marks) and marks[mi].end <= p.start:
            mi += 1
        pm = []
        j = mi
        while j < len(marks) and marks[j].start < p.end:
            pm.append(marks[j])
            j += 1
        tgt = target if target and target[0] < p.end and p.start < target[1] else None
        html = render_span(text, p.start, p.end, pm, tgt)
        items.append((p.start, 2, Block("paragraph", html, p.start, p.end, anchor=f"p-{p.start}",
                                        section=p.section, citation=citations.get(p.start, ""))))
    items.sort(key=lambda t: (t[0], t[1]))
    return [b for _, _, b in items]


def safe_json(data: Any) -> str:
    """JSON that can sit inside a <script> element."""
    return (json.dumps(data, ensure_ascii=False)
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


EDIT_FIELDS = {
    "event": ("type", "date", "date_end", "precision", "polarity", "place", "source"),
    "figure": ("value", "value_end", "unit", "what", "qualifier", "source"),
    "provision": ("norm", "subject"),
    "entity": ("type", "name", "kind"),
}


def with_status(marks: Iterable[Mark], reviews: dict[str, dict[str, Any]]) -> list[Mark]:
    """The marks with the review status of their record (``reviews``: address → state)."""
    from dataclasses import replace

    out = []
    for m in marks:
        r = reviews.get(m.rec.split(":", 1)[1])
        out.append(replace(m, status=r["status"]) if r else m)
    return out


def _review(address: str, reviews: dict[str, dict[str, Any]], doc: str | None = None) -> dict[str, Any]:
    r = reviews.get(address) or {}
    out = {"address": address, "status": r.get("status", "machine"), "by": r.get("by"),
           "at": r.get("at"), "version": r.get("version", 0)}
    if doc:  # an entity shown in the report's own forms: the panel reads and saves it so
        out["doc"] = doc
    return out


def _own_doc(e: Entity) -> str | None:
    """The report whose own forms entity ``e`` was read in (``Store.entities(doc=…)``), or None."""
    docs = getattr(e, "mention_docs", None) or []
    return docs[0] if getattr(e, "own_form", False) and docs else None


def records_json(entities: Iterable[Entity], events: Iterable[Event], figures: Iterable[Figure],
                 provisions: Iterable[Provision], reviews: dict[str, dict[str, Any]] | None = None) -> str:
    """The records the marks open, keyed as in ``Mark.rec``; safe inside <script>."""
    return safe_json(records_dict(entities, events, figures, provisions, reviews))


def records_dict(entities: Iterable[Entity], events: Iterable[Event], figures: Iterable[Figure],
                 provisions: Iterable[Provision],
                 reviews: dict[str, dict[str, Any]] | None = None,
                 evidence: bool = True) -> dict[str, dict[str, Any]]:
    """The records the marks open, keyed as in ``Mark.rec``.

    Each has what the panel shows (``title``, ``fields``), its review state (``review``:
    address, status, by, at, version) and the current values of the fields a person may
    correct (``rkind``, ``values``), for the edit form. ``evidence=False`` leaves out the
    sentence the panel quotes: the reader shows it on the page, around the mark.
    """
    reviews = reviews or {}
    data: dict[str, dict[str, Any]] = {}
    for e in entities:
        data[f"e:{e.id}"] = {"kind": e.type, "rkind": "entity", "title": e.name, "id": e.id,
                             "fields": {"aliases": ", ".join(e.aliases),
                                        "kind": e.attributes.get("kind"),
                                        "roles": ", ".join(e.attributes.get("roles", []) or []),
                                        "country": e.attributes.get("country_code")},
                             "values": {"type": e.type, "name": e.name, "kind": e.attributes.get("kind")},
                             "review": _review(e.id, reviews, _own_doc(e)), "link": f"/entities/{e.id}"}
    for v in events:
        data[f"v:{v.id}"] = {"kind": "event", "rkind": "event", "title": v.type.replace("_", " "), "id": v.id,
                             "fields": {"date": v.date + (f" … {v.date_end}" if v.date_end else ""),
                                        "precision": v.precision, "polarity": v.polarity,
                                        "source": v.source, "place": v.place,
                                        "who": "; ".join(f"{p.name} ({p.role})" for p in v.participants)},
                             "values": {k: getattr(v, k) for k in EDIT_FIELDS["event"]},
                             "evidence": v.evidence.text, "review": _review(v.id, reviews)}
    for f in figures:
        data[f"f:{f.id}"] = {"kind": "figure", "rkind": "figure",
                             "title": f"{f.value:g}" + (f" {f.unit}" if f.unit else ""),
                             "id": f.id, "fields": {"what": f.what, "qualifier": f.qualifier,
                                                    "source": f.source},
                             "values": {k: getattr(f, k) for k in EDIT_FIELDS["figure"]},
                             "evidence": f.evidence.text, "review": _review(f.id, reviews)}
    for p in provisions:
        data[f"p:{p.id}"] = {"kind": "provision", "rkind": "provision", "title": p.norm.replace("_", " "),
                             "id": p.id,
                             "fields": {"quantity": p.quantity.text if p.quantity else None,
                                        "subject": p.subject},
                             "values": {k: getattr(p, k) for k in EDIT_FIELDS["provision"]},
                             "evidence": p.evidence.text, "review": _review(p.id, reviews)}
    for rec in data.values():  # the page carries only what the panel shows
        rec["fields"] = {k: v for k, v in rec["fields"].items() if v not in (None, "")}
        if not evidence:
            rec.pop("evidence", None)
    return data


def chunk_spans(length: int, sections: list[Section], subtopics: list[Subtopic],
                paragraphs: list[Paragraph], budget: int) -> list[tuple[int, int]]:
    """The reader's pieces: consecutive spans covering ``[0, length)``, each about
    ``budget`` characters, cut before a heading where possible (else between paragraphs).

    The first is sent with the page; the others are fetched as the reader scrolls or jumps.
    """
    heads = {s.start for s in sections} | {t.start for t in subtopics}
    cuts = sorted(heads | {p.start for p in paragraphs})
    spans: list[tuple[int, int]] = []
    start = 0
    for pos in cuts:
        if pos <= start:
            continue
        size = pos - start
        if (size >= budget and pos in heads) or size >= 2 * budget:
            spans.append((start, pos))
            start = pos
    spans.append((start, max(length, start)))
    return spans


def blocks_within(blocks_: list[Block], span: tuple[int, int]) -> list[Block]:
    return [b for b in blocks_ if span[0] <= b.start < span[1]]


