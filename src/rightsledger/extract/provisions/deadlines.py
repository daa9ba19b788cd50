"""Procedural deadlines stated in the present tense without a legal frame ("the prosecutor …
takes it to court within 12 hours", "Authorities may take up to 12 months to decide", "organizers
must give five days' notice"): reports narrate events in the past tense and state rules in the
present, so a duration after "within", "up to", "no later than" … in a clause whose verbs are
present (or modal) is a rule's time limit even without "the law provides"."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..numbers import NumberMention
from .norms import ADVANCE_AFTER, NOTICE_AFTER, Clauses
from .quantities import rule_numbers

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

DEADLINE_BEFORE = re.compile(
    r"\b(?:within|no\s+later\s+than|up\s+to|not\s+(?:to\s+)?exceed(?:ing)?|(?:no|not)\s+more\s+than|"
    r"(?:a\s+)?maximum\s+of|extended\s+to|after|no\s+longer\s+than|at\s+most|at\s+least)\s+"
    r"(?:the\s+first\s+|\S+\s+)?$", re.I)  # "within the first 24 hours"
DEADLINE_HINT = re.compile(r"\b(?:within|later|longer|at\s+(?:most|least)|up\s+to|exceed|more\s+than|maximum|"
                           r"extended|after)\b"
                           r"[^.;]*?\b(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b", re.I)


def present_limits(sentence: str, sent: "SpacySpan") -> list[NumberMention]:
    """Procedural deadlines stated in the present tense without a legal frame
    ("the prosecutor … takes it to court within 12 hours", "Authorities may take up to
    12 months to decide"): reports narrate events in the past tense, rules in the present."""
    if not DEADLINE_HINT.search(sentence) and not re.search(
            r"\bnotice\b|\b(?:hours?|days?|weeks?)\s+(?:in\s+advance|before|prior\s+to)\b", sentence, re.I):
        return []
    out = []
    clauses = Clauses(sentence, sent)
    for m in rule_numbers(sentence):  # word amounts too: "within a year of the filing", "within the first hour"
        if m.kind != "duration" or not (DEADLINE_BEFORE.search(sentence[max(0, m.start - 40):m.start])
                                        or NOTICE_AFTER.match(sentence[m.end:m.end + 30])
                                        or ADVANCE_AFTER.match(sentence[m.end:m.end + 30])):
            continue
        _, _, toks = clauses.around(m.start)
        tags = {t.tag_ for t in toks}  # "would" reports what someone said would happen
        if "VBD" not in tags and (tags & {"VBZ", "VBP"} or any(
                t.tag_ == "MD" and t.lower_ not in ("would", "might") for t in toks)):
            out.append(m)
    return out
