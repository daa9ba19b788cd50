"""A clause dated by the report year's own phrase beside a dated clause (round t-events36, issue 14).

"One record per (sentence, date expression)" (docs/EVALUATION.md, annotation guidelines): "during the
year", "by year's end", "at year's end" and "through year's end" are date expressions of the report year
(the scan's mentions of kind ``none`` or ``state``). In a sentence whose other clause carries a date of
its own and gives a record ("In March 2015 the company suspended the union leader, but he was reinstated
during the year"; "Courts, which extended their reach in 1994, ceased to function during the year";
"In September the ministry announced that it organized training for 54 workers during the year"), the
clause that the year's phrase hangs on is a record of its own, of the report year (precision ``year``),
typed by its own trigger (else ``other``).

Only when that clause is not the one another date hangs on ("Throughout 2015 and during the year, villagers
fled": one clause), states a past occurrence (not a state: "remained unknown at year's end", "was pending
at year's end", "continued during the year"; not a habit, a question, a participle or relative clause
describing a noun: "adopted in 2000 but not implemented by year's end", "which received 212 complaints
during the year"; a count: "received 212 complaints during the year"), and is not negated: the dev gold reads negated clauses of this shape both ways (the
round's census). "There were 303 attacks during the year" is the record of its counted trigger noun.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..clause.polarity import event_polarity
from ..clause.tense import habitual, in_question, past, under_habit
from ..lexicon import YEAR_PHRASE_STATE_VERBS
from ..types.triggers import is_verb, trigger_type
from .attach import Produced, date_root

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from ...dates import DateMention

_DESCRIBING = ("acl", "amod", "relcl")


def _verb_of(sent: "SpacySpan", m: "DateMention", base: int) -> "Token | None":
    """The verb the mention hangs on: the nearest verb above its top token, through the "to"-infinitive a
    verb governs ("ceased to function during the year" → "ceased")."""
    cur = date_root(sent, m.start - base, m.end - base)
    if cur is None:
        return None
    for _ in range(8):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if is_verb(cur) or cur.pos_ == "AUX":
            break
    if not (is_verb(cur) or cur.pos_ == "AUX"):
        return None
    while cur.dep_ == "xcomp" and is_verb(cur.head):
        cur = cur.head
    return cur


def _trigger(verb: "Token") -> tuple["Token", str] | None:
    """The clause's trigger and type: the verb's own, else a trigger noun it takes as object, subject of a
    passive or "there were" attribute; None for a state."""
    lemma = verb.lemma_.lower()
    expl = any(c.dep_ == "expl" for c in verb.children)
    if expl and lemma == "be":  # "there were 303 attacks against journalists during the year"
        attr = next((c for c in verb.children if c.dep_ in ("attr", "nsubj")), None)
        typed = trigger_type(attr) if attr is not None else None
        return (attr, typed) if attr is not None and typed is not None else None
    if lemma in YEAR_PHRASE_STATE_VERBS or verb.pos_ == "AUX":
        return None
    if (typed := trigger_type(verb)) is not None:
        return verb, typed
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass") and (typed := trigger_type(c)) is not None:
            return c, typed
    return verb, "other"


def year_phrase_records(sent: "SpacySpan", mentions: list["DateMention"], produced: list[Produced], base: int,
                        year: int) -> list[Produced]:
    """The records of the report year that the year's own phrase dates beside the sentence's dated records
    (``produced``): one per clause, as the module's docstring says; none when a record of the year is
    already there."""
    if not produced or any(d == str(year) for _, _, d, _, _ in produced):
        return []
    phrases = [m for m in mentions if m.kind in ("none", "state") and m.date and m.date[:4] == str(year)
               and "year" in m.text.lower()]
    others = [m for m in mentions if m.date and m.kind == "event"]
    if not phrases or not others:
        return []
    other_verbs = {v.i for m in others if (v := _verb_of(sent, m, base)) is not None}
    dated = {t.i for t, _, _, _, _ in produced if t is not None}
    out: list[Produced] = []
    for m in phrases:
        verb = _verb_of(sent, m, base)
        if verb is None or verb.i in other_verbs or verb.dep_ in _DESCRIBING:
            continue
        if not past(verb) or habitual(verb) or under_habit(verb) or in_question(verb):
            continue
        found = _trigger(verb)
        if found is None or found[0].i in dated or any(p[0] is not None and p[0].i == found[0].i for p in out):
            continue
        if event_polarity(found[0], sent) == "negated":
            continue
        if found[1] == "other" and any(c.dep_ == "dobj" and any(k.dep_ == "nummod" or k.like_num for k in c.children)
                                       for c in verb.children):
            continue  # "which received 212 complaints during the year": a count of the year, no occurrence
        out.append((found[0], found[1], str(year), None, "year"))
    return out
