"""Whether a question identifies its report across the corpus: a mechanical criterion,
declared before any score was computed with it (docs/rounds/2026-12-05-t-ask2.md).

Across a whole corpus, "How many displaced people were still living in camps?" has an
answer in most reports, and only the question's own report counts; no ranking can be
asked to guess which one was meant. The corpus scope of ``bench/ask_eval.py`` is therefore
also printed for the questions that *identify* their report, by this rule, computed from
the texts of the reports in the database (never by hand):

A question about report R identifies R when at least one of these holds:

(a) **country**: it names R's country (``documents.country``, whole words, any case), or a
    demonym of it: a capitalised word of the question equal to the last word of the country's
    name with an ending replaced, ``DEMONYM_DROP`` (nothing, "a", "e", "o", "ia", "stan")
    then ``DEMONYM_ADD`` (nothing, "n", "an", "ian", "ese", "lese", "i"; an "s" may follow),
    at least five letters long ("Liberian", "Congolese", "Somali", "Kazakh");
(b) **year**: it names (four digits, 1950–2039) R's year, or a year written in R and in at
    most :data:`MAX_REPORTS` reports of the corpus;
(c) **proper name**: a run of capitalised words of the question (a word whose first letter
    is a capital and that is not the question's first word unless it has two capitals —
    "MSF"; "of", "the", "and", "de" allowed inside a run), or any shorter run of consecutive
    words inside it, that is written in R and in at most :data:`MAX_REPORTS` reports of the
    corpus (whole words, any case);
(d) **distinctive phrase**: two or more consecutive words of the question, none of them a
    stop word or question word of ``ask`` (``analysis/questions/data/ask.toml``) and each of at least
    three letters, written as a phrase in R and in at most :data:`MAX_REPORTS` reports.

Single lower-case words do not count: in a corpus of a few dozen reports many ordinary words
are in two reports by chance.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

MAX_REPORTS = 2
DEMONYM_DROP = ("", "a", "e", "o", "ia", "stan")
DEMONYM_ADD = ("", "n", "an", "ian", "ese", "lese", "i")
CONNECTORS = frozenset({"of", "the", "and", "de", "du", "des", "la", "le", "for"})
_WORD = re.compile(r"[A-Za-z0-9][\w'’-]*[\w]|[A-Za-z0-9]")
_YEAR = re.compile(r"(?<![\w-])(19[5-9]\d|20[0-3]\d)(?![\w-])")


def normalise(text: str) -> str:
    """Lower case, one space between words, straight apostrophes: what phrases are matched in."""
    return " ".join(text.lower().replace("’", "'").split())


@dataclass
class Corpus:
    """The reports of a database: id → normalised text, country, year."""

    texts: dict[str, str]
    countries: dict[str, str]
    years: dict[str, int | None]

    def reports_with(self, phrase: str) -> frozenset[str]:
        return _reports_with(self, normalise(phrase))

    def __hash__(self) -> int:   # one corpus per run: identity is enough for the cache
        return id(self)


@lru_cache(maxsize=100_000)
def _reports_with(corpus: Corpus, phrase: str) -> frozenset[str]:
    pattern = re.compile(rf"(?<![\w'-]){re.escape(phrase)}(?![\w'-])")
    return frozenset(d for d, t in corpus.texts.items() if pattern.search(t))


def load_corpus(store) -> Corpus:
    docs = store.documents()
    return Corpus({d["id"]: normalise(store.document_text(d["id"])) for d in docs},
                  {d["id"]: d.get("country") or "" for d in docs},
                  {d["id"]: d.get("year") for d in docs})


def demonyms(country: str) -> set[str]:
    """The demonym forms of a country's name, lower case ("liberian", "congolese")."""
    words = country.lower().split()
    if not words:
        return set()
    last = words[-1]
    out = set()
    for drop in DEMONYM_DROP:
        if drop and not last.endswith(drop):
            continue
        base = last[: len(last) - len(drop)] if drop else last
        for add in DEMONYM_ADD:
            form = base + add
            if len(form) >= 5:
                out |= {form, form + "s"}
    return out


def _capital_runs(question: str) -> list[list[str]]:
    words = [m.group(0) for m in _WORD.finditer(question)]
    runs, run = [], []
    for i, w in enumerate(words):
        capital = w[0].isupper() and (i > 0 or sum(c.isupper() for c in w) >= 2)
        if capital:
            run.append(w)
        elif run and w.lower() in CONNECTORS and i + 1 < len(words) and words[i + 1][0].isupper():
            run.append(w)
        else:
            if run:
                runs.append(run)
            run = []
    if run:
        runs.append(run)
    return runs


def _sub_runs(run: list[str]) -> list[str]:
    out = []
    for n in range(len(run), 0, -1):
        for i in range(len(run) - n + 1):
            sub = run[i:i + n]
            if sub[0].lower() in CONNECTORS or sub[-1].lower() in CONNECTORS:
                continue
            out.append(" ".join(sub))
    return out


def reasons(question: str, doc: str, corpus: Corpus, stop_words: frozenset[str]) -> list[str]:
    """Why the question identifies ``doc`` (empty: it does not): ``country:…``, ``year:…``,
    ``name:…``, ``phrase:…``."""
    out: list[str] = []
    low = normalise(question)
    country = corpus.countries.get(doc, "")
    if country and re.search(rf"(?<![\w-]){re.escape(normalise(country))}(?![\w-])", low):
        out.append(f"country:{country}")
    forms = demonyms(country)
    for w in _WORD.findall(question):
        if w[0].isupper() and w.lower().replace("’", "'") in forms:
            out.append(f"country:{w}")
    out = list(dict.fromkeys(out))
    for m in _YEAR.finditer(question):
        year = int(m.group(1))
        holders = corpus.reports_with(m.group(1))
        if corpus.years.get(doc) == year or (doc in holders and len(holders) <= MAX_REPORTS):
            out.append(f"year:{year}")
    for run in _capital_runs(question):
        for name in _sub_runs(run):
            holders = corpus.reports_with(name)
            if doc in holders and len(holders) <= MAX_REPORTS:
                out.append(f"name:{name}")
                break
    words = [m.group(0) for m in _WORD.finditer(question)]
    ok = [w.lower() not in stop_words and len(w) >= 3 and not w.isdigit() for w in words]
    for i in range(len(words)):
        for j in range(i + 2, len(words) + 1):
            if not all(ok[i:j]):
                break
            phrase = " ".join(words[i:j])
            holders = corpus.reports_with(phrase)
            if doc not in holders:
                break      # a longer phrase is not in the report either
            if len(holders) <= MAX_REPORTS:
                out.append(f"phrase:{phrase}")
                break
    return out
