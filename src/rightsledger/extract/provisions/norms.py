"""Which norm a rule's quantity states, its unit, and the span of its text.

:func:`norm_of` follows docs/EVALUATION.md, in this order: penalty (a prison term or fine),
time_limit (a procedural deadline or maximum length of detention), threshold (a number or age
the rule turns on), then by the rule's verb prohibition / requirement / right.
:func:`unit_of` names what a count counts ("members", "visits per year") or the age a duration
is; :func:`quantity_span` widens a number to the words that belong to it ("up to five years'
imprisonment"). ``CLAUSE_BREAK`` cuts a sentence into the clauses a frame reaches, and
:class:`Clauses` gives the clause around a number with its tokens (the present-tense rule readers
of ``rule_*.py`` ask the tenses of that clause, not of the sentence); :func:`undated_rule_numbers`
is their common opening (an undated parsed sentence, its rule numbers of one kind, its clauses).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from ..annotate import text_start
from ..numbers import NumberMention
from .limits import penalty_condition
from .quantities import DATED, rule_numbers

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

CLAUSE_BREAK = re.compile(r";|\bbut\b(?!\s+only\b)|\b(?:however|although|though|whereas|nevertheless|yet)\b|"
                          r"[,(]\s*(?:which|who)\b(?!\s+(?:is|are|includes?|ranges?|(?:can|may)\s+be\s+(?:renewed|extended|prolonged))\b)|"
                          # ", who constitute about 15 percent"; not ", which can be renewed for two five-day extensions"
                          r",\s+and\s+(?=[^;,]*\b(?:was|were|had|did)\b)|"  # ", and 46 … were brought", not ", and compulsory"
                          r"\bwhile\s+(?!in\b)", re.I)
NOTICE_AFTER = re.compile(r"^['’]?s?\s+(?:\w+\s+)?notice\b", re.I)  # "may issue a 21-day strike notice"
# a period of advance notice: "notify the police five days in advance of demonstrations",
# "provide the text for approval 24 hours before publication" (requirement, docs/EVALUATION.md)
ADVANCE_AFTER = re.compile(r"^\s+(?:in\s+advance|before|prior\s+to)\b", re.I)


class Clauses:
    """The clauses of one parsed sentence, cut at ``CLAUSE_BREAK`` (offsets in ``sentence``)."""

    def __init__(self, sentence: str, sent: "SpacySpan") -> None:
        self.sent = sent
        self.base = text_start(sent)
        self.cuts = [0, *(b.start() for b in CLAUSE_BREAK.finditer(sentence)), len(sentence)]

    def around(self, pos: int) -> tuple[int, int, list["Token"]]:
        """The clause that holds offset ``pos``: its start, its end and its tokens."""
        lo = max(c for c in self.cuts if c <= pos)
        hi = min(c for c in self.cuts if c > pos)
        return lo, hi, [t for t in self.sent if lo <= t.idx - self.base < hi]


def undated_rule_numbers(sentence: str, sent: "SpacySpan | None", keep: Callable[[NumberMention], bool] | None = None
                         ) -> tuple[list[NumberMention], Clauses | None]:
    """The opening of the present-tense rule readers (``quorums.py``, ``rule_ages.py``, ``shares.py``,
    ``standing.py``): the numbers of ``rule_numbers`` that ``keep`` takes (all without it) and the
    sentence's :class:`Clauses`; ``([], None)`` when the sentence is unparsed, dated or has none of them."""
    if sent is None or DATED.search(sentence):
        return [], None
    found = [m for m in rule_numbers(sentence) if keep is None or keep(m)]
    if not found:
        return [], None
    return found, Clauses(sentence, sent)

PENALTY_WORDS = re.compile(
    r"imprison|prison|jail|incarcerat|deprivation\s+of\s+(?:liberty|freedom)|restriction\s+of\s+"
    r"(?:liberty|freedom)|\bfines?\b|\bfined\b|penalt|sentence|punish|corrective\s+labor|"
    r"correctional\s+labor|community\s+service|administrative\s+arrest|death|execution|lashes|"
    r"flogging|forced\s+labor|hard\s+labor", re.I)
TIME_LIMIT_WORDS = re.compile(
    r"\b(?:within|no\s+later\s+than|prior\s+to|before|after|extend|extended|extension|detain|"
    r"detention|detainee|custody|held|hold|holding|arrest|charge|charges|appeal|respond|response|"
    r"review|register|registration|notify|notification|notice|inform|investigation|trial|court|"
    r"judge|decision|expire|period|term|time\s+limit|renewable)", re.I)
PROHIBIT_WORDS = re.compile(r"\b(?:prohibit|forbid|ban|may\s+not|must\s+not|cannot|shall\s+not|"
                            r"not\s+(?:to\s+)?exceed|no\s+more\s+than|limit|restrict|cap|maximum|"
                            r"should\s+not)", re.I)
RIGHT_WORDS = re.compile(r"\b(?:entitle|right|allow|permit|grant|guarantee|may\b|eligible|"
                         r"provides?\s+for)", re.I)
REQUIRE_WORDS = re.compile(r"\b(?:require|must|shall|oblig|mandat|need|should|stipulat)", re.I)
LEFT_TRIGGER = re.compile(
    r"(?:(?:(?:minimum|maximum)\s+age\s+of|(?:fines?|penalt(?:y|ies)|sentences?|terms?|periods?)"
    r"\s+of|within|no\s+later\s+than)\s+)?(?:(?:up\s+to|at\s+least|more\s+than|less\s+than|"
    r"fewer\s+than|(?:no|not)\s+more\s+than|(?:no|not)\s+less\s+than|a\s+maximum\s+of|a\s+minimum\s+of|"
    r"maximum\s+of|minimum\s+of|between|from|over|under|approximately|about)\s+)?$", re.I)
