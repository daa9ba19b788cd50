"""A trigger inside a penalty statement is no occurrence (issue 14, round t-events61).

"The maximum penalty for conviction of smuggling is 14 years in prison", "Companies that dismiss striking
workers face a fine of one year's salary", "those found guilty of procuring a child are liable to a fine",
"Criminal penalties are limited to cases where employers violated the law", "Offenders that previously
received short sentences faced 10 to 20 years in prison": the clause states a rule's penalty, and a trigger
in it ("conviction", "dismiss", "found guilty", "violated", "received … sentences") names the offence or the
offenders the penalty is for, not an occurrence of the report year. The clause is the one of a verb whose
subject is a penalty noun (``penalty_nouns``, no possessor: "their sentences were reduced" is a step of a
case), a verb of facing (``penalty_facing_verbs``) with a penalty term as its object (``penalty_terms``), or
"be" with ``penalty_liable_words`` ("are liable to"). A clause of its own coordinated with it, or joined as
an adverbial or a complement with a subject of its own ("…, and several convicted perpetrators received
lengthy sentences", "…; however, there were no known prosecutions"), keeps its records; so does any
sentence with a date or time of its own. Dev gold (the 46 reports not held out): the sentences where this
function holds for a trigger have no gold event 95 times (33 reports) against 3 with one (3 reports), and
those 3 are another clause's, which keeps its record (the round's record).
``__init__._of_the_report_year`` asks :func:`in_penalty_statement` of each undated record of the year.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import PENALTY_FACING_VERBS, PENALTY_LIABLE_WORDS, PENALTY_NOUNS, PENALTY_TERMS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...dates import DateMention

# a clause of its own on the way up: it keeps its records when it has a subject of its own
_OWN_CLAUSE_DEPS = frozenset({"conj", "parataxis", "ccomp", "advcl"})
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})


def in_penalty_statement(trig: "Token | None", mentions: list["DateMention"]) -> bool:
    """``trig`` lies in the clause of a penalty statement, in a sentence that names no date or time."""
    if trig is None or any(m.date for m in mentions):
        return False
    cur = trig
    for _ in range(12):
        if cur.i != trig.i and _penalty_verb(cur):
            return True
        if cur.head.i == cur.i or cur.dep_ in _OWN_CLAUSE_DEPS and _has_subject(cur) and not _relative(cur):
            return False
        cur = cur.head
    return False


def _has_subject(verb: "Token") -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _of_a_rule(noun: "Token") -> bool:
    """A penalty noun told as a rule's: bare ("Criminal penalties are limited to …") or with what it is for
    ("The maximum penalty for conviction of …"); not a case's ("their sentences", "this sentence", "the
    sentence was reduced")."""
    kids = list(noun.children)
    if any(k.dep_ == "poss" or k.dep_ == "det" and k.lower_ in _DEMONSTRATIVES for k in kids):
        return False
    return not any(k.dep_ == "det" for k in kids) or any(
        k.dep_ == "prep" and k.lower_ in ("for", "under") for k in kids)


def _relative(verb: "Token") -> bool:
    """``verb``'s clause opens with a relative word ("…, and where labor authorities had notified employers"):
    a second relative clause the parse hung on the clause above, not a clause of its own."""
    first = min(verb.subtree, key=lambda t: t.i)
    return first.tag_ in ("WRB", "WP", "WDT") or any(
        c.tag_ in ("WRB", "WP", "WDT") and c.i < verb.i and c.dep_ in ("advmod", "nsubj", "nsubjpass")
        for c in verb.children)


def _penalty_verb(verb: "Token") -> bool:
    """``verb`` states a penalty: a penalty noun as its subject, facing a penalty term, or "be liable"."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    kids = list(verb.children)
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in PENALTY_NOUNS and _of_a_rule(c) for c in kids):
        return True
    if verb.lemma_.lower() in PENALTY_FACING_VERBS:
        return any(c.dep_ == "dobj" and c.lemma_.lower() in PENALTY_TERMS for c in kids)
    return verb.lemma_.lower() == "be" and any(c.dep_ == "acomp" and c.lower_ in PENALTY_LIABLE_WORDS
                                               for c in kids)
