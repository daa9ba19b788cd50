"""What a report's acronyms stand for, so that ``ask`` can match a sentence that uses only the
short form ("The ERU increased its membership …") to a question in words ("the armed
rapid-reaction police unit").

A report defines an acronym once ("Members of the Emergency Response Unit (ERU) …",
"female genital mutilation (FGM)") and then uses it alone. Two sources, read once per
report and remembered until the database changes:

- the report's own definitions, "long form (ACRONYM)": the shortest run of words before the
  parenthesis whose initials spell the acronym (as Schwartz and Hearst's algorithm does;
  the ``abbreviations`` package implements it but configures the root logger at import, so
  it is written here), with minor words ("of", "the", "and" …) free to be skipped;
- the linked entities mentioned in the report whose aliases are acronyms (the linker has
  already joined "Human Rights Watch (HRW)" into one entity, and knows acronyms defined in
  other ways).
"""
from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

from sqlalchemy import text as sql

if TYPE_CHECKING:
    from ...store import Store

#: "(ERU)", "(FGM)", "(NGOs)": two to ten letters or digits, at least two capitals
_DEFINED = re.compile(r"\(\s*([A-Z][A-Za-z0-9&\-]{1,9})\s*\)")
_ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9&\-]{1,9}$")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&\-]*")
#: words an acronym may leave out ("Ministry of the Interior" → MOI or MI)
MINOR = frozenset("of the and for on in to at by a an de des du la le el et".split())


def _letters(acronym: str) -> str:
    """The letters an acronym spells: capitals and digits, a plural "s" dropped ("NGOs" → NGO)."""
    core = acronym[:-1] if acronym.endswith("s") and acronym[:-1].isupper() else acronym
    return "".join(c for c in core if c.isalpha()).upper()


def is_acronym(word: str) -> bool:
    return bool(_ACRONYM.match(word)) and sum(c.isupper() for c in word) >= 2


def _spells(words: list[str], letters: str) -> bool:
    """Do ``words`` spell ``letters`` by their initials, minor words free to be skipped
    (a hyphenated word gives one initial per part or one in all)?"""
    def match(i: int, j: int) -> bool:
        if j == len(letters):
            return i == len(words)
        if i == len(words):
            return False
        w = words[i]
        parts = [p for p in w.split("-") if p]
        if w.lower() in MINOR and match(i + 1, j):
            return True
        if w[0].upper() == letters[j] and match(i + 1, j + 1):
            return True
        k = len(parts)
        return k > 1 and "".join(p[0] for p in parts).upper() == letters[j:j + k] and match(i + 1, j + k)

    return match(0, 0)


def definitions(text: str) -> dict[str, str]:
    """Acronym → long form for every "long form (ACRONYM)" in ``text`` whose long form's
    initials spell the acronym (the shortest such run of words before the parenthesis)."""
    out: dict[str, str] = {}
    for m in _DEFINED.finditer(text):
        acronym = m.group(1)
        letters = _letters(acronym)
        if not is_acronym(acronym) or len(letters) < 2 or acronym in out:
            continue
        before = [w.group(0) for w in re.finditer(r"[A-Za-z][A-Za-z'’\-]*", text[max(0, m.start() - 200):m.start()])]
        for n in range(1, min(len(before), 2 * len(letters) + 2) + 1):
            words = before[-n:]
            if words[0].lower() not in MINOR and _spells(words, letters):
                out[acronym] = " ".join(words)
                break
    return out


def doc_acronyms(store: "Store", doc: str) -> dict[str, str]:
    """Acronym → long form in one report: its own definitions and the acronym aliases of the
    entities it mentions (remembered until the database changes)."""
    def read() -> dict[str, str]:
        with store.reading() as conn:
            texts = conn.execute(sql(
                "SELECT text FROM sentences WHERE doc = :doc AND text LIKE '%(%)%'"), {"doc": doc}).scalars().all()
            named = conn.execute(sql(
                "SELECT name, aliases FROM entities WHERE aliases <> '[]' AND id IN "
                "(SELECT DISTINCT entity FROM mentions WHERE doc = :doc)"), {"doc": doc}).all()
        found: dict[str, str] = {}
        for name, aliases in named:
            for alias in json.loads(aliases or "[]"):
                if is_acronym(alias) and not is_acronym(name):
                    found.setdefault(alias, name)
        for t in texts:
            for acronym, long_form in definitions(t).items():
                found.setdefault(acronym, long_form)
        return found

    return store.until_change(f"ask_acronyms:{doc}", read)


def expand(text: str, acronyms: dict[str, str]) -> str:
    """``text`` followed by the long form of each acronym it uses that ``acronyms`` knows
    (each once): "The ERU grew." → "The ERU grew. Emergency Response Unit"."""
    longs = dict.fromkeys(acronyms[w] for w in _WORD.findall(text) if w in acronyms and acronyms[w] not in text)
    return " ".join([text, *longs]) if longs else text


def uses_acronyms(text: str) -> bool:
    """Whether ``text`` holds a word :func:`expand` could spell out (an acronym's shape): a
    sentence without one needs no report's acronyms read."""
    return any(is_acronym(w) for w in _WORD.findall(text))


__all__ = ["MINOR", "definitions", "doc_acronyms", "expand", "is_acronym", "uses_acronyms"]
