"""A state's act told through a source (round t-events27, issue 14): "Local NGOs reported that authorities held
family members of individuals wanted by the police", "Opposition parties reported that local authorities
denied requests to use public buildings for rallies", "Human rights defenders asserted the government
falsified the charges", "He reported security forces also demanded money from the prisoners".

"There were reports (that) <a state force> <act>" is read by ``accusations.state_act_reported`` (the written
form: the act of the year, typed by a trigger in its clause or ``other``). The same clause told under a
source's reporting verb had no record when its verb is outside the trigger tables: a trigger inside a
complement is found as any other ("NGOs reported that police arrested 14 protesters"), a verb outside them is
left to ``actor_acts.py``, which reads only the root. Dev misses in 4 reports (2008 Angola 2, 2017 Azerbaijan
3, 2020 Guinea, Kazakhstan 2022) and the mini-golds' 2019 Western Sahara. The main verb is a reporting verb
(``told_verbs``) in the simple past with a subject, not negated, modal or habitual, and its complement clause
is read as the existential's is (its first past verb, its subject the government or a state force; not a
state, modal, habit or negation). Undated sentences only (the caller's).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicons import words
from .accusations import state_act_reported
from .tense import habitual

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

TOLD_VERBS = words("events", "told_verbs")


def told_act(sent: "SpacySpan", topic_type: str | None) -> tuple["Token", str] | None:
    """(trigger, type) of a state's act in the complement of the sentence's reporting verb, or None."""
    root = sent.root
    if root.lemma_.lower() not in TOLD_VERBS or root.tag_ != "VBD" or habitual(root):
        return None
    kids = list(root.children)
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    clause = next((c for c in kids if c.dep_ == "ccomp" and c.i > root.i), None)
    if subj is None or subj.lower_ == "it" or clause is None or any(c.dep_ in ("neg", "aux") for c in kids):
        return None
    found = state_act_reported(sent, root.idx, topic_type, TOLD_VERBS)
    if found is None or not (clause.left_edge.i <= found[0].i <= clause.right_edge.i):
        return None  # (the act must be the complement's, not a later clause's)
    return found
