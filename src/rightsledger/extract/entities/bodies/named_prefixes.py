"""A body named with and without a word in front of its name is one body (pass after
``place_prefixes``, in ``linking.link_orgs``; issue 14, round t-orgs47).

A report names a body in full once ("the Ismail Jumale Center for Human Rights", "the Autonomous
University of Honduras Violence Observatory", "the General Prosecutor Office") and elsewhere by the
tail of that name ("the Jumale Center for Human Rights", "the Violence Observatory"). The place
pass joins such tails only when the words in front name a place; the others kept a record of
their own, a second record beside the gold's one (dev: 2001 Somalia, 2020 Honduras, 2017
Azerbaijan, kazakhstan-2022).

The short name (two words at least, no acronym) joins the one longer body name of the report that
ends with it when the word just in front of it is no connector ("of", "the", "and", entities.toml
``connectors``): "Constitutional Chamber of the Supreme Court" is a unit of the court, not the
court. Nor does it join when a word in front makes another body: a side (``compass_words``,
``side_suffix``: "North Velmar Court" beside "Velmar Court"), a country or nationality, a
possessive ("Ukraine’s Supreme Court"). A short name two longer names end with stays apart.
"""
from __future__ import annotations

from typing import Callable

from ...lexicons.gazetteer import fold
from ..common import absorb_group, is_acronym
from ..lexicon import COMPASS_WORDS, CONNECTORS, SIDE_SUFFIX
from .place_prefixes import place_prefix


def _other_body(word: str) -> bool:
    """Does ``word`` in front make another body: a side ("North"), a country or nationality
    ("Ukraine’s", "Zambian"), a possessive? (A place of the report's own is the place pass's.)"""
    return (word in COMPASS_WORDS or word in SIDE_SUFFIX or word.endswith(("'s", "’s"))
            or place_prefix([word], None))


def _tail_of(long: list[str], short: list[str]) -> bool:
    """Is ``short`` the tail of ``long`` after words none of which is a connector or makes another
    body?"""
    n = len(short)
    return (len(long) > n and long[-n:] == short and long[-n - 1] not in CONNECTORS
            and not any(_other_body(w) for w in long[:-n]))


def join_word_prefixed(groups: dict, absorb: Callable[[dict, object, object], None]) -> None:
    """Absorb each body group one of whose names is the tail of the one longer name, in another
    group, after a word that is no connector."""
    for key, g in list(groups.items()):
        if groups[key] is not g or g.type != "organization":
            continue
        shorts = [fold(f).removeprefix("the ").split() for f in g.forms if not is_acronym(f)]
        if not shorts or any(len(s) < 2 for s in shorts):
            continue
        found = {}
        for h in {id(h): h for h in groups.values()}.values():
            if h is g or h.type != "organization":
                continue
            if any(_tail_of(fold(f).removeprefix("the ").split(), s) for f in h.forms for s in shorts):
                found[id(h)] = h
        if len(found) == 1:
            absorb_group(groups, absorb, g, next(iter(found.values())))
