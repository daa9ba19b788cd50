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
court. A short name two longer names end with ("Amman Court": "North Amman Court", "South Amman
Court") stays apart.
"""
from __future__ import annotations

from typing import Callable

from ...lexicons.gazetteer import fold
from ..common import absorb_group, is_acronym
from ..lexicon import CONNECTORS


def _tail_of(long: list[str], short: list[str]) -> bool:
    """Is ``short`` the tail of ``long`` after at least one word that is no connector?"""
    n = len(short)
    return len(long) > n and long[-n:] == short and long[-n - 1] not in CONNECTORS


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
