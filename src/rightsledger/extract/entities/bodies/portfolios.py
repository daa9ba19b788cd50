"""A body's short name joins the one longer name it begins (pass 3, with ``linking.py``; issue 14,
t-ents5): "Ministry of Labor" is the "Ministry of Labor and Social Welfare" of the same report,
"Ministry of Women" the "Ministry of Women, Family, and Gender", "High Authority" the "High
Authority for the Prevention of and Fight against Corruption". The longer name goes on after
the short one with "and" or a comma (the rest of a portfolio), or with "for" after a short name
without its own "of"/"for"; with "of" and an owner or place ("Child Marriage Unit of the Domestic
Violence Secretariat", "Supreme Court of Justice": ``owner_tails.py``, t-orgs23, tried only where
no portfolio or field goes on from the short name), not with "of" and a
court's instance ("Supreme Court" and "Supreme Court of Appeal" are two courts in the 2016 Malawi
gold). Only where exactly
one longer body does: two ministries that share a first portfolio leave the short name alone.
A party's name joins the same name with "Party" after it ("MODEN-FA Lumana", 2016 Niger).
The U.S. bodies every report refers to in its boilerplate ("see the Department of Labor's
Findings…", ``us_boilerplate_bodies``) are never a short form of the country's own ministry.
"""
from __future__ import annotations

import re
from typing import Callable

from ...lexicons.gazetteer import fold
from ..common import org_heads, is_acronym
from ..lexicon import ORG_HEADS, US_BOILERPLATE_BODIES
from .owner_tails import owner_tail

#: what follows a short name inside the longer name it begins
_PORTFOLIO_GOES_ON = re.compile(r"^(?:,|\s+and\b)")
#: … or, after a short name without its own "of"/"for", with "for" ("High Authority for …")
_FIELD_GOES_ON = re.compile(r"^\s+for\s")


def _continues(s: str, lo: str) -> bool:
    """Does the folded name ``lo`` begin with the folded short name ``s`` and go on with the rest
    of its name?"""
    if len(lo) <= len(s) or not lo.startswith(s):
        return False
    rest = lo[len(s):]
    return bool(_PORTFOLIO_GOES_ON.match(rest)) or bool(_FIELD_GOES_ON.match(rest)) \
        and "of" not in s.split() and "for" not in s.split()


def _party_of(s: str, lo: str) -> bool:
    """"MODEN-FA Lumana" and "MODEN-FA Lumana Party" (folded): the same name and a party's word
    after it."""
    return lo.startswith(s + " ") and ORG_HEADS.get(lo[len(s) + 1:]) == "party"


def _only_other(g, short: list[str], by_first: dict[str, list], same: Callable[[str, str], bool]):
    """The one group other than ``g`` with a name (folded, by its first word in ``by_first``) that
    ``same`` pairs with one of ``short``."""
    found = {id(h): h for s in short for lo, h in by_first.get(s.split()[0], ())
             if h is not g and same(s, lo)}
    return next(iter(found.values())) if len(found) == 1 else None


def _by_first(groups: dict) -> dict[str, list]:
    out: dict[str, list] = {}
    for h in {id(g): g for g in groups.values()}.values():
        for f in h.forms:
            lo = fold(f)
            if lo:
                out.setdefault(lo.split()[0], []).append((lo, h))
    return out


def join_portfolios(groups: dict, absorb: Callable[[dict, object, object], None]) -> None:
    """Absorb each group whose names are all short forms of the names of one other group (or a
    party's name without its word "Party")."""
    by_first = _by_first(groups)
    for key, g in list(groups.items()):
        if groups[key] is not g or len(g.forms) != 1:
            continue
        form = next(iter(g.forms))
        h = None if org_heads(form.split()) or not fold(form) else _only_other(g, [fold(form)], by_first, _party_of)
        if h is not None:
            absorb(groups, key, h)
            by_first = _by_first(groups)
    for key, g in list(groups.items()):
        if groups[key] is not g:
            continue
        forms = [f for f in g.forms if " " in f and not is_acronym(f)]
        if not forms or len(forms) != len([f for f in g.forms if not is_acronym(f)]) \
                or not all(org_heads(f.split()) for f in forms) \
                or any(fold(f) in US_BOILERPLATE_BODIES for f in forms):
            continue
        h = _only_other(g, [fold(f) for f in forms], by_first, _continues)
        if h is None:                 # only where no portfolio or field goes on from it (t-orgs23)
            h = _only_other(g, [fold(f) for f in forms], by_first, owner_tail)
        if h is not None:
            absorb(groups, key, h)
            by_first = _by_first(groups)
