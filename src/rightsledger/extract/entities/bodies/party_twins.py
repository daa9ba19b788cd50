"""A party named with and without the word "Party" is one body (pass 3, in ``linking.link_orgs``;
issue 14, round t-orgs31, on the session-22 amendment).

A report names a party by its name or acronym ("the African National Congress (ANC)", "the Movement
Toward Socialism (MAS)", "the Popular Front") and elsewhere with "Party" after it ("the governing ANC
Party", "the MAS Party", "the Popular Front Party"). ``linking``'s keys differ by the head word, so the
second form kept a record of its own: a duplicate, read on unread 2021 South Africa, 2020 Bolivia (two)
and 2020 North Macedonia (two), and in dev 2017 Azerbaijan and 2017 Tunisia, where the gold writes one
record of both forms (census 21 : 0 over the dev gold, round record t-orgs31).

A body group all of whose forms are "<front> <word>" (``party_twin_words``: "Party") joins the one
other body group one of whose forms is such a front; two such groups, or none, and it stays apart.
"""
from __future__ import annotations

from typing import Callable

from ...lexicons.gazetteer import fold
from ..common import absorb_group
from ..lexicon import PARTY_TWIN_WORDS


def twin_fronts(forms) -> set[str]:
    """The fronts of a group's forms when every form is "<front> <twin word>" (folded, no "the"), else none."""
    fronts = set()
    for f in forms:
        words = fold(f).removeprefix("the ").split()
        if len(words) < 2 or words[-1] not in PARTY_TWIN_WORDS:
            return set()
        fronts.add(" ".join(words[:-1]))
    return fronts


def join_party_twins(groups: dict, absorb: Callable[[dict, object, object], None]) -> None:
    """Absorb each body group named "<front> Party" into the one other group one of whose forms is the front."""
    for key, g in list(groups.items()):
        if groups[key] is not g or g.type != "organization":
            continue
        fronts = twin_fronts(g.forms)
        if not fronts:
            continue
        found = {id(h): h for h in groups.values() if h is not g and h.type == "organization"
                 and any(fold(f).removeprefix("the ") in fronts for f in h.forms)}
        if len(found) == 1:
            absorb_group(groups, absorb, g, next(iter(found.values())))
