"""What is reported (docs/EVALUATION.md, "What is reported, and surveys", settled 2026-12-06): "X reported
<occurrence>" without a date of its own is the occurrence, of the report year, with X as source.

The main verb of the sentence is one of ``hearsay_verbs`` in the simple past with a subject, and what it
reports is an occurrence noun (a trigger noun of the table, or one of ``hearsay_nouns``):

* its object: "Former leaders reported harassment and intimidation", "Local organizations reported
  violence against journalists";
* held by a noun of number or kind (``hearsay_containers``): "Human rights organizations noted examples
  of physical abuse", "Media groups reported numerous cases of violence against journalists";
* received (``hearsay_gerunds``): "Some activists reported receiving death threats";
* done in the reported clause (``hearsay_doing_verbs``): "NGOs reported that public officials engaged in
  violence against sexual minorities".

Not: a report of a state or trend (a noun that names no occurrence, or a condition: "reported
widespread self-censorship", "reported a rise in violence", ``hearsay_condition_words``), a practice ("often reported",
checked by the caller), nor a report inside another clause. Word lists: ``extract/data/events.toml``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import (
    HEARSAY_CONDITION_WORDS, HEARSAY_CONTAINERS, HEARSAY_DOING_VERBS, HEARSAY_GERUNDS, HEARSAY_NOUNS, HEARSAY_VERBS,
)
from ..types.triggers import sentence_tokens, trigger_lemma

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

_NOUNS = ("NOUN", "PROPN")


def reporting_verb(noun: "Token") -> "Token | None":
    """The main verb that reports the occurrence ``noun`` names, else None."""
    if any(c.lower_ in HEARSAY_CONDITION_WORDS for c in noun.children if c.i < noun.i):
        return None  # "reported widespread self-censorship": a condition
    cur = noun
    for _ in range(3):  # "harassment and intimidation", "examples of abuse", "cases of violence"
        if cur.dep_ == "conj" and cur.head.pos_ in _NOUNS:
            cur = cur.head
        elif cur.dep_ == "pobj" and cur.head.lower_ in ("of", "in") and \
                cur.head.head.lemma_.lower() in HEARSAY_CONTAINERS:
            cur = cur.head.head
        else:
            break
    if cur.dep_ == "pobj" and cur.head.lower_ == "in" and cur.head.head.lemma_.lower() in HEARSAY_DOING_VERBS:
        verb = cur.head.head  # "engaged in violence"
    elif cur.dep_ == "dobj" and not any(c.dep_ == "det" and c.lower_ == "that" for c in cur.children):
        verb = cur.head  # (not "reported that violence … was one of the major factors", parsed with "that" as a det)
    else:
        return None
    if verb.tag_ == "VBG" and verb.lemma_.lower() in HEARSAY_GERUNDS and verb.dep_ in ("xcomp", "ccomp", "dobj"):
        verb = verb.head  # "reported receiving death threats"
    elif verb.lemma_.lower() in HEARSAY_DOING_VERBS and verb.dep_ == "ccomp" and verb.tag_ in ("VBD", "VBN") \
            and any(c.dep_ == "nsubj" for c in verb.children):  # (the tagger reads "engaged" as VBN too)
        verb = verb.head  # "reported that officials engaged in violence", "noted that police committed abuses"
    if verb.dep_ != "ROOT" or verb.tag_ != "VBD" or trigger_lemma(verb) not in HEARSAY_VERBS:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in _NOUNS:
        return None  # ("It was reported …", "They also reported …": whose report is told elsewhere)
    return verb


def reported_noun(sent: "SpacySpan") -> tuple["Token", str] | None:
    """An occurrence noun outside the trigger table ("violence", "interference") that the main clause
    reports: (noun, type)."""
    for tok in sentence_tokens(sent):
        type_ = HEARSAY_NOUNS.get(tok.lemma_.lower())
        if type_ is not None and tok.pos_ == "NOUN" and reporting_verb(tok) is not None:
            return tok, type_
    return None
