"""Charges persons are informed of (issue 14, round t-events39): "Authorities informed detainees of the
charges against them", "did not promptly inform many detainees of the charges", "There were reports of
detainees not being informed promptly of the charges" tell how a procedural right was kept, not a `charge`
(dev census: no event on 41 sentences in 28 reports, an event on 1, a named person: "Sithon was not informed
of the charges against him until February"). By the parse: the noun "charge" is the object of "of" after a
verb or noun of informing (``informed_of_words``), and those informed are no particular person (not a name
or a singular personal pronoun).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...lexicons import words

if TYPE_CHECKING:
    from spacy.tokens import Token

INFORMING = words("events", "informed_of_words")
_PERSONAL = ("he", "him", "she", "her", "i", "me")


def charges_informed_of(noun: "Token") -> bool:
    """True when ``noun`` ("charges") is what a class of persons was (not) informed of (see the module)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of":
        return False
    head = prep.head
    if head.lemma_.lower() not in INFORMING and head.dep_ in ("dobj", "nsubjpass") and \
            head.head.lemma_.lower() in INFORMING:
        informed = [head]  # "informed detainees of the charges": "of" hung on those informed
    elif head.lemma_.lower() in INFORMING:
        informed = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        return False
    return not any(t.pos_ == "PROPN" or t.lower_ in _PERSONAL or any(c.pos_ == "PROPN" for c in t.children)
                   for t in informed)
