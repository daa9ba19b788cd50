"""Names typed person whose last word is a plural common noun of the report (issue 14, t-ents29).

Found on reports nobody annotated (2021 Kosovo "Judiciary Councils" and "Prosecutorial Councils" of
"Both the Judiciary and Prosecutorial Councils published"; 2021 Sudan "Gedaref States" of "into
Kassala and Gedaref States"; 2020 Nigeria "Kano States", which ``placed.py`` now makes a place), so
the rule is stated by word shape, not by those sentences: a person's name of two words or more does
not end in the plural of a common noun that the report itself writes in lower case. A body's or a
place's name does ("Council of Elders" aside, "… Trade Unions", "… Southern Highlands"): over the
non-held-out dev gold, 277 organization and 8 place names have that ending, and no person's name
(nor any person record of main's dev exports).

- the last word is capitalised and plural in shape: it ends in one "s" after a letter other than
  "s" or "u" ("Councils", "States", "Unions"; not "Ross", "Marcus");
- its singular — "-ies" → "-y", "-es" → "" after s, x, z, ch, sh, otherwise the "s" dropped, so that
  "Payes" gives "paye" and "Jones" "jone" — or the plural itself is a whole word the report writes
  in lower case (a word of a hyphenated compound does not count): "state", "councils";
- a surname such as "Williams" or "Banks" stays a person unless the report writes "william" or
  "bank(s)" in lower case; the dev census found none (t-ents29's record).

Peoples' plurals are ``peoples.py``'s; a list of places closed by a plural kind ("in X, Y, and A
States") is ``placed.py``'s, which runs first and makes its item a place. The candidate is dropped:
what the name is instead (a body, a place, a piece of a coordination) the rule does not decide.
"""
from __future__ import annotations

import re

from ..common import Cand

#: a plural in shape: one final "s" after a letter other than "s" or "u"
_PLURAL = re.compile(r"[a-z]{2,}[^su]s$")
#: "-es" is a plural ending only after a sibilant ("taxes", "churches")
_ES = re.compile(r"(?:[sxz]|[cs]h)es$")
#: a word written in lower case, whole, not inside a hyphenated compound
_LOWER = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")


def singular(word: str) -> str:
    """The singular of a plural in lower case: "councils" → "council", "taxes" → "tax",
    "parties" → "party", "states" → "state"."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if _ES.search(word):
        return word[:-2]
    return word[:-1]


def lower_words(text: str) -> set[str]:
    """The words the report writes in lower case."""
    return set(_LOWER.findall(text))


def plural_common_end(name: str, lower: set[str]) -> bool:
    """The name has two words or more and its last word is the plural of a common noun of the
    report (the plural or its singular written in lower case)."""
    words = name.split()
    if len(words) < 2:
        return False
    last = words[-1]
    if not last[:1].isupper():
        return False
    low = last.lower()
    if not _PLURAL.search(low):
        return False
    return low in lower or singular(low) in lower


def plurals_not_persons(text: str, typed: list[Cand]) -> list[Cand]:
    """``typed`` without the persons whose name ends in a plural common noun of the report
    ("Judiciary Councils", "Gedaref States")."""
    if not any(c.type == "person" for c in typed):
        return typed
    lower = lower_words(text)
    return [c for c in typed if not (c.type == "person" and plural_common_end(c.text, lower))]
