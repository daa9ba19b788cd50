"""English noun plurals, one rule for every stage that needs them: the entity rules look for kinds of
bodies in the plural ("political parties", "NGOs") and answers show a unit with its count ("75
members", not "75 member"). Regular plurals take -s, a consonant + y takes -ies; the irregular ones
are data (``data/english.toml``). For a phrase only the last word changes ("news agencies").
"""
from __future__ import annotations

from functools import lru_cache

from .tables import lexicon


@lru_cache(maxsize=1)
def _irregular() -> dict[str, str]:
    return dict(lexicon("english")["irregular_plurals"])


def plural(noun: str) -> str:
    """The plural of a noun or of a phrase's last word ("political party" → "political parties")."""
    head, _, last = noun.rpartition(" ")
    if last.lower() in _irregular():
        last = _irregular()[last.lower()]
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        last = last[:-1] + "ies"
    else:
        last = last + "s"
    return f"{head} {last}" if head else last
