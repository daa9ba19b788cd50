"""Pass 1, places named in a list with their kind (issue 14): "Rutshuru, Masisi, Walikale, and
Lubero territories", "in the regions of Mandoul, Ouaddai, and Tandjile", "the towns of Guie and
Miterine", "in three villages, Salacuim, Teleman, and Tierra Blanca". Every name of such a list
is a place, also where no gazetteer knows it and the model called it a body or nothing. A
capitalised kind after the last name belongs to it ("Sankuru and Lomami Provinces": "Lomami
Provinces", named in the singular by ``mentions``). The kind nouns are data: ``place_list_nouns``
in ``extract/data/entities.toml``.
"""
from __future__ import annotations

import re

from ...lexicons import alternation
from ..common import Cand, adjectival, is_common, org_heads, is_acronym
from ..lexicon import (
    GENERIC, LEADING_NOISE, MONTHS_SET, PLACE_LIST_INTRO_NOUNS, PLACE_LIST_NOUNS, PLACE_LIST_OF_NOUNS, SIDE_WORDS,
)

WORD = r"[A-Z](?=[\w’'\-]*[a-z])[\w’'\-]++"
#: an Arabic article inside a name: "Salah al-Din", "Ras el-Oued"
_ARTICLED = r"(?:al|el|ad|ar|as|ash|at|az|an)-[A-Z][\w’'\-]*+"
_NAME = rf"{WORD}(?:\s+(?:{WORD}|{_ARTICLED})){{0,2}}"
#: the names of a list: "A", "A and B", "A, B, and C", "A, B and C"
LIST = rf"{_NAME}(?:,\s+{_NAME})*(?:,?\s+(?:and|or)\s+{_NAME})?"
_KINDS = sorted(PLACE_LIST_NOUNS | {k.capitalize() for k in PLACE_LIST_NOUNS}, key=len, reverse=True)
_BEFORE_KIND = re.compile(rf"({LIST})\s+({alternation(_KINDS)})\b")
_AFTER_KIND = re.compile(rf"\b(?:{alternation(sorted(PLACE_LIST_OF_NOUNS, key=len, reverse=True))})"
                         rf"\s+of\s+({LIST})")
#: "in three villages, A, B, and C": a plural kind, then the list after a comma or "such as"
_INTRO_KIND = re.compile(rf"\b(?:{alternation(sorted(PLACE_LIST_INTRO_NOUNS, key=len, reverse=True))})"
                         rf"(?:\s*[,:]|\s+such\s+as|\s+including)\s+({LIST})")
_ITEM = re.compile(_NAME)


def list_items(text: str, s: int, e: int, named_last: bool = False) -> list[tuple[int, int]]:
    """The names of the list text[s:e], each without the sentence words before it ("In"); an
    ordinary word alone is none ("autonomous Indigenous territories"), unless ``named_last``
    and it is the last, whose capitalised kind follows it ("Eastern, Southern, and Northern
    Provinces")."""
    out = []
    found = list(_ITEM.finditer(text, s, e))
    for i, m in enumerate(found):
        words = [w for w in re.finditer(r"\S+", m.group())]
        while words and words[0].group().lower() in LEADING_NOISE:
            words = words[1:]
        if not words:
            continue
        a, b = m.start() + words[0].start(), m.end()
        names = text[a:b].split()
        low = [w.lower() for w in names]
        if len(names) == 1 and is_common(names[0]) and not (named_last and i == len(found) - 1):
            continue
        if org_heads(names) or adjectival(names) or any(w in MONTHS_SET for w in low) \
                or set(low) <= SIDE_WORDS or (len(names) == 1 and is_acronym(names[0])) \
                or " ".join(low) in GENERIC:
            continue
        out.append((a, b))
    return out


def listed_places(text: str, start: int, end: int) -> list[Cand]:
    """Places of the paragraph text[start:end] named in a list with their kind."""
    out: list[Cand] = []
    for m in _BEFORE_KIND.finditer(text, start, end):
        kind_s, kind_e = m.span(2)
        plural = text[kind_s:kind_e]
        items = list_items(text, *m.span(1), named_last=plural[0].isupper())
        if not items:
            continue
        if plural[0].isupper():                # "Lomami Provinces": the kind is part of the last name
            a, _ = items[-1]
            items[-1] = (a, kind_e)
        out.extend(Cand(a, b, text[a:b], "RULE_PLACE") for a, b in items)
    for m in _AFTER_KIND.finditer(text, start, end):
        out.extend(Cand(a, b, text[a:b], "RULE_PLACE") for a, b in list_items(text, *m.span(1)))
    for m in _INTRO_KIND.finditer(text, start, end):
        items = list_items(text, *m.span(1))
        if len(items) >= 2:
            out.extend(Cand(a, b, text[a:b], "RULE_PLACE") for a, b in items)
    return out
