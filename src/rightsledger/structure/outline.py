"""Structure stage: sections, subtopics and paragraphs with exact character spans.

``outline(text, doc_id)`` reads the layout of a country report and returns an
:class:`Outline`. Everything is decided line by line from the shape of the text, never
from a list of expected headings:

* **Sections** (level 1): ``Section 1 Respect for…`` (1999–2010), ``Section 1. Respect…``
  (2011 onward), ``1. Life`` when a report numbers its broad headings without the word
  "Section", and an ``EXECUTIVE SUMMARY`` heading (id ``exec``). A report without such a
  heading but with prose before Section 1 (the 1999–2010 layout) gets an ``exec``
  section titled ``Introduction`` that starts at its first paragraph. Reports that use
  unnumbered broad headings only (the 2024 layout) get sections ``1``, ``2``… in order;
  the top level is the highest Markdown level, else the headings in capitals, else the
  broad headings of that outline (Life, Liberty, Security of the Person, Worker Rights),
  else every unnumbered heading. The other unnumbered headings are subtopics.
* **Lettered subsections** (level 2, id ``1.a``): ``a. Disappearance`` or the capitalised
  ``A. ARBITRARY DEPRIVATION OF LIFE…``; letters must run in order within a section.
  When a group of lettered headings has no ``Section`` line above it, the section number
  is inferred from the classic topic of the lettered headings, else from order.
* Headings may carry Markdown markup (``####``), may be wrapped over two or three lines
  (joined when the first line ends with a connecting word or a comma, when the next line
  starts in lower case, or when the join completes a title of the classic outline), and
  are rejected when they read as a sentence.
* **Subtopics**: unnumbered sub-headings on their own line (short, title case or
  capitals, no final stop) and run-in topics at the start of a paragraph
  (``Administration: Authorities…``). A subtopic runs to the next subtopic or heading.
  An unnumbered heading directly followed by a section heading (``RESPECT FOR HUMAN
  RIGHTS``) is a part heading: it closes the section before it and is not a subtopic.
* **Paragraphs**: blank-line separated blocks of prose, split at headings and run-in
  topics; document title lines at the top, a table of contents (a run of numbered
  headings without prose that come again later) and end markers (``[End.]``) are
  excluded.

Titles keep the wording and case of the text, without markup or the ``Section 1.`` /
``a.`` prefix, whitespace collapsed; a share-button artefact glued to the end of a web
heading (``…Human RightsShare``) is dropped. Spans: a heading starts at its first
non-blank character; a section ends at the last non-blank character of its content
before the next heading of the same or a higher level.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from itertools import accumulate

from ..records import Paragraph, Section, Subtopic
from .headings import assign_ids, drop_contents_table, Parser, validate
from .lines import (
    EDITORIAL_LABELS,
    RUN_IN,
    CONNECTORS,
    cap_ratio,
    clean_title,
    Heading,
    is_caps,
    Item,
    last_word,
    norm_title,
)
from .topics import (
    topic_of,
)

# --------------------------------------------------------------------------- outline


@dataclass
class Outline:
    """The structure of one document: sections, subtopics and paragraphs, in text order."""

    sections: list[Section] = field(default_factory=list)
    subtopics: list[Subtopic] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)


def outline(text: str, doc_id: str) -> Outline:
    """Sections, subtopics and paragraphs of ``text`` (see the module docstring)."""
    parser = Parser(text)
    parser.front_matter()
    heads = validate(drop_contents_table(parser.headings(), parser), parser)
    lines = parser.lines

    def next_line(h: Heading) -> int:
        j = h.last + 1
        while j < len(lines) and lines[j].blank:
            j += 1
        return j

    assign_ids(heads, next_line)
    for h in heads:
        if h.kind in ("bare", "part"):
            for k in range(h.first, h.last + 1):
                parser.kind[k] = "heading"
    items = _items(parser, heads)
    return _build(text, doc_id, items)


def _items(parser: Parser, heads: list[Heading]) -> list[Item]:
    """Headings and paragraphs in text order; paragraphs split at run-in topics."""
    by_line = {h.first: h for h in heads}
    items: list[Item] = []
    lines = parser.lines
    block: list[int] = []

    def flush() -> None:
        if not block:
            return
        first, last = lines[block[0]], lines[block[-1]]
        body = first.body
        item = Item("para", first.body_start, last.end)
        m = RUN_IN.match(body)
        if m and _run_in_ok(m.group(1)):
            item.label = clean_title(m.group(1))
        items.append(item)
        block.clear()

    for i, line in enumerate(lines):
        kind = parser.kind[i]
        if i in by_line:
            flush()
            h = by_line[i]
            items.append(Item("heading", h.start, h.end, heading=h))
            continue
        if line.blank or kind in ("heading", "title", "junk"):
            flush()
            continue
        if block and RUN_IN.match(line.body) and _run_in_ok(RUN_IN.match(line.body).group(1)) \
                and re.search(r"[.!?][\"”’')\]]*$", lines[block[-1]].body):  # type: ignore[union-attr]
            flush()
        block.append(i)
    flush()
    return items


def _run_in_ok(label: str) -> bool:
    """A run-in topic label: a short title-case phrase, not an editorial note."""
    label = " ".join(label.split())
    words = label.split()
    if not words or len(words) > 16 or len(label) > 130:
        return False
    if norm_title(label) in EDITORIAL_LABELS or last_word(label) in CONNECTORS:
        return False
    if any(c in label for c in ".;“”\"") or any(c.isdigit() for c in label):
        return False
    return cap_ratio(label) >= 0.5 or is_caps(label)


class _Reach:
    """End of the content (headings and paragraphs) that starts in a range of the text."""

    def __init__(self, items: list[Item]) -> None:
        spans = sorted((it.start, it.end) for it in items if it.kind in ("heading", "para"))
        self.starts = [s for s, _ in spans]
        # Items do not overlap, so the furthest end before a limit is a running maximum.
        self.reach = list(accumulate((e for _, e in spans), max))

    def end(self, start: int, limit: int) -> int:
        """The last content character of ``[start, limit)`` (``start`` when there is none)."""
        k = bisect.bisect_left(self.starts, limit) - 1
        if k < 0 or self.starts[k] < start:
            return start
        return max(start, self.reach[k])


def _add_introduction(items: list[Item]) -> None:
    """Prose before the first section heading, without an EXECUTIVE SUMMARY heading,
    is the summary of the 1999–2010 layout: an ``exec`` section titled "Introduction"."""
    first_head = next((k for k, it in enumerate(items) if it.kind == "heading"
                       and it.heading and it.heading.kind in ("exec", "section", "letter")), None)
    first_para = next((k for k, it in enumerate(items) if it.kind == "para"), None)
    if first_para is None or first_head is None or first_para > first_head:
        return
    if any(it.heading and it.heading.kind == "exec" for it in items):
        return
    p = items[first_para]
    intro = Heading("exec", -1, -1, "Introduction", p.start, p.start, sid="exec")
    items.insert(first_para, Item("marker", p.start, p.start, heading=intro))


def _sections(text: str, doc_id: str, items: list[Item], reach: _Reach) -> list[Section]:
    """Section records with their spans and topics."""
    level_of = {"exec": 1, "section": 1, "letter": 2}
    sections: list[Section] = []
    bounds: list[tuple[int, int, str | None]] = []  # (start, level, parent) of structural headings
    for it in items:
        h = it.heading
        if h is None:
            continue
        if h.kind in level_of:
            assert h.sid is not None
            level = level_of[h.kind]
            parent = h.sid.split(".")[0] if level == 2 else None
            sections.append(Section(doc_id, h.sid, h.title, level, parent, h.start, h.end, None))
        if h.kind in ("exec", "section", "part"):
            bounds.append((h.start, 1, None))
        elif h.kind == "letter":
            bounds.append((h.start, 2, (h.sid or "").split(".")[0]))
    by_id: dict[str, Section] = {}
    for sec in sections:
        # Up to the next heading of the same or a higher level (a part heading, or a
        # lettered group of another section, closes a section too).
        limit = next((s for s, lvl, parent in bounds if s > sec.start and (
            lvl <= sec.level or (sec.level == 1 and parent != sec.id))), len(text) + 1)
        sec.end = max(reach.end(sec.start, limit), sec.end)
        parent_topic = by_id[sec.parent].topic if sec.parent in by_id else None
        sec.topic = "executive_summary" if sec.id == "exec" else topic_of(sec.title, parent_topic)
        by_id[sec.id] = sec
    for sec in sections:          # a parent section always contains its subsections
        if sec.parent in by_id:
            by_id[sec.parent].end = max(by_id[sec.parent].end, sec.end)
    return sections


def _walk(text: str, doc_id: str, items: list[Item], sections: list[Section],
          reach: _Reach) -> tuple[list[Subtopic], list[Paragraph]]:
    """Subtopics and paragraphs, each tied to the most specific section at its place."""
    topics = {s.id: s.topic for s in sections}
    current: str | None = None
    sub_title: str | None = None
    counts: dict[str | None, int] = {}
    subtopics: list[Subtopic] = []
    paragraphs: list[Paragraph] = []

    def open_sub(title: str, start: int) -> None:
        nonlocal sub_title
        sub_title = title if current is not None else None
        if current is not None:
            subtopics.append(Subtopic(doc_id, current, title, start, start,
                                      topic_of(title, topics.get(current))))

    for it in items:
        h = it.heading
        if h is not None:
            if h.kind in ("exec", "section", "letter"):
                current, sub_title = h.sid, None
            elif h.kind == "part":
                current, sub_title = None, None
            elif h.kind == "bare":
                open_sub(h.title, h.start)
            continue
        if it.kind != "para":
            continue
        if it.label:
            open_sub(it.label, it.start)
        counts[current] = counts.get(current, 0) + 1
        paragraphs.append(Paragraph(doc_id, current, sub_title, counts[current], it.start, it.end))
    # A subtopic runs up to the next subtopic or heading.
    stops = sorted({s.start for s in subtopics}
                   | {it.start for it in items if it.kind == "heading"})
    for sub in subtopics:
        k = bisect.bisect_right(stops, sub.start)
        sub.end = reach.end(sub.start, stops[k] if k < len(stops) else len(text) + 1)
    return subtopics, paragraphs


def _build(text: str, doc_id: str, items: list[Item]) -> Outline:
    """Records from the ordered headings and paragraphs."""
    _add_introduction(items)
    reach = _Reach(items)
    sections = _sections(text, doc_id, items, reach)
    subtopics, paragraphs = _walk(text, doc_id, items, sections, reach)
    return Outline(sections, subtopics, paragraphs)
