"""Dates that bound a class (issue 14, round t-events26): "Public buildings completed after 1995
generally complied with the law", "children born before September 2014 … become eligible only at age 18",
"Rwandan refugees who fled Rwanda before December 31, 1998". The date, after "before" or "after", sits in
a participle or relative clause that describes a noun in general (a bare plural or mass noun, or one
under a determiner of a class: "a person born before …"); it says which members of the class a rule or
state covers, and dates no occurrence. Seen as false events of sections 2 and 5–7 in five dev reports
(2017 Tunisia, 2018 Lesotho, 2019 Suriname, 2021 Laos, 2014 DRC); none of the dev gold dates an event so.
The clause's verb must be no act of the taxonomy: "Protesters arrested after May 3 were released" keeps
its arrest. Tables ``class_bound_preps``, ``class_bound_dets`` in ``extract/data/events.toml``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...lexicons import words
from ..types.triggers import trigger_type

if TYPE_CHECKING:
    from spacy.tokens import Token

BOUND_PREPS = words("events", "class_bound_preps")
CLASS_DETS = words("events", "class_bound_dets")


def class_bound(root: "Token") -> bool:
    """True when the date whose root token is ``root`` bounds a class (see the module)."""
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in BOUND_PREPS:
        return False
    verb = prep.head
    if verb.dep_ not in ("acl", "relcl") or verb.tag_ not in ("VBN", "VBD") or trigger_type(verb) not in (None, "other"):
        return False
    return class_noun(verb.head)


def class_noun(noun: "Token") -> bool:
    """A noun in general: a common noun with no number, possessive, name or definite determiner."""
    if noun.pos_ != "NOUN":
        return False
    for c in noun.children:
        if c.dep_ in ("det", "predet") and c.lower_ not in CLASS_DETS:
            return False
        if c.dep_ in ("nummod", "poss") or c.like_num or c.pos_ == "PROPN":
            return False
    return True
