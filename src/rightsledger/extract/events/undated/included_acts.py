"""An act named by a gerund as an instance of a past clause (round t-events58, issue 14): "Police reportedly
resorted to extrajudicial actions against traffickers, including beating them and imposing unofficial fines",
"The government took steps to address corruption at high levels, including arresting and charging members of
congress", "Authorities took various measures to prevent the movement from forming a party, including by
blocking its efforts to hold a congress".

A gerund that is a trigger (``pcomp``/``pobj``) of an inclusion word (``inclusion_words``: "including"), or of
its "by", whose clause — the first verb above it that is not an infinitive or gerund of another verb — is in the
past and no habit, is a record of the report year typed by the gerund's trigger (the first of coordinated
gerunds: "arresting and charging" → detention). Not: a clause in the present or under a modal ("has the power
to impose penalties, including suspending publications", "may discipline employees, including by firing
strikers"), a habit ("often used force, including beating protesters"), a clause that asks for the act
(``demand_verbs``: "recommended a number of measures, including holding special hearings"), nor an accusation
or allegation (``allege_words``: "was accused of inhuman treatment of civilians, including attacking them", "monitors
alleged irregularities, including blocking observers": the case's own date, not the report year's). Asked last by
``events.__init__._of_the_report_year``, when no other reading made a record of the sentence; the sentence's
polarity is the record's ("reportedly resorted …, including beating them": alleged).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import ALLEGE_WORDS, DEMAND_VERBS, INCLUSION_WORDS
from ..clause.tense import habitual, past
from ..types.triggers import sentence_tokens, trigger_type

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

_NONFINITE_DEPS = frozenset({"xcomp", "advcl", "acl", "prep", "pcomp", "relcl"})
_NOT_DONE = DEMAND_VERBS | ALLEGE_WORDS  # the act asked for, or alleged of a case of its own date


def included_act(sent: "SpacySpan") -> tuple["Token", str] | None:
    """``(gerund, type)`` of an act named as an instance of a past clause, or None."""
    for tok in sentence_tokens(sent):
        if tok.tag_ != "VBG" or tok.dep_ not in ("pcomp", "pobj") or (type_ := trigger_type(tok)) is None:
            continue
        word = tok.head.head if tok.head.lower_ == "by" else tok.head
        if word.lower_ not in INCLUSION_WORDS:
            continue
        verb = _clause_verb(word)
        if verb is not None and past(verb) and not habitual(verb) and verb.lemma_.lower() not in _NOT_DONE:
            return tok, type_
    return None


def _clause_verb(word: "Token") -> "Token | None":
    """The verb of the clause the inclusion belongs to: "resorted" in "resorted to actions …, including",
    "took" in "took steps to address corruption, including" (not the infinitive "address")."""
    cur = word.head
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX") and not (cur.tag_ in ("VB", "VBG") and cur.dep_ in _NONFINITE_DEPS):
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None
