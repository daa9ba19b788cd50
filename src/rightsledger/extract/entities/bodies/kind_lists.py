"""Names listed under a plural kind of body (pass 2, with ``classify.py``; issue 14, round t-ents16,
read on three unread mini-golds annotated before the run): "newspapers and magazines that covered
politics, including X, Y, and Z", "independent media outlets such as X, Y, …, and Z", "digital news
sites X and Y", "the militant terrorist groups X and the Y".

Why: ``outlets.py`` reads a list right after a plural kind of *outlet*, and ``descriptors.py`` a
name right after a singular kind. A list after any plural kind of body (``descriptor_kinds``
pluralised), directly or after "such as", "including", "like", "namely" (a short relative clause on
the kind may stand between: "newspapers that covered politics, including"), names bodies of that
kind: a person is never one of "the parties X and Y" or "groups such as X". Names of bodies in
another language ("Novy Chas", "Proyecto Inventario") have no English head word and the model takes
them for persons. Only a name the votes make a person changes (``classify.py``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...lexicons.english import plural
from ...lexicons import alternation
from ..common import Cand, name_key
from ..lexicon import DESCRIPTOR_KINDS

#: One name of the list: capitalised words (or a word starting with a digit, "14ymedio"), lower-case
#: particles inside ("Diario de Cuba"), "the" before it.
_NAME = (r"(?:[Tt]he\s+)?[A-Z0-9][\w’'\-.]*(?:\s+(?:(?:de|del|la|por|el|y|e|da|do|dos|des|du|ul|al|of)\s+)?"
         r"[A-Z][\w’'\-]*){0,6}")
_SEP = r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)"
#: A short relative clause on the kind, closed by a comma ("that covered politics,").
_CLAUSE = r"(?:\s+(?:that|which)\s+[^,.;:()]{1,60},)?"
_LINK = r"(?:such\s+as|including|like|namely)"
#: the name and the link, for the rules that read such lists another way (``persons/listed_bodies.py``)
LIST_NAME, LIST_LINK = _NAME, _LINK


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Linked: "KINDS[ that …,] such as|including NAME[, NAME]*[, and NAME]" (one name is enough; not
    "members of parties, including X": a comma alone hangs the list on another head).
    Direct: "KINDS NAME[, NAME]*[,] and|or NAME" (a list of two names at least, as ``outlets.py``)."""
    kinds = alternation(re.escape(plural(k)) for k in sorted(DESCRIPTOR_KINDS, key=len, reverse=True))
    linked = re.compile(rf"\b(?:{kinds}){_CLAUSE}\s+{_LINK}\s+({_NAME}(?:{_SEP}{_NAME})*)")
    direct = re.compile(rf"\b(?:{kinds})\s+({_NAME}(?:\s*,\s*{_NAME})*,?\s+(?:and|or)\s+{_NAME})")
    return linked, direct


def kind_list_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the names of the lists under a plural kind of body ("the" before a name left out)."""
    out: list[tuple[int, int]] = []
    for pattern in _patterns():
        for m in pattern.finditer(text):
            base = m.start(1)
            for item in re.finditer(_NAME, m.group(1)):
                if re.fullmatch(r"(?:and|or)", item.group().strip()):
                    continue
                lead = re.match(r"(?:[Tt]he\s+)?", item.group()).end()
                out.append((base + item.start() + lead, base + item.end()))
    return out


def kind_list_keys(text: str, cands: list[Cand]) -> set[str]:
    """Keys of the candidates that start a name of a list under a plural kind of body."""
    starts = {s for s, _ in kind_list_spans(text)}
    return {name_key(c.text) for c in cands if c.start in starts} if starts else set()
