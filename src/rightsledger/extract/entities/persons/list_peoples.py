"""Names typed person that stand as an item of a list of peoples (issue 14, t-ents34).

Found on reports nobody annotated (2022 Albania "Greeks, Macedonians, Aromanians (Vlachs), Roma,
…", 2022 India "targeted attacks against Kashmiri Hindus, Sikhs, and migrant laborers", 2021 Syria
"Yezidis, Druze, Christians, Shia, and other religious minorities"), so the rule is stated by a word
class (``list_people_words`` in ``entities.toml``: "Christians", "Roma", "Sikhs", "Shia"), not by
those sentences, and rests on the session-22 amendment (a class the dev texts hardly hold): a list of
capitalised names — items of one to four capitalised words, each with a gloss in parentheses or not,
joined by commas, "and" or "or" — one item of which ends in such a word is a list of peoples or faiths,
and a name typed person that is exactly another item of it (one ending in such a word itself too, when
another does: "Kashmiri Hindus, Sikhs"), or an item's gloss, names a people, not a
person. Peoples are no entity (docs/EVALUATION.md: "not groups"), so every candidate of that name typed
person is dropped, wherever else the report writes it ("mainly Yezidis", "Some Yezidis").

One such occurrence is enough (a people is named in lists and alone; a person's name stands in a list
of faiths nowhere in the dev texts: the census of the round's record). An item is a whole capitalised
run between the separators, so a name that is only part of an item ("Muslims of Dunvik") is no item.
"""
from __future__ import annotations

import re
from typing import Callable

from ..common import Cand
from ..lexicon import LIST_PEOPLE_WORDS
from ..occurrences import occurrences

_NAME = r"[A-Z][\w’'\-]*"
_CORE = rf"{_NAME}(?:[ \u00a0]+{_NAME}){{0,3}}"
_ITEM = rf"({_CORE})(?:[ \u00a0]+\(({_CORE})\))?"
_SEP = r"(?:[ \u00a0]*,[ \u00a0]*(?:and[ \u00a0]+|or[ \u00a0]+)?|[ \u00a0]+(?:and|or)[ \u00a0]+)"
_LIST = re.compile(rf"{_CORE}(?:[ \u00a0]+\({_CORE}\))?(?:{_SEP}{_CORE}(?:[ \u00a0]+\({_CORE}\))?)+")
_ONE = re.compile(_ITEM)


def _is_people_word(item: str) -> bool:
    return item.split()[-1].lower() in LIST_PEOPLE_WORDS


def people_list_items(text: str) -> set[tuple[int, int]]:
    """The spans of the items (and their glosses) of every list in ``text`` another item of which ends
    in a word of ``list_people_words`` ("Kashmiri Hindus" of "Kashmiri Hindus, Sikhs, and …" too)."""
    spans: set[tuple[int, int]] = set()
    for m in _LIST.finditer(text):
        items = list(_ONE.finditer(text, m.start(), m.end()))
        peoples = [k for k, it in enumerate(items) if _is_people_word(it.group(1))]
        for k, it in enumerate(items):
            if any(j != k for j in peoples):
                spans.add(it.span(1))
                if it.group(2) is not None:
                    spans.add(it.span(2))
    return spans


def persons_not_named_at(text: str, typed: list[Cand], spans: Callable[[str], set[tuple[int, int]]]) -> list[Cand]:
    """``typed`` without the persons whose name stands, at one occurrence, exactly on one of ``spans(text)``
    (read only where there is a person): every candidate of that name typed person goes."""
    names = {c.text for c in typed if c.type == "person"}
    if not names:
        return typed
    items = spans(text)
    named = {n for n in names if any(span in items for span in occurrences(text, n))}
    return [c for c in typed if not (c.type == "person" and c.text in named)]


def list_peoples_not_persons(text: str, typed: list[Cand]) -> list[Cand]:
    """``typed`` without the persons whose name is, at one occurrence, an item of a list of peoples."""
    return persons_not_named_at(text, typed, people_list_items)
