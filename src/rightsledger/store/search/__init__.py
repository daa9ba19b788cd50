"""Search over the sentences of every report, one interface over two backends.

:func:`search` and :func:`count` take the same query language (:mod:`.query`) and filters
on every store and give the same :class:`~.hits.Hit` records: SQLite FTS5 with BM25
(:mod:`.sqlite`) by default, ``tsvector`` on PostgreSQL (:mod:`.postgres`). The backends
share the parser and the hit building (:mod:`.hits`) and never import each other.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from .hits import DocGroup, Hit, SectionGroup, cited, group_hits, snippet_pieces
from .query import MAX_LIMIT, And, Near, Node, Or, Term, parse_query, query_terms, to_fts

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["search", "count", "search_page", "term_documents", "Hit", "DocGroup", "SectionGroup", "cited", "group_hits",
           "snippet_pieces",
           "parse_query", "query_terms", "to_fts", "Term", "Near", "And", "Or", "Node", "MAX_LIMIT"]


def search(store: "Store", query: str, *, country: str | None = None, year: int | None = None,
           doc: str | None = None, section: str | None = None, subtopic: str | None = None,
           entity: str | None = None, event_type: str | None = None,
           date_from: str | None = None, date_to: str | None = None, topic: str | None = None,
           headings: bool = False, limit: int = 20, offset: int = 0, cite: bool = True) -> list[Hit]:
    """Sentences matching ``query`` and the filters, best first.

    ``query`` may be empty when a filter is given (then hits come in document order):
    ``search(store, "", entity="Human Rights Watch")`` lists every sentence naming it.
    ``topic`` keeps the sentences under a heading of that classic-outline topic (any year,
    any layout); ``headings=True`` lets the query's words match those headings too.
    ``cite=False`` leaves the citations empty (a ranking's candidates: :func:`cited` adds
    them to the hits it shows).
    """
    filters = dict(country=country, year=year, doc=doc, section=section, subtopic=subtopic,
                   entity=entity, event_type=event_type, date_from=date_from, date_to=date_to,
                   topic=topic, headings=headings)
    if store.is_sqlite:
        from .sqlite import search as run
    else:
        from .postgres import search_pg as run
    return run(store, query, limit=limit, offset=offset, cite=cite, **filters)


def count(store: "Store", query: str, **filters: Any) -> int:
    """How many sentences :func:`search` would find (all pages)."""
    if store.is_sqlite:
        from .sqlite import count as run
    else:
        from .postgres import count_pg as run
    return run(store, query, **filters)


TERM_CACHE_SIZE = 4096   # terms whose counts per document are remembered (per process)
_TERMS: "OrderedDict[tuple[Any, ...], dict[str, int] | None]" = OrderedDict()
_TERMS_LOCK = threading.Lock()


def term_documents(store: "Store", terms: list[str], *, cap: int = 3000) -> dict[str, dict[str, int] | None]:
    """For each query term (``detain*``, ``"kinshasa"``), the number of sentences holding it
    in each document, or ``None`` for a term found in ``cap`` sentences or more (too common
    to say which report a question is about). Remembered (the :data:`TERM_CACHE_SIZE` latest
    terms) until the database changes: questions share their common words."""
    if store.is_sqlite:
        from .sqlite import term_docs as run
    else:
        from .postgres import term_docs_pg as run
    gen = store.generation()   # None: changes cannot be followed, nothing is remembered
    out: dict[str, dict[str, int] | None] = {}
    for t in terms:
        key = (store.url, gen, t, cap)
        with _TERMS_LOCK:
            known = gen is not None and key in _TERMS
            if known:
                _TERMS.move_to_end(key)
                out[t] = _TERMS[key]
        if known:
            continue
        out[t] = run(store, t, cap=cap)
        if gen is not None:
            with _TERMS_LOCK:
                _TERMS[key] = out[t]
                while len(_TERMS) > TERM_CACHE_SIZE:
                    _TERMS.popitem(last=False)
    return out


def search_page(store: "Store", query: str, *, limit: int = 20, offset: int = 0,
                **filters: Any) -> tuple[list[Hit], int]:
    """(:func:`search`'s hits, :func:`count`): one page and how many there are in all
    (PostgreSQL: both from one statement)."""
    if store.is_sqlite:
        hits = search(store, query, limit=limit, offset=offset, **filters)
        return hits, count(store, query, **filters)
    from .postgres import search_page_pg

    return search_page_pg(store, query, limit=limit, offset=offset, **filters)
