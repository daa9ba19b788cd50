"""A practice told by its condition (issue 14, round t-events26): "courts prosecuted cases of domestic
violence when they received complaints", "when cases were referred to authorities, they conducted
follow-up investigations", "If a company had not remedied the violations, the ministry imposed fines",
"teachers … mistreated the boys if they failed to meet daily quotas". An act told with the condition under
which it was done is what was done whenever the condition held: a practice, no occurrence (DESIGN:
habitual practice is no event). A condition ("if", "unless", "whenever": ``condition_practice_marks``)
makes it so whatever the act's object, when the condition is a clause with a subject of its own ("if
necessary" is not one) and the verb is not one whose condition is its content ("threatened them with
dismissal if they did not comply": ``condition_content_verbs``). A clause of time ("when") was tried and
left out (``condition_time_marks`` is empty): on dev it also removed summary statements the gold keeps
("harassed gay individuals when they reported crimes", 2018 El Salvador; 2023 Somalia). The class was seen
in 2011 Guinea, 2016 Niger, 2019 Qatar, 2020 Senegal, 2024 Jordan (dev); the rule as kept reads 2011 Guinea
and 2019 Qatar of them.
The condition's own verbs are ``clause.tense.in_question``'s; the arrest procedure's "if" is
``procedures.py``'s.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...lexicons import words

if TYPE_CHECKING:
    from spacy.tokens import Token

CONDITION_MARKS = words("events", "condition_practice_marks")
TIME_MARKS = words("events", "condition_time_marks")
CONTENT_VERBS = words("events", "condition_content_verbs")


def conditional_practice(tok: "Token") -> bool:
    """True when ``tok`` (a trigger) or a verb above it in its clause is done under a condition."""
    for a in (tok, *tok.ancestors):
        if a.pos_ not in ("VERB", "AUX"):
            continue
        for c in a.children:
            if c.dep_ != "advcl":
                continue
            if not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children) or a.lemma_.lower() in CONTENT_VERBS:
                continue  # "if necessary" (no clause of its own); "threatened with dismissal if they did not comply"
            marks = {m.lower_ for m in c.children if m.dep_ in ("mark", "advmod") and m.i < c.i
                     and (m.i == 0 or m.nbor(-1).lower_ != "as")}  # ("as if crucified": a comparison)
            if marks & CONDITION_MARKS or marks & TIME_MARKS and class_object(a):
                return True
        if a.dep_ not in ("conj", "xcomp"):
            return False  # the verb of the trigger's clause (or of the verb it is coordinated with) decides
    return False


def class_object(verb: "Token") -> bool:
    """The act's object (or its passive subject) is a class: a bare plural or mass noun ("cases",
    "follow-up investigations", "administrative detentions"), no determiner, number, possessive or name."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objs) and all(
        o.pos_ == "NOUN" and not any(k.dep_ in ("det", "predet", "nummod", "poss") or k.like_num or k.pos_ == "PROPN"
                                     for k in o.children) for o in objs)
