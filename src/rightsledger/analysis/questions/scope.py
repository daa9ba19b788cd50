"""Which reports a question is about: a document prior for ranking across the corpus.

Asked across a whole collection, a question rarely names its report, but its rarer words
usually say which one it means: a place ("Cabinda", "Goma"), a person, an organization, an
event ("Rema worshippers"). The reports share most of their vocabulary (every report has
prisons, courts and journalists), so a sentence that answers well in the wrong report
often outranks the answer in the right one. :func:`document_prior` scores each report by
the question's words it holds, weighted by how few reports hold them (BM25 at the level of
the document: inverse document frequency, saturated term counts), scaled to 0–1; ``ask``
adds a share of it to each sentence of that report.

A question that names the country of some of the stored reports ("How many refugees were
in Liberia?") is asked of that country's reports: :func:`named_country`. Without it the
country's name is one rare word among others, and across a corpus the same kind of sentence
in another country's report wins as often as not.

A question that names a stored entity (a person, a body, a place: :func:`named_entities`,
under its name or any alias) or a year (:func:`named_years`) says which reports it means
more surely than a word does: ``ask`` adds a stronger share of the prior of the reports that
mention the entity or are of that year (a soft boost, not a filter: an entity whose other
mentions were not linked to it, "Ivory Coast" and "Côte d'Ivoire", would hide reports). A
nationality word of a stored country ("Guinean police": :func:`named_nationality`) names that
country's reports the same way: a soft boost, since a people named is as often a neighbour's
refugees or soldiers as the report's own.

Common words (found in :data:`COMMON_CAP` sentences or more) are not counted: they cannot
tell reports apart, and counting them costs the most.
"""
from __future__ import annotations

import json
import math
import os
import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from sqlalchemy import text as sql

from ...store.search import term_documents

if TYPE_CHECKING:
    from ...store import Store

COMMON_CAP = 3000   # a word in this many sentences or more says nothing about the report
K1 = 1.2            # saturation of a word's count in one report
MAX_SHARE = 0.25    # a word in more than this share of the reports is not counted either
YEAR_COUNT = 3      # a report of the year a question names counts as holding the year this often
MAX_NAME_WORDS = 6  # the longest entity name looked for in a question
_YEAR = re.compile(r"(?<![\w-])(19[4-9]\d|20\d\d)(?![\w-])")
_NAME_WORD = re.compile(r"[A-Za-z0-9][\w'’.&-]*[\w&]|[A-Za-z0-9]")
NATIONALITY_ENDINGS = tuple(tomllib.loads(resources.files(__package__).joinpath("data/ask.toml").read_text("utf-8"))
                            ["nationality_endings"])
_CAPITAL_WORD = re.compile(r"\b[A-Z][a-z]{3,}\b")


@dataclass(frozen=True)
class Named:
    """A stored entity a question names: its id, its name and its aliases."""

    id: str
    name: str
    aliases: tuple[str, ...]

    def other_names(self, said: str) -> list[str]:
        """The entity's names other than the one the question used ("ERU" → "Emergency
        Response Unit" and back)."""
        return [n for n in (self.name, *self.aliases) if n.lower() != said.lower()]


def document_count(store: "Store") -> int:
    with store.reading() as conn:
        return int(conn.execute(sql("SELECT COUNT(*) FROM documents")).scalar() or 0)


