"""A small database of fictional reports for the search, ask and API tests.

Records are built by hand (cheap regex outline and sentence split, no spaCy) and saved
with ``Store.save``, so these tests do not depend on the extractors.
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

from rightsledger.records import (
    Document, Entity, Event, Figure, Paragraph, Participant, Provision, Quantity, Section,
    Sentence, Span, Subtopic,
)
from rightsledger.store import Bundle, Store

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "search"

DOCS = {
    "kestria-2022": ("kestria-2022.txt", "Kestria", "KS", 2022),
    "kestria-2021": ("kestria-2021.txt", "Kestria", "KS", 2021),
    "lumeria-2022": ("lumeria-2022.txt", "Lumeria", "LM", 2022),
}

ENTITIES = [  # (id, type, name, aliases)
    ("human-rights-watch", "organization", "Human Rights Watch", ["HRW"]),
    ("arden-kell", "person", "Arden Kell", ["Kell"]),
    ("selim-varga", "person", "Selim Varga", []),
    ("amnesty-international", "organization", "Amnesty International", []),
    ("talvik", "place", "Talvik", []),
]

EVENTS = [  # (doc, type, date, words in the evidence sentence, participant entity)
    ("kestria-2022", "killing", "2022-03-03", "shot and killed", None),
    ("kestria-2022", "torture_or_abuse", "2022-05-09", "beat him", "arden-kell"),
    ("kestria-2022", "detention_or_arrest", "2022-06-14", "arrested opposition", "selim-varga"),
    ("kestria-2022", "censorship_or_blocking", "2022-03", "blocked independent", None),
    ("kestria-2021", "conviction_or_sentence", "2021-10-02", "sentenced two officers", None),
    ("kestria-2021", "detention_or_arrest", "2021-11", "detained journalist", "arden-kell"),
]

FIGURES = [  # (doc, value, unit, what, words)
    ("kestria-2022", 12, None, "deaths", "12 deaths"),
    ("kestria-2022", 19, None, "deaths", "19 deaths"),
    ("kestria-2022", 1300, None, "persons detained", "1,300"),
]

SECTION_RE = re.compile(r"^Section (\d)\. (.+)$")
SUB_RE = re.compile(r"^([a-g])\. (.+)$")
RUNIN_RE = re.compile(r"^([A-Z][A-Za-z ]{3,60}): ")
SENT_RE = re.compile(r"[^.!?]+(?:[.!?]+|$)")


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    for m in SENT_RE.finditer(text, start, end):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    # glue back abbreviations such as "Gen." would go here; the fixtures have none
    return out


def build_bundle(doc_id: str, text: str, country: str, code: str, year: int,
                 source: str) -> Bundle:
    title = text.splitlines()[0].strip()
    sections: list[Section] = []
    subtopics: list[Subtopic] = []
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    pos = 0
    current_top: Section | None = None
    current: Section | None = None
    counts: dict[str, int] = {}
    for i, line in enumerate(text.splitlines(keepends=True)):
        s, e = pos, pos + len(line.rstrip("\n"))
        pos += len(line)
        body = line.strip()
        if i == 0 or not body:
            continue
        if body == "EXECUTIVE SUMMARY":
            current_top = current = Section(doc_id, "exec", "Executive Summary", 1, None, s, len(text))
            sections.append(current)
            continue
        m = SECTION_RE.match(body)
        if m:
            current_top = current = Section(doc_id, m.group(1), m.group(2), 1, None, s, len(text))
            sections.append(current)
            continue
        m = SUB_RE.match(body)
        if m and current_top is not None:
            current = Section(doc_id, f"{current_top.id}.{m.group(1)}", m.group(2), 2,
                              current_top.id, s, len(text))
            sections.append(current)
            continue
        sec = current.id if current else None
        sub = None
        m = RUNIN_RE.match(body)
        if m:
            sub = m.group(1)
            subtopics.append(Subtopic(doc_id, sec or "", sub, s, e))
        counts[sec or ""] = counts.get(sec or "", 0) + 1
        paragraphs.append(Paragraph(doc_id, sec, sub, counts[sec or ""], s, e))
        for a, b in split_sentences(text, s, e):
            sentences.append(Sentence(doc_id, sec, counts[sec or ""], a, b))
    # close the sections: each ends where the next one of its level or higher starts
    for k, sec in enumerate(sections):
        for later in sections[k + 1:]:
            if later.level <= sec.level:
                sec.end = later.start
                break
    doc = Document(doc_id, title, country, code, year, source, "txt",
                   hashlib.sha256(text.encode()).hexdigest(), len(text))

    def sentence_with(words: str) -> Sentence:
        for snt in sentences:
            if words in text[snt.start:snt.end]:
                return snt
        raise AssertionError(f"{words!r} not in {doc_id}")

    entities = []
    for eid, etype, name, aliases in ENTITIES:
        mentions = []
        for form in [name, *aliases]:
            for m in re.finditer(r"\b" + re.escape(form) + r"\b", text):
                if not any(a <= m.start() < b for a, b in mentions):
                    mentions.append([m.start(), m.end()])
        if mentions:
            entities.append(Entity(eid, etype, name, list(aliases), {}, sorted(mentions)))
    names = {e[0]: e[2] for e in ENTITIES}
    events = []
    for k, (d, etype, date, words, who) in enumerate(EVENTS):
        if d != doc_id:
            continue
        snt = sentence_with(words)
        parts = [Participant(who, names[who], "target")] if who else []
        precision = {10: "day", 7: "month", 4: "year"}[len(date)]
        events.append(Event(f"{doc_id}-ev{k}", doc_id, etype, date, None, precision, parts, None,
                            snt.section, "asserted", None, Span.of(text, snt.start, snt.end)))
    figures = []
    for k, (d, value, unit, what, words) in enumerate(FIGURES):
        if d != doc_id:
            continue
        snt = sentence_with(words)
        figures.append(Figure(f"{doc_id}-fig{k}", doc_id, value, unit, what, "exact", None,
                              snt.section, Span.of(text, snt.start, snt.end)))
    provisions = []
    if "within 48 hours" in text:
        snt = sentence_with("within 48 hours")
        provisions.append(Provision(f"{doc_id}-prov0", doc_id, "time_limit",
                                    Quantity(48, "hour", "within 48 hours"), "detainees",
                                    snt.section, Span.of(text, snt.start, snt.end)))
    return Bundle(doc, source, text, sections, subtopics, paragraphs, sentences, entities,
                  events, figures, provisions)


def build_db(path: str | Path) -> Store:
    store = Store(str(path))
    for doc_id, (fname, country, code, year) in DOCS.items():
        text = (FIXTURES / fname).read_text(encoding="utf-8")
        store.save(build_bundle(doc_id, text, country, code, year, fname), "test")
    return store


def doc_text(doc_id: str) -> str:
    return (FIXTURES / DOCS[doc_id][0]).read_text(encoding="utf-8")
