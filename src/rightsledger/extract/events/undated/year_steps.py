"""A step not taken in the report year, told with the year's own phrase on its clause (round t-events53,
issue 14).

"The ministry did not compile any reports on workplace accidents during the year", "the government did not
establish one by year's end", "These laws were not enforced during the year": a clause negated by "not" or
"never", in the simple past (active or passive) or the past perfect, that "during (in, throughout) the year"
or "by (at) year's end" hangs on, is a negated event of the report year typed by its step
(``negsteps.step_type``: the verb's trigger, a trigger noun it takes, ``negated_step_verbs``, else
``other``). The written rules: "Negated steps" (settled 2026-12-06: a specific step the report says was not
taken in the year) and "during the year keeps the negated event" (settled 2026-12-13, for negated practices
on a class, negated reporting and "There were no X"). Before this round a simple past was a step only for
the verbs of ``negated_step_verbs`` on a specific object (``negsteps.py``), and the year's phrase marked
only a past perfect.

Not a state or a view (``year_phrase_state_verbs``, ``year_step_state_verbs``: "did not have a central
structure during the year", "The status of the case was not known at year's end"),
the double negation of an aim ("had not declined to prosecute any such cases during the year"), a modal, a
habit, a question, a judgement of manner ("did not effectively enforce the law during the year":
``step_manner_adv``), nor a clause describing a noun ("a law that was not enforced during the year").
``__init__._of_the_report_year`` asks it last, for a sentence no other reading made a record of.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..clause.tense import habitual, in_question
from ..dating.year_phrases import DESCRIBING, phrase_verb
from ..lexicon import (
    MODALS, NEGATED_STEP_AIM_VERBS, STEP_MANNER_ADV, YEAR_PHRASE_STATE_VERBS, YEAR_STEP_STATE_VERBS,
)
from ..types.triggers import trigger_lemma
from .efforts import past_main
from .negsteps import step_type

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from ...dates import DateMention


def year_step(sent: "SpacySpan", mentions: list["DateMention"], base: int, year: int) -> tuple["Token", str] | None:
    """``(verb, type)`` of the step a clause says was not taken in the report year, the year's own phrase
    (a mention of the report year, of kind ``none`` or ``state``, with "year" in its words) hanging on that
    clause; else None. The verb carries the negation for ``polarity.py``."""
    for m in mentions:
        if m.kind not in ("none", "state") or not m.date or m.date[:4] != str(year) or "year" not in m.text.lower():
            continue
        verb = phrase_verb(sent, m, base)
        if verb is not None and _not_taken(verb):
            return verb, step_type(verb)
    return None


def _not_taken(verb: "Token") -> bool:
    """``verb`` is negated by "not"/"never", in the simple past or past perfect, and tells a step: not a
    state, a view, an aim verb's double negation, a modal, a habit, a question, a manner or a description."""
    kids = list(verb.children)
    if not any(c.dep_ == "neg" or c.lower_ == "never" for c in kids):
        return False
    if verb.dep_ in DESCRIBING or not past_main(verb) or habitual(verb) or in_question(verb):
        return False
    if any(c.dep_ == "aux" and c.lower_ in MODALS or c.dep_ == "advmod" and c.lower_ in STEP_MANNER_ADV
           for c in kids):
        return False  # ("could not act during the year", "did not effectively enforce the law during the year")
    lemma = trigger_lemma(verb)
    return lemma not in YEAR_PHRASE_STATE_VERBS | YEAR_STEP_STATE_VERBS and lemma not in NEGATED_STEP_AIM_VERBS
