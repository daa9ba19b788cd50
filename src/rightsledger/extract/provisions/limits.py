"""Quantities a sentence cites as a legal limit or a term of office, whatever else the
sentence narrates (docs/EVALUATION.md, "Provisions"):

- the legal limit named beside its number: "held … beyond the legal limit of 48 hours",
  "beyond the 48 hour-limit mandated by law", "hearings within the required 48 hours";
- the limit stated as the predicate of its noun: "The maximum period of pretrial detention
  was six months", "The legal time limit for detention without charge is 48 hours";
- the rule a practice sentence says was broken: "violated the requirement that detainees
  be charged … within seven days of arrest";
- the threshold of a requirement: "requirements for unions to have branches in more than
  50 percent of the regions", "a requirement that unions be represented in at least half";
- the members a body needs, without a rule verb: "form a union with the participation of at least
  12 employees", "signatures from 5,000 paid-up members";
- the number a registration requires, changed or not: "lower the number of required
  members from 20,000 to 5,000";
- the limit a clause on "the law" states: "longer than permitted under law, which ranges from
  four to 14 months";
- a payment a rule requires: "failure to pay the required deposit of 10 million francs";
- the deadline a negated practice sentence cites: "were not always brought before a judge
  within 48 hours";
- the remit of a body set by an amount: "responsible for reviewing all contracts of more
  than $5 million";
- how long a document, a status, an exemption or a decree lasts, in an undated sentence
  ("valid for 12 months", "granted for 10 years", "the decree was for a period of three
  months"), and how long a facility is meant to hold detainees;
- the majority a vote needs, in an undated sentence: "elects the president by a two-thirds majority
  vote" (not a majority won or held);
- the sentence that sorts crimes for bail or pretrial detention: "bail … for crimes carrying a sentence
  of less than 10 years";
- the length of a term of office: "The president is elected for seven years", "Deputies
  serve five-year terms", "judges were appointed for six-year terms", "80 members elected
  for five years" — only the duration in years the frame names.
"""
from __future__ import annotations

import re

from ..lexicons import alternation, lexicon
from ..numbers import NumberMention, find_numbers
from .quantities import DATED, rule_numbers

_L = lexicon("provisions")
QUANTITY_KINDS = ("duration", "money", "percent", "count", "age", "clock", "term")  # term: death, life

_LIMIT_ADJ = alternation(_L["limit_adjectives"])
_LIMIT_NOUN = alternation(_L["limit_nouns"])
LIMIT_BEFORE = re.compile(  # "the legal limit of 48 hours", "the required 48 hours"
    rf"(?:\bthe\s+(?:maximum\s+|minimum\s+)?{_LIMIT_ADJ}\s+(?:{_LIMIT_NOUN}\s+)?(?:of\s+)?|"
    rf"\b{_LIMIT_ADJ}\s+(?:\w+\s+)?{_LIMIT_NOUN}\s+(?:of\s+|is\s+|was\s+)?|"  # "The legal rest period is one day"
    r"\ba\s+limit\s+on\s+(?:\w+\s+){1,2}?of\s+|"  # "a limit on work of 54 hours"
    rf"\bthere\s+(?:is|was)\s+an?\s+{alternation(_L['required_adjectives'])}\s+|"  # "there is a mandated 24-hour rest"
    r"\ban?\s+(?:legally\s+|constitutionally\s+)?(?:mandated|statutory)\s+)"
    r"(?:up\s+to\s+|a\s+maximum\s+of\s+)?$", re.I)
LIMIT_AFTER = re.compile(  # "the 48-hour limit", "the 7 percent threshold", "48 hours allowed by law"
    rf"^(?:(?:-[a-z]+)?[- ](?:legal\s+|statutory\s+|constitutional\s+|electoral\s+)?(?:limit|deadline|maximum|threshold|quota)\b|"
    rf"\s+(?:as\s+)?{alternation(_L['limit_by'])}\s+(?:\w+\s+)?by\s+(?:the\s+)?(?:\w+\s+)?"
    rf"(?:law|constitution|code|statute|decree|regulations?)\b)", re.I)