def document_prior(store: "Store", words: list[str], *, entities: "list[Named] | None" = None,
                   years: list[int] | None = None, countries: list[str] | None = None) -> dict[str, float]:
    """Report id → 0–1: how much the question's rarer ``words`` (each matched as written,
    not as a prefix: "Rema" is not "remained"), the stored ``entities`` it names
    (:func:`named_entities`: counted by their mentions in each report, under any of their
    names) and the ``years`` it names (:func:`named_years`: the reports that write the year,
    and those of that year as if they wrote it :data:`YEAR_COUNT` times) and the ``countries``
    (:func:`named_nationality`: that country's reports, :data:`YEAR_COUNT` times) point at that
    report; reports holding none of them are left out. Each signal is one term of a document-level BM25, so a name or a year found in
    few reports weighs more than one found in many."""
    n = document_count(store)
    if n < 2:
        return {}
    terms = list(dict.fromkeys('"' + w.lower().replace('"', "") + '"' for w in words))
    # (sentences or mentions per report, whether a signal found in many reports is dropped)
    signals = [(c, True) for c in term_documents(store, terms, cap=COMMON_CAP).values() if c] if terms else []
    if entities:
        signals += [(c, True) for c in entity_documents(store, [e.id for e in entities]).values()]
    for year in years or []:
        # the reports of that year, and those that tell of it ("the 2009 stadium killings" in
        # a 2011 report); however many they are: the idf weighs a common year down
        told = term_documents(store, [f'"{year}"'], cap=COMMON_CAP).get(f'"{year}"') or {}
        signals.append(({**told, **{d: max(YEAR_COUNT, told.get(d, 0)) for d in _reports_of_year(store, year)}}, False))
    signals += [({d: YEAR_COUNT for d in reports_of_country(store, c)}, False) for c in countries or []]
    scores: dict[str, float] = {}
    for counts, capped in signals:
        df = len(counts)
        if not df or (capped and df > max(1.0, MAX_SHARE * n)):
            continue
        idf = math.log(1.0 + (n - df + 0.5) / (df + 0.5))
        for doc, c in counts.items():
            scores[doc] = scores.get(doc, 0.0) + idf * c * (K1 + 1) / (c + K1)
    top = max(scores.values(), default=0.0)
    return {d: s / top for d, s in scores.items()} if top > 0 else {}


def _countries(store: "Store") -> list[str]:
    """The stored reports' countries, longest name first."""
    def ask() -> list[str]:
        with store.reading() as conn:
            rows = conn.execute(sql("SELECT DISTINCT country FROM documents WHERE country IS NOT NULL")).all()
        return sorted({r[0] for r in rows if r[0] and len(r[0]) > 2}, key=lambda c: (-len(c), c))

    return list(store.until_change("ask_countries", ask))


def named_country(store: "Store", question: str) -> tuple[str | None, str]:
    """The one country of the stored reports that the question names ("… in Liberia?") and
    the question without that name (the scope says it; as a word it would only favour the
    sentences that repeat the country's name). ``(None, question)`` when it names none or
    several ("refugees from Eritrea in Ethiopia": which one is meant is not for us to
    guess). A longer name wins over one inside it ("Democratic Republic of the Congo" over
    "Republic of the Congo")."""
    low = question.lower()
    found: list[str] = []
    taken: list[tuple[int, int]] = []
    for country in _countries(store):
        for m in re.finditer(rf"(?<![\w-]){re.escape(country.lower())}(?![\w-])", low):
            if not any(m.start() < e and m.end() > s for s, e in taken):
                taken.append((m.start(), m.end()))
                if country not in found:
                    found.append(country)
    if len(found) != 1:
        return None, question
    for s, e in sorted(taken, reverse=True):
        question = question[:s] + question[e:]
    return found[0], re.sub(r"\s+([?.!,])|\s{2,}", lambda m: m.group(1) or " ", question).strip()


def named_nationality(store: "Store", question: str) -> str | None:
    """The one stored country a nationality word of the question names ("Guinean police",
    "Chadian courts", "Somalis"): a capitalised word with an ending of :data:`NATIONALITY_ENDINGS`
    that holds all of a one-word country's name but its last two letters (four letters at least)
    and runs at most three letters past what it shares with it. None when no word or several
    countries are so named."""
    found = {country for word in _CAPITAL_WORD.findall(question) if word.lower().endswith(NATIONALITY_ENDINGS)
             for country in _countries(store) if " " not in country and _extends(word.lower(), country.lower())}
    return found.pop() if len(found) == 1 else None


def _extends(word: str, country: str) -> bool:
    """Whether ``word`` is ``country`` with a nationality ending ("liberian", "chadian", "somali")."""
    shared = len(os.path.commonprefix([word, country]))
    return shared >= max(4, len(country) - 2) and len(word) - shared <= 3 and word != country


