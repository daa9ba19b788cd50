"""The query language of ``search``, parsed into a tree that each backend writes out.

Words, ``"phrases"``, ``AND``/``OR``/``NOT`` (``AND`` implicit between terms),
parentheses, ``NEAR/5`` proximity and prefix wildcards (``detain*``), as on ecoi.net.
Operators are upper case; lower-case ``and``/``or``/``not`` are ordinary words. User
text never reaches a backend's syntax: a malformed query raises
``RightsledgerError(Code.BAD_QUERY)``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ...errors import Code, RightsledgerError

if TYPE_CHECKING:
    pass

MAX_QUERY_CHARS = 1000
MAX_TERMS = 64
MAX_LIMIT = 1000
DEFAULT_NEAR = 10
SNIPPET_CHARS = 320           # sentences longer than this are cut around the first match
OPEN, CLOSE = "\x02", "\x03"  # highlight() markers, split out into snippet pieces

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


def bad_query(detail: str) -> RightsledgerError:
    """The catalogue's error for a query that cannot be read."""
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
                raise bad_query("a quotation mark is not closed")
            raise bad_query(f"unexpected text at character {pos}")
        pos = m.end()
        if m.group("lp"):
            out.append(("(", None))
        elif m.group("rp"):
            out.append((")", None))
        elif m.group("phrase") is not None:
            text = " ".join(m.group("phrase").split())
            if not _WORDCHAR_RE.search(text):
                raise bad_query("an empty phrase")
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
                    raise bad_query("NEAR distance must be between 0 and 1000")
                out.append(("NEAR", dist))
                continue
            prefix = word.endswith("*")
            core = word.rstrip("*")
            if "*" in core:
                raise bad_query(f"a wildcard is only allowed at the end of a word: {word!r}")
            if not _WORDCHAR_RE.search(core):
                if prefix:
                    raise bad_query(f"a wildcard needs at least one letter before it: {word!r}")
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
            raise bad_query("the query is empty")
        node = self.or_()
        if self.peek() is not None:
            kind = self.peek()
            raise bad_query("a closing parenthesis has no opening one" if kind == ")"
                       else f"unexpected {kind}")
        return node

    def or_(self) -> Node:
        options = [self.and_()]
        while self.peek() == "OR":
            self.take()
            if self.peek() in (None, ")", "OR", "AND"):
                raise bad_query("OR needs a term after it")
            options.append(self.and_())
        return options[0] if len(options) == 1 else Or(tuple(options))

    def and_(self) -> Node:
        include: list[Node] = []
        exclude: list[Node] = []
        while True:
            kind = self.peek()
            if kind == "AND":
                if not include and not exclude:
                    raise bad_query("AND needs a term before it")
                self.take()
                if self.peek() in (None, ")", "OR", "AND"):
                    raise bad_query("AND needs a term after it")
                continue
            if kind == "NOT":
                self.take()
                if self.peek() in (None, ")", "OR", "AND", "NOT"):
                    raise bad_query("NOT needs a term after it")
                exclude.append(self.near())
                continue
            if kind in ("term", "("):
                include.append(self.near())
                continue
            break
        if not include and not exclude:
            kind = self.peek()
            raise bad_query(f"{kind} needs a term before it" if kind in ("OR", "NEAR")
                       else "empty parentheses" if kind == ")" else "the query is empty")
        if not include:
            raise bad_query("NOT needs something to exclude from (e.g. torture NOT prison)")
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
                raise bad_query("NEAR joins two words or phrases")
            terms.append(self.primary())
        if not all(isinstance(t, Term) for t in terms):
            raise bad_query("NEAR joins two words or phrases, not groups")
        return Near(tuple(terms), distance if distance is not None else DEFAULT_NEAR)  # type: ignore[arg-type]

    def primary(self) -> Node:
        kind, value = self.take() if self.peek() is not None else (None, None)
        if kind == "term":
            return value
        if kind == "(":
            node = self.or_()
            if self.peek() != ")":
                raise bad_query("a parenthesis is not closed")
            self.take()
            return node
        raise bad_query("a term is missing" if kind is None else f"unexpected {kind}")


def parse_query(query: str) -> Node:
    """The query as a tree; raises ``BAD_QUERY`` when it cannot be parsed."""
    if query is None or not query.strip():
        raise bad_query("the query is empty")
    if len(query) > MAX_QUERY_CHARS:
        raise bad_query(f"the query is longer than {MAX_QUERY_CHARS} characters")
    tokens = _tokens(query)
    if sum(1 for k, _ in tokens if k == "term") > MAX_TERMS:
        raise bad_query(f"the query has more than {MAX_TERMS} terms")
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


