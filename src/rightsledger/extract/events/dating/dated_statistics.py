"""Dated statistics and states, no occurrence (split from ``dated.py``, t-house21): a sentence with a
percentage (``STATISTIC``), a noun counted in a rate ("680 deaths per 100,000"), a verb of state whose
subject is a count, the verbs a state date ("as of October") attaches to; and the two exceptions that keep
a dated verb of state an occurrence: a meeting held (``gathering``) and a clause under it that tells one
(``told_within``).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...dates import DateMention
from .attach import date_anchor, clause_verb, date_root, find_trigger
from ..lexicon import COUNT_NOUNS, GATHERINGS, RATE_WORDS, STAT_VERBS
from ..clause.tense import habitual
from ..types.triggers import is_verb, sentence_tokens

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


STATISTIC = re.compile(r"(?i)\bpercent\b|%|\bturnout\b")


def gathering(verb: "Token") -> bool:
    """ "held a human rights forum", "organized a workshop": a dated meeting is an occurrence (of type
    other), not a state ("held 30 percent of the seats")."""
    return verb.lemma_.lower() in ("hold", "organize", "organise", "convene", "host") and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in GATHERINGS for c in verb.children)


def state_verbs(sent: "SpacySpan", mentions: list[DateMention], base: int) -> set[int]:
    """Token ids of the clause verbs that a state date ("as of October", "at year's end") attaches to."""
    out: set[int] = set()
    for m in mentions:
        if m.kind != "state":
            continue
        root = date_root(sent, m.start - base, m.end - base)
        if root is not None:
            anchor = date_anchor(root)
            out.add(anchor.i)
            out.add(clause_verb(anchor).i)
    return out


def rate(sent: "SpacySpan", trig: "Token") -> bool:
    """A noun trigger counted in a statistic of state: "the ratio was 680 deaths per 100,000"."""
    return clause_verb(trig).lemma_.lower() in STAT_VERBS and any(
        t.lower_ in RATE_WORDS for t in sentence_tokens(sent))


def told_within(verb: "Token", root: "Token", used: set[int]) -> bool:
    """A clause under a dated verb of state tells an occurrence ("On May 31, officials held four prisoners in a
    cell where they died", "in January there was a report that soldiers killed five persons", "most notably on
    July 19, when soldiers attacked the president's home"): the date is that occurrence's, not a statistic's,
    and the nearest trigger of the verb's clause takes it, as for any dated verb. Round t-dates8: five dev
    reports (2001 Somalia, 2011 Guinea, 2014 DRC, 2016 Niger, 2019 Ecuador). A clause is a ``relcl``,
    ``ccomp``, ``advcl`` or ``acl`` inside the verb's own clause whose verb ``find_trigger`` types."""
    clauses = [t for t in verb.subtree if t.dep_ in ("relcl", "ccomp", "advcl", "acl") and is_verb(t)
               and t.i not in used and clause_verb(t.head).i == verb.i]
    for clause in sorted(clauses, key=lambda t: abs(t.i - root.i)):
        trig, _ = find_trigger(clause)
        if trig is not None and trig.i not in used and not habitual(clause):
            return True
    return False


def count_state(verb: "Token") -> bool:
    """A verb of state whose subject is a count: "the number of refugees was 253,000"."""
    return verb.lemma_.lower() in STAT_VERBS and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in COUNT_NOUNS for c in verb.children)