def reports_of_country(store: "Store", country: str) -> list[str]:
    """The stored reports of ``country`` (as the documents' ``country`` writes it, any case); read once until
    a change, as the reports of a year are."""
    def ask() -> dict[str, list[str]]:
        with store.reading() as conn:
            rows = conn.execute(sql("SELECT id, country FROM documents WHERE country IS NOT NULL")).all()
        out: dict[str, list[str]] = {}
        for doc, c in rows:
            out.setdefault(c.lower(), []).append(doc)
        return out

    return store.until_change("ask_country_reports", ask).get(country.lower(), [])


def named_years(question: str) -> list[int]:
    """The years a question names ("in 2009", "the 1993 referendum"), in order, once each."""
    return list(dict.fromkeys(int(m.group(1)) for m in _YEAR.finditer(question)))


def _reports_of_year(store: "Store", year: int) -> list[str]:
    def ask() -> dict[int, list[str]]:
        with store.reading() as conn:
            rows = conn.execute(sql("SELECT id, year FROM documents WHERE year IS NOT NULL")).all()
        out: dict[int, list[str]] = {}
        for doc, y in rows:
            out.setdefault(int(y), []).append(doc)
        return out

    return store.until_change("ask_years", ask).get(year, [])


def _surfaces(store: "Store") -> dict[str, tuple[str, str, tuple[str, ...]]]:
    """Every stored entity's names (name and aliases, lower case) → (id, name, aliases); a
    name two entities share is left out (it does not say which one is meant)."""
    def read() -> dict[str, tuple[str, str, tuple[str, ...]]]:
        with store.reading() as conn:
            rows = conn.execute(sql("SELECT id, name, aliases FROM entities")).all()
        out: dict[str, tuple[str, str, tuple[str, ...]] | None] = {}
        for eid, name, aliases in rows:
            entry = (eid, name, tuple(json.loads(aliases or "[]")))
            for n in (name, *entry[2]):
                key = " ".join(n.lower().split())
                if len(key) > 2:
                    out[key] = entry if key not in out or (out[key] or ("",))[0] == eid else None
        return {k: v for k, v in out.items() if v is not None}

    return store.until_change("ask_entity_names", read)


def named_entities(store: "Store", question: str) -> list[tuple[str, Named]]:
    """The stored entities (people, bodies, places) the question names, as (the words it
    used, the entity): the longest run of words first, matched whole and without regard to
    case, and only where the question writes a capital (a name, not the word "police")."""
    table = _surfaces(store)
    if not table:
        return []
    words = list(_NAME_WORD.finditer(question))
    found: list[tuple[str, Named]] = []
    i = 0
    while i < len(words):
        for n in range(min(MAX_NAME_WORDS, len(words) - i), 0, -1):
            run = words[i:i + n]
            said = question[run[0].start():run[-1].end()]
            hit = table.get(" ".join(said.lower().split()))
            capital = any(w.group(0)[0].isupper() for k, w in enumerate(run) if i + k > 0) or (
                n == 1 and sum(c.isupper() for c in said) >= 2)
            if hit and capital:
                found.append((said, Named(*hit)))
                i += n
                break
        else:
            i += 1
    return found


def entity_documents(store: "Store", ids: list[str]) -> dict[str, dict[str, int]]:
    """Entity id → {report id: its mentions there}."""
    if not ids:
        return {}
    p = {f"e{i}": e for i, e in enumerate(dict.fromkeys(ids))}
    with store.reading() as conn:
        rows = conn.execute(sql(
            f"SELECT entity, doc, COUNT(*) FROM mentions WHERE entity IN ({', '.join(':' + k for k in p)}) "
            "GROUP BY entity, doc"), p).all()
    out: dict[str, dict[str, int]] = {e: {} for e in p.values()}
    for eid, doc, c in rows:
        out[eid][doc] = int(c)
    return out


__all__ = ["COMMON_CAP", "NATIONALITY_ENDINGS", "Named", "document_count", "document_prior", "entity_documents",
           "named_country", "named_entities", "named_nationality", "named_years", "reports_of_country"]
