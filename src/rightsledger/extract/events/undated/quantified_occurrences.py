"""Occurrences told by an existential under a quantifier word: "There were several attacks against
journalists", "There were a number of attacks with explosives during the year", "There were numerous
clashes between the two militias".

``counted_occurrences.py`` reads "There were N <occurrences>" only with a cardinal; the same clause with a
quantifier word in place of the number (``occurrence_quantifiers``: several, numerous, multiple, many, "a
number of") tells occurrences of the year just as specifically, and the guidelines record "There were no
such incidents during the year" as a negated event of the year, its positive counterpart as an event.
Round t-events25, the misses of dev 2001 Somalia (2), 2016 Malawi, 2020 Senegal (a noun outside the
trigger table there, not reached). Not a negated verb ("many incidents of torture were not reported": what
went unrecorded, no occurrence told; the full run's one false record on dev 2001 Somalia before this check).

Same parse as the counted rule (``counted_occurrences.placed``: the attribute of a past existential "there
be", or the subject of a past passive of recording; not under a habit; no date of another year, no
statistic), the noun one of the occurrence lists (``counted_occurrences.occurrence_of``: "restrictions",
"irregularities", "problems" are none, so states stay no event). Not a noun that points to an instance
told after it ("There were numerous abuses like the following example": ``forward_pointers``), which is
where the gold puts the record. "some" is no quantifier here ("There were some restrictions …", a state).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...annotate import span_text
from ...lexicons import words
from .counted_occurrences import occurrence_of, placed
from ..dating.dated_statistics import STATISTIC

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from ...dates import DateMention

QUANTIFIERS = words("events", "occurrence_quantifiers")
FORWARD_POINTERS = words("events", "forward_pointers")


def quantified(noun: "Token") -> "Token | None":
    """The occurrence noun a quantifier word counts: ``noun`` itself ("several attacks"), or the object of
    "a number of" ("a number of attacks"); None without a quantifier word."""
    if noun.lemma_.lower() == "number" and any(c.dep_ == "det" and c.lower_ == "a" for c in noun.children):
        return next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"), None)
    if any(c.dep_ in ("amod", "det") and c.lower_ in QUANTIFIERS for c in noun.children):
        return noun
    return None


def quantified_occurrence(sent: "SpacySpan", mentions: "list[DateMention]", year: int) -> tuple["Token", str] | None:
    """(trigger, type) of the first occurrence ``sent`` states under a quantifier word for the report year,
    or None."""
    if any(m.date and not m.date.startswith(str(year)) for m in mentions) or STATISTIC.search(span_text(sent)):
        return None
    for noun in (t for t in sent if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("attr", "nsubjpass")):
        target = quantified(noun) if placed(noun) and not any(c.dep_ == "neg" for c in noun.head.children) else None
        if target is None or any(t.lower_ in FORWARD_POINTERS for t in noun.subtree):
            continue
        if (found := occurrence_of(target)) is not None:
            return found
    return None
