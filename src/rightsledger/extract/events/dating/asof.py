"""Counts to an as-of date, and occurrences running since a date.

Counts to an as-of date: "As of October, soldiers had killed 11 civilians", "As of September, 12
cases resulted in convictions" tell occurrences of the year up to that date — an event of the year
(docs/EVALUATION.md, "One record per date; counts to a date or over a period", settled 2026-12-06),
where "As of October, 300 persons were in pretrial detention" or "remained in detention" tells a state
at that date (no event), and a count of complaints received is figures only (no trigger).

An occurrence or a negation framed by "Since <date>" opening the sentence ("Since June 2020 the prison
service had not let the ombudsman in", "Since late 2022, seven outlets were raided") takes that date
(the same settlement), not the report year: ``since_frame``. So does a detention running since that
date ("Since July 2023 the journalist remained in pretrial detention": a ``detention_or_arrest`` of July
2023, settled 2026-12-08), where "remained in detention" without the date is a state: ``detained_since``.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from ...dates import DateMention
from .attach import date_anchor, date_root
from ..lexicon import ASOF_CUMULATIVE_VERBS, STATE_VERBS
from ..types.triggers import is_verb, trigger_lemma

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def act_to_date(tok: "Token") -> bool:
    """The trigger ``tok`` is told as acts done up to the date: the verb of its clause (``tok`` itself
    or the verb it hangs on) is an act in the simple past or the past perfect ("had killed", "had been
    detained", "resulted in convictions"), not a state verb ("were", "remained") nor a tally over the
    years (``asof_cumulative_verbs``)."""
    verb = tok if is_verb(tok) else next((a for a in tok.ancestors if is_verb(a)), None)
    if verb is None or verb.dep_ in ("relcl", "acl"):
        return False  # ("As of May the office had one attorney, who also prosecuted some cases")
    if trigger_lemma(verb) in STATE_VERBS or trigger_lemma(verb) in ASOF_CUMULATIVE_VERBS:
        return False  # (a state, or a tally over the years: "As of May, 20 of the 36 states had adopted the act")
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in verb.children)


_BY_YEAR_END = re.compile(r"(?i)^by\s+(?:the\s+)?(?:year['’]?s[\s-]+end|end\s+of\s+the\s+year|year[\s-]end)$")


def done_by_year_end(tok: "Token", mentions: list[DateMention]) -> bool:
    """The trigger ``tok`` is an act completed by the year's end: "By year's end, all detainees had been
    released", "She was released by year's end", "By year's end 30 soldiers were arrested and charged".
    A state date ("by year's end") on an act in the past (``act_to_date``, or the simple past passive)
    tells that the act was done in the year, as a count to an as-of date does (round t-events13; 5 dev
    records in 3 reports read so); a state verb ("remained pending by year's end") stays a state, and a
    negated act ("by year's end no guard had been charged") is the negated step it already was."""
    if not any(m.kind == "state" and _BY_YEAR_END.match(m.text.strip()) for m in mentions):
        return False
    if act_to_date(tok):
        return True
    verb = tok if is_verb(tok) else next((a for a in tok.ancestors if is_verb(a)), None)
    return verb is not None and verb.dep_ not in ("relcl", "acl") and verb.tag_ == "VBN" and \
        trigger_lemma(verb) not in STATE_VERBS and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)


_SINCE_OPENING = re.compile(r"(?i)^\W*since\s+(?:(?:early|late|mid)[-\s]+)?(?:the\s+)?$")


def since_frame(sent_text: str, mentions: list[DateMention], s_start: int) -> DateMention | None:
    """The date of "Since <date>" opening the sentence (``mentions`` shifted by ``s_start``), else None;
    not "in power since 1979" inside a clause."""
    return next((m for m in mentions if m.kind == "state" and m.date and m.start >= s_start
                 and _SINCE_OPENING.match(sent_text[:m.start - s_start])), None)


_HELD_VERBS = frozenset({"remain", "stay"})
_HELD_PLACES = frozenset({"detention", "custody", "prison", "jail", "confinement"})
_DETAIN_VERBS = frozenset({"detain", "hold", "imprison", "jail", "incarcerate", "intern"})
_SINCE_BEFORE = re.compile(r"(?i)\bsince\s+(?:(?:early|late|mid)[-\s]+)?(?:the\s+)?$")


def since_dates(sent: "SpacySpan", mentions: list[DateMention], text: str, base: int
                ) -> "Iterator[tuple[DateMention, Token, Token | None]]":
    """The dates of ``sent`` written after "since" ("since 2017", "since early 2014"; ``mentions`` in
    ``text``'s offsets, the paragraph starting at ``base``): each (the date, the token the parse hangs it
    on, the word "since" before it, or None where the parser did not keep it). Shared by the detentions
    and the negations a "since" dates (``detained_since``, ``negated_since.negated_since``)."""
    for m in mentions:
        if m.kind != "state" or not m.date or not _SINCE_BEFORE.search(text[max(0, m.start - 24):m.start]):
            continue
        root = date_root(sent, m.start - base, m.end - base)
        if root is None:
            continue
        yield m, root, next((t for t in reversed(sent) if t.lower_ == "since" and t.i < root.i), None)


def _held(tok: "Token") -> bool:
    """``tok`` tells that someone was held: "detained", "held (without charge)" in the passive or as a
    participle (not "held power"), "remained / stayed in detention", "(in) detention"; not negated."""
    if any(c.dep_ == "neg" for c in tok.children):
        return False
    lemma = trigger_lemma(tok)
    if is_verb(tok) and lemma in _DETAIN_VERBS:
        passive = any(c.dep_ == "auxpass" for c in tok.children) or tok.tag_ == "VBN" and tok.dep_ in ("acl", "relcl")
        return passive and not any(c.dep_ == "dobj" for c in tok.children)
    if lemma in _HELD_VERBS:
        return any(o.lemma_.lower() in _HELD_PLACES for c in tok.children if c.dep_ == "prep"
                   and c.lower_ in ("in", "under") for o in c.children if o.dep_ == "pobj")
    return tok.pos_ == "NOUN" and lemma in _HELD_PLACES and tok.head.lower_ in ("in", "under")


def detained_since(sent: "SpacySpan", mentions: list[DateMention], text: str, base: int
                   ) -> list[tuple["Token", DateMention]]:
    """The detentions the sentence dates by "since <date>" (``mentions`` in ``text``'s offsets, the
    paragraph starting at ``base``): each (the word that tells the holding, the date)."""
    out = []
    for m, root, since in since_dates(sent, mentions, text, base):
        # the word "since" hangs on, where the parser took the year for a subject ("who had been detained
        # since 2017 were cleared": "2017" the subject of "cleared")
        held = next((t for t in (date_anchor(root), since.head if since is not None else None)
                     if t is not None and _held(t)), None)
        if held is not None:
            out.append((held, m))
    return out


_THROUGH = re.compile(r"(?i)\bthrough\s+$")
_FROM = re.compile(r"(?i)\b(?:from|between|since)\b")


def counted_through(sent_text: str, mentions: list[DateMention], s_start: int) -> set[str]:
    """The dates that only end a count: "reported 13 strikes through September", "no strikes through
    November" (a month or day after a bare "through", no "from" or "between" before it in the sentence).
    A count to a date is an event of the year (the as-of settlement), not of that month. Round t-events10:
    five dev reports (2016 Malawi, 2019 Ecuador, 2019 Suriname, 2023 Timor-Leste, 2024 Jordan)."""
    out: set[str] = set()
    for m in mentions:
        before = sent_text[:m.start - s_start]
        if m.date and m.kind == "event" and m.precision in ("month", "day") and _THROUGH.search(before) \
                and not _FROM.search(before):
            out.add(m.date)
    return out
