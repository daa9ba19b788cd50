"""The date an election noun carries in a sentence that gives no dated record of the vote itself (issue 14,
round t-events51): "in the months leading up to the November 2010 election", "For the presidential election
in October, …", "met in a runoff election on December 29", "lost a vote of confidence and in June 2017 a snap
election". ``Elections.note`` (``verdicts.py``) kept only the year of such a sentence; the observers'
verdict that follows is dated by the election it judges at the precision the report gave it (settled
2026-12-06, "Statements, verdicts and cooperation"; round t-dates6).

A date mention dates the election noun (``episode_named``: election, referendum, runoff, poll) when, in the
parse, it modifies the noun ("the November 2010 election"), hangs on it through a preposition ("the
election in October"), or hangs through a preposition on the verb whose subject, object or prepositional
object the noun is ("met in a runoff election on December 29"). Not a noun under a preposition of reference
(``reference_point_preps``: "following a controversial March referendum", "since the 1994 election"): that
election is a reference point, not the one the paragraph tells; not a state ("as of").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...dates import DateMention
from ..lexicon import EPISODE_NAMED, REFERENCE_POINT_PREPS

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def _election(tok: "Token") -> bool:
    low = tok.lower_
    return tok.pos_ in ("NOUN", "PROPN") and (
        tok.lemma_.lower() in EPISODE_NAMED or low in EPISODE_NAMED or low.rstrip("s") in EPISODE_NAMED)


def _referenced(noun: "Token") -> bool:
    """The noun hangs on a preposition of reference ("following the March referendum")."""
    return any(a.dep_ == "prep" and a.lower_ in REFERENCE_POINT_PREPS for a in [noun.head, *noun.ancestors][:2])


def _named_by(verb: "Token") -> bool:
    """An election noun is the verb's subject or object, or the object of one of its prepositions (not one of
    reference): "met in a runoff election", "lost … a snap election", "the election took place"."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj", "conj") and _election(c):
            return True
        if c.dep_ == "prep" and c.lower_ not in REFERENCE_POINT_PREPS and any(
                g.dep_ == "pobj" and _election(g) for g in c.children):
            return True
    return False


def _dates_election(head: "Token") -> bool:
    gov = head.head
    if gov.i == head.i:
        return False
    if _election(gov):  # "the November 2010 election", "March legislative elections"
        return not _referenced(gov)
    if head.dep_ == "pobj" and gov.dep_ == "prep" and gov.lower_ not in REFERENCE_POINT_PREPS:
        host = gov.head
        if _election(host):  # "the presidential election in October"
            return not _referenced(host)
        if host.pos_ in ("VERB", "AUX"):  # "met in a runoff election on December 29"
            return _named_by(host)
    return False


def election_noun_date(sent: "SpacySpan", mentions: list[DateMention], base: int
                       ) -> tuple[str, str | None, str] | None:
    """``(date, date_end, precision)`` of the last month- or day-precise date mention of ``sent`` that dates
    an election noun, else None. ``mentions`` are offsets in the text; ``base`` the offset of ``sent``'s doc."""
    found = None
    for m in mentions:
        if not m.date or m.kind == "state" or m.precision not in ("month", "day"):
            continue
        toks = [t for t in sent if m.start <= base + t.idx < m.end]
        if not toks:
            continue
        inside = {t.i for t in toks}
        head = next((t for t in toks if t.head.i not in inside or t.head.i == t.i), None)
        if head is not None and _dates_election(head):
            found = (m.date, m.date_end, m.precision)
    return found