# "The maximum period of pretrial detention was six months": the limit's noun, what it
# limits, then the copula right before the number
LIMIT_IS = re.compile(
    rf"(?:\b(?:{_LIMIT_ADJ}|maximum|minimum)\s+(?:time\s+)?{alternation(_L['limit_is_nouns'])}|"
    r"\bthe\s+time\s+limits?)\s+"  # "For minor offenses the time limit is 24 hours"
    r"(?:(?:of|for|on)\s+[^.;:,()]{1,60}?\s+)?"  # "The maximum pretrial detention is nominally 21 months"
    r"(?:is|was|are|were|var(?:y|ies|ied)|ranges?|ranged)\s+(?:nominally\s+|generally\s+|normally\s+)?"
    r"(?:set\s+at\s+|fixed\s+at\s+)?(?:up\s+to\s+|a\s+maximum\s+of\s+|from\s+|between\s+)?$", re.I)
# "violated the requirement that detainees be charged … within seven days of arrest"
BROKEN_RULE = re.compile(
    rf"\b(?:legal\s+|constitutional\s+|statutory\s+)?{alternation(_L['rule_nouns'])}\s+that\s+"
    r"[^.;:]{1,90}?\b(?:within|no\s+later\s+than|not\s+(?:to\s+)?exceed(?:ing)?|(?:no|not)\s+more\s+than|"
    r"no\s+longer\s+than|for\s+(?:up\s+to|a\s+maximum\s+of))\s+$", re.I)

# "held in pretrial detention longer than permitted under law, which ranges from four to 14 months"
LAW_WHICH = re.compile(
    rf"\b(?:{alternation(_L['limit_by'])}|permitted|allowed)\s+(?:under|by)\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:laws?|code|constitution|statutes?|decrees?|regulations?),?\s+which\s+(?:ranges?\s+from|is|was|are|were)\s+"
    r"(?:up\s+to\s+|between\s+)?$", re.I)
# "failure to pay the required deposit of 10 million francs ($17,000)": a payment a rule requires
REQUIRED_PAYMENT = re.compile(
    rf"\b{alternation(_L['required_adjectives'])}\s+(?:[\w-]+\s+)?{alternation(_L['payment_nouns'])}\s+of\s+"
    r"(?:up\s+to\s+|at\s+least\s+)?$", re.I)
# "were not always brought before a judge for arraignment within 48 hours": the legal deadline a
# negated practice sentence cites (not "was not released within two weeks": release has no deadline)
MISSED_DEADLINE = re.compile(
    r"\b(?:not\s+(?:always\s+|often\s+|usually\s+|systematically\s+|consistently\s+)?|never\s+|rarely\s+|"
    rf"seldom\s+|failed\s+to\s+)(?:be\s+)?{alternation(_L['procedure_verbs'])}\b[^.;:]{{0,70}}?\bwithin\s+(?:the\s+)?$",
    re.I)

# "requirements for sectoral unions to have branches in more than 50 percent of the regions",
# "a requirement that unions be represented in at least half of the regions": the threshold
# of a registration rule, whatever the sentence narrates
REQUIRED_COUNT = re.compile(
    rf"\b{alternation(_L['rule_nouns'])}\s+(?:for|that)\s+[^.;:]{{1,100}}?\b(?:at\s+least|more\s+than|"
    r"no\s+(?:fewer|less)\s+than|(?:a\s+)?minimum\s+of)\s+$", re.I)

# "lower the number of required members from 20,000 to 5,000", "raised the number of
# signatures required to 100,000": a registration threshold, whoever changes it
REQUIRED_NUMBER = re.compile(
    r"\bnumber\s+of\s+(?:(?:required|mandatory|necessary)\s+\w+|\w+\s+(?:required|needed|necessary))"
    r"(?:\s+(?:(?:of|for|in|to)\s+)?(?:an?\s+|the\s+)?\w+){0,3}?\s+(?:from\s+|to\s+|from\s+\S+\s+to\s+|"
    r"(?:is|was|are|were)\s+(?:at\s+least\s+)?)$", re.I)  # "The minimum number of workers required to form a union was 20"

