"""Full-text search on the PostgreSQL store: the same queries, filters and hits as
:mod:`rightsledger.store.search.sqlite` (SQLite FTS5), over the generated
``sentences.tsv`` column (``to_tsvector('english', text)``, GIN index; migration
``003_postgres_search`` in :mod:`rightsledger.store.schema`).

The query is parsed by :func:`rightsledger.store.search.query.parse_query`; its tree is turned into a
``tsquery`` built in SQL from bound parameters with ``phraseto_tsquery``, ``to_tsquery``
and the tsquery operators ``&&``, ``||``, ``!!`` and ``tsquery_phrase`` — user text is
never parsed as tsquery syntax (a prefix term's words are letters and digits only).

Mapping (an approximation of FTS5 where PostgreSQL has no equivalent):

=====================  ===================================================================
``word``, ``"a b c"``  ``phraseto_tsquery('english', …)`` (``a <-> b <-> c``; stemmed;
                       a stop word alone matches nothing, as in any PostgreSQL search)
``detain*``            ``to_tsquery('english', 'detain:*')`` (the stem is the prefix)
``"human rig"*``       ``human <-> rig:*``
``a b``, ``a AND b``   ``a && b``
``a OR b``             ``a || b``
``a NOT b``            ``a && !!b``
``a NEAR/k b``         ``a <d> b`` or ``b <d> a`` for every d in 1…k+1 (k tokens or fewer
                       between them, either order, like FTS5); for k ≥ NEAR_EXPAND_MAX
                       both in the sentence (``a && b``). Three or more terms: each
                       neighbouring pair.
=====================  ===================================================================

Ranking: ``ts_rank_cd(tsv, q, 1)`` (cover density, divided by 1 + log(length)); the
hit's ``score`` is that rank (higher is better). Snippets: ``ts_headline`` with
``HighlightAll``, split into pieces exactly as for SQLite.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ...errors import Code, RightsledgerError
from .hits import Hit, check_page, every_filter, search_filters, search_statement, snippet_pieces
from .hits import rows_to_hits as _shared_hits
from .hits import run_sql as _run_sql
from .query import CLOSE, OPEN, And, Near, Node, Or, Term, bad_query, parse_query

if TYPE_CHECKING:
    from ..store import Store

TS_CONFIG = "english"
HEADING_WEIGHT = 0.5   # rank weight of the headings' tsvector (``htsv``) against the sentence's
NEAR_EXPAND_MAX = 20   # NEAR/k with k below this is exact (2·(k+1) phrase operators)
HEADLINE_OPTIONS = f"StartSel={OPEN}, StopSel={CLOSE}, HighlightAll=true"
_WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)

__all__ = ["tsquery_sql", "pg_match", "search_pg", "search_page_pg", "count_pg", "term_docs_pg"]


class _Params:
    def __init__(self, params: dict[str, Any], prefix: str = "tq") -> None:
        self.params = params
        self.prefix = prefix
        self.n = 0

    def add(self, value: Any) -> str:
        name = f"{self.prefix}{self.n}"
        self.n += 1
        self.params[name] = value
        return f":{name}"


def _term(term: Term, p: _Params, cfg: str) -> str:
    if not term.prefix:
        return f"phraseto_tsquery('{cfg}', {p.add(term.text)})"
    words = _WORD_RE.findall(term.text)
    if not words:  # the parser refuses this; be safe anyway
        raise bad_query(f"a wildcard needs at least one letter before it: {term.text!r}")
    last = f"to_tsquery('{cfg}', {p.add(words[-1] + ':*')})"
    if len(words) == 1:
        return last
    head = f"phraseto_tsquery('{cfg}', {p.add(' '.join(words[:-1]))})"
    return f"tsquery_phrase({head}, {last})"


def _near(a: str, b: str, distance: int) -> str:
    if distance >= NEAR_EXPAND_MAX:
        return f"({a} && {b})"
    options = []
    for d in range(1, distance + 2):
        options.append(f"tsquery_phrase({a}, {b}, {d})")
        options.append(f"tsquery_phrase({b}, {a}, {d})")
    return "(" + " || ".join(options) + ")"


def tsquery_sql(node: Node, params: dict[str, Any], *, config: str = TS_CONFIG,
                prefix: str = "tq") -> str:
    """A SQL expression of type ``tsquery`` for a parsed query; its bound values are added
    to ``params`` (names ``tq0``, ``tq1``…)."""
    if not re.fullmatch(r"[a-z_]+", config):
        raise RightsledgerError(Code.BAD_ARGUMENT, detail=f"bad text-search configuration {config!r}")
    p = _Params(params, prefix)

    def walk(n: Node) -> str:
        if isinstance(n, Term):
            return _term(n, p, config)
        if isinstance(n, Near):
            parts = [walk(t) for t in n.terms]
            pairs = [_near(parts[i], parts[i + 1], n.distance) for i in range(len(parts) - 1)]
            return pairs[0] if len(pairs) == 1 else "(" + " && ".join(pairs) + ")"
        if isinstance(n, And):
            out = " && ".join(walk(x) for x in n.include)
            for x in n.exclude:
                out = f"{out} && !!{walk(x)}"
            return f"({out})"
        if isinstance(n, Or):
            return "(" + " || ".join(walk(x) for x in n.options) + ")"
        raise TypeError(f"not a query node: {n!r}")

    return walk(node)


def pg_match(query: str, *, config: str = TS_CONFIG) -> tuple[str, dict[str, Any]]:
    """``(sql, params)``: the tsquery expression for a user query (``BAD_QUERY`` when it
    cannot be parsed). Use as ``WHERE s.tsv @@ (<sql>)``."""
    params: dict[str, Any] = {}
    return tsquery_sql(parse_query(query), params, config=config), params


def rows_to_hits(store: "Store", rows: list[Any], offset: int, cite: bool = True) -> list[Hit]:
    """Rows ``(id, doc, section, start, end, text, r, hl)`` → hits.

    ``hits.rows_to_hits`` (citations in two statements) once ``hits.run_sql`` binds
    parameters on any dialect; until then, or if it fails, the same hits built with
    ``citations.CitationCache`` (slower: it loads each document's outline).
    """
    if rows:
        try:
            return _shared_hits(store, rows, offset, cite)
        except Exception:  # search._run still speaks only SQLite's paramstyle
            pass
    return _hits_portable(store, rows, offset, cite)


def _hits_portable(store: "Store", rows: list[Any], offset: int, cite: bool = True) -> list[Hit]:
    from ..citations import CitationCache

    cites = CitationCache(store)
    hits = []
    for i, (_id, doc, section, start, end, text, r, hl) in enumerate(rows, start=offset + 1):
        if hl is not None and hl.replace(OPEN, "").replace(CLOSE, "") == text:
            pieces = snippet_pieces(hl)
        else:
            pieces = snippet_pieces(text.replace(OPEN, "").replace(CLOSE, ""))
        hits.append(Hit(i, doc, section, start, end, text, -float(r or 0.0) + 0.0,
                        cites.cite(doc, start) if cite else "", pieces))
    return hits


def run_sql(store: "Store", stmt: str, params: dict[str, Any]) -> list[Any]:
    try:
        with store.reading() as conn:
            return list(_run_sql(conn, stmt, params).all())
    except RightsledgerError:
        raise
    except Exception as exc:  # a tsquery we built being refused is a bug: say so kindly
        msg = str(exc).splitlines()[0]
        if "tsquery" in msg.lower() or "syntax error" in msg.lower():
            raise bad_query(msg) from exc
        raise RightsledgerError(Code.DATABASE, detail=msg) from exc


def search_pg(store: "Store", query: str, *, limit: int = 20, offset: int = 0, cite: bool = True,
              **filters: Any) -> list[Hit]:
    """:func:`rightsledger.store.search.sqlite.search` on PostgreSQL: same arguments, same hits."""
    return search_page_pg(store, query, limit=limit, offset=offset, cite=cite, **filters)[0]


def search_page_pg(store: "Store", query: str, *, limit: int = 20, offset: int = 0, cite: bool = True,
                   **filters: Any) -> tuple[list[Hit], int]:
    """(the hits of one page, how many there are in all): the count comes with the page
    (every match is ranked before the page is cut anyway), not from a second search."""
    check_page(limit, offset)
    headings = bool(filters.pop("headings", False))
    full = every_filter(filters)
    has_query = bool(query and query.strip())
    if not has_query and not any(v not in (None, "") for v in full.values()):
        raise bad_query("the query is empty")
    match = pg_match(query) if has_query else None
    counting = {**full, "headings": headings}
    where, params, possible = search_filters(store, **full)
    if not possible:
        return [], 0
    params.update(limit=limit, offset=offset)
    if match is None:
        stmt = search_statement(None, where, ", 0.0 AS r, NULL AS hl",
                          "ORDER BY s.doc, s.start LIMIT :limit OFFSET :offset")
        return rows_to_hits(store, run_sql(store, stmt, params), offset, cite), count_pg(store, query, **counting)
    expr, mparams = match
    params.update(mparams)
    params["hl_options"] = HEADLINE_OPTIONS
    found = "(s.tsv @@ q.q OR s.htsv @@ q.q)" if headings else "s.tsv @@ q.q"
    rank = (f"-(ts_rank_cd(s.tsv, q.q, 1) + {HEADING_WEIGHT} * ts_rank_cd(s.htsv, q.q, 1))"
            if headings else "-ts_rank_cd(s.tsv, q.q, 1)")
    conds = " AND ".join([found, *where])
    # rank and page first, then build the headlines of the page only
    stmt = (
        f"WITH q AS (SELECT {expr} AS q), "
        f"page AS (SELECT s.id, {rank} AS r, count(*) OVER () AS total FROM sentences s, q "
        f"WHERE {conds} ORDER BY r, s.id LIMIT :limit OFFSET :offset) "
        f"SELECT s.id, s.doc, s.section, s.start, s.\"end\", s.text, page.r, "
        f"ts_headline('{TS_CONFIG}', s.text, q.q, :hl_options) AS hl, page.total "
        f"FROM page JOIN sentences s ON s.id = page.id, q ORDER BY page.r, s.id")
    rows = run_sql(store, stmt, params)
    if rows:
        total = int(rows[0][-1])
    else:  # past the last page (or nothing at all): count without a page
        total = count_pg(store, query, **counting) if offset else 0
    return rows_to_hits(store, [r[:-1] for r in rows], offset, cite), total


def count_pg(store: "Store", query: str, **filters: Any) -> int:
    """:func:`rightsledger.store.search.sqlite.count` on PostgreSQL."""
    headings = bool(filters.pop("headings", False))
    full = every_filter(filters)
    has_query = bool(query and query.strip())
    if not has_query and not any(v not in (None, "") for v in full.values()):
        raise bad_query("the query is empty")
    where, params, possible = search_filters(store, **full)
    if not possible:
        return 0
    if has_query:
        expr, mparams = pg_match(query)
        params.update(mparams)
        found = f"(s.tsv @@ ({expr}) OR s.htsv @@ ({expr}))" if headings else f"s.tsv @@ ({expr})"
        conds = " AND ".join([found, *where])
        stmt = f"SELECT COUNT(*) FROM sentences s WHERE {conds}"
    else:
        stmt = f"SELECT COUNT(*) FROM ({search_statement(None, where, '', '')}) AS c"
    rows = run_sql(store, stmt, params)
    return int(rows[0][0] or 0)


def term_docs_pg(store: "Store", term: str, *, cap: int) -> dict[str, int] | None:
    """:func:`rightsledger.store.search.sqlite.term_docs` on PostgreSQL."""
    expr, params = pg_match(term)
    params["cap"] = cap
    rows = run_sql(store, (f"SELECT f.doc, COUNT(*) FROM (SELECT s.doc FROM sentences s "
                        f"WHERE s.tsv @@ ({expr}) LIMIT :cap) AS f GROUP BY f.doc"), params)
    if sum(n for _, n in rows) >= cap:
        return None
    return {d: int(n) for d, n in rows}

