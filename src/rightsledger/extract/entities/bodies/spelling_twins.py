"""Two records of one body whose names differ only by one word spelled two ways (pass 3, in
``linking.link_orgs``; issue 14, round t-orgs53, on the session-22 amendment).

A report writes one body's name with a word spelled two ways: with and without a hyphen ("the
Anti-Corruption and Civil Rights Commission" and "the Anticorruption and Civil Rights Commission"), a
letter doubled ("Combating" and "Combatting"), the vowel of a joined particle changed ("Lashkar-e-" and
"Lashkar-i-"). ``linking``'s keys keep every word as written and split at hyphens, so each spelling kept
a record of its own: a duplicate, judged false in three unread reports (2019 South Korea, 2021 Tanzania,
2021 Pakistan; round records t-orgs53, t-orgs51, t-orgs46).

Two body groups (keys of two words or more, no acronym, no international body) are one when a form of
each, word by word (case folded, "the" and a possessive dropped, ``[spelling_twins] joiners`` dropped
inside a word), has the same words but at most one, and that one pair is one word spelled two ways:
each of ``min_letters`` letters or more, the same first letter, no digit, at most ``max_edits`` edits
apart and not a plural's "s" apart (``plural_twins.py``'s case) — and when each group has exactly one
such twin. A designator of one letter ("High-Risk Court B" / "… C") or a short word keeps them apart.
"""
from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from typing import Callable

from ..common import absorb_group, edit_distance, is_acronym, name_key
from ..lexicon import SPELLING_TWIN_JOINERS, SPELLING_TWIN_MAX_EDITS, SPELLING_TWIN_MIN_LETTERS
from .plural_twins import singular


def spelled_words(form: str) -> tuple[str, ...]:
    """A form's words as ``linking`` keys them, without the punctuation after a word ("Communications,")
    and with the joiners inside each word dropped."""
    words = [w.rstrip(",;:.") for w in name_key(form).split()]
    for j in SPELLING_TWIN_JOINERS:
        words = [w.replace(j, "") for w in words]
    return tuple(w for w in words if w)


def one_word_two_ways(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are one word spelled two ways (see the module's docstring)."""
    if a == b:
        return True
    if min(len(a), len(b)) < SPELLING_TWIN_MIN_LETTERS or a[0] != b[0] \
            or any(ch.isdigit() for ch in a + b) or singular(a) == singular(b):
        return False
    return edit_distance(a, b, SPELLING_TWIN_MAX_EDITS) <= SPELLING_TWIN_MAX_EDITS


def spelled_alike(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two forms' words (``spelled_words``) the same but one word spelled two ways."""
    if len(a) != len(b):
        return False
    apart = [(x, y) for x, y in zip(a, b) if x != y]
    return len(apart) <= 1 and all(one_word_two_ways(x, y) for x, y in apart)


def _spellings(groups: dict) -> dict[int, tuple[object, set[tuple[str, ...]]]]:
    """The groups the rule reads, by id, with their forms' words."""
    out: dict[int, tuple[object, set[tuple[str, ...]]]] = {}
    for key, g in groups.items():
        if len(key) < 2 or any(k.startswith("=") for k in key) or g.type != "organization" \
                or all(is_acronym(f) for f in g.forms):
            continue
        out[id(g)] = (g, {spelled_words(f) for f in g.forms if not is_acronym(f)})
    return out


def join_spelling_twins(groups: dict, absorb: Callable[[dict, object, object], None]) -> None:
    """Join the two body groups whose names are one word spelled two ways apart, when neither has
    another such twin."""
    spelt = _spellings(groups)
    twins: dict[int, set[int]] = defaultdict(set)
    for (i, (_, fa)), (j, (_, fb)) in combinations(spelt.items(), 2):
        if any(spelled_alike(x, y) for x in fa for y in fb):
            twins[i].add(j)
            twins[j].add(i)
    for i, found in twins.items():
        j = next(iter(found))
        if len(found) == 1 and twins[j] == {i} and i < j:
            absorb_group(groups, absorb, spelt[j][0], spelt[i][0])
