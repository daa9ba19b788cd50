"""A right restricted in general, told in the passive (issue 14, round t-events39): "Freedom of movement was
restricted in some areas", "Political rights were restricted", "Freedoms of peaceful assembly and of
association were restricted for LGBTQI+ persons" are the report's judgement of the year's practice, no event,
as the active "The government restricted these rights" is (docs/EVALUATION.md, "A right or freedom restricted
in general", settled 2026-12-11; dev census of the passive: none on 25 sentences in 17 reports, an event on 1,
a report published). By the parse: a restricting verb (``restricted_right_verbs``) whose passive subject is a
right noun (``right_nouns``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...lexicons import words

if TYPE_CHECKING:
    from spacy.tokens import Token

VERBS = words("events", "restricted_right_verbs")
RIGHTS = words("events", "right_nouns")


def right_restricted(verb: "Token") -> bool:
    """True when the verb ``verb`` restricts a right named as its passive subject (see the module)."""
    return verb.lemma_.lower() in VERBS and any(
        c.dep_ == "nsubjpass" and c.lemma_.lower() in RIGHTS for c in verb.children)
