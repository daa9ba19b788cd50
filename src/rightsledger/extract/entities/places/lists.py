"""Pass 1, places named in a list with their kind (issue 14): "Rutshuru, Masisi, Walikale, and
Lubero territories", "in the regions of Mandoul, Ouaddai, and Tandjile", "the towns of Guie and
Miterine", "in three villages, Salacuim, Teleman, and Tierra Blanca". Every name of such a list
is a place, also where no gazetteer knows it and the model called it a body or nothing. A
capitalised kind after the last name belongs to it ("Sankuru and Lomami Provinces": "Lomami
Provinces", named in the singular by ``mentions``). The kind nouns are data: ``place_list_nouns``
in ``extract/data/entities.toml``.

"States" (``place_list_capital_nouns``) is read only capitalised and only after two names or more (t-places47,
read on three unread reports: "Kassala and Gedaref States", "Upper Nile, Unity, and Warrap States", and with
"townships" in ``place_list_nouns``, "Hlain Thar Yar and Shwe Pyi Thar Townships"): "Member States", "the United
States" and "Gulf States" are no list.

After "the <kind> of" a name of the list may carry "the" and a defined acronym (t-places17, read on
three unread reports): "the regions of Catalonia, Madrid, the Basque Country, and Valencia", "the
provinces of Sindh, Khyber Pakhtunkhwa (KP), and the Federally Administered Tribal Areas (FATA)",
"the archipelagos of the Azores and Madeira". Such a name may have four words; the acronym is no
name of the list (the acronym rules link it).
"""
from __future__ import annotations

import re

from ...lexicons import alternation
from ..common import Cand, adjectival, is_common, org_heads, is_acronym
from ..lexicon import (
    GENERIC, LEADING_NOISE, MONTHS_SET, PLACE_LIST_CAPITAL_NOUNS, PLACE_LIST_INTRO_NOUNS, PLACE_LIST_NOUNS,
    PLACE_LIST_OF_NOUNS, SIDE_WORDS,
)

WORD = r"[A-Z](?=[\w’'\-]*[a-z])[\w’'\-]++"
#: an Arabic article inside a name: "Salah al-Din", "Ras el-Oued"
_ARTICLED = r"(?:al|el|ad|ar|as|ash|at|az|an)-[A-Z][\w’'\-]*+"
_NAME = rf"{WORD}(?:\s+(?:{WORD}|{_ARTICLED})){{0,2}}"
#: the names of a list: "A", "A and B", "A, B, and C", "A, B and C"
LIST = rf"{_NAME}(?:,\s+{_NAME})*(?:,?\s+(?:and|or)\s+{_NAME})?"
_KINDS = sorted(PLACE_LIST_NOUNS | {k.capitalize() for k in PLACE_LIST_NOUNS} | PLACE_LIST_CAPITAL_NOUNS,
                key=len, reverse=True)
_BEFORE_KIND = re.compile(rf"({LIST})\s+({alternation(_KINDS)})\b")
#: a name after "the <kind> of": "the" before it (then up to four words), a defined acronym after it
_OF_ITEM = rf"(?:the\s+{WORD}(?:\s+{WORD}){{0,3}}|{_NAME})(?:\s+\([A-Z][A-Za-z\-]{{1,9}}\))?"
_OF_LIST = rf"{_OF_ITEM}(?:,\s+{_OF_ITEM})*(?:,?\s+(?:and|or)\s+{_OF_ITEM})?"
_OF_NAME = re.compile(rf"(?:the\s+)?({WORD}(?:\s+(?:{WORD}|{_ARTICLED})){{0,3}})")
_AFTER_KIND = re.compile(rf"\b(?:{alternation(sorted(PLACE_LIST_OF_NOUNS, key=len, reverse=True))})"
                         rf"\s+of\s+({_OF_LIST})")
#: "in three villages, A, B, and C": a plural kind, then the list after a comma or "such as"
_INTRO_KIND = re.compile(rf"\b(?:{alternation(sorted(PLACE_LIST_INTRO_NOUNS, key=len, reverse=True))})"
                         rf"(?:\s*[,:]|\s+such\s+as|\s+including)\s+({LIST})")
_ITEM = re.compile(_NAME)


def list_items(text: str, s: int, e: int, named_last: bool = False) -> list[tuple[int, int]]:
    """The names of the list text[s:e], each without the sentence words before it ("In"); an
    ordinary word alone is none ("autonomous Indigenous territories"), unless ``named_last``
    and it is the last, whose capitalised kind follows it ("Eastern, Southern, and Northern
    Provinces")."""
    found = [m.span() for m in _ITEM.finditer(text, s, e)]
    return _names(text, found, named_last)


def of_list_items(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The names of the list text[s:e] after "the <kind> of", without "the" before them and
    without their acronyms in parentheses."""
    return _names(text, [m.span(1) for m in _OF_NAME.finditer(text, s, e) if text[m.start(1) - 1] != "("])


def named_items(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of ``found`` that may name a place of a list, each without the sentence words before it."""
    return _names(text, found)


def _names(text: str, found: list[tuple[int, int]], named_last: bool = False) -> list[tuple[int, int]]:
    out = []
    for i, (a, b) in enumerate(found):
        words = [w for w in re.finditer(r"\S+", text[a:b])]
        while words and words[0].group().lower() in LEADING_NOISE:
            words = words[1:]
        if words and _is_list_name(text[a + words[0].start():b].split(), named_last and i == len(found) - 1):
            out.append((a + words[0].start(), b))
    return out


def _is_list_name(names: list[str], named_last: bool = False) -> bool:
    """Whether the words ``names`` of a list may name a place: no ordinary word alone (unless
    ``named_last``), no body's head, adjective, month, side word, acronym or generic name."""
    low = [w.lower() for w in names]
    if len(names) == 1 and is_common(names[0]) and not named_last:
        return False
    return not (org_heads(names) or adjectival(names) or any(w in MONTHS_SET for w in low)
                or set(low) <= SIDE_WORDS or (len(names) == 1 and is_acronym(names[0]))
                or " ".join(low) in GENERIC)


def listed_places(text: str, start: int, end: int) -> list[Cand]:
    """Places of the paragraph text[start:end] named in a list with their kind."""
    out: list[Cand] = []
    for m in _BEFORE_KIND.finditer(text, start, end):
        kind_s, kind_e = m.span(2)
        plural = text[kind_s:kind_e]
        items = list_items(text, *m.span(1), named_last=plural[0].isupper())
        if not items or (plural in PLACE_LIST_CAPITAL_NOUNS and len(items) < 2):   # "Member States": no list
            continue
        if plural[0].isupper():                # "Lomami Provinces": the kind is part of the last name
            a, _ = items[-1]
            items[-1] = (a, kind_e)
        out.extend(Cand(a, b, text[a:b], "RULE_PLACE") for a, b in items)
    for m in _AFTER_KIND.finditer(text, start, end):
        out.extend(Cand(a, b, text[a:b], "RULE_PLACE") for a, b in of_list_items(text, *m.span(1)))
    for m in _INTRO_KIND.finditer(text, start, end):
        items = list_items(text, *m.span(1))
        if len(items) >= 2:
            out.extend(Cand(a, b, text[a:b], "RULE_PLACE") for a, b in items)
    return out
