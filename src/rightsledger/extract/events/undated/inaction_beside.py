"""An action or effort not taken in the report year, told beside a clause dated to an earlier year: "In
2018 the commission recommended closing two prisons, but the government took no action", "No action was
taken against the guards responsible for the killings of 2020", "The ministry took no steps to combat
discrimination despite having adopted a plan (2016-21)". The efforts rule (docs/EVALUATION.md, the
general negated duties, 2026-12-08: "took no steps / no measures … to <aim>" is a negated event of the
year typed by its aim) reads only an undated sentence (``efforts.not_made``), and ``negsteps``'s reading
beside an earlier date (``negated_beside_dated``) wants a time mark of the report year and a negated
verb; so the sentence kept only its dated record (round t-events28: 5 dev reports, 9 sentences, none
read otherwise by the dev gold).

The earlier date must not date the inaction itself: a date that is an adverbial of the inaction's own
verb ("In 2015 the government took no action", "took no action in March 2015") leaves the sentence to
the dated rules; a date inside a noun phrase or another clause ("the 2009 massacre", "despite having
adopted a plan in 2016") does not.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...dates import DateMention
from ..dating.attach import date_root
from .efforts import inaction_of
from ..types.triggers import is_verb

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

# the clauses read: the main one and the clauses coordinated with it or set beside it
CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "parataxis"})


def inaction_beside_dated(sent: "SpacySpan", mentions: list[DateMention], base: int, year: int
                          ) -> tuple["Token", str] | None:
    """``(trigger, type)`` of an action not taken that the sentence tells beside its dates of earlier years
    (``mentions`` in the text's offsets, the paragraph starting at ``base``), else None."""
    for verb in (t for t in sent if is_verb(t) and t.dep_ in CLAUSE_DEPS):
        found = inaction_of(sent, verb)
        if found is not None and not any(_dates(verb, sent, m, base) for m in mentions
                                         if m.date and m.date[:4] < str(year)):
            return found
    return None


def _dates(verb: "Token", sent: "SpacySpan", m: DateMention, base: int) -> bool:
    """The date mention ``m`` is an adverbial of ``verb``: its root hangs on the verb, or on a preposition
    that hangs on it ("In 2015 the government took no action")."""
    root = date_root(sent, m.start - base, m.end - base)
    if root is None:
        return True  # (not found in the parse: the sentence is left to the dated rules)
    head = root.head
    return head.i == verb.i or head.dep_ == "prep" and head.head.i == verb.i
