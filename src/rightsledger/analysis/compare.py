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

import difflib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Iterable

from ..records import Entity, Event, Figure, Provision, Section, Sentence, Subtopic
from ..store.citations import DocumentRecords

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


# --------------------------------------------------------------------------- normalising
_STOP = frozenset("""a an and the of in on for to or with from by at as is are was were be been
including other its their his her this that these those such""".split())
_TITLE_PREFIX = re.compile(r"^\s*(#+\s*)?(section\s+\d+\.?|[a-g]\.|[ivx]+\.)\s*", re.I)
_PUNCT = re.compile(r"[^\w\s]")
_WS = re.compile(r"\s+")
_HONORIFICS = re.compile(
    r"^(mr|mrs|ms|dr|president|prime minister|minister|judge|general|gen|colonel|col|"
    r"captain|capt|lieutenant|lt|major|maj|sergeant|sgt|senator|sen|representative|rep|"
    r"chief|bishop|father|imam|sheikh|former president|vice president)\.?\s+", re.I)


def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def norm_title(title: str) -> str:
    """Lower case, numbering ("Section 1.", "a.") and punctuation gone, stop words gone."""
    t = _TITLE_PREFIX.sub("", _ascii(title)).lower()
    t = _PUNCT.sub(" ", t)
    return " ".join(w for w in t.split() if w not in _STOP)


def title_similarity(a: str, b: str) -> float:
    """Similarity of two section titles, 0–1: max of character ratio and word overlap."""
    na, nb = norm_title(a), norm_title(b)
    if not na or not nb:
        return 0.0
    if na == nb:
        return 1.0
    ratio = difflib.SequenceMatcher(None, na, nb).ratio()
    wa, wb = set(na.split()), set(nb.split())
    jacc = len(wa & wb) / len(wa | wb)
    return max(ratio, jacc)


def norm_name(name: str) -> str:
    """An entity name for comparison: ASCII, lower case, titles and possessives removed."""
    n = _ascii(name).strip()
    n = re.sub(r"['\u2019]s\b", "", n)
    prev = None
    while prev != n:
        prev = n
        n = _HONORIFICS.sub("", n)
    n = _PUNCT.sub(" ", n.lower())
    return _WS.sub(" ", n).strip()


