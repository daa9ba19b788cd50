"""Standing oversight told by "monitored" (issue 14, round t-events41): "The ministry and UNICEF
monitored juvenile detention centers", "Labor inspectors monitored compliance with the minimum age
law", "The ombudsman monitored all other detention centers", "Groups monitored trials". Monitoring is
outside the taxonomy; what a body watches over — places, conditions, compliance, elections, trials,
funds — is its standing function, no event (docs/EVALUATION.md, settled 2026-12-17, "Standing
functions with a taxonomy verb": "verbs outside the taxonomy ('monitored union elections' …): no event";
dev gold: no event on the monitoring in 12 reports (13 sentences), 0 against — round t-events41's census). Surveillance
of persons and what they say or do ("monitored private communications", "monitored political meetings",
"monitored citizens") is an event and is not this shape. The shape: a verb of ``oversight_verbs`` whose
direct object's head is in ``oversight_objects``; then the verb and every trigger word inside that object
("monitored trials", "compliance with the law") are no occurrence. A coordinated verb of the taxonomy
("investigated and monitored prison conditions", "monitored workplaces and investigated complaints")
stays what it is. Tables in ``extract/data/events.toml``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...lexicons import words
from ..types.arguments import is_passive

if TYPE_CHECKING:
    from spacy.tokens import Token

VERBS = words("events", "oversight_verbs")
OBJECTS = words("events", "oversight_objects")


def oversight(tok: "Token") -> bool:
    """True when ``tok`` is a verb of oversight on a place or a matter, or a word inside its object."""
    if _oversight_verb(tok):
        return True
    cur = tok
    for _ in range(6):  # a word of the object: "monitored trials", "monitored compliance with the law"
        if cur.dep_ == "dobj" and _oversight_verb(cur.head):
            return True
        if cur.head.i == cur.i or cur.head.pos_ in ("VERB", "AUX"):
            return False
        cur = cur.head
    return False


def _oversight_verb(verb: "Token") -> bool:
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in VERBS:
        return False
    if is_passive(verb):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in OBJECTS for c in verb.children)
