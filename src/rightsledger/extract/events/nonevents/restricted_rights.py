"""Rights told restricted in general (issue 14, round t-events40): "Freedom of movement, however, was
restricted in some areas", "Political rights were restricted, although citizens could choose …",
"Freedoms of peaceful assembly and of association were restricted for migrant workers".

A right or freedom (``right_nouns``) as the passive subject of a verb of restricting
(``right_restriction_verbs``), with no agent ("by …") and no possessor ("his right to counsel was
denied"), states a condition of the year, not an occurrence: the non-held-out dev gold has no event on
such a clause in 10 sentences of 7 reports and an event on none (census in
docs/rounds/2026-12-19-07-t-events40.md). ``summaries.summary_statement`` already reads a right
restricted in general as no summary statement ("the government restricted these rights"); the undated
reading of ``occurrences._is_report_year_occurrence`` made one of the passive when a place, a group or a
number made the sentence look specific. Tables in ``extract/data/events.toml``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...lexicons import words
from ..types.triggers import trigger_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

RIGHT_NOUNS = words("events", "right_nouns")
RESTRICTION_VERBS = words("events", "right_restriction_verbs")


def right_restricted(verb: "Token") -> bool:
    """True when ``verb`` tells a right or freedom restricted in the passive, in general (see the module)."""
    if trigger_lemma(verb) not in RESTRICTION_VERBS or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False  # "… was restricted by the authorities": who restricted it is told
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subj is not None and _right(subj)


def _right(noun: "Token") -> bool:
    """``noun`` (or the first of its conjuncts) is a right or freedom nobody possesses in the clause."""
    if noun.lemma_.lower() not in RIGHT_NOUNS:
        return False
    return not any(c.dep_ == "poss" for c in noun.children)
