"""Full-text search over the sentences of every report, with filters and citations.

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

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable

from sqlalchemy import text as sql

from .errors import Code, RightsledgerError
from .records import EVENT_TYPES

if TYPE_CHECKING:
    from .store import Store

MAX_QUERY_CHARS = 1000
MAX_TERMS = 64
MAX_LIMIT = 1000
DEFAULT_NEAR = 10
SNIPPET_CHARS = 320           # sentences longer than this are cut around the first match
_OPEN, _CLOSE = "\x02", "\x03"  # highlight() markers, split out into snippet pieces

DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

# -- the query language ------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """A word or a quoted phrase; ``prefix`` for ``detain*``."""

    text: str
    prefix: bool = False
    phrase: bool = False

    def fts(self) -> str:
        quoted = '"' + self.text.replace('"', '""') + '"'
        return quoted + " *" if self.prefix else quoted


@dataclass(frozen=True)
class Near:
    terms: tuple[Term, ...]
    distance: int

    def fts(self) -> str:
        return "NEAR(" + " ".join(t.fts() for t in self.terms) + f", {self.distance})"


@dataclass(frozen=True)
class And:
    include: tuple[Any, ...]
    exclude: tuple[Any, ...] = ()

    def fts(self) -> str:
        inc = " AND ".join(_paren(n) for n in self.include)
        if len(self.include) > 1 and self.exclude:
            inc = f"({inc})"
        for n in self.exclude:
            inc = f"{inc} NOT {_paren(n)}"
        return inc


@dataclass(frozen=True)
class Or:
    options: tuple[Any, ...]

    def fts(self) -> str:
        return " OR ".join(_paren(n) for n in self.options)


Node = Term | Near | And | Or


def _paren(node: Node) -> str:
    return f"({node.fts()})" if isinstance(node, (And, Or)) else node.fts()


_TOKEN_RE = re.compile(
    r'\s*(?:(?P<lp>\()|(?P<rp>\))|"(?P<phrase>[^"]*)"(?P<pstar>\*)?|(?P<word>[^\s()"]+))')
_WORDCHAR_RE = re.compile(r"[^\W_]", re.UNICODE)
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")
_NEAR_RE = re.compile(r"^NEAR(?:/(\d+))?$")


def _bad(detail: str) -> RightsledgerError:
    return RightsledgerError(Code.BAD_QUERY, detail=detail)


def _tokens(query: str) -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    pos = 0
    # control characters (NUL ends a C string inside FTS5) are spaces
    query = _CONTROL_RE.sub(" ", query).strip()
    while pos < len(query):
        m = _TOKEN_RE.match(query, pos)
        if m is None or m.end() == pos:
            if query[pos:].lstrip().startswith('"'):
                raise _bad("a quotation mark is not closed")
            raise _bad(f"unexpected text at character {pos}")
        pos = m.end()
        if m.group("lp"):
            out.append(("(", None))
        elif m.group("rp"):
            out.append((")", None))
        elif m.group("phrase") is not None:
            text = " ".join(m.group("phrase").split())
            if not _WORDCHAR_RE.search(text):
                raise _bad("an empty phrase")
            out.append(("term", Term(text, prefix=bool(m.group("pstar")), phrase=True)))
        else:
            word = m.group("word")
            if word in ("AND", "OR", "NOT"):
                out.append((word, None))
                continue
            near = _NEAR_RE.match(word)
            if near:
                dist = int(near.group(1)) if near.group(1) else DEFAULT_NEAR
                if not 0 <= dist <= 1000:
                    raise _bad("NEAR distance must be between 0 and 1000")
                out.append(("NEAR", dist))
                continue
            prefix = word.endswith("*")
            core = word.rstrip("*")
            if "*" in core:
                raise _bad(f"a wildcard is only allowed at the end of a word: {word!r}")
            if not _WORDCHAR_RE.search(core):
                if prefix:
                    raise _bad(f"a wildcard needs at least one letter before it: {word!r}")
                continue  # punctuation on its own (" - ", "&") searches nothing
            out.append(("term", Term(core, prefix=prefix)))
    return out


class _Parser:
    """Recursive descent: or := and (OR and)*; and := unary+ ; unary := NOT? near;
    near := primary (NEAR primary)*; primary := term | ( or )."""

    def __init__(self, tokens: list[tuple[str, Any]]) -> None:
        self.tokens = tokens
        self.i = 0

    def peek(self) -> str | None:
        return self.tokens[self.i][0] if self.i < len(self.tokens) else None

    def take(self) -> tuple[str, Any]:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def parse(self) -> Node:
        if not self.tokens:
            raise _bad("the query is empty")
        node = self.or_()
        if self.peek() is not None:
            kind = self.peek()
            raise _bad("a closing parenthesis has no opening one" if kind == ")"
                       else f"unexpected {kind}")
        return node

    def or_(self) -> Node:
        options = [self.and_()]
        while self.peek() == "OR":
            self.take()
            if self.peek() in (None, ")", "OR", "AND"):
                raise _bad("OR needs a term after it")
            options.append(self.and_())
        return options[0] if len(options) == 1 else Or(tuple(options))

    def and_(self) -> Node:
        include: list[Node] = []
        exclude: list[Node] = []
        while True:
            kind = self.peek()
            if kind == "AND":
                if not include and not exclude:
                    raise _bad("AND needs a term before it")
                self.take()
                if self.peek() in (None, ")", "OR", "AND"):
                    raise _bad("AND needs a term after it")
                continue
            if kind == "NOT":
                self.take()
                if self.peek() in (None, ")", "OR", "AND", "NOT"):
                    raise _bad("NOT needs a term after it")
                exclude.append(self.near())
                continue
            if kind in ("term", "("):
                include.append(self.near())
                continue
            break
        if not include and not exclude:
            kind = self.peek()
            raise _bad(f"{kind} needs a term before it" if kind in ("OR", "NEAR")
                       else "empty parentheses" if kind == ")" else "the query is empty")
        if not include:
            raise _bad("NOT needs something to exclude from (e.g. torture NOT prison)")
        if not exclude and len(include) == 1:
            return include[0]
        return And(tuple(include), tuple(exclude))

    def near(self) -> Node:
        first = self.primary()
        if self.peek() != "NEAR":
            return first
        terms = [first]
        distance = None
        while self.peek() == "NEAR":
            _, dist = self.take()
            distance = dist if distance is None else min(distance, dist)
            if self.peek() != "term":
                raise _bad("NEAR joins two words or phrases")
            terms.append(self.primary())
        if not all(isinstance(t, Term) for t in terms):
            raise _bad("NEAR joins two words or phrases, not groups")
        return Near(tuple(terms), distance if distance is not None else DEFAULT_NEAR)  # type: ignore[arg-type]

    def primary(self) -> Node:
        kind, value = self.take() if self.peek() is not None else (None, None)
        if kind == "term":
            return value
        if kind == "(":
            node = self.or_()
            if self.peek() != ")":
                raise _bad("a parenthesis is not closed")
            self.take()
            return node
        raise _bad("a term is missing" if kind is None else f"unexpected {kind}")


def parse_query(query: str) -> Node:
    """The query as a tree; raises ``BAD_QUERY`` when it cannot be parsed."""
    if query is None or not query.strip():
        raise _bad("the query is empty")
    if len(query) > MAX_QUERY_CHARS:
        raise _bad(f"the query is longer than {MAX_QUERY_CHARS} characters")
    tokens = _tokens(query)
    if sum(1 for k, _ in tokens if k == "term") > MAX_TERMS:
        raise _bad(f"the query has more than {MAX_TERMS} terms")
    return _Parser(tokens).parse()


def to_fts(query: str) -> str:
    """The FTS5 MATCH expression for a user query (every term quoted)."""
    return parse_query(query).fts()


def query_terms(node: Node) -> list[Term]:
    """The terms a hit may match (those under NOT excluded)."""
    if isinstance(node, Term):
        return [node]
    if isinstance(node, Near):
        return list(node.terms)
    if isinstance(node, And):
        return [t for n in node.include for t in query_terms(n)]
    return [t for n in node.options for t in query_terms(n)]


# -- hits ----------------------------------------------------------------------------------


@dataclass
class Hit:
    """One sentence that matches, best first (``rank`` from 1)."""

    rank: int
    doc: str
    section: str | None
    start: int
    end: int
    text: str
    score: float
    citation: str
    snippet: list[tuple[str, bool]] = field(default_factory=list)

    @property
    def link(self) -> str:
        """A stable link to the exact span, served by the web UI."""
        return f"/docs/{self.doc}#{self.start}-{self.end}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": "hit", "rank": self.rank, "doc": self.doc, "section": self.section,
            "start": self.start, "end": self.end, "text": self.text,
            "score": round(self.score, 6), "citation": self.citation,
            "snippet": [[t, m] for t, m in self.snippet],
        }

    def snippet_markup(self, open: str = "[", close: str = "]") -> str:
        """The snippet as plain text with matches between ``open`` and ``close`` (for terminals)."""
        return "".join(f"{open}{t}{close}" if m else t for t, m in self.snippet)


@dataclass
class SectionGroup:
    section: str | None
    hits: list[Hit]


@dataclass
class DocGroup:
    doc: str
    sections: list[SectionGroup]

    @property
    def count(self) -> int:
        return sum(len(s.hits) for s in self.sections)


def group_hits(hits: Iterable[Hit]) -> list[DocGroup]:
    """Hits grouped by document, then section, each group in the order of its best hit."""
    docs: dict[str, dict[str | None, list[Hit]]] = {}
    for h in hits:
        docs.setdefault(h.doc, {}).setdefault(h.section, []).append(h)
    return [DocGroup(d, [SectionGroup(s, hs) for s, hs in secs.items()]) for d, secs in docs.items()]


def snippet_pieces(marked: str, limit: int = SNIPPET_CHARS) -> list[tuple[str, bool]]:
    """``highlight()`` output (matches between \\x02 and \\x03) → ``(text, is_match)`` pieces,
    cut to about ``limit`` characters around the first match (``…`` marks a cut)."""
    pieces: list[tuple[str, bool]] = []
    for part in re.split(f"({_OPEN}[^{_CLOSE}]*{_CLOSE})", marked):
        if not part:
            continue
        if part.startswith(_OPEN) and part.endswith(_CLOSE):
            pieces.append((part[1:-1], True))
        else:
            pieces.append((part.replace(_OPEN, "").replace(_CLOSE, ""), False))
    plain = "".join(t for t, _ in pieces)
    if len(plain) <= limit:
        return _merge(pieces)
    first = 0
    pos = 0
    for t, m in pieces:
        if m:
            first = pos
            break
        pos += len(t)
    lo = max(0, min(first - limit // 3, len(plain) - limit))
    hi = min(len(plain), lo + limit)
    # widen to word boundaries
    while lo > 0 and not plain[lo - 1].isspace() and first - lo < limit // 2:
        lo -= 1
    while hi < len(plain) and not plain[hi].isspace() and hi - lo < limit + 40:
        hi += 1
    out: list[tuple[str, bool]] = []
    pos = 0
    for t, m in pieces:
        s, e = pos, pos + len(t)
        pos = e
        a, b = max(s, lo), min(e, hi)
        if a < b:
            out.append((t[a - s:b - s], m))
    if lo > 0:
        out.insert(0, ("…", False))
    if hi < len(plain):
        out.append(("…", False))
    return _merge(out)


def _merge(pieces: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    out: list[tuple[str, bool]] = []
    for t, m in pieces:
        if out and out[-1][1] == m:
            out[-1] = (out[-1][0] + t, m)
        elif t:
            out.append((t, m))
    return out


# -- the search ----------------------------------------------------------------------------

def _run(conn: Any, stmt: str, params: dict[str, Any] | None = None) -> Any:
    """Run SQL text with ``:name`` parameters: straight on the SQLite driver (no statement
    compilation, which costs more than the query on small pages), through SQLAlchemy elsewhere."""
    if conn.dialect.name == "sqlite":
        return conn.exec_driver_sql(stmt, params or {})
    return conn.execute(sql(stmt), params or {})


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _check_date(value: str | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    value = str(value).strip()
    if not DATE_RE.match(value):
        raise RightsledgerError(Code.BAD_ARGUMENT, detail=f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    return value


def _filters(store: "Store", *, country: str | None, year: int | None, doc: str | None,
             section: str | None, subtopic: str | None, entity: str | None,
             event_type: str | None, date_from: str | None, date_to: str | None,
             ) -> tuple[list[str], dict[str, Any], bool]:
    """SQL conditions on ``s`` (sentences) and their parameters; ``False`` when nothing can match."""
    where: list[str] = []
    params: dict[str, Any] = {}
    if country:
        where.append("s.doc IN (SELECT id FROM documents WHERE lower(country) = :country "
                     "OR lower(country_code) = :country)")
        params["country"] = country.strip().lower()
    if year is not None:
        where.append("s.doc IN (SELECT id FROM documents WHERE year = :year)")
        params["year"] = int(year)
    if doc:
        where.append("s.doc = :doc")
        params["doc"] = doc
    if section:
        where.append("(s.section = :section OR s.section LIKE :section_like ESCAPE '\\')")
        params["section"] = section
        params["section_like"] = _like_escape(section) + ".%"
    if subtopic:
        where.append(
            "EXISTS (SELECT 1 FROM subtopics t WHERE t.doc = s.doc AND t.start <= s.start "
            "AND s.start < t.\"end\" AND (lower(t.title) LIKE :subtopic ESCAPE '\\' "
            "OR t.topic = :subtopic_topic))")
        params["subtopic"] = "%" + _like_escape(subtopic.strip().lower()) + "%"
        params["subtopic_topic"] = subtopic.strip()
    if entity:
        ids = store.find_entities(entity, limit=50)
        if not ids:
            return where, params, False
        names = []
        for i, eid in enumerate(ids):
            params[f"ent{i}"] = eid
            names.append(f":ent{i}")
        where.append(
            "EXISTS (SELECT 1 FROM mentions m WHERE m.doc = s.doc AND m.start >= s.start "
            f"AND m.start < s.\"end\" AND m.entity IN ({', '.join(names)}))")
    date_from = _check_date(date_from, "date_from")
    date_to = _check_date(date_to, "date_to")
    if event_type or date_from or date_to:
        # the event's evidence starts in the sentence (it is the sentence or a clause of it)
        cond = ["e.doc = s.doc", "e.start >= s.start", "e.start < s.\"end\""]
        if event_type:
            if event_type not in EVENT_TYPES:
                raise RightsledgerError(Code.BAD_ARGUMENT, detail=(
                    f"unknown event type {event_type!r}; use one of {', '.join(EVENT_TYPES)}"))
            cond.append("e.type = :event_type")
            params["event_type"] = event_type
        if date_from:
            # an event overlaps the range if it ends on or after date_from
            cond.append("coalesce(e.date_end, e.date) >= :date_from")
            params["date_from"] = date_from
        if date_to:
            cond.append("e.date <= :date_to")
            params["date_to"] = date_to + "\uffff"
        where.append(f"EXISTS (SELECT 1 FROM events e WHERE {' AND '.join(cond)})")
    return where, params, True


def _check_page(limit: int, offset: int) -> None:
    if not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        raise RightsledgerError(Code.BAD_ARGUMENT, detail=f"limit must be between 1 and {MAX_LIMIT}")
    if not isinstance(offset, int) or offset < 0:
        raise RightsledgerError(Code.BAD_ARGUMENT, detail="offset must be 0 or more")


def _statement(match: str | None, where: list[str], select_extra: str, order: str) -> str:
    conds = list(where)
    if match is not None:
        conds.insert(0, "sentences_fts MATCH :match")
        return (f"SELECT s.id, s.doc, s.section, s.start, s.\"end\", s.text{select_extra} "
                "FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid "
                f"WHERE {' AND '.join(conds)} {order}")
    return (f"SELECT s.id, s.doc, s.section, s.start, s.\"end\", s.text{select_extra} "
            f"FROM sentences s {'WHERE ' + ' AND '.join(conds) if conds else ''} {order}")


def search(store: "Store", query: str, *, country: str | None = None, year: int | None = None,
           doc: str | None = None, section: str | None = None, subtopic: str | None = None,
           entity: str | None = None, event_type: str | None = None,
           date_from: str | None = None, date_to: str | None = None,
           limit: int = 20, offset: int = 0) -> list[Hit]:
    """Sentences matching ``query`` and the filters, best first.

    ``query`` may be empty when a filter is given (then hits come in document order):
    ``search(store, "", entity="Human Rights Watch")`` lists every sentence naming it.
    """
    _check_page(limit, offset)
    filters = dict(country=country, year=year, doc=doc, section=section, subtopic=subtopic,
                   entity=entity, event_type=event_type, date_from=date_from, date_to=date_to)
    if not store.is_sqlite:  # PostgreSQL: tsvector search with the same language and hits
        return _postgres().search_pg(store, query, limit=limit, offset=offset, **filters)
    has_query = bool(query and query.strip())
    if not has_query and not any(v not in (None, "") for v in filters.values()):
        raise _bad("the query is empty")
    match = to_fts(query) if has_query else None
    where, params, possible = _filters(store, **filters)
    if not possible:
        return []
    params.update(limit=limit, offset=offset)
    try:
        with store.engine.connect() as conn:
            if match is None:
                rows = _run(conn, _statement(None, where, ", 0.0 AS r, NULL AS hl",
                                             "ORDER BY s.doc, s.start LIMIT :limit OFFSET :offset"),
                            params).all()
                return _hits(store, rows, offset)
            params["match"] = match
            if doc:  # a document's sentences have consecutive ids: let FTS5 skip the rest
                lo, hi = _run(conn, "SELECT MIN(id), MAX(id) FROM sentences WHERE doc = :doc",
                              {"doc": doc}).one()
                if lo is None:
                    return []
                where.append("sentences_fts.rowid BETWEEN :lo AND :hi")
                params.update(lo=lo, hi=hi)
            # 1. rank: only ids and BM25, so that nothing else is computed for every match
            if where:
                ranked = _run(conn, (
                    "SELECT s.id, bm25(sentences_fts) AS r FROM sentences_fts "
                    "JOIN sentences s ON s.id = sentences_fts.rowid "
                    f"WHERE sentences_fts MATCH :match AND {' AND '.join(where)} "
                    "ORDER BY r, s.id LIMIT :limit OFFSET :offset"), params).all()
            else:
                ranked = _run(conn, (
                    "SELECT rowid, bm25(sentences_fts) AS r FROM sentences_fts "
                    "WHERE sentences_fts MATCH :match ORDER BY r, rowid LIMIT :limit OFFSET :offset"),
                    params).all()
            if not ranked:
                return []
            # 2. the page: highlight the matches of those sentences only. One FTS5 scan
            # (a rowid IN list would re-run the query once per id), highlight() in a CASE.
            ids = {f"i{k}": rid for k, (rid, _) in enumerate(ranked)}
            in_list = ", ".join(":" + k for k in ids)
            marks = {r[0]: r[1] for r in _run(conn, (
                f"SELECT rowid, CASE WHEN rowid IN ({in_list}) THEN "
                f"highlight(sentences_fts, 0, '{_OPEN}', '{_CLOSE}') END AS hl FROM sentences_fts "
                "WHERE sentences_fts MATCH :match AND rowid BETWEEN :plo AND :phi AND hl IS NOT NULL"),
                {"match": match, "plo": min(ids.values()), "phi": max(ids.values()), **ids})}
            page = {r[0]: r for r in _run(conn, (
                f"SELECT s.id, s.doc, s.section, s.start, s.\"end\", s.text FROM sentences s "
                f"WHERE s.id IN ({in_list})"), ids)}
            rows = [(*page[rid], r, marks.get(rid)) for rid, r in ranked if rid in page]
    except RightsledgerError:
        raise
    except Exception as exc:  # FTS5 refusing an expression we built is a bug, but say so kindly
        if "fts5" in str(exc).lower() or "match" in str(exc).lower():
            raise _bad(str(exc).splitlines()[0]) from exc
        raise RightsledgerError(Code.DATABASE, detail=str(exc).splitlines()[0]) from exc
    return _hits(store, rows, offset)


def _postgres() -> Any:
    try:
        from . import search_pg
    except ImportError as exc:
        raise RightsledgerError(Code.DATABASE, detail="full-text search needs the SQLite store") from exc
    return search_pg


def count(store: "Store", query: str, **filters: Any) -> int:
    """How many sentences ``search`` would find (all pages)."""
    if not store.is_sqlite:
        return _postgres().count_pg(store, query, **filters)
    has_query = bool(query and query.strip())
    if not has_query and not any(v not in (None, "") for v in filters.values()):
        raise _bad("the query is empty")
    match = to_fts(query) if has_query else None
    full = dict(country=None, year=None, doc=None, section=None, subtopic=None, entity=None,
                event_type=None, date_from=None, date_to=None)
    full.update(filters)
    where, params, possible = _filters(store, **full)
    if not possible:
        return 0
    if match is not None:
        params["match"] = match
    stmt = _statement(match, where, "", "")
    if match is not None and not where:  # no filter: the index alone can count
        stmt = "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH :match"
    with store.engine.connect() as conn:
        return int(_run(conn, (f"SELECT COUNT(*) FROM ({stmt})"), params).scalar() or 0)


def _citations(store: "Store", spots: list[tuple[str, int]]) -> list[str]:
    """Citations for (doc, offset) pairs in three statements, whatever their number.

    The same text as :func:`rightsledger.ledger.format_citation`, without loading each
    document's whole outline: only the sections and the paragraph that hold each offset.
    """
    from .ledger import format_citation
    from .records import Document, Paragraph, Section

    if not spots:
        return []
    docs = sorted({d for d, _ in spots})
    params: dict[str, Any] = {}
    for k, d in enumerate(docs):
        params[f"d{k}"] = d
    values = []
    for k, (d, off) in enumerate(spots):
        params[f"hd{k}"], params[f"ho{k}"] = d, off
        values.append(f"({k}, :hd{k}, :ho{k})")
    cte = f"WITH h(k, doc, off) AS (VALUES {', '.join(values)}) "
    with store.engine.connect() as conn:
        documents = {r[0]: Document(*r) for r in _run(conn, (
            "SELECT id, title, country, country_code, year, source, format, sha256, chars "
            f"FROM documents WHERE id IN ({', '.join(':d%d' % k for k in range(len(docs)))})"), params)}
        sections: dict[int, list[Section]] = {}
        for r in _run(conn, (
                cte + 'SELECT h.k, s.doc, s.id, s.title, s.level, s.parent, s.start, s."end", s.topic '
                'FROM h JOIN sections s ON s.doc = h.doc AND s.start <= h.off AND s."end" > h.off'), params):
            sections.setdefault(r[0], []).append(Section(*r[1:]))
        paras: dict[int, list[Paragraph]] = {}
        for r in _run(conn, (
                cte + 'SELECT h.k, p.doc, p.section, p.subtopic, p.n, p.start, p."end" '
                'FROM h JOIN paragraphs p ON p.doc = h.doc AND p.start <= h.off AND p."end" > h.off'), params):
            paras.setdefault(r[0], []).append(Paragraph(*r[1:]))
    out = []
    for k, (d, off) in enumerate(spots):
        doc = documents.get(d)
        out.append(format_citation(doc, sections.get(k, []), paras.get(k, []), off) if doc else d)
    return out


def _hits(store: "Store", rows: Iterable[Any], offset: int) -> list[Hit]:
    rows = list(rows)
    cites = _citations(store, [(r[1], r[3]) for r in rows])
    hits = []
    for i, (row, cite) in enumerate(zip(rows, cites), start=offset + 1):
        _id, doc, section, start, end, text, r, hl = row
        if hl is not None and hl.replace(_OPEN, "").replace(_CLOSE, "") == text:
            pieces = snippet_pieces(hl)
        else:
            pieces = snippet_pieces(text.replace(_OPEN, "").replace(_CLOSE, ""))
        hits.append(Hit(i, doc, section, start, end, text, -float(r or 0.0) + 0.0, cite, pieces))
    return hits
