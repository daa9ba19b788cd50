"""A body's standing function is no occurrence (issue 14, round t-evfp14): "The inspector general
investigated claims of excessive force", "These officers investigated complaints", "The commission
monitored human rights conditions", "The unit addressed complaints from the public", "The coalition
accepted complaints of torture": what the body does, told in the simple past, not something that
happened in the year. On twelve reports nobody annotated (the round's record) such sentences were events
of the report year in five (the trigger "investigate" or "monitor" with a name in the sentence, or a
named subject through ``_other_occurrence``); the settled rule for practice on a class (2026-12-11,
``actor_acts.practice_object``) covers only verbs outside the taxonomy.

By the parse: the verb's direct object is a bare plural (no determiner, number, possessive or name) of
a matter handled (``function_objects``: complaints, allegations, claims, reports, petitions, conditions);
the verb is not one that submits them (``submitting_verbs``: "Relatives filed complaints" is the
relatives' act). Counted or definite objects ("investigated 40 complaints", "investigated the
allegations") stay occurrences, and so does a verb placed "during the year" (the caller's check).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import FUNCTION_OBJECTS, SUBMITTING_VERBS
from .triggers import _lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def standing_function(verb: "Token") -> bool:
    """``verb`` tells what a body handles as its function (see the module)."""
    if _lemma(verb) in SUBMITTING_VERBS:
        return False
    dobj = [c for c in verb.children if c.dep_ == "dobj"]
    while verb.dep_ == "conj" and not dobj and verb.head.i != verb.i:
        verb = verb.head  # "monitored and investigated complaints": the object hangs on the first verb
        dobj = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(dobj) and all(_handled(o) for o in dobj)


def _handled(noun: "Token") -> bool:
    """A bare plural of a matter handled: "complaints", "claims of excessive force", "human rights
    conditions" (not "the complaints", "40 complaints", "her complaint")."""
    if noun.lemma_.lower() not in FUNCTION_OBJECTS or noun.tag_ != "NNS":
        return False
    return not any(c.dep_ in ("det", "nummod", "poss", "predet", "quantmod") or c.like_num
                   or c.ent_type_ in ("PERSON", "CARDINAL") for c in noun.children)
