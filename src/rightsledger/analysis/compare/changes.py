"""What changed between two aligned sections: entities, events, figures, provisions and text.
"""
from __future__ import annotations

import difflib
from typing import Any, Callable, Iterable

from ...records import Entity, Event, Figure, Provision, Section, Sentence
from ...store.citations import DocumentRecords
from .normalise import (
    is_template,
    norm_name,
    norm_sentence,
    norm_title,
    title_similarity,
    word_overlap,
)
from .results import (
    CHANGED_SENTENCE,
    SAME_SENTENCE,
    SUBTOPIC_LEVEL,
    WHAT_OVERLAP,
    Cited,
    EntityChange,
    EventChange,
    FigureChange,
    ProvisionChange,
    TextChange,
)


# --------------------------------------------------------------------------- context
class Doc(DocumentRecords):
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


def compare_mode(a: Any, b: Any) -> tuple[str, dict[str, str]]:
    """``"years"`` for two editions of one country's report, else ``"countries"``, with the words each
    status is shown with."""
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


class EntityIndex:
    """One report's entities by id, by every key of their names, by section, and their mentions: what the
    comparison finds an entity of the other report by."""
    def __init__(self, doc: Doc) -> None:
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
        """The first mention of an entity inside ``sec`` (see :meth:`Doc.in_section`)."""
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


def entity_changes(A: Doc, B: Doc, ia: EntityIndex, ib: EntityIndex,
                    sa: Section | None, sb: Section | None) -> list[EntityChange]:
    """The entities of section ``sa`` of ``A`` and ``sb`` of ``B`` compared, each change cited in its
    report."""
    out: list[EntityChange] = []
    seen_a: set[str] = set()

    def cite(doc: Doc, span: tuple[int, int] | None) -> Cited | None:
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
        from ...extract.events import same_event
        return same_event
    except Exception:  # the events stage is not there: same type + shared participant
        def same(a: Event, b: Event) -> bool:
            if a.type != b.type:
                return False
            pa = {p.entity or norm_name(p.name) for p in a.participants}
            pb = {p.entity or norm_name(p.name) for p in b.participants}
            return bool(pa & pb)
        return same


def event_changes(A: Doc, B: Doc, ev_a: list[Event], ev_b: list[Event]) -> list[EventChange]:
    """The events ``ev_a`` of ``A`` and ``ev_b`` of ``B`` matched one to one, each change cited in its
    report."""
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


def figure_changes(A: Doc, B: Doc, fa: list[Figure], fb: list[Figure]) -> tuple[list[FigureChange], int]:
    """The figures of ``fa`` and ``fb`` paired by what they count and their unit: the changes, and how many
    stayed the same."""
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


def provision_changes(A: Doc, B: Doc, pa: list[Provision], pb: list[Provision]) -> tuple[list[ProvisionChange], int]:
    """The provisions of ``pa`` and ``pb`` paired by norm and wording: the changes, and how many stayed the
    same."""
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


def section_sentences(doc: Doc, sec: Section | None) -> list[Sentence]:
    """The sentences of ``doc`` inside section ``sec`` (none without a section)."""
    if sec is None:
        return []
    return [s for s in doc.sentences if doc.in_section(s.section, s.start, sec)]


def borrow_subtopics(pairs: list[tuple[Section | None, Section | None, str, float]], A: Doc,
                      B: Doc) -> list[tuple[Section | None, Section | None, str, float]]:
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


def text_changes(A: Doc, B: Doc, sa: list[Sentence], sb: list[Sentence],
                  everywhere_a: set[str], everywhere_b: set[str]) -> tuple[list[TextChange], int]:
    """The sentences ``sa`` of ``A`` and ``sb`` of ``B`` aligned by their normalised text: the changes, and
    how many sentences are the same."""
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


