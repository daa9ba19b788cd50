"""Occurrences recorded by a past passive, without a count or a quantifier (round t-events27, issue 14):
"Gender-based violence and other criminal activities were reported in the camp", "Retaliation incidents were
reported in different regions", "Widespread allegations of torture and abuse in police custody were
reported".

``counted_occurrences.py`` and ``quantified_occurrences.py`` read the subject of a past recording passive
("76 abuses were recorded", "several attacks were reported") only with a cardinal or a quantifier word; the
same clause with a bare or adjective-modified occurrence noun tells the occurrences of the year as
specifically, and the dev gold reads it so in 3 reports (2016 Malawi, 2023 Somalia, Kazakhstan 2022) against
none. Only the main clause ("when cases were reported, police …" is a practice), no complement of the
passive ("Sexual harassment was reported to be widespread": a state), not negated ("no cases were reported"
is the negation rules'), no date of another year, no statistic. The noun is an occurrence noun
(``counted_occurrences.occurrence_of``), or holds one after "of" (an allegation, a report:
``recorded_holder_nouns``). Its type is the occurrence's.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...annotate import span_text
from ...lexicons import words
from .counted_occurrences import occurrence_of, placed
from ..dating.dated_statistics import STATISTIC
from ..lexicon import HEARSAY_NOUNS
from .quantified_occurrences import quantified
from ..types.triggers import trigger_type

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from ...dates import DateMention

HOLDER_NOUNS = words("events", "recorded_holder_nouns")


def recorded_occurrence(sent: "SpacySpan", mentions: "list[DateMention]", year: int) -> tuple["Token", str] | None:
    """(trigger, type) of an occurrence the sentence's root records by a past passive, or None."""
    root = sent.root
    if any(m.date and not m.date.startswith(str(year)) for m in mentions) or STATISTIC.search(span_text(sent)):
        return None
    if any(c.dep_ in ("neg", "xcomp", "ccomp", "mark") for c in root.children):
        return None
    noun = next((c for c in root.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"), None)
    if noun is None or not placed(noun) or quantified(noun) is not None or any(
            c.dep_ in ("nummod", "det", "quantmod") and c.lower_ not in ("the",) or c.like_num for c in noun.children):
        return None  # (counted, quantified, "no cases", "some discrimination": the other rules, or none)
    if (type_ := _occurrence_type(noun)) is not None:
        return noun, type_
    if (found := occurrence_of(noun)) is not None:
        return found  # "cases of torture were reported"
    if noun.lemma_.lower() in HOLDER_NOUNS:  # "allegations of torture … were reported"
        return next(((o, ty) for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj" and (ty := _occurrence_type(o))), None)
    return None


def _occurrence_type(noun: "Token") -> str | None:
    """The type of an occurrence noun ("violence", "torture"), else None: a trigger noun that names no law
    or publication, or an occurrence noun outside the trigger table (``hearsay_nouns``, as "NGOs reported
    violence against journalists" reads it; ``occurrence_of`` reads the occurrence nouns only)."""
    type_ = (trigger_type(noun) or HEARSAY_NOUNS.get(noun.lemma_.lower())) if noun.pos_ == "NOUN" else None
    return type_ if type_ not in (None, "law_or_decree", "report_published") else None
