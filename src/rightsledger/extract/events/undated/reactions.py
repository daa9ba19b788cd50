"""Reactions of a named actor to a specific occurrence — "Rights groups condemned the arrest", "The
journalists' union denounced the attacks", "Media criticized the new law", "The opposition rejected the
results of the vote" — are ``other`` events of the year when told without a date (docs/EVALUATION.md,
"Statements, verdicts and cooperation", settled 2026-12-06). Criticism of, or concern about, a law,
policy, practice or trend in general ("Activists criticized discrimination against herders",
"criticized such practices") is none: the object must be definite (an article, a demonstrative or a
possessive) and name an occurrence (a trigger noun of the table) or one of ``reaction_objects``. Not
habits, modals, the present or the past perfect (a background: ``efforts.past_main``), relative
clauses, nor a reaction inside another clause ("arrested the journalist who criticized the
decision"). The words are data in
``extract/data/events.toml``: ``reaction_verbs``, ``reaction_objects``.

A reaction told by calling, terming, describing, labeling or branding one occurrence (``naming_reaction``;
settlement 2026-12-21 S1, round t-conv16) is one as well: "The Velm Monitor called the prosecution
arbitrary", "Her lawyers termed the charges baseless", "The opposition described the verdict as politically
motivated". The verb must carry a judgment after its object (an object predicate, "as …", a quoted
participle), its actor must be named or counted ("Some observers called the arrest arbitrary" is no
event), and its object one occurrence named definitely, not a law, policy or institution in general ("called
the law restrictive"). Word lists ``naming_reaction_verbs``, ``naming_reaction_objects``,
``naming_general_objects``, ``naming_uncounted_actors``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .efforts import past_main
from ..lexicon import (
    DECIDING_VERBS, NAMING_GENERAL_OBJECTS, NAMING_REACTION_OBJECTS, NAMING_REACTION_VERBS,
    NAMING_UNCOUNTED_ACTORS, REACTION_OBJECTS, REACTION_VERBS,
)
from ..dating.reacted import specific_occurrence
from ..types.triggers import trigger_lemma, trigger_type

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def reaction(sent: "SpacySpan") -> "Token | None":
    """The verb of a reaction of the sentence's main clause to a specific occurrence, else None."""
    root = sent.root
    for verb in (root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB")):
        if naming_reaction(verb, root):
            return verb
        if trigger_lemma(verb) not in REACTION_VERBS or not past_main(verb) or any(
                c.dep_ == "neg" for c in verb.children):
            continue
        actor = next((c for c in verb.children if c.dep_ in ("nsubj", "agent")), None)
        if actor is None and verb.i != root.i:
            actor = next((c for c in root.children if c.dep_ == "nsubj"), None)
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        if verb.tag_ != "VBD" and not passive:
            continue  # ("Kamara had criticized the appointments": the background of another occurrence)
        if actor is None or actor.lower_ in ("who", "which", "that") and not passive:
            continue
        objs = [c for c in verb.children if c.dep_ in (("nsubjpass",) if passive else ("dobj",))]
        if passive and not any(c.dep_ == "agent" for c in verb.children):
            continue  # ("the results were rejected": by whom?)
        if any(specific_occurrence(o, trigger_lemma(verb) in DECIDING_VERBS, trigger_type) for o in objs):
            return verb
    return None


# a judgment after the object: "called the prosecution arbitrary" (oprd), "described the verdict as …"
_JUDGMENT_DEPS = frozenset({"oprd", "xcomp", "ccomp", "advcl", "acomp"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def naming_reaction(verb: "Token", root: "Token") -> bool:
    """``verb`` (the root or a verb conjoined to it) calls, terms or describes one occurrence by a judgment,
    in the simple past, with a named or counted actor (settlement 2026-12-21 S1)."""
    if verb.lemma_.lower() not in NAMING_REACTION_VERBS or verb.tag_ != "VBD" or not past_main(verb) or any(
            c.dep_ in ("neg", "auxpass") for c in verb.children):
        return False
    kids = list(verb.children)
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() in NAMING_GENERAL_OBJECTS:
        return False  # ("called the law restrictive": a law in general)
    if not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _DEFINITE for c in obj.children) and not any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in obj.children):
        return False  # ("described arrests as arbitrary": no one occurrence)
    lemma = obj.lemma_.lower()
    if not (lemma in NAMING_REACTION_OBJECTS or lemma in REACTION_OBJECTS and lemma not in NAMING_GENERAL_OBJECTS
            or trigger_type(obj) is not None):
        return False
    judged = any(c.dep_ in _JUDGMENT_DEPS and c.i > obj.i for c in kids) or any(
        c.dep_ == "prep" and c.lower_ == "as" for c in kids) or any(
        c.dep_ in ("acl", "amod") and c.i > obj.i and c.tag_ in ("VBN", "JJ") for c in obj.children)
    if not judged:
        return False  # ("called the elections", "described the arrest": no judgment)
    actor = next((c for c in kids if c.dep_ == "nsubj"), None)
    if actor is None and verb.i != root.i:
        actor = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return actor is not None and _named_or_counted(actor)


def _named_or_counted(actor: "Token") -> bool:
    """ "The Velm Monitor", "Her lawyers", "The opposition", "two NGOs" (not "some observers", "activists")."""
    if actor.pos_ == "PROPN" or actor.ent_type_ in ("ORG", "PERSON", "NORP", "GPE"):
        return True
    kids = list(actor.children)
    if any(c.lower_ in NAMING_UNCOUNTED_ACTORS for c in kids if c.dep_ in ("det", "amod")):
        return False
    return any(c.dep_ == "poss" or c.dep_ == "nummod" or c.dep_ == "det" and c.lower_ in _DEFINITE
               or c.dep_ == "compound" and c.pos_ == "PROPN" for c in kids)
