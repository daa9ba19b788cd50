"""Facilities' names taken for bodies (issue 14, organizations; round t-orgs21).

A camp, a prison or a detention center named by a word of its own — a town's, a quarter's, a founder's —
is no body, but the model labels such a name ORG where nothing around it says what it is, and one such
mention keeps the body alive: "a second camp at Holl-Holl" beside "The Holl-Holl camp" (2016
Djibouti), "the Bureiqa migrant detention center" beside "the Bureiqa detention center" (2018 Yemen,
both unread), "three camps (Tabareybarey, Mangaize, and Abala)" (2016 Niger dev), "four pretrial
detention centers (Cacine, Catio, …)" (2019 Guinea-Bissau dev), "Hareryale, a prison established …"
(2001 Somalia dev). ``common.facility_name`` drops only the mentions that stand before the facility's
noun themselves, and pass 4 gives the body back the others.

So an organization name with no body's head word (``org_heads``) that is no acronym is no body, with
all its candidates, when the report writes it once in a facility's frame:

- right before a facility noun (``[facilities] named_words`` of ``places.toml``, up to two
  ``facility_modifiers`` between) that no capitalised word continues ("the Holl-Holl refugee camps",
  not "the Malawi Prison Services");
- in apposition to one ("Hareryale, a prison");
- inside a parenthesised list right after a plural facility noun (``[facilities] plural_words``:
  "three camps (A, B, and C)").

The dev gold makes a body of no such occurrence (0 of 97, 32 reports; the round's record). The same
frames make a place's name a facility's in ``places/bodies.py``; this module reads the same lists.

A site a town has, written in lower case right after the town's name (``site_words`` of
``entities.toml``: "at the Tarsa livestock market", "at the Tarsa border crossing", "the Tarsa IDP
site"), is such a frame for bodies only (round t-places25, on the session-22 amendment: 2018 Mali, 2022
Burkina Faso, 2022 DRC unread; the dev gold 2 : 0, both names gold places): the name is the town's or
the site's, no body's; ``places/bodies.py`` does not read these words, so a town stays a town.
"""
from __future__ import annotations

import re

from ...lexicons import alternation, lexicon
from ..common import Cand, is_acronym, org_heads, without_groups
from ..occurrences import APOSTROPHES, HYPHEN, occurrences

_FAC = lexicon("places")["facilities"]
_NOUNS = alternation(sorted(_FAC["named_words"], key=len, reverse=True))
_PLURALS = alternation(sorted(_FAC["plural_words"], key=len, reverse=True))
_MODIFIERS = alternation(sorted(lexicon("entities")["facility_modifiers"], key=len, reverse=True))
#: " refugee camp", ", a prison": a facility noun after the name or in apposition, no name going on after it
_FACILITY_AFTER = re.compile(
    rf"(?:,\s+(?:a|an|the)\s+|\s+)(?:(?:{_MODIFIERS})\s+){{0,2}}(?i:{_NOUNS})\b(?!\s+[A-Z])")
#: " livestock market", " border crossing": a town's site in lower case, no name going on after it
_SITE_AFTER = re.compile(r"\s+%s\b(?!\s+[A-Z])" % alternation(
    sorted(lexicon("entities")["site_words"], key=len, reverse=True)))
#: "camps (A, B, and C)": a parenthesised list right after a plural facility noun
_FACILITY_LIST = re.compile(rf"\b(?i:{_PLURALS})\s*\(([^()]{{3,200}})\)")
#: a name glued to a hyphen or an apostrophe ("Holl-Holl" of a longer name, a possessive) is not the facility's
_JOINERS = HYPHEN + APOSTROPHES


def names_a_facility(text: str, name: str, lists: list[str] | None = None) -> bool:
    """Whether the report writes ``name`` once in a facility's frame (see the module); ``lists``, the
    report's :func:`facility_lists` when the caller has read them already (one scan of the report)."""
    if any(_FACILITY_AFTER.match(text, e) for _, e in occurrences(text, name, joiners=_JOINERS)):
        return True
    lists = facility_lists(text) if lists is None else lists
    return any(occurrences(listed, name, joiners=_JOINERS) for listed in lists)


def names_a_site(text: str, name: str) -> bool:
    """Whether the report writes ``name`` once right before a town's site in lower case ("the Tarsa
    livestock market"; not "the Tarsa Market Traders Union")."""
    return any(site_after(text, e) for _, e in occurrences(text, name, joiners=_JOINERS))


def site_after(text: str, end: int) -> bool:
    """Whether a town's site in lower case ("livestock market", "IDP site") follows a name ending at ``end``."""
    return _SITE_AFTER.match(text, end) is not None


def facility_lists(text: str) -> list[str]:
    """The parenthesised lists after a plural facility noun in ``text`` ("camps (A, B, and C)"): what is
    between the brackets, in text order."""
    return [m.group(1) for m in _FACILITY_LIST.finditer(text)]


def bodies_not_facilities(text: str, cands: list[Cand]) -> list[Cand]:
    """``cands`` without the organizations, head-word-free and no acronym, whose name the report
    writes as a facility's (see the module); the report's facility lists read once for all names (t-speed1)."""
    lists = facility_lists(text)
    return without_groups(cands, "organization",
                          lambda group: _named_as_facility(text, group[0].text.strip(), lists))


def _named_as_facility(text: str, name: str, lists: list[str]) -> bool:
    return bool(name) and not org_heads(name.split()) and not is_acronym(name) \
        and (names_a_facility(text, name, lists) or names_a_site(text, name))
