"""A count of matters a body received — "The commission received 324 complaints of rights violations through
August", "the INLUCC received more than 9,000 cases in 2016", "a decrease from 86 complaints received in the same
period in 2017" — is a statistic, no occurrence, dated or not (round t-events49, issue 14; settled 2026-12-06 "a
count of complaints received as of a date is figures only", and 2026-12-13 N3, "a count ('received 31 complaints')
is figures"). Dev census (a count of ten or more): no gold record of the receipt in 31 sentences of 13 reports; the
gold records of those sentences are of their other clauses ("… and dismissed 155 police officers", "according to the
2017 UPR"). A count under ten ("received two complaints regarding …") is left: the gold reads it both ways.

The shape: a verb of ``receipt_verbs`` whose direct object (or, for a participle, the noun it describes) is a noun
of ``receipt_matter_nouns`` counted by a number ("324 complaints", "more than 9,000 cases", "a total of 212
complaints"). Then the verb, the words of its object (what the complaints are of: "complaints of torture", "cases of
workplace harassment", "requests by workers who were denied exit permits") and the nouns of its subject ("the
Residency Affairs Prosecution") are no occurrence. Not: "reports" received ("had received 527 reports of rape": what
is reported, settled as the occurrence), applications ("received 1,480 asylum applications": a decision's count),
uncounted matters (the standing function of ``undated/nostates.py``), and a coordinated verb with its own object
("… and dismissed 155 police officers") or a clause after it that tells its own act.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...numbers.words import UNITS
from ..lexicon import RECEIPT_MATTER_NOUNS, RECEIPT_TOTAL_NOUNS, RECEIPT_VERBS
from ..types.triggers import is_verb

if TYPE_CHECKING:
    from spacy.tokens import Token


#: the least count that makes the receipt a statistic: "received 324 complaints" is figures, but "received two
#: complaints regarding the rights of prisoners" and "received one allegation of sexual exploitation" are read as the
#: complaints themselves (alleged occurrences) in 3 dev reports, and as nothing in 4: left as they were
STATISTIC_LEAST = 10
_ONE = {"a", "an", "single"}


def _count(tok: "Token") -> int | None:
    """The value of a number word: "1,164" → 1164, "two" → 2 (``numbers.words.UNITS``), "hundreds" → at least
    ``STATISTIC_LEAST``."""
    word = tok.lower_.replace(",", "")
    if word.isdigit():
        return int(word)
    if word in UNITS:
        return UNITS[word]
    if word in _ONE:
        return 1
    return STATISTIC_LEAST if tok.like_num else None


def _counted(noun: "Token") -> bool:
    """``noun`` is a matter noun counted by a number of at least ``STATISTIC_LEAST``: "324 complaints", "more than
    9,000 cases"; not "two complaints"."""
    if noun.lemma_.lower() not in RECEIPT_MATTER_NOUNS:
        return False
    counts = [_count(k) for k in noun.children if k.dep_ == "nummod"]
    return any(c is not None and c >= STATISTIC_LEAST for c in counts)


def _counted_matter(obj: "Token") -> bool:
    """The object counts matters: "324 complaints", "a total of 212 complaints", the first of "82 complaints of X and
    eight complaints of Y"."""
    if _counted(obj):
        return True
    if obj.lemma_.lower() in RECEIPT_TOTAL_NOUNS:  # "a total of 212 complaints", "the number of cases"
        return any(p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and _counted(o) for o in p.children)
                   for p in obj.children)
    return False


def receipt(verb: "Token") -> bool:
    """``verb`` is a verb of receipt with a counted matter object ("received 324 complaints"), or its participle
    describing counted matters ("86 complaints received in the same period")."""
    if verb.lemma_.lower() not in RECEIPT_VERBS or not is_verb(verb):
        return False
    if any(c.dep_ == "dobj" and _counted_matter(c) for c in verb.children):
        return True
    return verb.dep_ == "acl" and _counted_matter(verb.head)


def counted_receipt(tok: "Token") -> bool:
    """``tok`` is a receipt's verb, a word of its counted object or of that object's clauses, or a noun of its
    subject: no occurrence of its own."""
    if receipt(tok):
        return True
    cur = tok
    for _ in range(10):
        head = cur.head
        if head.i == cur.i:
            return False
        if receipt(head):
            if cur.dep_ == "dobj":
                return True  # "complaints of torture", "requests by workers who were denied exit permits"
            return cur.dep_ in ("nsubj", "nsubjpass") and not is_verb(tok)  # "the Residency Affairs Prosecution"
        if _counted_matter(cur) and any(c.dep_ == "acl" and receipt(c) for c in cur.children):
            return True  # "86 complaints of abuse received in 2017"
        if is_verb(head) and cur.dep_ in ("conj", "parataxis", "ccomp", "advcl"):
            return False  # a clause of its own beside or under the receipt
        cur = head
    return False
