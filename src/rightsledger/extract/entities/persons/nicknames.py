"""A person's nickname in quotes or parentheses (issue 14): one person, named without it.

Reports write a nickname inside the name ("Richelieu “Archie” Williams", "Josaia Voreqe (Frank)
Bainimarama", "Desire (Desi) Delano Bouterse") or right after it ("Suleiman Mohamoud Adan
“Gaal”", "Ermias Debessai (Papayo)"), and later use the nickname alone ("Bung") or with the
surname ("Desi Bouterse"). The model cuts the name at the bracket or the quote and each piece
became a person of its own. The rule is a shape of name, not a list of words:

- ``nicknamed``: one to three capitalised words, one capitalised word (not an acronym) in
  quotes or parentheses, one to three capitalised words: a person's candidate, when no word is
  a body's head, a title, a month or a country and not every word is an ordinary English word;
- ``plain_name``: the name without its nickname, and the nickname ("Zoran Becirovic", "Coco");
- ``nickname_after``, ``trailing_nickname``: one word in quotes or parentheses right after a
  person's name is a mention of that person (whether or not the model labels it).

The entity's name is the form without the nickname (the gold convention: "Netiporn
Sanesangkhom", aliases "Netiporn “Bung” Sanesangkhom" and "Bung").
"""
from __future__ import annotations

import re

from ...lexicons.gazetteer import gazetteer
from ..common import Cand, is_common, org_heads, nationality_word
from ...lexicons.frequency import zipf
from ..lexicon import GENERIC, TITLES

__all__ = ["nickname_after", "nicknamed", "plain_name", "trailing_nickname"]

_WORD = r"[A-Z][a-z][\w’'\-]*"
_TAIL = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
#: "Zoran “Coco” Becirovic", "Josaia Voreqe (Frank) Bainimarama", "Desire (Desi) Delano Bouterse"
_INNER = re.compile(rf"\b((?:{_WORD}\s+){{1,3}})([\"“(])({_WORD})([\"”)])\s+({_TAIL}(?:\s+{_TAIL}){{0,2}})(?!-\w|[’']\w\w)")
#: words as frequent as "The", "In", "And" start no name
_FUNCTION_ZIPF = 5.5
_CLOSE = {"“": "”", "\"": "\"", "(": ")"}
#: the nickname inside a candidate's text
_IN_TEXT = re.compile(r"\s+[\"“(]([A-Z][\w’'\-]*)[\"”)](?=\s)")


def nicknamed(text: str, start: int, end: int) -> list[Cand]:
    """Names with a nickname in quotes or parentheses between their words (the module's
    docstring says which); titles and months before the name are left out ("President
    Desire (Desi) Delano Bouterse")."""
    gaz = gazetteer()
    out = []
    for m in _INNER.finditer(text, start, end):
        if _CLOSE[m.group(2)] != m.group(4):
            continue
        s = m.start()
        first = m.group(1).split()
        while first and (first[0].lower() in TITLES or first[0].lower() in GENERIC
                         or zipf(first[0]) >= _FUNCTION_ZIPF or (
                is_common(first[0]) and re.search(r"(?:^|[.!?:]\s+)$", text[max(0, s - 3):s]))):
            s = text.index(first[1], s + len(first[0])) if len(first) > 1 else m.start(2)
            first = first[1:]
        words = first + [m.group(3)] + m.group(5).split()
        low = [w.lower() for w in words]
        if not first or org_heads(words) or any(w in TITLES or w in GENERIC for w in low) \
                or any(gaz.countries(w) for w in words) or all(is_common(w) for w in words):
            continue
        out.append(Cand(s, m.end(), text[s:m.end()], "PERSON"))
    return out


def plain_name(name: str) -> tuple[str, str | None]:
    """The name without its nickname, and the nickname: "Zoran “Coco” Becirovic" →
    ("Zoran Becirovic", "Coco"); a name without one → (name, None)."""
    m = _IN_TEXT.search(name)
    if not m or m.start() == 0:
        return name, None
    return name[:m.start()] + name[m.end():], m.group(1)


#: a one-word nickname right after a name: "Adan “Gaal”", "Debessai (Papayo)"
_AFTER = re.compile(r"\s?([\"“(])([A-Z][a-z][\w’'\-]*)([\"”)])")


def nickname_after(text: str, end: int) -> Cand | None:
    """The nickname a report writes right after a person's name, as a mention of that person:
    one capitalised word in quotes or parentheses that is no ordinary word, title, body's head,
    place or nationality ("Suleiman Mohamoud Adan “Gaal”", "Ermias Debessai (Papayo)")."""
    m = _AFTER.match(text, end)
    if not m or _CLOSE[m.group(1)] != m.group(3):
        return None
    word = m.group(2)
    if is_common(word) or word.lower() in TITLES or word.lower() in GENERIC or org_heads([word]) \
            or nationality_word(word) or gazetteer().lookup(word, alternates=False):
        return None
    return Cand(m.start(2), m.end(2), word, "PERSON")


def trailing_nickname(text: str, single: Cand, full: list[Cand]) -> Cand | None:
    """The person's name a one-word person in quotes or parentheses right after it stands for:
    "Suleiman Mohamoud Adan “Gaal”", "Ermias Debessai (Papayo)"."""
    before = text[max(0, single.start - 2):single.start]
    if before not in (" “", " \"", " (") or text[single.end:single.end + 1] != _CLOSE[before[1]]:
        return None
    return next((c for c in full if c.end == single.start - 2), None)