RIGHT_TAIL = re.compile(  # what follows the number in the quantity's text
    r"^(?:\s*['’]?\s*(?:imprisonment|notice|administrative\s+(?:arrest|detention)|in\s+prison|"
    r"in\s+jail|of\s+imprisonment|"
    r"of\s+(?:\w+\s+){0,2}(?:imprisonment|detention|arrest|labor|leave|notice|service))|"
    r"\s+(?:\w+\s+){0,1}(?:members|signatures|persons|people|citizens|founders|employees|"
    r"workers|votes|voters|seats|regions|provinces|deputies))\b", re.I)
PLAIN_NOUN_AFTER = re.compile(r"^\s+(?:of\s+(?:the\s+)?(?:\w+['’]s\s+)?)?(?P<noun>[a-z]+)\b")
NOT_UNIT = {"the", "a", "an", "and", "or", "in", "for", "to", "of", "if", "by", "at", "on", "with"}


def quantity_span(sentence: str, m: NumberMention) -> tuple[int, int]:
    if m.kind == "clock":
        return m.start, m.end
    left = LEFT_TRIGGER.search(sentence[max(0, m.start - 40):m.start])
    start = m.start - (len(left.group(0)) if left else 0)
    deadline = left is not None and re.match(r"(?:within|no\s+later)", left.group(0), re.I)
    tail = None if deadline else RIGHT_TAIL.match(sentence[m.end:m.end + 50])
    end = m.end + (tail.end() if tail else 0)
    return start, end


def norm_of(m: NumberMention, sentence: str, context: str) -> str:
    if m.kind == "term":
        return "penalty"  # death, life imprisonment
    if m.kind == "clock":
        return "prohibition"  # "no arrests between 9:00 p.m. and 6:00 a.m." (docs/EVALUATION.md)
    if m.unit == "judges":
        return "requirement"  # the bench of a court: "panels of three judges"
    if m.unit == "times" and m.kind == "count":
        return "right"  # a premium pay rate: "overtime is paid at time and a half"
    if m.unit == "share" and m.kind == "count":
        return "right"  # a share a rule fixes: "a daughter's share is half the size of a son's" (shares)
    if m.unit == "renewals":
        return "time_limit"  # "within 48 hours, renewable once"
    if m.kind == "count" and m.unit and " per " in m.unit:
        return "requirement"  # a frequency: "twice-yearly visits"
    before = sentence[max(0, m.start - 40):m.start]
    if m.kind == "count" and re.search(r"\bfine[sd]?\s+(?:\w+\s+)?(?:of\s+)?(?:up\s+to\s+|between\s+|from\s+)?$",
                                       before, re.I):
        return "penalty"  # an amount in a currency we do not know: "fines of up to 500 crowns"
    if m.kind == "duration" and m.unit == "years" and re.search(
            r"\bage\b[^.;]{0,30}$", sentence[max(0, m.start - 40):m.start], re.I):
        return "threshold"  # "the minimum age for employment is 16 years"
    if m.kind == "duration" and penalty_condition(
            sentence, m, max((b.end() for b in CLAUSE_BREAK.finditer(sentence, 0, m.start)), default=0)):
        return "threshold"  # a condition of a penalty: "if the victim dies within 40 days"
    if m.kind == "duration" and re.search(r"\b(?:within|no\s+later\s+than)\s+$", before, re.I):
        return "time_limit"  # "fines … if the infraction is repeated within one year"
    if m.kind in ("duration", "money") and PENALTY_WORDS.search(context):
        if not (m.kind == "duration" and re.search(r"\b(?:leave|notice|vacation)\b", context, re.I)):
            return "penalty"
    if m.kind == "duration" and (ADVANCE_AFTER.match(sentence[m.end:m.end + 30])
                                 or NOTICE_AFTER.match(sentence[m.end:m.end + 30])):
        return "requirement"  # advance notice: "five days in advance of demonstrations"
    if m.kind == "duration" and TIME_LIMIT_WORDS.search(context) and not re.search(
            r"\b(?:work|workweek|overtime|leave|vacation|hours\s+per|per\s+(?:day|week))\b", context, re.I):
        return "time_limit"
    if m.kind in ("count", "percent", "age", "money"):
        return "threshold"
    if PROHIBIT_WORDS.search(context):
        return "prohibition"
    if RIGHT_WORDS.search(context):
        return "right"
    if REQUIRE_WORDS.search(context):
        return "requirement"
    return "time_limit" if m.kind == "duration" else "requirement"


def unit_of(m: NumberMention, sentence: str, norm: str) -> str | None:
    if m.kind == "term":
        return None
    if m.kind in ("clock", "count") and m.unit:
        return m.unit  # "time of day"; "visits per year"
    if norm == "threshold" and m.kind == "duration":  # "within 40 days" of a penalty's condition
        return m.unit if penalty_condition(sentence, m, 0) else "age"
    if m.kind == "count" and re.search(r"\bage\b[^.;,]{0,25}$", sentence[max(0, m.start - 30):m.start], re.I):
        return "age"
    if m.kind in ("duration", "money", "percent", "age"):
        return m.unit
    nm = PLAIN_NOUN_AFTER.match(sentence[m.end:m.end + 60])
    if nm and nm.group("noun").lower() not in NOT_UNIT:
        noun = nm.group("noun").lower()
        return "persons" if noun in ("people", "individuals", "persons") else noun
    return None
