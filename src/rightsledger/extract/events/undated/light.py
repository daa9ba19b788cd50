"""Summary statements told with a light verb (docs/EVALUATION.md, "Summary statements of the year"):
"Authorities made arbitrary arrests", "The government used arbitrary detention and arrest to suppress
reporting", "used threats and legal prosecutions to curb critical reporting" state occurrences of the
year as "Authorities arrested …" does. Only acts of ``summary_light_types`` (not "used biometric
registration"), and not a definite object that takes up acts told before ("Authorities made the
detentions at the request of …"). Word lists: ``summary_light_verbs``, ``summary_light_types`` in
``extract/data/events.toml``; the tense and habit checks are the caller's.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import SUMMARY_LIGHT_TYPES, SUMMARY_LIGHT_VERBS
from ..types.triggers import trigger_lemma, trigger_type

if TYPE_CHECKING:
    from spacy.tokens import Token


def first_conjunct(noun: "Token") -> "Token":
    """The first of the nouns ``noun`` is coordinated with ("used threats and legal prosecutions",
    "subjected to violence, harassment, or intimidation"): the one the verb governs."""
    cur = noun
    while cur.dep_ == "conj" and cur.head.pos_ in ("NOUN", "PROPN"):
        cur = cur.head
    return cur


def light_verb(noun: "Token") -> "Token | None":
    """The light verb whose object (or a conjunct of it) is the act ``noun`` names, else None."""
    cur = first_conjunct(noun)
    verb = cur.head
    if cur.dep_ != "dobj" or trigger_lemma(verb) not in SUMMARY_LIGHT_VERBS or trigger_type(
            noun) not in SUMMARY_LIGHT_TYPES:
        return None
    if any(c.dep_ in ("det", "poss") and c.lower_ not in ("no", "some", "several", "many", "numerous")
           for c in cur.children):
        return None  # ("made the detentions at the request of …": acts told before)
    return verb
