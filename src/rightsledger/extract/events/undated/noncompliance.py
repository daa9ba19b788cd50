"""A duty of the state reported as not kept: "There were reports the government did not enforce these
standards for migrant workers", "There were no reports these rights were not respected", "Reports
indicated the police did not always observe these provisions", "There was at least one report the
government failed to respect these prohibitions".

Settled 2026-12-06 and 2026-12-08 (docs/EVALUATION.md, "Also settled", "Reports of a phenomenon"):
"There were (no) reports the government failed to respect these prohibitions" and "There were reports
the government did not always respect this right" are one ``other`` event of the report year, alleged
(negated under "no reports"). ``accusations.state_act_reported`` reads the two written forms; this
module reads the same report when the duty is negated plainly ("did not enforce"), told in the
passive of what it is kept on ("these rights were not respected"), or opened by a counted or
verb-led report ("at least one report", "Reports indicated"). Round t-events21: the unread mini-golds
of 2022 Oman, 2024 Norway and 2024 Turkey (t-events17, twice) and dev 2020 Senegal.

Only a duty verb (``duty_verbs``) negated or under "fail to", after the report noun, whose subject is the
government or a force of the state (``state_forces``) or, in the passive, a noun of what the duty
is kept on (``duty_objects``): "some employers did not pay the minimum wage" (a private party) and
"The law was not enforced" (no report) stay what they were (no event). The trigger returned is the
report noun, so that the polarity is the report's (alleged, or negated under "no").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...lexicons import words
from ..lexicon import MODALS, STATE_FORCES

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

DUTY_VERBS = words("events", "duty_verbs")
DUTY_OBJECTS = words("events", "duty_objects")
REPORT_NOUNS = words("events", "noncompliance_reports")


def _not_kept(verb: "Token") -> bool:
    """``verb`` (a duty verb) is negated ("did not enforce", "were not respected", "did not always
    observe") or the complement of "fail" ("failed to respect")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "fail"


def _keeper(verb: "Token") -> bool:
    """The duty's subject is the state (active) or what the duty is kept on (passive)."""
    head = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "fail" else verb
    for c in head.children:
        if c.dep_ == "nsubj" and c.lemma_.lower() in STATE_FORCES | {"government", "authority", "official"}:
            return True
        if c.dep_ == "nsubjpass" and c.lemma_.lower() in DUTY_OBJECTS:
            return True
    return False


def reported_noncompliance(sent: "SpacySpan") -> tuple["Token", str] | None:
    """(the report noun, ``other``) when ``sent`` reports a duty of the state not kept, or None."""
    report = next((t for t in sent if t.pos_ == "NOUN" and t.lemma_.lower() in REPORT_NOUNS), None)
    if report is None:
        return None
    for verb in (t for t in sent if t.i > report.i and t.lemma_.lower() in DUTY_VERBS and t.pos_ == "VERB"):
        if any(c.dep_ == "aux" and c.lemma_.lower() in MODALS for c in verb.children):
            continue  # ("reports that the police might not respect …")
        if _not_kept(verb) and _keeper(verb):
            return report, "other"
    return None
