"""A counted occurrence told without an actor's verb: "There were 14 deaths in the central prison",
"There was one conviction for domestic violence during the first six months of the year", "In the
first half of the year, 76 attacks on journalists were recorded".

The annotation guidelines make a count of occurrences of the report year an event of that year (a
count "up to an as-of date" too, settled 2026-12-06), but ``occurrences._reported_noun`` reads a
trigger noun as an occurrence only as the object of a reporting or outcome verb ("The UN reported 13
deaths") or as the subject of a verb of happening: the existential "There were N <occurrences>" and
the passive of a recording verb ("N cases of abuse were registered") made nothing. Round t-events22,
pooled misses of the eighteen unread mini-gold reports (2017 San Marino, 2018 Cabo Verde, 2024 Turkey)
and dev 2017 Togo and 2017 Tunisia.

Only an occurrence noun (``OCCURRENCE_NOUNS``, or a case noun whose "of"/"for" names one: "three
cases of forced labor") counted by a cardinal, as the attribute of a past "there be" or the subject of
a past passive of ``counted_recording_verbs``: persons and things counted ("There were 30 registered
trade unions", "5,000 refugees") have no trigger type and stay no event; a sentence dated to another
year ("in 2013 there were 229 …") is a statistic of that year (``dated_statistics.py``), left alone.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...annotate import span_text
from ...lexicons import words
from ..dating.dated_statistics import STATISTIC
from ..lexicon import OCCURRENCE_NOUNS, REPORTED_CASE_NOUNS
from ..clause.tense import habitual, past
from ..types.triggers import trigger_type

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from ...dates import DateMention

RECORDING_VERBS = words("events", "counted_recording_verbs")


def _counted(noun: "Token") -> bool:
    """``noun`` carries a cardinal ("14 deaths", "one conviction"; also on the first word of a compound the
    parser hangs it on: "76 press freedom abuses"), not "no" or a share."""
    return any(k.dep_ == "nummod" and k.like_num for left in noun.lefts for k in left.subtree)


def occurrence_of(noun: "Token") -> tuple["Token", str] | None:
    """(the trigger, its type) of a counted noun: the noun itself, or what a case noun is "of"."""
    lemma = noun.lemma_.lower()
    if lemma in OCCURRENCE_NOUNS and (type_ := trigger_type(noun)) is not None:
        return noun, type_
    if lemma in REPORTED_CASE_NOUNS:
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "for")):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                if obj.lemma_.lower() in OCCURRENCE_NOUNS and (type_ := trigger_type(obj)) is not None:
                    return obj, type_
    return None


def placed(noun: "Token") -> bool:
    """``noun`` is the attribute of a past existential "there be" or the subject of a past passive
    recording verb, not under a habit."""
    verb = noun.head
    if verb.i == noun.i or not past(verb) or habitual(verb):
        return False
    if noun.dep_ == "attr" and verb.lemma_.lower() == "be":
        return any(c.dep_ == "expl" for c in verb.children)
    return noun.dep_ == "nsubjpass" and verb.lemma_.lower() in RECORDING_VERBS


def counted_occurrence(sent: "SpacySpan", mentions: "list[DateMention]", year: int) -> tuple["Token", str] | None:
    """(trigger, type) of the first counted occurrence ``sent`` states for the report year, or None."""
    if any(m.date and not m.date.startswith(str(year)) for m in mentions) or STATISTIC.search(span_text(sent)):
        return None
    for noun in (t for t in sent if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("attr", "nsubjpass")):
        if _counted(noun) and placed(noun) and (found := occurrence_of(noun)) is not None:
            return found
    return None
