"""A person's title read as a body's name (issue 14, organizations; t-orgs32, on the session-22 amendment).

"Member of Parliament <name>", "Speaker of Parliament <name>", "Minister of Interior and Administration
<name>", "Head of the Border Police <name>", "Chairman of the Supreme Court <name>": a role noun
(``role_title_words``) then "of"/"for" and the body or portfolio the role serves is a title before a
person's name. The model reads the capitalised phrase as an ORG, and the report's record of it was an
organization: judged false in 12 of 79 unread reports (14 records, round record t-orgs32); the dev gold
records no organization of the shape. t-orgs54 added "president", "ceo" and "inspector general" (three more
unread reports: "President of the European Commission <name>", "the CEO of the Public Procurement
Authority, who", "Inspector General of Sindh Police <name>").

A body group all of whose forms, its acronyms aside, are such a title is no record (its acronym goes with
it: "Member of Parliament (MP)"). A possessive keeps the body ("the Minister’s Office"); a body named after
the role begins with its own head word ("the Office of the Speaker of Parliament") and is not of the shape.
"""
from __future__ import annotations

from ..common import Group, is_acronym
from ..lexicon import ROLE_TITLE
from ..occurrences import APOSTROPHES


def role_title(form: str) -> bool:
    """Is ``form`` a role noun, "of"/"for" and what it serves, without a possessive?"""
    return ROLE_TITLE.match(form) is not None and not any(a in form for a in APOSTROPHES)


def is_role_title(g: Group) -> bool:
    """Is ``g`` a body group all of whose forms but its acronyms are a person's title?"""
    forms = [f for f in g.forms if not is_acronym(f)]
    return g.type == "organization" and bool(forms) and all(role_title(f) for f in forms)


def without_role_titles(groups: list[Group]) -> list[Group]:
    """The body groups that are not a person's title (see the module)."""
    return [g for g in groups if not is_role_title(g)]
