"""What the state did, told as reported under an existential the written forms do not reach: "There also
were reports the government monitored e-mails", "There were strong indications the government monitored
the internet communications of activists", "There was credible evidence the government monitored private
online communications", "There were allegations, nonetheless, that prison officials mistreated inmates".

``thereare.REPORTS_BARE`` / ``REPORTS_OF`` open the reported act (``accusations.state_act_reported``) only
on "There were|was … reports/allegations" with "however" as the one word set off by commas; an adverb
between "There" and the verb ("also", "still"), another such word ("nonetheless"), or a noun of evidence
("indications", "evidence") left the sentence without a record. Round t-events25: dev 2017 Azerbaijan (2),
2018 Guyana; the mini-golds' 2016 Seychelles and 2024 Turkey (t-events22's M6). The reported clause is read
as before: its first past verb, its subject the government or a state force (so "There was evidence some
detainees remained in prison", "indications of forced labor" and "reports … employers did not always pay"
stay no event, as the dev gold reads them); "of" after the noun is ``thereare.reports_trigger``'s, left.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...annotate import span_text
from ...lexicons import words
from .accusations import state_act_reported

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

EVIDENCE_NOUNS = words("events", "evidence_report_nouns")
_TOLD = re.compile(r"(?i)\bthere\s+(?:(?:also|still)\s+)?(?:were|was)\s+((?:[\w-]+\s+){0,3}?)(?:%s)s?"
                   r"(?:,\s*[a-z]+,)?\s+(?:that\s+)?(?!(?:of|that|were|was|from|by|in|on|about|during|to|and|or|for)\b)"
                   % "|".join(sorted(EVIDENCE_NOUNS)))


def evidence_told(sent: "SpacySpan", topic_type: str | None) -> tuple["Token", str] | None:
    """(trigger, type) of a state's act told under "There (also) were reports / indications / evidence
    (, ADVERB,) (that) …", or None (also for "There was no indication …": a negation, polarity.py)."""
    m = _TOLD.search(span_text(sent))
    if m is None or re.search(r"(?i)\b(?:no|not|little|any)\b", m.group(1)):
        return None
    return state_act_reported(sent, sent.start_char + m.start(), topic_type, EVIDENCE_NOUNS)
