"""Noun triggers: the type a noun triggers, looking at its modifiers and its head ("a hunger
strike", "an attempted assassination", "the rule of law", "forced marriages", "internet
disruptions"). Apart from ``verb_types.py`` because a noun's cases read other words than a
verb's arguments; ``triggers.py`` calls the one or the other after the gates all tokens share.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .bans import ban_type, closure_type
from .cues import NO_CUE, noun_cue
from .deaths import death_type
from .informed import charges_informed_of
from .instruments import instrument_noun
from ..lexicon import (
    ABUSE_VIOLENCE_MODS, ATTEMPT_MODS, CENSOR_NOUNS, CONFIDENCE_VOTES, FORCED_MODS, KILLING_WORDS, MEDIA_THINGS,
    NOUN_TYPES, VIOLENCE_NOT_HEADS,
)
from .settled import settled_noun

if TYPE_CHECKING:
    from spacy.tokens import Token


def noun_type(tok: "Token", lemma: str) -> str | None:
    """The type the noun ``tok`` (its repaired ``lemma``) triggers: the cue modules first, then the
    nouns whose modifiers or head decide, then the noun table. The first case that answers wins."""
    if tok.dep_ in ("compound", "amod"):
        return None  # "detention centers", "torture cases"
    if tok.pos_ == "PROPN" and tok.ent_type_ == "ORG":
        return None  # a word of a body's name: "the Bureau of Immigration and Naturalization"
    if (cue := noun_cue(tok, lemma)) != NO_CUE or (cue := instrument_noun(tok, lemma)) != NO_CUE or (
            cue := settled_noun(tok, lemma)) != NO_CUE:
        return cue  # a death rate, "human rights abuses", "the enactment of the act"
    if lemma == "charge" and tok.i > 0 and tok.nbor(-1).lower_ == "in":
        return None  # "in charge of"
    if lemma == "charge" and charges_informed_of(tok):
        return None  # "informed detainees of the charges against them": a right kept (informed.py)
    if lemma == "report" and tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in (
            "publish", "release", "issue", "present"):
        return "report_published"
    if lemma == "case" and not any(c.lemma_.lower() in ("criminal", "open") for c in tok.children):
        return None
    if lemma == "death":
        return death_type(tok)
    if lemma == "vote" and any(d.lower_ in CONFIDENCE_VOTES for d in tok.subtree):
        return "other"  # "passed a vote of no confidence in the government": no election
    if lemma in KILLING_WORDS and any(c.dep_ in ("amod", "compound") and c.lower_ in ATTEMPT_MODS
                                      for c in tok.children):
        return "attack_or_threat"  # "an attempted assassination"
    if lemma == "attempt":
        if any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in KILLING_WORDS for c in tok.children) \
                or any(c.dep_ == "prep" and c.lower_ == "on" and any(d.lemma_.lower() == "life" for d in c.children)
                       for c in tok.children):
            return "attack_or_threat"  # "an assassination attempt", "an attempt on his life"
        return None
    if lemma == "law" and tok.head.lemma_.lower() == "rule":
        return None  # "the rule of law"
    if lemma == "strike" and any(c.lower_ == "hunger" for c in tok.children):
        return "protest"  # a hunger strike
    if any(c.lower_ == "societal" for c in tok.children):
        return None  # "societal abuses"
    if lemma == "violence":  # "committed gender-based violence" (other violence triggers nothing here)
        if tok.head.lemma_.lower() in VIOLENCE_NOT_HEADS:
            return None  # "had experienced sexual violence", "a commission to combat sexual violence"
        before = tok.doc[tok.left_edge.i: tok.i].text.lower()
        return "torture_or_abuse" if any(m in before for m in ABUSE_VIOLENCE_MODS) else None
    if lemma == "marriage":
        return "torture_or_abuse" if any(c.dep_ in ("amod", "compound") and c.lower_ in FORCED_MODS
                                         for c in tok.children) else None  # "through forced marriages"
    if lemma in CENSOR_NOUNS:  # "internet disruptions", "outages of mobile service" (not "power outages")
        return "censorship_or_blocking" if any(
            d.lemma_.lower() in MEDIA_THINGS for d in tok.subtree if d.i != tok.i) else None
    if lemma == "ban" and (bt := ban_type(tok)) or (bt := closure_type(tok)):
        return bt  # "a national ban on FGM/C", "led a nationwide shutdown", "the closure of the office"
    return NOUN_TYPES.get(lemma)
