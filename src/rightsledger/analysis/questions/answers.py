"""Answers, not only passages: the figures, dates and actors the best sentences hold.

:func:`answer` takes a question and the sentences :func:`~rightsledger.analysis.questions.ask.ask`
ranked for it, and reads the records extracted from those sentences at ingest:

- "how many / how much / what share …": the figures whose ``what`` shares words with the
  question, grouped when several sources give different values for the same thing
  ("238, according to the government; approximately 260, according to human-rights
  observers");
- "when …": the dated events the sentences state (date, type, what happened);
- "who …": the people and organizations named in them (event actors first, those of the kind
  the question's noun asks for: "which prisoner" a person, "which group" a body, and those whose
  name, role or kind shares a word of the question's "which …" phrase: "which ex-army
  commander", a "former army chief"), not those the question already names.

Each answer carries the sentence it comes from (``doc``, ``start``, ``end``, ``text``) and
that sentence's citation. Answers come from the top :data:`DEPTH` sentences only: an answer
is as good as the passage that holds it, and the passages follow below it.
"""
from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from sqlalchemy import text as sql

from ...extract.lexicons.english import plural
from ...extract.lexicons import lexicon
from .question import (COUNTED_NOUNS, SYNONYMS, answer_intent, asked_kind, asked_phrase, content_words,
                       stem, telling_words)

if TYPE_CHECKING:
    from ...store import Store
    from ...store.search import Hit

DEPTH = 5          # answers are read from the best DEPTH sentences
MAX_ANSWERS = 5

# choosing the figure (round t-ask10, tuned on the dev questions with bench/answers_eval.py):
# a figure's score is W_WHAT × the question's stems its ``what`` shares + W_EV × those its
# sentence shares + W_RANK / its sentence's rank ± W_UNIT when its unit is / is not the kind of
# figure the question asks for (:func:`measure`). The ranking has read the whole question, so
# its order weighs most: the chooser only picks within the best sentences.
W_WHAT, W_EV, W_RANK, W_UNIT = 2.0, 0.5, 10.0, 2.0

# choosing the person or body (round t-ask11, tuned on the dev questions): an entity's score is
# 1 / its sentence's rank + W_ACTOR when it is an event's actor + W_TYPE when its type is the one
# the question's noun asks for ("which prisoner" a person, "which group" a body:
# :func:`asked_type`). W_TYPE = 0 is main's chooser before t-ask11.
W_ACTOR, W_TYPE = 0.5, 1.0
# (round t-ask12) + W_PHRASE when the entity's name, or a role or kind the ledger gives it, shares
# a word with the question's "which …" phrase besides its head noun ("which ex-army commander":
# Nouhou Thiam, "former army chief"; "which security service": the National Security Agency).
# W_PHRASE = 0 is t-ask11's chooser.
W_PHRASE = 1.0

_QUALIFIER = {"exact": "", "approximately": "approximately ", "at least": "at least ",
              "more than": "more than ", "fewer than": "fewer than ", "up to": "up to "}


@dataclass
class Answer:
    """One answer: a figure, a date or an actor, with the sentence that states it."""

    kind: str                  # "figure" | "date" | "who"
    text: str                  # what a reader sees: "approximately 260 deaths, according to HRW"
    doc: str
    start: int
    end: int
    evidence: str
    citation: str
    value: Any = None          # the figure's value, the event's date, the entity's name
    source: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"kind": "answer", "type": self.kind, "text": self.text, "value": self.value,
                "source": self.source, "doc": self.doc, "start": self.start, "end": self.end,
                "evidence": self.evidence, "citation": self.citation, **self.extra}


@dataclass
class Answers:
    """The answers to a question: ``summary`` joins the grouped figures ("238, according to
    the government; approximately 260, according to …"), ``items`` are the answers."""

    wants: list[str]
    summary: str | None
    items: list[Answer]

    def as_dict(self) -> dict[str, Any]:
        return {"wants": self.wants, "summary": self.summary, "items": [a.as_dict() for a in self.items]}


