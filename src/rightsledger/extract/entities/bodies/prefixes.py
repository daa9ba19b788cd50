"""The first word of a body's name that the rule runs leave out and the model keeps (issue 14,
t-ents6): a possessive ("the Lord’s Resistance Army", a run breaks after "Lord’s") or "All" (a
noise word before names elsewhere: "the All Progressives Congress"). Where the model's span is
the rule's name with such a word before it, the model's span is the name; not after a person's
possessive ("Mosisili’s Democratic Congress Party", 2018 Lesotho dev)."""
from __future__ import annotations

import re

from ...lexicons.frequency import zipf
from ..common import Cand
from ..lexicon import NAME_PART_ZIPF

#: what the model's span may add before the rule's name: one capitalised possessive, or "All"
_PREFIX = re.compile(r"^(?:[A-Z][a-z]+['’]s|All)\s+$")


def model_prefix_wins(rule: Cand, model: Cand) -> bool:
    """Does the model's organisation span end where the rule's body does and add only a
    possessive or "All" before it?"""
    if rule.label != "RULE_ORG" or model.label != "ORG" or model.end != rule.end or model.start >= rule.start:
        return False
    prefix = model.text[:rule.start - model.start]
    if _PREFIX.match(prefix) is None:
        return False
    # a common word's possessive ("Lord’s"), not a person's ("Mosisili’s Democratic Congress Party")
    owner = re.sub(r"['’]s\s+$", "", prefix)
    return owner == "All " or zipf(owner) >= NAME_PART_ZIPF
