"""A body's short name is the one longer name of the same report that goes on with "of" and its
owner or place (pass 3, read by ``portfolios.py``; issue 14, t-orgs23): "the Child Marriage Unit" is
"the Child Marriage Unit of the Domestic Violence Secretariat", "the Constitutional Chamber" the
"Constitutional Chamber of the Supreme Court", "the Supreme Court" the "Supreme Court of Justice",
"the Investigative Committee" the "Investigative Committee of Belarus". The short name has no "of" or
"for" of its own ("Office of the Prosecutor" and "Office of the Prosecutor of X" are left to the other
rules), and what follows "of" is no court's instance (``instance_tails``: "Supreme Court" and "Supreme
Court of Appeal" are two courts, as the 2016 Malawi dev gold holds them). ``portfolios.py`` joins the
short name only where exactly one longer body of the report goes on from it.
"""
from __future__ import annotations

import re

from ..lexicon import INSTANCE_TAILS

#: "of" after the short name, an article allowed, then the first words of the tail
_OF_TAIL = re.compile(r"^\s+of\s+(?:the\s+)?(.+)$")


def owner_tail(s: str, lo: str) -> bool:
    """Does the folded name ``lo`` begin with the folded short name ``s`` (no "of"/"for" of its own)
    and go on with "of" and an owner or place, no court's instance?"""
    if len(lo) <= len(s) or not lo.startswith(s) or {"of", "for"} & set(s.split()):
        return False
    m = _OF_TAIL.match(lo[len(s):])
    if m is None:
        return False
    tail = m.group(1).split()
    return not any(" ".join(tail[:n]) in INSTANCE_TAILS for n in (1, 2))
