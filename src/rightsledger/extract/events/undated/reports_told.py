"""What an undated sentence says of reports and of what did not occur: "There were no reports of
…" (a negated occurrence), "There were no government restrictions on academic freedom" (a state,
``nostates.py``), "there were reports that security forces interfered with …" (the act reported,
``accusations.py``), "There were reported cases of abuse in shelters", "No elections took place
during the year". Apart from ``occurrences.py``, which asks it first for an undated sentence with no
dated trigger; the readings themselves are ``thereare.py``'s, ``nostates.py``'s,
``accusations.py``'s and ``reported_gerunds.py``'s ("There were reports of traffickers exploiting children").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...annotate import span_text
from .accusations import state_act_reported
from .evidence_told import evidence_told
from .nostates import practice_sentence, restriction_state, standing_function
from .reported_gerunds import reported_gerund
from ..clause.polarity import NO_REPORTS, THERE_NO
from ..clause.tense import GENERIC_START
from .thereare import (
    REPORTS_BARE, REPORTS_OF, main_clause_first, negated_trigger, none_in_the_year, reports_trigger,
    reported_cases,
)

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

    from ...dates import DateMention
    from ..dating.attach import Produced


def reports_told(sent: "SpacySpan", mentions: list["DateMention"], date: str, precision: str,
                 topic_type: str | None) -> list["Produced"] | None:
    """The records of an undated sentence about reports or about what did not occur (dated to the
    report year, ``date`` at ``precision``; a reported case takes its one own date), ``[]`` for a
    state or a practice, None when the sentence says nothing of the kind. ``topic_type`` is the
    section topic's event type, for an act reported without a trigger."""
    stext = span_text(sent)
    no = NO_REPORTS.search(stext) or THERE_NO.search(stext)
    if no and not (GENERIC_START.search(stext) and sent.start_char + no.start() == sent.start_char):
        state = restriction_state(sent, sent.start_char + no.start(), reports_trigger)
        if state is not None:  # "There were no government restrictions on academic freedom": a
            return [(*state, date, None, precision)] if state else []  # state (nostates.py)
        first = main_clause_first(sent, sent.start_char + no.start())
        if first is not None:  # "The government did not restrict … or censor …, and there were no
            return [(*first, date, None, precision)]  # credible reports that it monitored …"
        trig, type_ = negated_trigger(sent, sent.start_char + no.start())
        if type_ is not None or NO_REPORTS.search(stext):
            return [(trig, type_ or "other", date, None, precision)]
    if not any(m.date for m in mentions) and (practice_sentence(sent) or standing_function(sent)):
        return []  # (nostates.py) "Authorities did not detain suspects incommunicado", "The ombudsman
        # received complaints"; not "Since March 2017 police had not released data"
    none = none_in_the_year(sent)
    if none is not None:
        return [(*none, date, None, precision)]
    rep = REPORTS_OF.search(stext)
    bare = None if rep else REPORTS_BARE.search(stext)
    if bare and (act := state_act_reported(sent, sent.start_char + bare.start(), topic_type)) is not None:
        return [(*act, date, None, precision)]
    if rep:
        trig, type_ = reports_trigger(sent, sent.start_char + rep.start())
        if type_ is None:  # "There were reports that security forces interfered with …" (accusations.py)
            trig, type_ = state_act_reported(sent, sent.start_char + rep.start(), topic_type) or (None, None)
        if type_ is None:  # "There were reports of traffickers exploiting children" (reported_gerunds.py)
            trig, type_ = reported_gerund(sent, sent.start_char + rep.start()) or (None, None)
        if type_ is not None:
            return [(trig, type_, date, None, precision)]
    if (told := evidence_told(sent, topic_type)) is not None:  # "There also were reports the government
        return [(*told, date, None, precision)]  # monitored …", "strong indications the government …"
    if (cases := reported_cases(sent)) is not None:  # "There were reported cases of abuse in shelters"
        own = [m for m in mentions if m.date and m.kind in ("event", "span") and not m.attributive]
        if len(own) == 1:  # "On October 5, … there were multiple reported cases of violence against press"
            return [(*cases, own[0].date, own[0].date_end, own[0].precision or "year")]
        return [(*cases, date, None, precision)]
    return None
