"""An acronym cut off the front of a longer name, not a body's record (issue 14, organizations; t-orgs55,
on dev reports with a census).

"the UN Special Rapporteur on …", "UN Special Rapporteur <name> noted", "the UN Standard Minimum Rules for
…", "violated the UN Convention on the Rights of the Child": the acronym is the front of a title's or a
document's name that goes on with a capitalised word; the model (or a title rule that takes the rest) leaves
the acronym alone as an ORG, and the report's record of it was an organization the gold does not make (dev:
2017 Tunisia, 2019 Ecuador, veridia-2023; unread: 2022 Spain). The dev gold makes no organization record
every mention of which is an acronym written so (census 3 : 0, round record t-orgs55).

A body group all of whose forms are acronyms and every mention of which stands right before a capitalised
word is no record. A body's acronym written so once and elsewhere alone ("UN Special Rapporteur X … the UN
said") keeps its record; so does one before a possessive, a bracket or a sentence's end.
"""
from __future__ import annotations

import re

from ..common import Group, is_acronym

#: a capitalised word right after the mention, on the same line
_CAPITALISED_NEXT = re.compile(r"[ \t]+[A-Z]")


def is_front_acronym(g: Group, text: str) -> bool:
    """Is ``g`` an acronym-only body group whose every mention stands before a capitalised word?"""
    return (g.type == "organization" and bool(g.mentions) and all(is_acronym(f) for f in g.forms)
            and all(_CAPITALISED_NEXT.match(text, end) for _, end in g.mentions))


def without_front_acronyms(groups: list[Group], text: str) -> list[Group]:
    """The body groups that are not an acronym cut off a longer name (see the module)."""
    return [g for g in groups if not is_front_acronym(g, text)]
