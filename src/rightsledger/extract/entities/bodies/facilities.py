"""Names of facilities of detention (issue 14, t-ents6): "Nubarashen Penitentiary", "Latacunga
Rehabilitation Center", "Mafeteng Correctional Institution" name a place of detention, not a body,
though "Center" is a body's head word elsewhere; the dev gold records none of them. The endings
are ``facility_endings`` in ``extract/data/entities.toml``. A facility named by its number ("Prison
No. 3", "Prison No. 14", "Colony 6") is one too: the number is the name's own word (t-ents22). So is
a facility named by whom it holds, after "for" ("Transit Center for Foreigners", "Correctional Center
for Juveniles": ``facility_inmates``; t-orgs28, on the session-22 amendment): the persons held are the
name's own words. A body's field after "for" is no such tail ("… Center for Torture Victims"). A kind
may have three words ("Security Training Center", "Children’s Support Center": t-orgs51, on the
session-22 amendment)."""
from __future__ import annotations

import re

from ..lexicon import FACILITY_ENDINGS, FACILITY_INMATES

#: a facility's number after its kind: "no. 3", "no 14", "number 2", "6"
_NUMBER = re.compile(r"(?:no\.?|number|#)?\d{1,4}")
#: how many words a facility's kind has: "prison", "police post", "secure training centre" (t-orgs51)
_KIND_LENGTHS = (1, 2, 3)


def detention_facility(lowers: list[str]) -> bool:
    """Does a name (its words in lower case) end with a facility's kind, after a word of its own
    ("Armavir Penitentiary"; not "Penitentiary" alone), or with a facility's kind and its number
    ("Prison No. 3")?"""
    if any(len(lowers) > n and " ".join(lowers[-n:]) in FACILITY_ENDINGS for n in _KIND_LENGTHS):
        return True
    core = _without_number(lowers)
    if len(core) < len(lowers) and any(
            len(core) >= n and " ".join(core[-n:]) in FACILITY_ENDINGS for n in _KIND_LENGTHS):
        return True
    return held_for(lowers)


def held_for(lowers: list[str]) -> bool:
    """Does a name end with a facility's kind, "for" and whom it holds ("Transit Center for
    Foreigners", "Prison for Women"; not "Center for Torture Victims")?"""
    if "for" not in lowers:
        return False
    i = len(lowers) - 1 - lowers[::-1].index("for")
    return " ".join(lowers[i + 1:]) in FACILITY_INMATES and any(
        i >= n and " ".join(lowers[i - n:i]) in FACILITY_ENDINGS for n in (1, 2))


def _without_number(lowers: list[str]) -> list[str]:
    """The words before a trailing number label ("no. 3", "number 2", "14")."""
    i = len(lowers)
    if i and re.fullmatch(r"\d{1,4}", lowers[i - 1]):
        i -= 1
        if i and re.fullmatch(r"no\.?|number|#", lowers[i - 1]):
            i -= 1
    elif i and _NUMBER.fullmatch(lowers[i - 1]):
        i -= 1
    return lowers[:i]
