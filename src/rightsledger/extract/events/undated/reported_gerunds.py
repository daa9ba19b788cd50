"""Reports of an actor doing something, told by a gerund (issue 14, round t-events48): "There were reports of
security forces preventing previously approved gatherings from taking place", "There were also reports of
traffickers exploiting children in the production of pornography", "There were isolated reports of former
soldiers posing as active-duty soldiers and committing crimes".

The settlement of 2026-12-17 (docs/EVALUATION.md, "There were reports of <a practice>: by frame", "A gerund
with an actor, no frequency word") reads such a sentence as the summary event of the year, `alleged`, typed by
the act. ``thereare.reports_trigger`` finds the act when the reported words hold a trigger ("reports of police
accepting bribes", "of individuals receiving beatings"); this module answers when they hold none: the gerund is
the act, type ``other``.

The shape, read from the parse: the report noun's "of" (on the noun, or on its verb: "reports, however, of"), a
gerund (VBG) hung on the noun after it (``acl``: "reports of traffickers exploiting") or on the "of" with the noun
as its subject (``pcomp``: "reports of police accepting"); the noun an actor — ``summary_actors``,
``state_forces``, ``reported_gerund_actors`` (traffickers, employers …), a named body, or a noun with such a
compound ("security force members"). Not: a class of victims ("reports of children working on family farms",
the settled phenomenon), a passive or a state ("detainees not being informed", "workers living in
dormitories": ``reported_gerund_states``), a negated gerund, counted reports (a statistic, as in
``thereare.py``). A frequency word on the reports ("continued reports of …") or prevalence inside them is the
frame rule's (``nonevents/undated_frames.py``), which drops the record afterwards as it does for any other.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import REPORTED_GERUND_ACTORS, REPORTED_GERUND_STATES, STATE_FORCES, SUMMARY_ACTORS
from ..types.triggers import trigger_type

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

_REPORT_NOUNS = frozenset({"report", "allegation", "claim", "account"})


def reported_gerund(sent: "SpacySpan", after: int) -> tuple["Token", str] | None:
    """The gerund of "There were reports of <actor> <gerund> …" (``after``: where "There were … reports"
    starts) and its type (its own trigger's, else ``other``; never a law's or a publication's: "security
    force members entering homes"), or None."""
    noun = next((t for t in sent if t.idx >= after and t.pos_ == "NOUN" and t.lemma_.lower() in _REPORT_NOUNS), None)
    if noun is None or any(c.dep_ == "nummod" for c in noun.children):
        return None
    ofs = [c for c in (*noun.children, *(noun.head.children if noun.head.i != noun.i else ()))
           if c.dep_ == "prep" and c.lower_ == "of" and c.i > noun.i]
    for of in ofs[:1]:
        for gerund, actor in _gerunds(of):
            if _act(gerund) and _actor(actor):
                type_ = trigger_type(gerund)  # (not a law's "entering into force", nor a publication)
                return gerund, type_ if type_ not in (None, "law_or_decree", "report_published") else "other"
    return None


def _gerunds(of: "Token") -> list[tuple["Token", "Token"]]:
    """(gerund, actor) pairs under "of": "of traffickers exploiting" (the gerund an ``acl`` of the noun), "of
    police accepting" (a ``pcomp`` of "of" with the noun as its subject)."""
    out = []
    for c in of.children:
        if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN"):
            out += [(g, c) for g in c.children if g.dep_ == "acl" and g.tag_ == "VBG" and g.i > c.i]
        elif c.dep_ == "pcomp" and c.tag_ == "VBG":
            subj = next((s for s in c.children if s.dep_ in ("nsubj", "poss") and s.i < c.i), None)
            if subj is not None:
                out.append((c, subj))
    return out


def _act(gerund: "Token") -> bool:
    """The gerund tells an act: active, not negated, no state ("being informed", "living in dormitories")."""
    return gerund.lemma_.lower() not in REPORTED_GERUND_STATES and not any(
        c.dep_ in ("neg", "auxpass", "aux") for c in gerund.children)


def _actor(noun: "Token") -> bool:
    """``noun`` names who acts: an actor noun or a named body, itself or by a compound before it."""
    for t in (noun, *(c for c in noun.children if c.dep_ == "compound")):
        if t.lemma_.lower() in SUMMARY_ACTORS | STATE_FORCES | REPORTED_GERUND_ACTORS or t.ent_type_ in ("ORG", "NORP") \
                or t.pos_ == "PROPN":
            return True
    return False
