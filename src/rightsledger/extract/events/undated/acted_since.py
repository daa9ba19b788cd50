"""An act running since a date, the date after the act's own verb: "16 associations were dissolved by
court decisions since 2011", "Some 9,000 applicants have received citizenship since 2006", "Since 2010
the government has released 47 political prisoners". The settlement "An occurrence or negation running
'since' a date takes that date" (docs/EVALUATION.md, "One record per date; counts to a date or over a
period") makes it an event of the "since" date, typed by the verb; ``negated_since.py`` reads the
negated side, ``dating/asof.detained_since`` a detention held since a date, and ``asof.since_frame``
dates an undated occurrence by "Since <date>" opening the sentence, which a present perfect ("has
released") never is (round t-events60).

Only a "since" that hangs on a trigger verb told as done: the simple past, the past or present perfect,
or the passive; not negated, modal or habitual, not a state verb (``state_verbs``; but "had granted
refugee status to 68,000 persons since 1981", ``granting_verbs``), not "the first elections since 1992"
(what is counted since the date is the object's rank, ``acted_since_ranks``, not the act).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...dates import DateMention
from ..dating.asof import since_dates
from ..dating.attach import Produced
from ..lexicon import ACTED_SINCE_RANKS, GRANTING_VERBS, MODALS, STATE_VERBS
from .negsteps import negated_by_word
from ..clause.tense import habitual
from ..types.triggers import is_verb, trigger_lemma, trigger_type

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def with_acts_since(produced: list[Produced], sent: "SpacySpan", mentions: list[DateMention], text: str,
                    base: int, year: int) -> list[Produced]:
    """``produced`` with the acts done since a date (``acted_since``) that no record of that date holds; an
    act's own record of the report year is re-dated, a record under another date of its own stays ("In
    December 2017 the authority resumed issuance of licenses, which had been suspended since 2015": two)."""
    for act, type_, m in acted_since(sent, mentions, text, base):
        if not any(d == m.date for _, _, d, _, _ in produced):
            produced = [p for p in produced if p[0] is None or p[0].i != act.i or p[2] != str(year)]
            produced.append((act, type_, m.date, m.date_end, m.precision or "year"))
    return produced


def acted_since(sent: "SpacySpan", mentions: list[DateMention], text: str, base: int
                ) -> list[tuple["Token", str, DateMention]]:
    """The acts of ``sent`` done since one of its dates (``mentions`` in ``text``'s offsets, the
    paragraph starting at ``base``): each (the verb, its type, the "since" date)."""
    out = []
    for m, _root, since in since_dates(sent, mentions, text, base):
        if since is None or since.dep_ != "prep" or not is_verb(since.head):
            continue
        type_ = trigger_type(since.head)
        if type_ and done_act(since.head):
            out.append((since.head, type_, m))
    return out


def done_act(verb: "Token") -> bool:
    """``verb`` tells an act as done: "were dissolved", "have received", "had granted", "dismissed"; not
    "did not renew" (negated), "could be released", "often detained", "remained", "held the first
    elections since …"."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    perfect = verb.tag_ == "VBN" and any(c.lower_ in ("had", "has", "have") for c in auxes)
    passive = verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in auxes)
    if not (verb.tag_ == "VBD" or perfect or passive) or any(c.lower_ in MODALS for c in auxes):
        return False
    lemma = trigger_lemma(verb)
    if lemma in STATE_VERBS and lemma not in GRANTING_VERBS or negated_by_word(verb) or habitual(verb):
        return False
    return not any(k.lower_ in ACTED_SINCE_RANKS or k.tag_ == "JJS" or k.ent_type_ == "ORDINAL"
                   for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")
                   for k in c.children)
