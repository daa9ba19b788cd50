"""A person record whose name the report gives, in a parenthesis, as the other name of a body is no
person (issue 14, persons; round t-ents65, on the session-22 amendment).

A report pairs a body's name with its short or native name once, in a parenthesis, and then writes the
short name alone: "the Israeli Security Agency (X)" and "X interrogators" (2022 Israel, West Bank and
Gaza), "the Federation of Hungarian Jewish Communities (X)" and "X said" (2022 Hungary), "X (the National
Control and Anticorruption Commission) had sole authority" (2023 Saudi Arabia): three unread reports
judged before the rule, where the model labelled the bare X PERSON.

A site is an occurrence of one of the group's forms alone in a parenthesis right after a body's mention
("BODY (X)"), or right before a parenthesis that holds "the" and a body's mention and nothing else
("X (the BODY)"). A person's party or body after his name without "the" ("X (PDP)") is no site, nor a
gloss that is no body's whole mention ("X (the Commission's chair)"). One site names the group; a group
with a person's role keeps its record. The group is dropped, not retyped: the body has its own record.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..common import Group


def _paren_after_body(text: str, start: int, end: int, ends: set[int]) -> bool:
    """"BODY (X)": X alone in a parenthesis, a body's mention ending right before " (" ."""
    return text[start - 2:start] == " (" and text[end:end + 1] == ")" and start - 2 in ends


def _body_paren_after(text: str, end: int, spans: set[tuple[int, int]]) -> bool:
    """"X (the BODY)": "the" and a body's whole mention fill the parenthesis after X."""
    if not text.startswith(" (the ", end):
        return False
    close = text.find(")", end)
    return close > 0 and (end + 6, close) in spans


def names_body(text: str, form: str, spans: set[tuple[int, int]]) -> bool:
    """Does ``form`` stand anywhere in ``text`` in a parenthesis pair with a body's mention (``spans``)?"""
    ends = {e for _, e in spans}
    for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
        if _paren_after_body(text, m.start(), m.end(), ends) or _body_paren_after(text, m.end(), spans):
            return True
    return False


def persons_not_body_aliases(persons: list["Group"], bodies: list["Group"], text: str) -> list["Group"]:
    """``persons`` without the groups with no person's role one of whose forms the report pairs, in a
    parenthesis, with a body's mention (one of ``bodies``)."""
    spans = {span for g in bodies for span in g.mentions}
    return [g for g in persons if g.roles
            or not any(names_body(text, f, spans) for f in g.forms if f[:1].isupper())]
