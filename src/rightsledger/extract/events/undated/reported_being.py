"""Persons who report being acted on (settlement 2026-12-21 S2, round t-conv16; docs/EVALUATION.md, "What is
reported"): "Five women reported being beaten by soldiers at a checkpoint", "The two journalists reported having
been detained overnight", "His lawyers stated he was physically abused while in detention", "Several columnists
complained of being threatened" tell the occurrence, as if the sentence said "<actor> beat the five women": one
event typed by the act (the participle's trigger type, else ``other`` for ``being_other_acts``), ``alleged``
when the verb alleges, claims or complains (``being_report_verbs``), else asserted.

The persons must be specific: named, a pronoun, or a group counted ("five women", "several columnists"),
definite ("the two journalists"), possessed ("his lawyers") or of a named body ("members of the Lorvan
Front"). A class of persons telling a practice ("Detainees reported being beaten in custody", "Many migrants
reported being extorted", "Prisoners reported being denied medical care") stays no event (the settled reading
of reports of practices, 2026-12-16 and 2026-12-17), and so does a habit ("reported that they were regularly
followed"). ``occurrences.py`` asks only when no other reading of the undated sentence made an event.
Word lists: ``being_report_verbs``, ``being_other_acts``, ``being_counting_words`` in ``events.toml``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .efforts import past_main
from ..clause.tense import habitual
from ..lexicon import BEING_COUNTING_WORDS, BEING_OTHER_ACTS, BEING_REPORT_VERBS
from ..types.triggers import trigger_type

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

_PERSON_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})
_DEFINITE = frozenset({"the", "these", "those", "this", "that"})


def reported_being(sent: "SpacySpan") -> tuple["Token", str, str] | None:
    """``(participle, type, polarity)`` of the act specific persons report undergoing, else None."""
    root = sent.root
    for verb in (root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB")):
        polarity = BEING_REPORT_VERBS.get(verb.lemma_.lower())
        if polarity is None or verb.tag_ != "VBD" or not past_main(verb) or any(
                c.dep_ == "neg" for c in verb.children):
            continue
        teller = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        for act in _participles(verb):
            subj = next((c for c in act.children if c.dep_ == "nsubjpass"), None)
            if subj is not None:  # "stated he was abused": the pronoun is the person
                if subj.lower_ not in _PERSON_PRONOUNS or subj.lower_ == "they" and not (
                        teller is not None and _specific(teller)):
                    continue
            elif teller is None or not _specific(teller):
                continue  # ("Detainees reported being beaten": a class telling a practice)
            if habitual(act) or habitual(verb):
                continue
            kind = trigger_type(act) or ("other" if act.lemma_.lower() in BEING_OTHER_ACTS else None)
            if kind is not None:
                return act, kind, polarity
    return None


def _participles(verb: "Token") -> list["Token"]:
    """The passive participles the verb reports: "reported being beaten" (xcomp), "complained of being
    threatened" (pcomp), "stated (that) he was abused" (ccomp)."""
    found = []
    for c in verb.children:
        cands = [c] if c.dep_ in ("xcomp", "ccomp") else (
            [d for d in c.children if d.dep_ == "pcomp"] if c.dep_ == "prep" and c.lower_ == "of" else [])
        for p in cands:
            if p.tag_ == "VBN" and any(d.dep_ == "auxpass" for d in p.children):
                found.append(p)
    return found


def _specific(person: "Token") -> bool:
    """Named, a pronoun, counted, definite, possessed, or members of a named body."""
    if person.pos_ == "PROPN" or person.ent_type_ == "PERSON" or person.lower_ in _PERSON_PRONOUNS:
        return True
    kids = list(person.children)
    if any(c.dep_ == "nummod" or c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _DEFINITE
           or c.lower_ in BEING_COUNTING_WORDS for c in kids):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        d.dep_ == "pobj" and (d.pos_ == "PROPN" or any(k.dep_ == "compound" and k.pos_ == "PROPN" for k in d.children))
        for d in c.children) for c in kids)
