"""A place named by its kind word and defined by an acronym is a place, and the acronym is its acronym
(issue 14, places; t-places27, on the session-22 amendment: three unread reports, the dev texts hold the
shape only for places recorded already).

"the Velmar Highlands Autonomous Region (VHAR)", "the Orsk Region’s (OR) courts", "Northern Clans, Valleys,
and Hills Region (NCVHR)", "the Autonomous Region of Upper Tarsa (ARUT)": no candidate spans the name (a
possessive, an "of" tail, commas), or the candidate that does is typed a body (the runs read "Clans" or a
list as a body's words), and the acronym alone falls to the model's ORG: the place's record loses every
mention written as the acronym. Here a definition ``Name (ACR)`` whose name is found back from the
parentheses by its capitals — every capitalised word's initial, right to left, is the acronym's letter, and
only connectors ("of", "and"), commas and hyphens stand between — is a place when the name's head (its last
word, or the word right before its "of") is a place's kind word (``ACRONYM_PLACE_HEADS``) and no word of the
name is a body's head word (``ORG_HEADS``) but one that ends an item of a list ("Nations," of "Southern
Nations, Nationalities, and Peoples’ Region"): "the Independent Human Rights Commission Kurdistan Region
(IHRCKR)" stays a body. Every place the report writes the name whole becomes the name (the candidates there
go), and every candidate of the acronym becomes its acronym ("ACRO", roles = [Name], filed under the place
by ``linking.link_places``), also where the definition stands and no candidate does.
"""
from __future__ import annotations

import re

from ..common import Cand, is_acronym
from ..lexicon import ACRONYM_PLACE_HEADS, CONNECTORS, ORG_HEADS
from ..occurrences import occurrences

#: an acronym in capitals in parentheses, the possessive of the name before it allowed
_DEFINED = re.compile(r"(?:[’']s)?\s*\(([A-Z]{2,8})\)")
#: a word of a name: letters, inner apostrophes, a closing apostrophe ("Peoples’")
_WORD = re.compile(r"[^\W\d_][\w’']*")
#: what may stand between two words of the name
_GAP = re.compile(r"[\s,\-]+")
_WINDOW = 160


def _words_before(text: str, end: int) -> list[tuple[int, int]]:
    """The words right before ``end``, last first, as far as only spaces, commas and hyphens part them."""
    out: list[tuple[int, int]] = []
    start = max(0, end - _WINDOW)
    spans = [m.span() for m in _WORD.finditer(text, start, end)]
    for s, e in reversed(spans):
        tail = text[e:out[-1][0]] if out else text[e:end]
        if (out and not _GAP.fullmatch(tail)) or (not out and tail):
            break
        out.append((s, e))
    return out


def _name_start(text: str, end: int, acr: str) -> int | None:
    """Where the name whose capitals spell ``acr`` begins, reading back from ``end``; None when the words
    before it do not spell it (a word that is neither the next capital nor a connector)."""
    letters = list(acr)
    for s, e in _words_before(text, end):
        word = text[s:e]
        if word[0].isupper() and word[0] == letters[-1]:
            letters.pop()
            if not letters:
                return s
        elif not (word.lower() in CONNECTORS and len(letters) < len(acr)):
            return None
    return None


def _is_place_name(text: str, s: int, e: int) -> bool:
    """Whether the name ``text[s:e]`` is headed by a place's kind word and holds no body's head word
    (but one that ends an item of a list)."""
    spans = [m.span() for m in _WORD.finditer(text, s, e)]
    words = [text[a:b].lower().rstrip("’'") for a, b in spans]
    of = words.index("of") if "of" in words else len(words)
    if of < 1 or words[of - 1] not in ACRONYM_PLACE_HEADS:
        return False
    listed = [text[b:b + 1] == "," for _, b in spans]
    return not any(w in ORG_HEADS and not item for w, item in zip(words, listed))


def _definitions(text: str) -> dict[str, tuple[str, int]]:
    """The places defined by their acronym: acronym → (the place's name, where the acronym stands)."""
    out: dict[str, tuple[str, int]] = {}
    for m in _DEFINED.finditer(text):
        acr, end = m.group(1), m.start()
        s = _name_start(text, end, acr) if is_acronym(acr) else None
        if s is not None and _is_place_name(text, s, end):
            out.setdefault(acr, (text[s:end], m.start(1)))
    return out


def link_kind_place_acronyms(text: str, cands: list[Cand]) -> list[Cand]:
    """``cands`` with the kind-named places defined by an acronym made places wherever the name is written
    whole, and every candidate of the acronym made that place's acronym (see the module)."""
    defined = _definitions(text)
    for acr, (name, at) in defined.items():
        spans = occurrences(text, name)
        cands = [c for c in cands if not any(c.start < e and s < c.end for s, e in spans)]
        cands += [Cand(s, e, name, "RULE_PLACE", type="place") for s, e in spans]
        for c in cands:
            if c.text == acr:
                c.type, c.label, c.roles = "place", "ACRO", [name]
        if not any(c.start < at + len(acr) and at < c.end for c in cands):
            cands.append(Cand(at, at + len(acr), acr, "ACRO", [name], "place"))
    return sorted(cands, key=lambda c: c.start) if defined else cands