def _number(value: float | int) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def figure_text(value: Any, value_end: Any, unit: str | None, what: str | None, qualifier: str,
                source: str | None) -> str:
    """"approximately 260 deaths, according to human rights observers"."""
    amount = _number(value) + (f"–{_number(value_end)}" if value_end not in (None, value) else "")
    if unit in ("percent", "%"):
        amount += "%"
    elif unit and unit not in ("count", "persons", "people") and not (
            # "75 members vested", not "75 member member vested"
            what and stem(unit) in {stem(w) for w in content_words(what)}):
        if unit.isalpha() and not (len(unit) == 3 and unit.isupper()):
            # a unit noun counted takes its plural ("75 members", "3 days"; the ledger stores
            # "member"); money words ("francs", "tenge") stay as the report writes them
            many = value_end not in (None, value) or value != 1
            shown = plural(unit) if many and unit.islower() and unit_class(unit) in ("count", "duration") \
                and not unit.endswith("s") else unit
            amount = f"{amount} {shown}"
        else:
            amount = f"{unit} {amount}"  # a currency code first: "USD 500"
    out = _QUALIFIER.get(qualifier, qualifier + " " if qualifier else "") + amount
    if what:
        out += f" {what}"
    if source:
        out += f", according to {source}"
    return out


def _stems(words: str | None) -> set[str]:
    """Prefix stems of the content words, with the report idioms of ``ask.SYNONYMS``
    ("died" also as "death"), so that "persons died" and "deaths" count the same thing."""
    out: set[str] = set()
    for w in content_words(words or ""):
        out.add(stem(w))
        out.update(SYNONYMS.get(w.lower(), ()))
    return out - {""}


def counted(what: str | None) -> set[str]:
    """The stems of what a figure counts without the nouns any count can be of
    (:data:`~rightsledger.analysis.questions.question.COUNTED_NOUNS`): "persons died" → died, death."""
    return _stems(" ".join(w for w in content_words(what or "") if w.lower() not in COUNTED_NOUNS))


def same_thing(a: str | None, b: str | None) -> bool:
    """Whether two figures' ``what`` count the same thing: they share a word besides "persons",
    "people" … ("persons died" and "deaths" do; "persons died" and "persons arrested" do not).
    A ``what`` of such nouns alone, or none, says nothing against it."""
    ca, cb = counted(a), counted(b)
    return not ca or not cb or _overlap(ca, cb) > 0


def _overlap(a: set[str], b: set[str]) -> int:
    return sum(1 for x in a if any(y.startswith(x) or x.startswith(y) for y in b))


def answer(store: "Store", question: str, hits: list["Hit"]) -> Answers:
    """The answers the best ``hits`` hold for ``question`` (empty when it asks for none)."""
    wants = answer_intent(question)
    top = hits[:DEPTH]
    items: list[Answer] = []
    summary = None
    if not top or not (wants & {"figure", "date", "who"}):
        return Answers(sorted(wants), None, [])
    q = _stems(question)
    if "figure" in wants:
        items, summary = _figures(store, q, top, measure(question))
    if "date" in wants:
        items += _dates(store, top)
    if "who" in wants:
        items += _actors(store, question, top)
    return Answers(sorted(wants), summary, items[:MAX_ANSWERS * 2])


def _rows(store: "Store", table: str, hits: list["Hit"]) -> list[tuple["Hit", dict[str, Any]]]:
    """Records of ``table`` whose evidence starts in one of ``hits`` (with that hit), by hit rank."""
    out: list[tuple[Any, dict[str, Any]]] = []
    with store.reading() as conn:
        for h in hits:
            for (data,) in conn.execute(sql(
                    f'SELECT data FROM {table} WHERE doc = :doc AND start < :e AND "end" > :s '
                    "ORDER BY start"), {"doc": h.doc, "s": h.start, "e": h.end}):
                out.append((h, json.loads(data)))
    return out


