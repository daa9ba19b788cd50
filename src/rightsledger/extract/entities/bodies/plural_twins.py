"""Two records of one body whose names differ only by a word's plural or possessive "s" (pass 3, in
``linking.link_orgs``; issue 14, round t-orgs35, on the session-22 amendment).

A report writes one body's name twice with a word in the singular once and in the plural (or the
possessive moved) the other time: "the Abu Dhabi Court of Appeal" and "the Abu Dhabi Court of Appeals",
"the Burkinabe Movement for Human and Peoples’ Rights" and "… People’s Rights", "a Command Post" and
"the Command Posts". ``linking``'s keys keep every word as written, so each form kept a record of its
own: a duplicate, judged false in three unread reports (2022 Burkina Faso, 2021 United Arab Emirates,
2018 Ethiopia; round records t-orgs35, t-orgs33).

Two body groups of two words or more whose keys are the same once each word loses a plural "s"
(``plural_s_kept_endings`` keep theirs: "status", "analysis", "press") are one body, when exactly two
groups have that folded key; acronyms, international bodies and a third group keep them apart.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Callable

from ..common import absorb_group, is_acronym
from ..lexicon import PLURAL_S_KEPT_ENDINGS


def singular(word: str) -> str:
    """``word`` without a plural "s" (words of four letters or more, not ending in a kept ending)."""
    if len(word) > 3 and word.endswith("s") and not word.endswith(PLURAL_S_KEPT_ENDINGS):
        return word[:-1]
    return word


def folded_key(key: frozenset[str]) -> frozenset[str]:
    """A body key with every word in the singular."""
    return frozenset(singular(w) for w in key)


def join_plural_twins(groups: dict, absorb: Callable[[dict, object, object], None]) -> None:
    """Join the two body groups (of two words or more, no acronym, no international body) whose keys
    are one in the singular; three or more such groups stay apart."""
    by_folded: dict[frozenset[str], dict[int, object]] = defaultdict(dict)
    for key, g in groups.items():
        if len(key) < 2 or any(k.startswith("=") for k in key) or g.type != "organization" \
                or all(is_acronym(f) for f in g.forms):
            continue
        by_folded[folded_key(key)][id(g)] = g
    for found in by_folded.values():
        if len(found) == 2:
            a, b = found.values()
            absorb_group(groups, absorb, a, b)
