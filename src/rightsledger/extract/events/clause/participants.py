"""Participants (actor, target, other) of an event, its place and its source ("according to
…", the subject of a reporting verb), from the same parse, matched to the report's entities.
"""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Iterable

from ....records import Entity, Participant
from ...lexicons import lexicon, words
from .genders import gender_of_word, person_genders
from ..lexicon import DETERMINERS, LIGHT_VERBS, PARTITIVE, PLACE_LABELS, REPORT_VERBS, UNACCUSATIVE
from ..types.triggers import is_verb, sentence_tokens

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from ...annotate import Annotated

PERSON_PRONOUNS = words("participants", "person_pronouns")
DEFINITE = words("participants", "definite")
PERSON_DESCRIPTIONS = words("participants", "person_descriptions")
PLURAL_COUNTS: dict[str, int] = lexicon("participants")["plural_counts"]


class _EntityIndex:
    """Entity mentions by offset, for matching participant and place spans."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        # by span only: two records may share a mention span (2016 Belarus: one party linked
        # into two records), and Entity has no order
        rows = sorted(((m[0], m[1], e) for e in entities for m in e.mentions if len(m) >= 2),
                      key=lambda r: (r[0], r[1]))
        self.starts = [r[0] for r in rows]
        self.rows = rows
        self.maxlen = max((r[1] - r[0] for r in rows), default=0)

    def find(self, start: int, end: int, type_: str | None = None) -> Entity | None:
        """The entity whose mention overlaps ``[start, end)`` most."""
        best: tuple[int, Entity] | None = None
        i = bisect.bisect_left(self.starts, start - self.maxlen)
        while i < len(self.rows) and self.rows[i][0] < end:
            s, e, ent = self.rows[i]
            ov = min(e, end) - max(s, start)
            if ov > 0 and (type_ is None or ent.type == type_) and (best is None or ov > best[0]):
                best = (ov, ent)
            i += 1
        return best[1] if best else None

    def before(self, lo: int, at: int, type_: str) -> list[tuple[int, int, Entity]]:
        """Mentions of ``type_`` that end in ``[lo, at)``, nearest first."""
        i = bisect.bisect_left(self.starts, at) - 1
        out = []
        while i >= 0 and self.rows[i][0] >= lo:
            if self.rows[i][1] <= at and self.rows[i][2].type == type_:
                out.append(self.rows[i])
            i -= 1
        return out

    def in_range(self, start: int, end: int, type_: str) -> list[tuple[int, int, Entity]]:
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.rows) and self.rows[i][0] < end:
            if self.rows[i][1] <= end and self.rows[i][2].type == type_:
                out.append(self.rows[i])
            i += 1
        return out


def _phrase(tok: "Token", base: int) -> tuple[int, int]:
    """Char span (absolute) of the noun phrase headed by ``tok``: modifiers, compounds, "of" complements."""
    left = tok
    for c in tok.lefts:
        if c.dep_ in ("det", "amod", "compound", "poss", "nummod", "quantmod", "nmod", "case") and \
                c.lemma_.lower() not in DETERMINERS:
            left = min(left, c.left_edge, key=lambda x: x.i)
            break
    right = tok
    for c in tok.rights:
        if c.dep_ in ("compound", "flat", "case") or (c.dep_ == "prep" and c.lower_ == "of" and
                                                       tok.lemma_.lower() in PARTITIVE):
            right = max(right, c.right_edge, key=lambda x: x.i)
        elif c.dep_ not in ("compound", "flat"):
            break
    start, end = left.idx, right.idx + len(right)
    if left.lower_ in DETERMINERS:
        start = left.nbor(1).idx if left.i + 1 <= right.i else start
    return base + start, base + end


class Context:
    """Per-document state for participant, place and source resolution."""

    def __init__(self, ann: "Annotated", entities: list[Entity]) -> None:
        self.ann = ann
        self.text = ann.text
        self.index = _EntityIndex(entities)
        self.has_entities = bool(entities)
        self.genders = person_genders(self.text, entities)

    def participants(self, tok: "Token", role: str, base: int) -> list[Participant]:
        """The participant(s) a token stands for: the persons a pronoun or description points
        back to ("he", "the journalist", "the two men"), else the entity or phrase itself."""
        if self.has_entities and (refs := self.antecedents(tok, base)):
            return [Participant(ref.id, ref.name, role) for ref in refs]
        p = self.participant(tok, role, base)
        return [p] if p is not None else []

    def participant(self, tok: "Token", role: str, base: int) -> Participant | None:
        if tok.pos_ == "PRON" or tok.lower_ in ("who", "which", "that", "whom"):
            return None
        # "activist Ivan Petrov", "journalist X": prefer the name in apposition
        for c in tok.children:
            if c.dep_ == "appos" and c.pos_ == "PROPN":
                tok = c
                break
        s, e = _phrase(tok, base)
        if e <= s:
            return None
        head_s, head_e = base + tok.idx, base + tok.idx + len(tok)
        ent = self.index.find(head_s, head_e) if self.has_entities else None
        if ent is not None and ent.type in ("person", "organization", "place"):
            return Participant(ent.id, ent.name, role)
        if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") and tok.ent_iob_ != "O":
            ent_span = next((x for x in tok.doc.ents if x.start <= tok.i < x.end), None)
            if ent_span is not None:
                return Participant(None, re.sub(r"^(?:[Tt]he)\s+|['’]s?$", "", ent_span.text), role)
        name = re.sub(r"['’]s?$", "", re.sub(r"\s+", " ", self.text[s:e]).strip(" ,;:"))
        if not name or len(name) > 120:
            return None
        return Participant(None, name, role)

    def antecedents(self, tok: "Token", base: int) -> list[Entity]:
        """The person(s) that a pronoun ("he", "his"), a definite description ("the
        journalist", "the opposition leader") or a counted plural one ("the two men", "both
        activists") points back to: the nearest compatible person(s) named before it in the
        paragraph (a "she" is not a man the report calls "Mr." or "he"); for a description,
        the nearest ones the text describes with the same noun ("journalist Ivan Petrov",
        "Petrov, a journalist") if any."""
        at = base + tok.idx
        count = 1
        kids = list(tok.children)
        if tok.pos_ == "PRON":
            if tok.lower_ not in PERSON_PRONOUNS:
                return []
            noun = None
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in PERSON_DESCRIPTIONS and \
                not any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in kids) and \
                not any(c.dep_ in ("prep", "relcl", "acl") for c in kids):
            noun = tok.lemma_.lower()  # "the journalist", not "the journalist who …" (new)
            if tok.tag_ == "NNS":  # "the two men", "both activists": as many persons as counted
                counts = [PLURAL_COUNTS[c.lower_] for c in kids
                          if c.dep_ in ("nummod", "det", "predet") and c.lower_ in PLURAL_COUNTS]
                if not counts or not (any(c.lower_ == "both" for c in kids)
                                      or any(c.dep_ == "det" and c.lower_ in DEFINITE for c in kids)):
                    return []
                count = counts[0]
            elif not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in kids):
                return []
        else:
            return []
        gender = gender_of_word(tok.lower_ if noun is None else noun)
        cands = [c for c in self.index.before(base, at, "person")
                 if gender is None or self.genders.get(c[2].id) in (None, gender)]
        people: list[Entity] = []  # distinct persons, nearest first
        for _, _, ent in cands:
            if all(ent.id != p.id for p in people):
                people.append(ent)
        if len(people) < count:
            return []
        if noun is not None:
            before = re.compile(rf"\b{re.escape(noun)}s?\s+$", re.I)  # "journalist Ivan Petrov"
            after = re.compile(rf"^,?\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,3}}?{re.escape(noun)}s?\b", re.I)
            described: list[Entity] = []
            for s, e, ent in cands:
                if (before.search(self.text[max(base, s - 40):s]) or after.match(self.text[e:e + 60])) \
                        and all(ent.id != p.id for p in described):
                    described.append(ent)
            if len(described) >= count:
                return described[:count]
        return people[:count]

    def place(self, sent: "SpacySpan", trigger: "Token | None", base: int) -> str | None:
        s0, e0 = base + sent.start_char, base + sent.end_char
        if self.has_entities:
            places = self.index.in_range(s0, e0, "place")
            if places:
                center = base + (trigger.idx if trigger is not None else sent.start_char)
                return min(places, key=lambda r: abs(r[0] - center))[2].name
        cands = [x for x in sent.ents if x.label_ in PLACE_LABELS and not (
            self.has_entities and self.index.find(base + x.start_char, base + x.end_char) is not None)]
        if not cands:  # (with entities, a span they call a person or organization is not a place)
            return None
        center = trigger.i if trigger is not None else sent.start
        return min(cands, key=lambda x: abs(x.start - center)).text


def trigger_participants(ctx: Context, trig: "Token", base: int) -> list[Participant]:
    """The participants of the event whose trigger is ``trig``: its arguments by role, conjuncts included,
    each name once."""
    out: list[Participant] = []

    def add(tok: "Token", role: str) -> None:
        for t in [tok, *[c for c in tok.conjuncts if c.i > tok.i]]:
            for p in ctx.participants(t, role, base):
                if all(p.name != q.name for q in out):
                    out.append(p)

    if is_verb(trig):
        for c in trig.children:
            if c.dep_ in ("nsubj",):
                add(c, "target" if trig.lemma_.lower() in UNACCUSATIVE else "actor")
            elif c.dep_ in ("nsubjpass", "dobj"):
                add(c, "target")
            elif c.dep_ == "conj" and is_verb(c) and not any(d.dep_.startswith("nsubj") for d in c.children):
                for d in c.children:  # "shot and killed a teacher"
                    if d.dep_ == "dobj":
                        add(d, "target")
            elif c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        add(p, "actor")
        if trig.dep_ in ("xcomp", "conj") and not any(c.dep_.startswith("nsubj") for c in trig.children):
            for c in trig.head.children:  # shared subject: "police detained X and charged him"
                if c.dep_ == "nsubj":
                    add(c, "actor")
                elif c.dep_ == "nsubjpass":
                    add(c, "target")
                elif c.dep_ == "dobj" and trig.dep_ == "conj" and not any(d.dep_ == "dobj" for d in trig.children):
                    add(c, "target")
        if trig.dep_ in ("acl", "relcl") and trig.head.pos_ in ("NOUN", "PROPN") and \
                not any(c.dep_.startswith("nsubj") for c in trig.children):
            misparse = trig.head.dep_ == "ROOT" and trig.head.i == trig.sent.start  # "Authorities released …"
            add(trig.head, "target" if trig.tag_ == "VBN" and not misparse else "actor")
    else:
        if trig.dep_ in ("dobj", "attr") and is_verb(trig.head) and trig.head.lemma_.lower() in LIGHT_VERBS:
            for c in trig.head.children:  # "workers held a strike", "the prosecutor opened an investigation"
                if c.dep_ == "nsubj":
                    add(c, "actor")
        for c in trig.children:
            if c.dep_ == "poss":
                add(c, "target")
            elif c.dep_ == "prep" and c.lower_ in ("of", "against"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        add(p, "target")
            elif c.dep_ == "prep" and c.lower_ == "by":
                for p in c.children:
                    if p.dep_ == "pobj":
                        add(p, "actor")
    # other named persons/organizations of the trigger's clause
    names = {p.name for p in out}
    for ent in trig.sent.ents:
        if ent.label_ in ("PERSON", "ORG") and ent.root.head.i == trig.i or \
                ent.label_ in ("PERSON", "ORG") and trig.left_edge.i <= ent.start < trig.right_edge.i and \
                ent.root.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            for p in ctx.participants(ent.root, "other", base):
                if p.name not in names and all(p.name not in n for n in names):
                    out.append(p)
                    names.add(p.name)
    return out


def according_to(sent: "SpacySpan") -> "Token | None":
    """The "according" of the sentence's "according to", or None."""
    return next((tok for tok in sentence_tokens(sent)
                 if tok.lower_ == "according" and tok.i + 1 < sent.end and tok.nbor(1).lower_ == "to"), None)


def cited_source(sent: "SpacySpan", trig: "Token | None", text: str, base: int) -> str | None:
    """Who the sentence says reported the event ("according to X", or read from the parse above the
    trigger); None when none is named."""
    tok = according_to(sent)
    if tok is not None:
        to = tok.nbor(1)
        objs = [c for c in to.children if c.dep_ == "pobj"] or [c for c in tok.children if c.dep_ == "pobj"]
        if objs:
            return _source_phrase(objs[0], text, base)
        return _clean(text[base + to.idx + 3: base + sent.end_char].split(",")[0])
    cur = trig
    seen = 0
    while cur is not None and seen < 8:
        if cur.lemma_.lower() in REPORT_VERBS and is_verb(cur) and cur.i != (trig.i if trig is not None else -1):
            subj = next((c for c in cur.children if c.dep_ in ("nsubj",)), None)
            if subj is not None and subj.pos_ != "PRON":
                return _source_phrase(subj, text, base)
            agent = next((c for c in cur.children if c.dep_ == "agent"), None)
            if agent is not None:
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return _source_phrase(pobj, text, base)
        if cur.head.i == cur.i:
            break
        cur = cur.head
        seen += 1
    root = sent.root
    if root.lemma_.lower() in REPORT_VERBS and (trig is None or trig.i != root.i):
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ != "PRON":
            return _source_phrase(subj, text, base)
    return None


def _source_phrase(tok: "Token", text: str, base: int) -> str | None:
    left = tok.left_edge
    right = tok
    for c in tok.rights:
        if c.dep_ in ("compound", "flat", "appos") or (c.dep_ == "prep" and c.lower_ in ("of", "for", "on", "in")) \
                or (c.dep_ == "cc") or c.dep_ == "conj":
            right = c.right_edge
        else:
            break
    s = base + left.idx
    e = base + right.idx + len(right)
    return _clean(text[s:e])


def _clean(s: str) -> str | None:
    s = re.sub(r"\s+", " ", s).strip(" ,;:.\"“”'")
    s = re.sub(r"(?i)^(?:the|a|an|some|several|many|other)\s+", "", s)
    s = re.sub(r"['’]s$", "", s)
    return s or None