def _figures(store: "Store", q: set[str], hits: list["Hit"], wanted: str | None = None
             ) -> tuple[list[Answer], str | None]:
    rows = _rows(store, "figures", hits) + _provision_figures(store, hits)
    if not rows:
        return [], None
    scored = []
    for h, f in rows:
        what = _stems(f.get("what"))
        ev = _stems(f["evidence"]["text"])
        score = W_WHAT * _overlap(what, q) + W_EV * _overlap(ev, q) + W_RANK / h.rank
        if wanted:
            score += W_UNIT if unit_class(f.get("unit")) == wanted else -W_UNIT
        scored.append((score, h, f, what))
    scored.sort(key=lambda t: (-t[0], t[1].rank))
    best = scored[0][2].get("what")
    chosen, seen = [], set()
    for score, h, f, what in scored:
        if chosen and not same_thing(f.get("what"), best):
            continue
        key = (f["value"], f.get("unit"), (f.get("source") or "").lower())
        if key in seen:
            continue
        seen.add(key)
        chosen.append((h, f))
        if len(chosen) >= MAX_ANSWERS:
            break
    items = [Answer("figure", figure_text(f["value"], f.get("value_end"), f.get("unit"), f.get("what"),
                                          f.get("qualifier", "exact"), f.get("source")),
                    h.doc, h.start, h.end, h.text, h.citation, value=f["value"], source=f.get("source"),
                    extra={"unit": f.get("unit"), "what": f.get("what"), "qualifier": f.get("qualifier")})
             for h, f in chosen]
    # the summary: one value per source, in rank order ("238, according to the government; …"):
    # after the first, only values a named source gives (a figure without one is as likely
    # another count of the same noun as a disagreement), of the same kind as the first (a
    # percentage does not disagree with a count), of the same report (two reports' figures
    # are two countries or years, not two sources), not a value already given
    parts, sources, values = [], set(), set()
    best_unit = unit_class(chosen[0][1].get("unit"))
    for item, (h, f) in zip(items, chosen):
        src = (f.get("source") or "").lower()
        value = (f["value"], f.get("value_end"), unit_class(f.get("unit")))
        if src in sources or not same_thing(f.get("what"), best) or value in values or \
                value[2] != best_unit or (parts and not src) or h.doc != chosen[0][0].doc:
            continue
        sources.add(src)
        values.add(value)
        item.extra["grouped"] = True
        parts.append(figure_text(f["value"], f.get("value_end"), f.get("unit"), None,
                                 f.get("qualifier", "exact"), f.get("source")))
    return items, "; ".join(parts) if parts else None


def provision_quantities(rows: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str | None]]:
    """``(start, end, unit)`` of the provisions among ``rows`` (``start, end, data``) that state a
    quantity: what the ranking's kind test reads as figures (``ask._doc_spans``), as this panel does."""
    out = []
    for start, end, data in rows:
        qty = json.loads(data).get("quantity") or {}
        if qty.get("value") is not None:
            out.append((start, end, qty.get("unit")))
    return out


def _provision_figures(store: "Store", hits: list["Hit"]) -> list[tuple["Hit", dict[str, Any]]]:
    """The quantities of the legal provisions the sentences state ("within 48 hours", "a maximum
    sentence of three years"), as figures: what "how long may …" and "from what age …" ask."""
    out = []
    for h, p in _rows(store, "provisions", hits):
        qty = p.get("quantity") or {}
        if qty.get("value") is None:
            continue
        norm = p["norm"].replace("_", " ")
        what = f"({norm}: {p['subject']})" if p.get("subject") else f"({norm})"
        out.append((h, {"value": qty["value"], "unit": qty.get("unit"), "what": what,
                        "qualifier": "exact", "source": None, "evidence": p["evidence"]}))
    return out


_DATA = tomllib.loads(resources.files(__package__).joinpath("data/ask.toml").read_text("utf-8"))
_MEASURES = [(kind, re.compile(pattern)) for kind, pattern in _DATA["answer_measures"].items()]
_UNITS = {u: kind for kind, units in _DATA["answer_units"].items() for u in units}


@cache
def _currency_words() -> frozenset[str]:
    """The currency words of ``extract/data/currencies.toml`` (the keys of ``numbers.scan``'s
    ``CURRENCY_WORDS``), read without importing the number scanner, whose regular expressions a
    cold ``ask`` would compile for this one table."""
    return frozenset(lexicon("currencies")["words"])