# "Workers can form a union with the participation of at least 12 employees", "signatures from 5,000
# paid-up members": the members a body needs, in a sentence on forming or registering one
FOUNDING_CUE = re.compile(r"(?:\bat\s+least|\ba\s+minimum\s+of|\bno\s+(?:fewer|less)\s+than|"
                          r"\bsignatures\s+(?:from|of))\s+$", re.I)
FOUNDING_NOUN = re.compile(rf"(?:\s+[\w-]+)?\s+{alternation(_L['founding_nouns'])}\b", re.I)
_BODY, _STEP = alternation(_L["founded_bodies"]), alternation(_L["founding_steps"])
NARRATED_COUNT = re.compile(rf"\b{alternation(_L['narrated_count_verbs'])}\b", re.I)
FOUNDING_CONTEXT = re.compile(rf"\b{_STEP}\w*\s+(?:\w+\s+){{0,3}}?{_BODY}\b|\b{_BODY}\s+(?:\w+\s+){{0,3}}?{_STEP}\w*",
                              re.I)

# "responsible for reviewing all government contracts of more than $5 million": the remit of
# a body set by an amount is a threshold, whether a law or a charter sets it
REMIT = re.compile(
    r"\b(?:responsible\s+for|competent\s+(?:for|to)|mandated\s+to|tasked\s+with|in\s+charge\s+of)\s+"
    r"[^.;:]{1,60}?\b(?:more|greater|less|higher|lower)\s+than\s+$", re.I)

# How long a document, a status, an exemption or a decree lasts, stated without a date:
# "it would be valid for 12 months", "residency, which was granted for 10 years", "exempt
# from inspections for three years", "the decree was for a period of three months", and a
# facility's design: "centers intended to hold detainees for not more than two days"
VALIDITY = re.compile(
    rf"(?:\b(?:valid|granted|issued|exempt(?:ed)?)\b[^.;:]{{0,40}}?|\blasts\s+|"  # "the initial closure lasts for one year"
    rf"\b{alternation(_L['instruments'])}\s+(?:was|is|were|are)\s+|"
    r"\b(?:intended|designed|meant)\s+to\s+(?:hold|detain|house|keep)\b[^.;:]{0,40}?)"
    r"\bfor\s+(?:a\s+period\s+of\s+|(?:not|no)\s+more\s+than\s+|up\s+to\s+)?$", re.I)


# The majority a vote or a decision needs, in a sentence without a date: "The assembly elects the president
# by a two-thirds majority vote", "requires that a two-thirds majority of employees approve", "a union with
# a 51-percent majority of staff may call a strike" (not a majority won or held: "won a two-thirds majority")
MAJORITY = re.compile(r"[- ]?(?:\s*(?:parliamentary|legislative|absolute|qualified|special)\s+)?majorit(?:y|ies)\b", re.I)
WON = re.compile(r"\b(?:w[io]ns?|obtain(?:s|ed)?|secur(?:es|ed)|garner(?:s|ed)?|gain(?:s|ed)?|holds?|held|retain(?:s|ed)?|"
                 r"lost|lose|lacks?|lacked|controll?(?:s|ed)?|short\s+of|fail(?:s|ed)\s+to)\b", re.I)


# The sentence that sorts crimes for a procedure (bail, pretrial detention), in a sentence without a date:
# "There was a functioning bail system for crimes carrying a sentence of less than 10 years", "Bail exists
# only for crimes for which the maximum sentence if convicted is five years' imprisonment or less"
CRIME_CLASS = re.compile(r"\b(?:crimes?|offen[cs]es?|felon(?:y|ies))\s+(?:carrying|with|punishable\s+by|that\s+carr(?:y|ies)|"
                         r"for\s+which)\b[^.;]{0,70}?$", re.I)
PROCEDURE_NOUN = re.compile(r"\b(?:bail|pretrial|pre-trial|remand|provisional\s+release)\b", re.I)


