"""Names typed person that stand as an item of a list hung on a plural kind of body or programme
(issue 14, t-ents44).

Found on reports nobody annotated (2019 Egypt "Terrorist groups, including …, Liwa al-Thawra, and
Ajnad Misr, among others,"; 2022 Colombia "NGOs, such as Caribe Afirmativo, highlighted …"; 2017
Nicaragua "government social programs, such as Programa Amor and Hambre Cero"), so the rule is stated
by word classes, not by those sentences, and rests on the session-22 amendment: a list introduced by a
plural kind of body (``descriptor_kinds`` of ``entities.toml``, pluralised: "groups", "NGOs",
"parties", "newspapers") or of programme (``program_words``: "programs", "funds") and "such as",
"including", "like" or "namely" — a comma may stand between, which ``bodies/kind_lists.py`` does not
read — names bodies or programmes of that kind, and a name typed person that is exactly one of its
items is no person. The name's candidates typed person are dropped wherever the report writes it
(one such occurrence is enough, as for ``list_peoples.py``); it is not retyped (a programme is no
body unless the report writes it acting: ``bodies/programs.py``).

Not where the kind is the object of "of" ("members of opposition parties, including X": the list is
of members). The list is read piece by piece from the link to the sentence's end: pieces are parted
by commas, semicolons, "and", "or" and parentheses (a gloss in parentheses is skipped); a piece
that is a name of capitalised words (particles inside, "the" before) is an item, a capitalised piece
that is not one ("“Islamic State”-Sinai") is passed, and the list ends at a piece that opens in
lower case ("highlighted that …", "among others") or at the piece after "and"/"or".
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...lexicons import alternation
from ...lexicons.english import plural
from ..bodies.kind_lists import LIST_LINK, LIST_NAME
from ..common import Cand
from ..lexicon import DESCRIPTOR_KINDS, PROGRAM_WORDS
from .list_peoples import persons_not_named_at

#: "of" and up to three words before the kind: the kind is the object of another head
_OF_BEFORE = re.compile(r"\bof\s+(?:[\w’'\-]+\s+){0,3}$")
#: what parts the pieces of a list: a gloss in parentheses, a comma, a semicolon, "and"/"or"
_PARTS = re.compile(r"\([^()]*\)|[,;]|\s(?:and|or)\s")
_SENTENCE_END = re.compile(r"(?<![A-Z])\.(?=\s|$)|\n")
_LEAD = re.compile(r"(?:(?:and|or)\s+)?(?:[Tt]he\s+)?")


@lru_cache(maxsize=1)
def _intro() -> re.Pattern[str]:
    kinds = sorted({plural(k) for k in DESCRIPTOR_KINDS} | {plural(w) for w in PROGRAM_WORDS}, key=len, reverse=True)
    capital = (f"[{k[0]}{k[0].upper()}]{re.escape(k[1:])}" for k in kinds)   # "Newspapers like X"
    return re.compile(rf"\b(?:{alternation(capital)}),?\s+{LIST_LINK}\s+")


def _pieces(text: str, lo: int, hi: int) -> list[tuple[int, int, bool]]:
    """The pieces of ``text[lo:hi]`` (start, end, last): parted by ``_PARTS``, glosses left out, each
    trimmed; ``last`` where an "and"/"or" opens it or parts it from the piece before."""
    out: list[tuple[int, int, bool]] = []
    pos, after_and = lo, False
    for sep in list(_PARTS.finditer(text, lo, hi)) + [None]:
        end = sep.start() if sep else hi
        piece = text[pos:end]
        s = pos + len(piece) - len(piece.lstrip())
        e = pos + len(piece.rstrip())
        if e > s:
            out.append((s, e, after_and or bool(re.match(r"(?:and|or)\s", text[s:e]))))
        if sep is None:
            break
        after_and = sep.group().strip() in ("and", "or")
        pos = sep.end()
    return out


def _items(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The names of the list that starts at ``lo`` (see the module), "and"/"the" before them left out."""
    out: list[tuple[int, int]] = []
    for s, e, last in _pieces(text, lo, hi):
        s += _LEAD.match(text, s, e).end() - s
        if s >= e or text[s].islower():
            break
        if re.fullmatch(LIST_NAME, text[s:e]):
            out.append((s, e))
        if last:
            break
    return out


def listed_body_spans(text: str) -> set[tuple[int, int]]:
    """The spans of the names listed after a plural kind of body or programme and its link ("NGOs, such
    as X", "programs, such as X and Y"), not where "of" comes before the kind."""
    spans: set[tuple[int, int]] = set()
    for m in _intro().finditer(text):
        if _OF_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue
        stop = _SENTENCE_END.search(text, m.end())
        spans.update(_items(text, m.end(), stop.start() if stop else len(text)))
    return spans


def listed_bodies_not_persons(text: str, typed: list[Cand]) -> list[Cand]:
    """``typed`` without the persons whose name is, at one occurrence, a name listed after a plural kind
    of body or programme."""
    return persons_not_named_at(text, typed, listed_body_spans)
