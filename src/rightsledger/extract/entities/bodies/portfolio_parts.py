"""A ministry named by part of its portfolio joins the one longer name that holds it (pass 3, after
``portfolios.py``; issue 14, round t-orgs19).

A report names a ministry in full once ("Ministry of Trade and Labor", "Ministry of Civil Service,
Labor, and Social Laws", "Ministry of Women, Family, Gender, Children, and Social Protection") and
later by part of its portfolio ("Ministry of Labor", "Ministry of Women, Family, and Gender").
``portfolios.py`` joins a short name only where the longer one *begins* with it, so a portfolio
named second, or a list closed by "and" earlier, made two records of one body (2022 Panama, 2020
Senegal on dev; 2024 Madagascar on the unread six of t-orgs18).

The portfolio is the list after the head and "of"/"for", cut at commas and "and". The short name
joins a longer one of the same head (``portfolio_bodies``: ministries and the like, not courts or
offices, whose "of X" names a place or a holder) when its portfolio is part of the longer one's and
either is one item ("Labor" in "Trade and Labor") or the longer list's first items in order ("Women,
Family, and Gender" of "Women, Family, Gender, Children, …"); and only where exactly one longer
name of the report does: two ministries sharing the item leave it alone (2017 Azerbaijan "Ministry
of Labor" beside "… Labor and Social Policy" and "… Labor and Social Protection"), and two items in
another order are another ministry ("Ministry of Communication and High Technologies" beside
"Ministry of Transportation, Communication, and High Technologies", two records in that gold).
The U.S. bodies of the boilerplate (``us_boilerplate_bodies``) join nothing.
"""
from __future__ import annotations

import re
from typing import Callable

from ...lexicons.gazetteer import fold
from ..common import is_acronym
from ..lexicon import PORTFOLIO_BODIES, US_BOILERPLATE_BODIES

#: "<head> of|for (the) <portfolio>" of a folded name
_SHAPE = re.compile(r"^(\w+)\s+(?:of|for)\s+(?:the\s+)?(.+)$")
#: the items of a portfolio: commas, a list's "and" (with or without a serial comma)
_ITEM_BREAK = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def portfolio(name: str) -> tuple[str, list[str]] | None:
    """The head word and the portfolio's items of a ministry's folded name, or None:
    "ministry of trade and labor" → ("ministry", ["trade", "labor"])."""
    m = _SHAPE.match(name)
    if not m or m.group(1) not in PORTFOLIO_BODIES:
        return None
    items = [re.sub(r"^the\s+", "", p) for p in _ITEM_BREAK.split(m.group(2)) if p]
    return (m.group(1), items) if items else None


def part_of(short: tuple[str, list[str]], long: tuple[str, list[str]]) -> bool:
    """Is ``short`` the same head with part of ``long``'s portfolio: one item of it, or its first
    items in order?"""
    (h1, s), (h2, lo) = short, long
    if h1 != h2 or len(s) >= len(lo) or not set(s) < set(lo):
        return False
    return len(s) == 1 or lo[:len(s)] == s


def join_portfolio_parts(groups: dict, absorb: Callable[[dict, object, object], None]) -> None:
    """Absorb each body group whose names (acronyms aside) all name part of the portfolio of exactly
    one other group's name."""
    for key, g in list(groups.items()):
        if groups[key] is not g or g.type != "organization":
            continue
        forms = [fold(f) for f in g.forms if not is_acronym(f)]
        shorts = [portfolio(f) for f in forms]
        if not forms or any(p is None for p in shorts) or any(f in US_BOILERPLATE_BODIES for f in forms):
            continue
        found = {}
        for h in {id(h): h for h in groups.values()}.values():
            if h is g or h.type != "organization":
                continue
            longs = [portfolio(fold(f)) for f in h.forms if not is_acronym(f)]
            if any(lo is not None and part_of(s, lo) for s in shorts for lo in longs):  # type: ignore[arg-type]
                found[id(h)] = h
        if len(found) == 1:
            absorb(groups, key, next(iter(found.values())))