def norm_sentence(text: str) -> str:
    """A sentence for comparison: ASCII quotes, lower case, single spaces, no end stop."""
    t = _ascii(text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')).lower()
    t = _WS.sub(" ", t).strip()
    return t.rstrip(" .;:")


def _content_words(text: str | None) -> set[str]:
    if not text:
        return set()
    out = set()
    for w in _PUNCT.sub(" ", _ascii(text).lower()).split():
        if w in _STOP or len(w) < 3 or w.isdigit():
            continue
        out.add(w[:-1] if w.endswith("s") and len(w) > 4 else w)  # crude plural folding
    return out


def word_overlap(a: str | None, b: str | None) -> float:
    wa, wb = _content_words(a), _content_words(b)
    if not wa or not wb:
        return 0.0
    if wa <= wb or wb <= wa:
        return max(len(wa & wb) / len(wa | wb), 0.75)
    return len(wa & wb) / len(wa | wb)


#: Generic template sentences of the reports: legal boilerplate that says nothing about
#: the year ("The constitution and law prohibit such practices").
TEMPLATE_PATTERNS = tuple(re.compile(p) for p in (
    r"^the (constitution|law|constitution and (the )?law|law and constitution)s? (prohibits?|provides?|"
    r"requires?|criminali[sz]es?|does not (prohibit|provide))\b.{0,80}$",
    r"^(the )?(constitution|law)s? (prohibits?|provides? for) such practices",
    r"^there were no (other )?(known )?(reports|developments)\b.{0,60}$",
    r"^see (also )?(section|appendix)\b",
    r"^for (more|additional) information\b",
    r"^the government (generally )?respected (this|these) (right|prohibition)s?( in practice)?$",
    r"^(this|these) (right|provision)s? (was|were) (generally )?respected( in practice)?$",
    r"^country reports on human rights practices",
    r"^bureau of democracy, human rights,? and labor",
))


def is_template(sentence: str) -> bool:
    """Whether a (normalised) sentence is a generic template sentence."""
    s = norm_sentence(sentence) if sentence and sentence[:1].isupper() else sentence
    return any(p.search(s) for p in TEMPLATE_PATTERNS)


# --------------------------------------------------------------------------- alignment
def _pair_items(a_items: list[Any], b_items: list[Any], topic: Callable[[Any], str | None],
                title: Callable[[Any], str]) -> list[tuple[Any | None, Any | None, str, float]]:
    """Align two ordered lists: same topic first (ties by title), then title similarity.

    Returns ``(a, b, match, similarity)`` in B's order, with A-only items placed after
    the pair that precedes them in A.
    """
    pairs: dict[int, tuple[int, str, float]] = {}   # b index → (a index, match, similarity)
    used_a: set[int] = set()
    # 1. same topic: greedy on title similarity among items sharing a topic
    cands = []
    for i, a in enumerate(a_items):
        ta = topic(a)
        if not ta:
            continue
        for j, b in enumerate(b_items):
            if topic(b) == ta:
                sim = title_similarity(title(a), title(b))
                cands.append((-sim, abs(i / max(len(a_items), 1) - j / max(len(b_items), 1)), i, j, sim))
    for _, _, i, j, sim in sorted(cands):
        if i not in used_a and j not in pairs:
            pairs[j] = (i, "topic", sim)
            used_a.add(i)
    # 2. title similarity among the rest (a topic, when both have one, must agree)
    cands = []
    for i, a in enumerate(a_items):
        if i in used_a:
            continue
        for j, b in enumerate(b_items):
            if j in pairs:
                continue
            ta, tb = topic(a), topic(b)
            if ta and tb and ta != tb:
                continue
            sim = title_similarity(title(a), title(b))
            if sim >= TITLE_THRESHOLD:
                cands.append((-sim, i, j, sim))
    for _, i, j, sim in sorted(cands):
        if i not in used_a and j not in pairs:
            pairs[j] = (i, "title", sim)
            used_a.add(i)
    # 3. order: B's order; A-only items after the B item paired with their A predecessor
    out: list[tuple[float, Any | None, Any | None, str, float]] = []
    for j, b in enumerate(b_items):
        if j in pairs:
            i, match, sim = pairs[j]
            out.append((j, a_items[i], b, match, sim))
        else:
            out.append((j, None, b, "only_b", 0.0))
    a_to_b = {i: j for j, (i, _, _) in pairs.items()}
    for i, a in enumerate(a_items):
        if i in used_a:
            continue
        prev = next((a_to_b[k] for k in range(i - 1, -1, -1) if k in a_to_b), -1)
        out.append((prev + 0.5 + i * 1e-6, a, None, "only_a", 0.0))
    out.sort(key=lambda t: t[0])
    return [(a, b, m, s) for _, a, b, m, s in out]


def align_sections(a: list[Section], b: list[Section]) -> list[tuple[Section | None, Section | None, str, float]]:
    """Pairs of sections of two reports (see :func:`_pair_items`)."""
    return _pair_items(a, b, lambda s: s.topic, lambda s: s.title)


def align_subtopics(a: list[Subtopic], b: list[Subtopic]) -> list[SubtopicPair]:
    out = []
    for x, y, match, sim in _pair_items(a, b, lambda s: s.topic, lambda s: s.title):
        out.append(SubtopicPair(match, x.title if x else None, y.title if y else None,
                                (x.topic if x else None) or (y.topic if y else None), round(sim, 3)))
    return out


# --------------------------------------------------------------------------- context
class _Doc(DocumentRecords):
    """One document's records, with the subtopics it lent to an aligned section."""

    def __init__(self, ledger: Any, doc_id: str) -> None:
        super().__init__(ledger.store, doc_id)
        self.lent: dict[str, list[tuple[int, int]]] = {}   # section id → spans of lent subtopics

    def cite(self, start: int, end: int) -> Cited:
        return Cited(self.id, start, end, self.text[start:end], self.citation(start),
                     self.section_of(start), self.paragraph_n(start))

    def in_section(self, record_section: str | None, offset: int, sec: Section | None) -> bool:
        """Whether a record (by its section field, else its offset) belongs to ``sec`` itself.

        A subtopic standing in for a section holds what lies in its span; a section that
        lent a subtopic no longer holds what lies in that subtopic.
        """
        if sec is None:
            return False
        if sec.level == SUBTOPIC_LEVEL:
            return sec.start <= offset < sec.end
        sid = record_section if record_section is not None else self.section_of(offset)
        if sid != sec.id:
            return False
        return not any(a <= offset < b for a, b in self.lent.get(sec.id, ()))


def _mode(a: Any, b: Any) -> tuple[str, dict[str, str]]:
    same_country = (a.country_code and a.country_code == b.country_code) or \
        (a.country and b.country and a.country.lower() == b.country.lower())
    if same_country and a.year != b.year:
        return "years", {"new": f"new in {b.id}", "gone": f"gone since {a.id}",
                         "continuing": "in both", "same": "in both", "changed": "changed"}
    return "countries", {"new": f"only in {b.id}", "gone": f"only in {a.id}",
                         "continuing": "in both", "same": "in both", "changed": "differs"}


# --------------------------------------------------------------------------- diffs
def _entity_keys(e: Entity) -> set[str]:
    keys = {f"{e.type}|{norm_name(e.name)}"}
    for al in e.aliases:
        n = norm_name(al)
        if len(n) > 3 and " " in n or (al.isupper() and len(al) >= 3):
            keys.add(f"{e.type}|{n}")
    return keys


class _EntityIndex:
    def __init__(self, doc: _Doc) -> None:
        self.doc = doc
        self.by_id: dict[str, Entity] = {e.id: e for e in doc.entities}
        self.by_key: dict[str, str] = {}
        self.sections: dict[str, list[str]] = {}
        self.mentions: dict[str, list[tuple[str, int, int]]] = {}  # entity → (section, start, end)
        for e in doc.entities:
            for k in _entity_keys(e):
                self.by_key.setdefault(k, e.id)
            secs: list[str] = []
            ms = []
            for s, t in sorted(e.mentions):
                sid = doc.section_of(s) or ""
                if sid not in secs:
                    secs.append(sid)
                ms.append((sid, s, t))
            self.sections[e.id] = secs
            self.mentions[e.id] = ms

    def first_in(self, eid: str, sec: Section | None) -> tuple[int, int] | None:
        """The first mention of an entity inside ``sec`` (see :meth:`_Doc.in_section`)."""
        if sec is None:
            return None
        for sid, s, t in self.mentions.get(eid, ()):
            if self.doc.in_section(sid, s, sec):
                return s, t
        return None

    def first_any(self, eid: str) -> tuple[int, int] | None:
        ms = self.mentions.get(eid)
        return (ms[0][1], ms[0][2]) if ms else None

    def match(self, e: Entity) -> str | None:
        if e.id in self.by_id:
            return e.id
        for k in _entity_keys(e):
            if k in self.by_key:
                return self.by_key[k]
        return None


def _entity_changes(A: _Doc, B: _Doc, ia: _EntityIndex, ib: _EntityIndex,
                    sa: Section | None, sb: Section | None) -> list[EntityChange]:
    out: list[EntityChange] = []
    seen_a: set[str] = set()

    def cite(doc: _Doc, span: tuple[int, int] | None) -> Cited | None:
        return doc.cite(*span) if span else None

    if sb is not None:
        for e in B.entities:
            first_b = ib.first_in(e.id, sb)
            if first_b is None:
                continue
            other = ia.match(e)
            if other is None:
                out.append(EntityChange("new", e.id, e.name, e.type, [], ib.sections[e.id], None,
                                        cite(B, first_b)))
                continue
            seen_a.add(other)
            first_a = ia.first_in(other, sa) or ia.first_any(other)
            out.append(EntityChange("continuing", e.id, e.name, e.type, ia.sections.get(other, []),
                                    ib.sections[e.id], cite(A, first_a), cite(B, first_b)))
    if sa is not None:
        for e in A.entities:
            if e.id in seen_a:
                continue
            first_a = ia.first_in(e.id, sa)
            if first_a is None:
                continue
            other = ib.match(e)
            if other is None:
                out.append(EntityChange("gone", e.id, e.name, e.type, ia.sections[e.id], [],
                                        cite(A, first_a), None))
            else:
                # mentioned in B, but elsewhere: continuing, listed here for A's section
                out.append(EntityChange("continuing", other, e.name, e.type, ia.sections[e.id],
                                        ib.sections.get(other, []), cite(A, first_a),
                                        cite(B, ib.first_any(other))))
    order = {"new": 0, "continuing": 1, "gone": 2}
    out.sort(key=lambda c: (order[c.status], c.type != "person", c.name.lower()))
    return out


def _same_event_fn() -> Callable[[Event, Event], bool]:
    try:
        from ..extract.events import same_event
        return same_event
    except Exception:  # the events stage is not there: same type + shared participant
        def same(a: Event, b: Event) -> bool:
            if a.type != b.type:
                return False
            pa = {p.entity or norm_name(p.name) for p in a.participants}
            pb = {p.entity or norm_name(p.name) for p in b.participants}
            return bool(pa & pb)
        return same


def _event_changes(A: _Doc, B: _Doc, ev_a: list[Event], ev_b: list[Event]) -> list[EventChange]:
    same = _same_event_fn()
    out: list[EventChange] = []
    matched_a: set[int] = set()

    def named(p: Any) -> bool:
        """A participant that names someone (not "police" or "the investigation")."""
        words = p.name.split()
        return bool(p.entity) or (len(words) >= 2 and sum(w[:1].isupper() for w in words) >= 2)

    def people(evs: Iterable[Event]) -> set[str]:
        s = set()
        for ev in evs:
            for p in ev.participants:
                if not named(p):
                    continue
                if p.entity:
                    s.add(p.entity)
                s.add(norm_name(p.name))
        return s

    all_a, all_b = people(A.events), people(B.events)

    def continuing(ev: Event, other: set[str]) -> list[str]:
        return sorted({p.name for p in ev.participants if named(p) and (
            (p.entity and p.entity in other) or norm_name(p.name) in other)})

    for eb in ev_b:
        hit = None
        for i, ea in enumerate(ev_a):
            if i not in matched_a:
                try:
                    ok = same(ea, eb)
                except Exception:
                    ok = False
                if ok:
                    hit = i
                    break
        names = [p.name for p in eb.participants]
        cb = B.cite(eb.evidence.start, eb.evidence.end)
        if hit is None:
            out.append(EventChange("new", eb.type, None, eb.date, names, None, cb, continuing(eb, all_a)))
        else:
            matched_a.add(hit)
            ea = ev_a[hit]
            out.append(EventChange("same", eb.type, ea.date, eb.date, names,
                                   A.cite(ea.evidence.start, ea.evidence.end), cb))
    for i, ea in enumerate(ev_a):
        if i not in matched_a:
            out.append(EventChange("gone", ea.type, ea.date, None, [p.name for p in ea.participants],
                                   A.cite(ea.evidence.start, ea.evidence.end), None, continuing(ea, all_b)))
    return out


def _figure_changes(A: _Doc, B: _Doc, fa: list[Figure], fb: list[Figure]) -> tuple[list[FigureChange], int]:
    cands = []
    for i, x in enumerate(fa):
        if not x.what:
            continue
        for j, y in enumerate(fb):
            if not y.what or (x.unit or None) != (y.unit or None):
                continue
            ov = word_overlap(x.what, y.what)
            if ov >= WHAT_OVERLAP:
                cands.append((-ov, i, j))
    used_a: set[int] = set()
    used_b: set[int] = set()
    out, same = [], 0
    for _, i, j in sorted(cands):
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        x, y = fa[i], fb[j]
        if float(x.value) == float(y.value) and x.value_end == y.value_end:
            same += 1
            continue
        out.append(FigureChange("changed", y.what, y.unit, x.value, y.value, x.qualifier, y.qualifier,
                                x.source, y.source, A.cite(x.evidence.start, x.evidence.end),
                                B.cite(y.evidence.start, y.evidence.end)))
    return out, same


def _qty(p: Provision) -> tuple[Any, Any] | None:
    if p.quantity is None:
        return None
    return (p.quantity.value, (p.quantity.unit or "").lower().rstrip("s"))


def _provision_changes(A: _Doc, B: _Doc, pa: list[Provision], pb: list[Provision]) -> tuple[list[ProvisionChange], int]:
    out: list[ProvisionChange] = []
    used_a: set[int] = set()
    same = 0
    for y in pb:
        best, best_score = None, 0.0
        for i, x in enumerate(pa):
            if i in used_a or x.norm != y.norm:
                continue
            if norm_sentence(x.evidence.text) == norm_sentence(y.evidence.text):
                score = 2.0
            elif x.subject and y.subject:
                score = 1.5 if norm_title(x.subject) == norm_title(y.subject) else word_overlap(x.subject, y.subject)
            else:  # no subject: the same quantity in similar words
                score = word_overlap(x.evidence.text, y.evidence.text) + (0.4 if _qty(x) == _qty(y) else 0.0)
            if score > best_score:
                best, best_score = i, score
        qb = y.quantity.text if y.quantity else None
        eb = B.cite(y.evidence.start, y.evidence.end)
        if best is None or best_score < 0.6:
            out.append(ProvisionChange("new", y.norm, y.subject, None, qb, None, eb))
            continue
        used_a.add(best)
        x = pa[best]
        if _qty(x) == _qty(y):
            same += 1
            continue
        out.append(ProvisionChange("changed", y.norm, y.subject, x.quantity.text if x.quantity else None, qb,
                                   A.cite(x.evidence.start, x.evidence.end), eb))
    for i, x in enumerate(pa):
        if i not in used_a:
            out.append(ProvisionChange("gone", x.norm, x.subject, x.quantity.text if x.quantity else None,
                                       None, A.cite(x.evidence.start, x.evidence.end), None))
    return out, same


def _sentence_similarity(a: list[str], b: list[str], floor: float = 0.0) -> float:
    """Word-level similarity of two normalised sentences (difflib ratio over words)."""
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if sm.real_quick_ratio() <= max(floor, CHANGED_SENTENCE - 1e-9) or \
            sm.quick_ratio() <= max(floor, CHANGED_SENTENCE - 1e-9):
        return 0.0
    return sm.ratio()


def _sentences(doc: _Doc, sec: Section | None) -> list[Sentence]:
    if sec is None:
        return []
    return [s for s in doc.sentences if doc.in_section(s.section, s.start, sec)]


def _borrow_subtopics(pairs: list[tuple[Section | None, Section | None, str, float]], A: _Doc,
                      B: _Doc) -> list[tuple[Section | None, Section | None, str, float]]:
    """A section on one side only, whose topic is a subtopic on the other side, pairs with it.

    ("Protection of Refugees" is section 2.e in one report and a subtopic of 2.d in
    another.) The subtopic's span is then taken out of its own section's comparison.
    """
    out = []
    for sa, sb, match, sim in pairs:
        lone, other = (sa, B) if sb is None else (sb, A) if sa is None else (None, None)
        if lone is None or other is None or not lone.topic:
            out.append((sa, sb, match, sim))
            continue
        cands = [t for t in other.subtopics if t.topic == lone.topic and t.end > t.start
                 and not any(a <= t.start < b for spans in other.lent.values() for a, b in spans)]
        if not cands:
            out.append((sa, sb, match, sim))
            continue
        sub = max(cands, key=lambda t: (title_similarity(t.title, lone.title), t.end - t.start))
        pseudo = Section(other.id, f"{sub.section}/{sub.title}", sub.title, SUBTOPIC_LEVEL, sub.section,
                         sub.start, sub.end, sub.topic)
        other.lent.setdefault(sub.section, []).append((sub.start, sub.end))
        sim = title_similarity(sub.title, lone.title)
        out.append((pseudo, sb, "subtopic", sim) if sa is None else (sa, pseudo, "subtopic", sim))
    return out


def _text_changes(A: _Doc, B: _Doc, sa: list[Sentence], sb: list[Sentence],
                  everywhere_a: set[str], everywhere_b: set[str]) -> tuple[list[TextChange], int]:
    na = [norm_sentence(A.text[s.start:s.end]) for s in sa]
    nb = [norm_sentence(B.text[s.start:s.end]) for s in sb]
    wa = [x.split() for x in na]
    wb = [x.split() for x in nb]
    sm = difflib.SequenceMatcher(None, na, nb, autojunk=False)
    raw: list[tuple[str, Sentence | None, Sentence | None]] = []
    same = 0
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            same += i2 - i1
            continue
        gone = list(range(i1, i2))
        new = list(range(j1, j2))
        # pair similar sentences of a replaced block as "changed"
        paired: dict[int, int] = {}
        for j in new:
            best, best_r = None, 0.0
            for i in gone:
                if i in paired.values():
                    continue
                r = _sentence_similarity(wa[i], wb[j], best_r)
                if r > best_r:
                    best, best_r = i, r
            if best is not None and best_r >= CHANGED_SENTENCE:
                if best_r >= SAME_SENTENCE:
                    same += 1
                    paired[j] = best
                    continue
                paired[j] = best
                raw.append(("changed", sa[best], sb[j]))
            elif nb[j] in everywhere_a:          # moved, not new
                same += 1
            elif not is_template(nb[j]) and nb[j]:
                raw.append(("new", None, sb[j]))
        for i in gone:
            if i in paired.values():
                continue
            if na[i] in everywhere_b:
                same += 1
            elif not is_template(na[i]) and na[i]:
                raw.append(("gone", sa[i], None))
    # merge consecutive sentences of one status within one paragraph into one passage
    out: list[TextChange] = []
    for status, x, y in raw:
        pa = A.paragraph_n(x.start) if x else None
        pb = B.paragraph_n(y.start) if y else None
        last = out[-1] if out else None
        if last is not None and status in ("new", "gone") and last.status == status:
            prev = last.b if status == "new" else last.a
            cur = y if status == "new" else x
            doc = B if status == "new" else A
            p_prev = last.paragraph_b if status == "new" else last.paragraph_a
            p_cur = pb if status == "new" else pa
            gap = doc.text[prev.end:cur.start] if prev else "x"
            if prev is not None and p_prev == p_cur and p_cur is not None and not gap.strip():
                merged = doc.cite(prev.start, cur.end)
                if status == "new":
                    last.b = merged
                else:
                    last.a = merged
                continue
        out.append(TextChange(status, pa, pb, A.cite(x.start, x.end) if x else None,
                              B.cite(y.start, y.end) if y else None))
    return out, same


# --------------------------------------------------------------------------- compare
def _ref(doc: str, sec: Section | None) -> SectionRef | None:
    if sec is None:
        return None
    kind = "subtopic" if sec.level == SUBTOPIC_LEVEL else "section"
    return SectionRef(doc, sec.id, sec.title, sec.topic, sec.start, sec.end, kind)


def compare(ledger: Any, doc_a: str, doc_b: str, *, text: bool = True) -> Comparison:
    """Align two reports and list what is new, gone, continuing and changed per section."""
    A, B = _Doc(ledger, doc_a), _Doc(ledger, doc_b)
    mode, labels = _mode(A.document, B.document)
    ia, ib = _EntityIndex(A), _EntityIndex(B)
    every_a = {norm_sentence(A.text[s.start:s.end]) for s in A.sentences}
    every_b = {norm_sentence(B.text[s.start:s.end]) for s in B.sentences}
    out: list[SectionComparison] = []
    for sa, sb, match, sim in _borrow_subtopics(align_sections(A.sections, B.sections), A, B):
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
        sc.entities = _entity_changes(A, B, ia, ib, sa, sb)
        ev_a = [e for e in A.events if A.in_section(e.section, e.evidence.start, sa)]
        ev_b = [e for e in B.events if B.in_section(e.section, e.evidence.start, sb)]
        sc.events = _event_changes(A, B, ev_a, ev_b)
        fa = [f for f in A.figures if A.in_section(f.section, f.evidence.start, sa)]
        fb = [f for f in B.figures if B.in_section(f.section, f.evidence.start, sb)]
        sc.figures, same_fig = _figure_changes(A, B, fa, fb)
        pa = [p for p in A.provisions if A.in_section(p.section, p.evidence.start, sa)]
        pb = [p for p in B.provisions if B.in_section(p.section, p.evidence.start, sb)]
        sc.provisions, same_prov = _provision_changes(A, B, pa, pb)
        same_text = 0
        if text:
            sc.text, same_text = _text_changes(A, B, _sentences(A, sa), _sentences(B, sb), every_a, every_b)
        sc.unchanged = {"figures": same_fig, "provisions": same_prov, "sentences": same_text}
        out.append(sc)
    result = Comparison(doc_a, doc_b, mode, labels, out)
    _mark_editions(result, A.document, B.document)
    return result


def _mark_editions(result: Comparison, a: Any, b: Any) -> None:
    """Across an edition change (2023 → 2024), a section one side has and the other's
    edition does not report at all is "not reported", not a list of everything gone."""
    from ..structure.topics import CONTAINER_TOPICS, edition_of, reported_topics

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
