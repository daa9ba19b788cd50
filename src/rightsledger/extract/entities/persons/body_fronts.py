"""A person record whose every name is the first words of a longer name of a body or a place of
the same report is no person (issue 14, persons; round t-ents39, on the session-22 amendment).

A report names a body or a place in full once and by its first words elsewhere, and the short
form was typed person: "the Dui Hua Foundation" … "Dui Hua reported" (2019 China), "the Abu
Sayyaf Group" … "an ambush by Abu Sayyaf" (2022 Philippines), "the Nuevo León Prosecutor
General’s Office" … "Nuevo León (2,441)" (2022 Mexico), "the Kordofan States" … "Darfur and
Kordofan" (2022 Sudan), all unread reports judged before the rule; in dev "Duay Jai Group" …
"Duay Jai" (2024 Thailand). The short form is dropped, not retyped: it may be the body (Dui Hua)
or a place the body is named after (Nuevo León), and the rule does not decide which.

A person with a role or a title ("journalist Afgan Mukhtarli", beside a glued body "Afgan Mukhtarli
and Meydan TV") keeps the record: a role is a person's evidence no body's name outweighs. A name
written in full elsewhere ("Nelson Makeba" and "the Makeba Foundation") is no front: every form of
the person must be one.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...lexicons.gazetteer import fold

if TYPE_CHECKING:
    from ..common import Group


def name_front(short: str, longer: str) -> bool:
    """Are the words of ``short`` the first words of the longer name ``longer`` (case and accents
    folded)?"""
    s, lw = fold(short).split(), fold(longer).split()
    return 0 < len(s) < len(lw) and lw[:len(s)] == s


def _all_fronts(g: "Group", longer: set[str]) -> bool:
    return bool(g.forms) and all(any(name_front(f, n) for n in longer) for f in g.forms)


def persons_not_name_fronts(persons: list["Group"], others: list["Group"]) -> list["Group"]:
    """``persons`` without the groups that have no role and each of whose forms is the front of a
    name (a form) of one of ``others`` (the report's bodies and places)."""
    longer = {f for g in others for f in g.forms}
    return [g for g in persons if g.roles or not _all_fronts(g, longer)]
