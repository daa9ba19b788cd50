"""Names written after a lower-case compass word, typed person or body, that are places (issue 14, places;
t-places22).

"the Damascus suburbs of eastern Tarsa", "on the north Velm coast", "northern Orsk, southern Dalu, and Rakhan
States": the model labels the region's name ORG or PERSON (every mention, or the ones it meets first), and the
report's one type per name makes a body or a person of it. A compass adjective in lower case right before a
capitalised name (``compass_words``: "northern", "eastern", "north" …; not "central": "the central Government")
says the name is a place, whatever the label. Found in three unread reports judged before this rule (2018 Syria
"eastern Ghouta", 17 mentions typed body; 2023 Egypt "north Sinai", "western Sinai" typed person; 2020 Burma
"northern Shan" typed person); the dev gold records every name it writes in this slot as a place.

A name typed person or organization is retyped a place (every candidate of it: one type per name in a report)
when the report writes it at least once right after a compass word, and the name is one to three capitalised
words with no acronym, digit or body's head word ("the eastern Internal Security Agency" stays a body), no
person's role, and no people's name (spaCy NORP: "northern Kurds"), and no rule made it a body (an armed group
named by its fighters, a body's rule head, a defined acronym).
"""
from __future__ import annotations

import re
from typing import Callable

from ...lexicons import alternation
from ...lexicons.gazetteer import fold
from ..common import Cand, is_acronym, name_key
from ..lexicon import COMPASS_WORDS, ORG_HEADS
from ..occurrences import HYPHEN, occurrences

_AFTER_COMPASS = re.compile(r"(?<![\w-])%s\s+$" % alternation(sorted(COMPASS_WORDS, key=len, reverse=True)))
#: labels of the candidates a rule made a body of: the compass word does not undo them
_RULE_BODY_LABELS = frozenset({"RULE_ORG", "ARMED", "ACRO"})


def region_shape(name: str) -> bool:
    """One to three capitalised words, none an acronym, a digit or a body's head word."""
    words = name.split()
    return 1 <= len(words) <= 3 and all(
        w[:1].isupper() and not is_acronym(w) and not any(ch.isdigit() for ch in w)
        and w.lower() not in ORG_HEADS for w in words)


def after_compass(text: str, name: str) -> bool:
    """Whether the report writes ``name`` at least once right after a lower-case compass word."""
    return any(_AFTER_COMPASS.search(text, max(0, s - 20), s) for s, _ in occurrences(text, name, joiners=HYPHEN))


def retypable(group: list[Cand], norp: set[str]) -> bool:
    return not any(c.roles or c.label in _RULE_BODY_LABELS for c in group) \
        and fold(group[0].text).rstrip("s") not in norp


def retype_written(text: str, cands: list[Cand], norp: set[str], written: Callable[[str, str], bool]) -> list[Cand]:
    """Retype as places the person- or organization-typed names of a region's shape that ``written(text, form)``
    finds in a place's slot for one of their forms (every candidate of the name: one type per name in a report)."""
    groups: dict[str, list[Cand]] = {}
    for c in cands:
        if c.type in ("person", "organization") and region_shape(c.text):
            groups.setdefault(name_key(c.text), []).append(c)
    for group in groups.values():
        if retypable(group, norp) and any(written(text, t) for t in {c.text for c in group}):
            for c in group:
                c.type = "place"
    return cands


def compass_places(text: str, cands: list[Cand], norp: set[str]) -> list[Cand]:
    """Retype as places the person- or organization-typed names the report writes after a compass word."""
    return retype_written(text, cands, norp, after_compass)