def unit_class(unit: str | None) -> str:
    """A figure's unit as a kind of figure: ``duration``, ``age``, ``percent``, ``money`` (a
    three-letter currency code or a currency word of ``extract/data/currencies.toml`` or of
    ``answer_units``) or ``count``."""
    u = (unit or "").strip()
    if len(u) == 3 and u.isupper() or u.lower() in _currency_words():
        return "money"
    return _UNITS.get(u.lower(), "count")


def measure(question: str) -> str | None:
    """The kind of figure a question's words ask for, when they say: "how long may …" a
    duration, "from what age …" an age, "what do … earn" money, "what share …" a percentage;
    None for a plain count ("how many …") or when they do not say."""
    q = question.lower()
    return next((kind for kind, pattern in _MEASURES if pattern.search(q)), None)


def asked_type(question: str) -> str | None:
    """``person`` or ``organization`` when the question's "which / what …" noun says which
    (:func:`~rightsledger.analysis.questions.question.asked_kind`), else None ("who …")."""
    return asked_kind(question)


def _dates(store: "Store", hits: list["Hit"]) -> list[Answer]:
    out, seen = [], set()
    for h, e in _rows(store, "events", hits):
        key = (e["date"], e.get("date_end"), e["type"])
        if key in seen or e.get("polarity") == "negated":
            continue
        seen.add(key)
        when = e["date"] + (f" to {e['date_end']}" if e.get("date_end") else "")
        what = e["type"].replace("_", " ")
        out.append(Answer("date", f"{when}: {what}", h.doc, h.start, h.end, h.text, h.citation,
                          value=e["date"], source=e.get("source"),
                          extra={"date_end": e.get("date_end"), "event_type": e["type"],
                                 "precision": e.get("precision")}))
        if len(out) >= MAX_ANSWERS:
            break
    return out


def _words_of(*texts: str) -> set[str]:
    """Prefix stems of the content words of ``texts``, hyphenated words split ("ex-army")."""
    return {stem(p) for t in texts for w in content_words(t) for p in w.split("-") if len(p) >= 3} - {""}


def _actors(store: "Store", question: str, hits: list["Hit"]) -> list[Answer]:
    asked = question.lower()
    wanted, phrase = asked_phrase(question)
    phrase_words = _words_of(" ".join(telling_words(phrase))) if W_PHRASE else set()
    found: dict[str, tuple[float, Answer]] = {}
    with store.reading() as conn:
        for h in hits:
            actors = {r[0] for r in conn.execute(sql(
                "SELECT p.entity FROM event_participants p JOIN events e ON e.id = p.event "
                'WHERE e.doc = :doc AND e.start < :e AND e."end" > :s AND p.role = \'actor\' '
                "AND p.entity IS NOT NULL"), {"doc": h.doc, "s": h.start, "e": h.end})}
            for eid, name, etype, attrs in conn.execute(sql(
                    "SELECT DISTINCT t.id, t.name, t.type, t.attributes FROM mentions m "
                    "JOIN entities t ON t.id = m.entity "
                    "WHERE m.doc = :doc AND m.start >= :s AND m.start < :e "
                    "AND t.type IN ('person', 'organization')"), {"doc": h.doc, "s": h.start, "e": h.end}):
                if name.lower() in asked:
                    continue
                score = 1.0 / h.rank + (W_ACTOR if eid in actors else 0.0)
                if wanted and etype == wanted:
                    score += W_TYPE
                if phrase_words:
                    a = json.loads(attrs) if isinstance(attrs, str) else (attrs or {})
                    said = _words_of(name, *a.get("roles", []), str(a.get("kind") or ""))
                    if _overlap(phrase_words, said):
                        score += W_PHRASE
                prev = found.get(eid)
                if prev is None or score > prev[0]:
                    found[eid] = (score, Answer("who", f"{name} ({etype})", h.doc, h.start, h.end,
                                                h.text, h.citation, value=name,
                                                extra={"entity": eid, "entity_type": etype,
                                                       "actor": eid in actors}))
    return [a for _, a in sorted(found.values(), key=lambda t: -t[0])][:MAX_ANSWERS]


__all__ = ["Answer", "Answers", "answer", "figure_text"]