def legal_limits(sentence: str) -> list[NumberMention]:
    """Quantities a sentence cites as the legal limit, whatever the sentence narrates."""
    out = []
    for m in find_numbers(sentence):
        if m.kind not in QUANTITY_KINDS:
            continue
        before = sentence[max(0, m.start - 60):m.start]
        after = sentence[m.end:m.end + 60]
        wide = sentence[max(0, m.start - 130):m.start]
        if LIMIT_BEFORE.search(before) or (LIMIT_AFTER.match(after) and (
                re.search(r"\bthe\s+$", before, re.I) or not LIMIT_AFTER.match(after).group(0)[0] in "- ")):
            out.append(m)
        elif m.kind == "duration" and (LIMIT_IS.search(wide) or BROKEN_RULE.search(wide)
                                       or MISSED_DEADLINE.search(wide) or LAW_WHICH.search(wide)):
            out.append(m)
        elif m.kind in ("count", "percent") and (
                REQUIRED_COUNT.search(sentence[max(0, m.num_start - 160):m.num_start])
                or REQUIRED_NUMBER.search(sentence[max(0, m.num_start - 100):m.num_start])):
            out.append(m)
        elif m.kind == "count" and FOUNDING_CUE.search(sentence, max(0, m.num_start - 60), m.num_start) \
                and FOUNDING_NOUN.match(sentence, m.num_end) and FOUNDING_CONTEXT.search(sentence) \
                and not NARRATED_COUNT.search(sentence):
            out.append(m)
        elif m.kind in ("count", "percent") and (m.value < 1 or m.kind == "percent") and MAJORITY.match(sentence, m.end) \
                and not WON.search(sentence, max(0, m.start - 60), m.start) and not DATED.search(sentence):
            out.append(m)  # the majority a vote needs: "elects the president by a two-thirds majority vote"
        elif m.kind == "duration" and CRIME_CLASS.search(sentence, max(0, m.start - 90), m.start) \
                and PROCEDURE_NOUN.search(sentence) and not DATED.search(sentence):
            out.append(m)  # "Bail exists only for crimes for which the maximum sentence is five years or less"
        elif m.kind == "money" and (REMIT.search(sentence[max(0, m.start - 100):m.start])
                                    or REQUIRED_PAYMENT.search(before)):
            out.append(m)
        elif m.kind == "money" and m.equivalent and out and out[-1].kind == "money" \
                and re.fullmatch(r"\s*\(\s*", sentence[out[-1].end:m.start]):
            out.append(m)  # the amount restated in another currency: "10 million francs ($17,000)"
        elif m.kind == "duration" and VALIDITY.search(sentence[max(0, m.start - 90):m.start]) \
                and not DATED.search(sentence):
            out.append(m)
    return out


TERM_FRAME = re.compile(alternation(_L["term_frames"]), re.I)


def terms_of_office(sentence: str) -> list[NumberMention]:
    """The length of a term of office: only the duration the frame names, not the other
    counts of the sentence ("elected for 7 years by the 120 members")."""
    spans = [(t.start(), t.end() + 30) for t in TERM_FRAME.finditer(sentence)]
    return [m for m in rule_numbers(sentence) if m.kind == "duration" and m.unit == "years"
            and any(lo <= m.start < hi for lo, hi in spans)] if spans else []


# "According to sharia …, anyone found guilty … paid only one-half the amount": religious and
# customary law narrated in the past tense still states a rule (in a sentence without a date)
CUSTOMARY_LAW = re.compile(
    rf"\b(?:according\s+to|under)\s+(?:the\s+)?{alternation(_L['religious_customary_law'])}\b", re.I)

CONDITION = re.compile(r"\b(?:if|unless)\b", re.I)
PENALTY_AFTER = re.compile(r"\b(?:penalt(?:y|ies)|punishable|punishment|sentence)\b", re.I)


def penalty_condition(sentence: str, m: NumberMention, clause_start: int) -> bool:
    """Is the quantity inside a condition that changes a penalty ("if the victim dies within
    40 days of the procedure the penalty is up to life in prison")? A condition of the rule
    is a threshold (docs/EVALUATION.md), even across the clause break that starts it."""
    cond = CONDITION.search(sentence, max(clause_start, m.start - 60), m.start)
    return cond is not None and bool(PENALTY_AFTER.search(sentence, m.end, m.end + 80))
