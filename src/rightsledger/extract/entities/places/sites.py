"""A town written right before its site in lower case is a place (issue 14, places; round t-places28).

"at the Tarsa livestock market", "at the Tarsa border crossing", "attacked the Tarsa IDP site": the
name is the town's (or the quarter's) that has the market, the crossing, the site. The model labels such
a name ORG ("the" before it), and ``bodies/facility_names.py`` (round t-places25) drops the body; the town
then has no record at all — four misses of three unread reports (2018 Mali, 2022 Burkina Faso, 2022 DRC;
judged by t-places25 and t-places28). The dev gold records the town of every such sentence as a place
(2 : 0: "the Mogadishu livestock market", "a Luanda market").

So an organization group whose name the report writes once before one of ``site_words`` of
``extract/data/entities.toml`` (``facility_names.names_a_site``, the same frame and the same words) is
retyped place, with all its candidates, when nothing says it is a body or a facility: no body's head
word (``org_heads``: "the … Traders Association market"), no acronym ("the TDF border post"), no role,
and no facility's frame anywhere ("the Tarsa camp", "three camps (Tarsa, …)": t-orgs21's drop, which
``bodies_not_facilities`` still makes). It runs right before ``bodies_not_facilities``.
"""
from __future__ import annotations

from ..bodies.facility_names import facility_lists, names_a_facility, names_a_site
from ..common import Cand, is_acronym, name_key, org_heads


def sites_as_places(text: str, cands: list[Cand]) -> list[Cand]:
    """``cands`` with the organization groups named as a town before its site (see the module) typed place."""
    groups: dict[str, list[Cand]] = {}
    for c in cands:
        if c.type == "organization":
            groups.setdefault(name_key(c.text), []).append(c)
    lists = facility_lists(text)
    for group in groups.values():
        if _a_town_of_a_site(text, group, lists):
            for c in group:
                c.type = "place"
    return cands


def _a_town_of_a_site(text: str, group: list[Cand], lists: list[str]) -> bool:
    name = group[0].text.strip()
    return bool(name) and not org_heads(name.split()) and not is_acronym(name) \
        and not any(c.roles for c in group) and names_a_site(text, name) \
        and not names_a_facility(text, name, lists)
