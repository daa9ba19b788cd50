"""Dates that label, name or plan rather than date an occurrence (split from ``dated.py``, t-house21): a date
that labels the noun after it ("the 1998-1999 conflict"), a month that names when a thing happened ("a May
inspection"), a year in an instrument's name ("the Citizenship Act of 1985"), a case named by its date, the
noun a dated compound modifies, a date on a plan ("scheduled for October"), the bound of a period a
publication or count covers ("covering the period from June 2016 …"). ``dated.py`` asks them in its order.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...dates import DateMention
from .attach import clause_verb
from ...lexicons import alternation
from ..lexicon import LAW_THINGS, PERIOD_COVER_WORDS, PERIOD_END_NOUNS, PERIOD_END_WORDS, PLAN_MODALS, PLAN_WORDS
from ..types.triggers import is_verb, trigger_type

if TYPE_CHECKING:
    from spacy.tokens import Token


_HAS_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")

_TIME_PREP = re.compile(r"(?i)\b(?:in|on|during|since|by|until|till|from|between|at|before|after|through|"
                        r"throughout|of|an?)\s+$")


_COVERED = re.compile(r"(?i)\b%s\s+(?:the\s+)?(?:[\w-]+\s+)?%s\s+(?:from\s+|of\s+)?$"
                      % (alternation(sorted(PERIOD_COVER_WORDS)), alternation(sorted(PERIOD_END_NOUNS))))
_ENDING = re.compile(r"(?i)\b%s\s+%s\s+(?:in\s+|on\s+)?$"
                     % (alternation(sorted(PERIOD_END_NOUNS)), alternation(sorted(PERIOD_END_WORDS))))


def covered_period(text: str, start: int) -> bool:
    """A date that bounds the period a publication or a count covers, told right before it ("the report,
    covering the period from June 2016 through May 2017", "audits for the fiscal year ending December 2022",
    "complaints for the 12-month period ending in September"): it labels what is published or counted and
    dates no occurrence (round t-events37: the dev gold dates no record by such a date, 3 reports; "for the
    period January to September", a count over a stated period, is not this shape and keeps its date; nor is
    "journalists covering the August 15 elections", with no noun of a period: fixed at the 0.1.35 merge)."""
    before = text[max(0, start - 48):start]
    return bool(_COVERED.search(before) or _ENDING.search(before))


def label_date(text: str, start: int, root: "Token", anchor: "Token") -> bool:
    """A date that labels the noun after it ("the 1998-1999 conflict", "according to 2008
    statistics"), not one that dates the clause ("In May Representative X beat …") or introduces
    an occurrence ("an August 11 report")."""
    if _TIME_PREP.search(text[max(0, start - 12):start]):
        return False
    return root.dep_ in ("compound", "nummod", "amod", "nmod") and anchor.i > root.i \
        and anchor.pos_ in ("NOUN", "PROPN") and anchor.ent_type_ != "DATE"


def month_label(m: DateMention, root: "Token", anchor: "Token") -> bool:
    """A month (or day) without a year of its own that modifies a noun names when that thing happened
    ("a May inspection", "its June addendum", "at a September court hearing", "during the June
    campaign"), unlike a year, which also names editions and instruments ("the 2019 law"). Round
    t-dates7: seen in five dev reports; the noun's clause is then dated as any dated noun is. Not when
    the date hangs on the first half of a compound ("arrested six persons in the April 15 mob killing":
    the killing's date, not the arrest's)."""
    return m.precision in ("month", "day") and not _HAS_YEAR.search(m.text) and \
        root.dep_ in ("compound", "nmod", "amod", "npadvmod") and anchor.dep_ != "compound"


def named_by_year(anchor: "Token", precision: str | None) -> bool:
    """Is a bare year after "of" part of an instrument's name ("the Public Order Act of 2002", "the
    Citizenship Act of 1985")? A month or a day dates an issuance ("a decree of May 2008")."""
    return precision in (None, "year") and anchor.lemma_.lower() in LAW_THINGS


def case_label(case: "Token") -> tuple["Token", str] | None:
    """A case named by its date ("the March 2009 case against the former minister", "the June 2008
    case of village chiefs arrested for …"): the charge it began with, or the occurrence its
    defendants are described by. None for a case of something else ("the 2008 case of the missing
    ballots")."""
    for prep in case.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("against", "of"):
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            for d in obj.subtree:
                if d.dep_ == "acl" and d.head.i == obj.i and (t := trigger_type(d)):
                    return d, t  # "of village chiefs arrested for …", "of the officer indicted for …"
            if prep.lower_ == "against" or obj.ent_type_ == "PERSON" or any(
                    d.ent_type_ == "PERSON" for d in obj.subtree):
                return case, "charge"
    return None


def compound_head(noun: "Token") -> "Token":
    """The noun a dated compound modifies: "a 2023 court ruling" → "ruling"."""
    while noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
        noun = noun.head
    return noun


def planned(anchor: "Token") -> bool:
    """A date on a plan, not an occurrence: "scheduled for October", "is to be submitted in 2001",
    "were scheduled to vote on April 8", "announced that it would hold elections from June to
    October", "must hold the elections by the end of 2016"."""
    if anchor.lemma_.lower() in PLAN_WORDS:
        return True
    verb = clause_verb(anchor)
    if verb.lemma_.lower() in PLAN_WORDS and trigger_type(anchor) is None:
        return True  # "… on April 8, nomads on April 9": the gapped dates of the plan
    for tok in {anchor.i: anchor, verb.i: verb}.values():
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in PLAN_WORDS:
            return True
        if is_verb(tok) and any(c.dep_ == "aux" and c.lower_ in PLAN_MODALS for c in tok.children):
            return True
    return anchor.tag_ in ("VB", "VBN") and any(c.dep_ == "aux" and c.lower_ == "to" for c in anchor.children) \
        and anchor.head.lemma_.lower() == "be" and anchor.head.tag_ in ("VBZ", "VBP")
