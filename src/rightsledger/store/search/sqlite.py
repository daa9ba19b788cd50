"""Full-text search on SQLite: FTS5 over the sentences of every report, BM25 ranking.

The query language follows ecoi.net: words, ``"phrases"``, ``AND``/``OR``/``NOT`` (``AND``
is implicit between terms), parentheses, ``NEAR/5`` proximity (``torture NEAR/5
custody``) and prefix wildcards (``detain*``). Operators are upper case; lower-case
``and``/``or``/``not`` are ordinary words. The query is parsed here into a tree and
written out as an FTS5 ``MATCH`` expression in which every term is quoted, so user text
never reaches FTS5 syntax; a malformed query raises ``RightsledgerError(Code.BAD_QUERY)``.

Hits are sentences (``text == document_text[start:end]``), ranked by BM25 (the higher
``score``, the better), each with its citation and a keyword-in-context ``snippet``: a
list of ``(text, is_match)`` pieces that a front end escapes and marks up itself.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...errors import Code, RightsledgerError
from .hits import Hit, check_page, every_filter, search_filters, rows_to_hits, run_sql, search_statement, text_only
from .query import CLOSE, OPEN, bad_query, to_fts

if TYPE_CHECKING:
    from ..store import Store

HEADING_WEIGHT = 0.5   # BM25 weight of the heading column against the sentence's own (1.0)


def search(store: "Store", query: str, *, headings: bool = False, limit: int = 20, offset: int = 0,
           cite: bool = True, **filters: Any) -> list[Hit]:
    """:func:`rightsledger.store.search.search` on SQLite: its arguments (the filters of
    :data:`.hits.FILTERS` as keywords, each ``None`` when not given), its hits, best first.

    ``headings=True`` also matches the titles a sentence stands under (weighted
    :data:`HEADING_WEIGHT` against its own words in BM25). ``cite=False``: no citations
    (candidates of a ranking; :func:`.hits.cited` adds them to those shown).
    """
    check_page(limit, offset)
    filters = every_filter(filters)
    doc = filters["doc"]
    has_query = bool(query and query.strip())
    if not has_query and not any(v not in (None, "") for v in filters.values()):
        raise bad_query("the query is empty")
    match = to_fts(query) if has_query else None
    if match is not None and not headings:
        match = text_only(match)
    where, params, possible = search_filters(store, **filters)
    if not possible:
        return []
    params.update(limit=limit, offset=offset, hw=HEADING_WEIGHT)
    try:
        with store.reading() as conn:
            if match is None:
                rows = run_sql(conn, search_statement(None, where, ", 0.0 AS r, NULL AS hl",
                                             "ORDER BY s.doc, s.start LIMIT :limit OFFSET :offset"),
                            params).all()
                return rows_to_hits(store, rows, offset, cite)
            params["match"] = match
            if doc:  # a document's sentences have consecutive ids: let FTS5 skip the rest
                lo, hi = run_sql(conn, "SELECT MIN(id), MAX(id) FROM sentences WHERE doc = :doc",
                              {"doc": doc}).one()
                if lo is None:
                    return []
                where.append("sentences_fts.rowid BETWEEN :lo AND :hi")
                params.update(lo=lo, hi=hi)
            # 1. rank: only ids and BM25, so that nothing else is computed for every match
            if where:
                ranked = run_sql(conn, (
                    "SELECT s.id, bm25(sentences_fts, 1.0, :hw) AS r FROM sentences_fts "
                    "JOIN sentences s ON s.id = sentences_fts.rowid "
                    f"WHERE sentences_fts MATCH :match AND {' AND '.join(where)} "
                    "ORDER BY r, s.id LIMIT :limit OFFSET :offset"), params).all()
            else:
                ranked = run_sql(conn, (
                    "SELECT rowid, bm25(sentences_fts, 1.0, :hw) AS r FROM sentences_fts "
                    "WHERE sentences_fts MATCH :match ORDER BY r, rowid LIMIT :limit OFFSET :offset"),
                    params).all()
            if not ranked:
                return []
            # 2. the page: highlight the matches of those sentences only. One FTS5 scan
            # (a rowid IN list would re-run the query once per id), highlight() in a CASE.
            ids = {f"i{k}": rid for k, (rid, _) in enumerate(ranked)}
            in_list = ", ".join(":" + k for k in ids)
            marks = {r[0]: r[1] for r in run_sql(conn, (
                f"SELECT rowid, CASE WHEN rowid IN ({in_list}) THEN "
                f"highlight(sentences_fts, 0, '{OPEN}', '{CLOSE}') END AS hl FROM sentences_fts "
                "WHERE sentences_fts MATCH :match AND rowid BETWEEN :plo AND :phi AND hl IS NOT NULL"),
                {"match": match, "plo": min(ids.values()), "phi": max(ids.values()), **ids})}
            page = {r[0]: r for r in run_sql(conn, (
                f"SELECT s.id, s.doc, s.section, s.start, s.\"end\", s.text FROM sentences s "
                f"WHERE s.id IN ({in_list})"), ids)}
            rows = [(*page[rid], r, marks.get(rid)) for rid, r in ranked if rid in page]
    except RightsledgerError:
        raise
    except Exception as exc:  # FTS5 refusing an expression we built is a bug, but say so kindly
        if "fts5" in str(exc).lower() or "match" in str(exc).lower():
            raise bad_query(str(exc).splitlines()[0]) from exc
        raise RightsledgerError(Code.DATABASE, detail=str(exc).splitlines()[0]) from exc
    return rows_to_hits(store, rows, offset, cite)


def count(store: "Store", query: str, **filters: Any) -> int:
    """How many sentences ``search`` would find (all pages)."""
    headings = bool(filters.pop("headings", False))
    has_query = bool(query and query.strip())
    if not has_query and not any(v not in (None, "") for v in filters.values()):
        raise bad_query("the query is empty")
    match = to_fts(query) if has_query else None
    if match is not None and not headings:
        match = text_only(match)
    where, params, possible = search_filters(store, **every_filter(filters))
    if not possible:
        return 0
    if match is not None:
        params["match"] = match
    stmt = search_statement(match, where, "", "")
    if match is not None and not where:  # no filter: the index alone can count
        stmt = "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH :match"
    with store.reading() as conn:
        return int(run_sql(conn, (f"SELECT COUNT(*) FROM ({stmt})"), params).scalar() or 0)


def term_docs(store: "Store", term: str, *, cap: int) -> dict[str, int] | None:
    """In how many sentences of each document ``term`` (one query term, ``detain*``)
    occurs, in the sentence text; ``None`` when it occurs in ``cap`` sentences or more
    (a common word, not worth counting further)."""
    match = text_only(to_fts(term))
    with store.reading() as conn:
        rows = run_sql(conn, (
            "SELECT s.doc, COUNT(*) FROM (SELECT rowid FROM sentences_fts WHERE sentences_fts "
            "MATCH :match LIMIT :cap) f JOIN sentences s ON s.id = f.rowid GROUP BY s.doc"),
            {"match": match, "cap": cap}).all()
    if sum(n for _, n in rows) >= cap:
        return None
    return {d: int(n) for d, n in rows}

