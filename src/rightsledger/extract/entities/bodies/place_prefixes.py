"""A body named with and without the place it belongs to is one body (pass 3, in
``linking.link_orgs``; issue 14, round t-ents22).

A report names a body in full once with its country's or town's name in front ("the Tarsania
National Police", "the Honduran National Police", "the Georgetown Legal Aid Clinic") and elsewhere
without it ("the National Police", "the Legal Aid Clinic"). ``linking``'s variant join drops a
country's name but also the filler "national", so "National Police" kept a record of its own (dev:
2022 Panama, 2020 Honduras, 2018 Guyana; the gold of all three writes one record with both names).

The short name (two words at least, no acronym) joins the one longer body name of the report that
ends with it when the words in front are a place's: a country (the gazetteer), a nationality
adjective, the report's own country or its adjective, or a town or region of the report's country
that is no ordinary English word. "North Amman Court" beside "Amman Court" stays apart ("North" is
an English word: two courts in that gold), and so does a short name two longer names end with.
"""
from __future__ import annotations

from typing import Callable

from ...lexicons.frequency import zipf
from ...lexicons.gazetteer import fold, gazetteer
from ..common import absorb_group, is_acronym, nationality_word
from ..lexicon import COMMON


def place_prefix(words: list[str], home_name: str | None) -> bool:
    """Are ``words`` (folded) the name of a place a body may carry in front: a country, a
    nationality adjective, the report's country, a town or region of it (no English word)?"""
    if not words:
        return False
    gaz = gazetteer()
    prefix = " ".join(words)
    if gaz.countries(prefix):
        return True
    home = (home_name or "").rstrip("aeiou")
    if len(words) == 1 and (nationality_word(prefix) or (home and prefix.startswith(home)
                                                         and len(prefix) <= len(home) + 4)):
        return True
    code = gaz.countries(home_name) if home_name else None
    if code is None or any(zipf(w) >= COMMON for w in words):
        return False
    place = gaz.lookup(prefix, code)
    return place is not None and place.country_code == code


def join_place_prefixed(groups: dict, absorb: Callable[[dict, object, object], None],
                        home_name: str | None) -> None:
    """Absorb each body group one of whose names is the tail of the one longer name, in another
    group, whose words in front name a place."""
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
            for f in h.forms:
                long = fold(f).removeprefix("the ").split()
                if any(len(long) > len(s) and long[-len(s):] == s and place_prefix(long[:-len(s)], home_name)
                       for s in shorts):
                    found[id(h)] = h
        if len(found) == 1:
            absorb_group(groups, absorb, g, next(iter(found.values())))
