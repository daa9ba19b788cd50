"""What "N days after …" counts from, read from the parse (issue 14, t-dates20).

``find_dates`` reads text only: it leaves a count that hangs on a complement ("three weeks after she
created a post", "two weeks after the elections") unresolved, since only the parse says which way it
counts and from what; this module is the one place that dates it (t-dates21: before, ``find_dates``
counted "three weeks after <clause>" forward from the previous date, and its text-only callers, the
web highlights and ``event_terms``, saw that date). The parse says:

* "On February 5, authorities secured her extradition, three weeks after she created a post": the
  count hangs on a clause ("after" is its ``mark``); the sentence's other date (February 5) dates
  the main clause, and the clause inside "after" happened three weeks *before* it. The mention,
  which the events stage attaches to the inner clause's verb, takes the main date minus three weeks
  (plus for "before": "two days before he was arrested").
* "Two weeks after the March 3 elections, police arrested …": the count hangs on a noun phrase
  ("after" is a ``prep``) that carries a date of its own; the main clause takes that date plus two
  weeks (minus for "before" and "prior to"). A bare noun with no date ("delayed the inauguration
  until three months after elections", the elections dated a sentence before) counts from the
  previous date, as ``find_dates`` did before t-dates21; a noun with a determiner or possessive
  ("two days after his arrest") stays undated, as ``find_dates`` always left it.

Anything else (no date in the sentence outside the inner clause, no date inside the noun phrase)
stays undated, as ``find_dates`` left it. The arithmetic is ``relative.count_from``.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .relative import count_from, count_words
from .values import DateMention

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

# "three weeks after", "several days before", "one month prior": a count, a unit, a direction
_COUNT = re.compile(r"(?i)^(?P<n>\d+|[a-z]+(?:\s+few)?)\s+(?P<unit>day|week|month|year)s?\s+"
                    r"(?P<dir>after|before|prior)$")


def _count(text: str) -> tuple[int, str, int] | None:
    """``(n, unit, sign)`` of a relative mention of the counted shape; ``n`` -1 for a vague count."""
    m = _COUNT.match(text.strip())
    if m is None:
        return None
    n = count_words(m.group("n"), 0)
    if n == 0:
        return None
    return n, m.group("unit").lower(), (1 if m.group("dir").lower() == "after" else -1)


def _span(tok: "Token", base: int) -> tuple[int, int]:
    """Absolute character range of ``tok``'s subtree."""
    sub = list(tok.subtree)
    return base + sub[0].idx, base + sub[-1].idx + len(sub[-1])


def _dated(m: DateMention) -> bool:
    return m.kind in ("event", "span") and m.date is not None


def _before(mentions: list[DateMention], m: DateMention, previous: DateMention | None) -> DateMention | None:
    """The last dated, non-attributive mention before ``m`` in its sentence, else ``previous``: what
    ``find_dates`` counts "two weeks later" from."""
    return next((d for d in reversed(mentions) if d.end <= m.start and d.date and not d.attributive
                 and d.kind in ("event", "span", "relative")), previous)


def anchor_counts(sent: "SpacySpan", mentions: list[DateMention], base: int,
                  previous: DateMention | None = None) -> list[DateMention]:
    """``mentions`` (absolute offsets, of one sentence) with every "N units after/before X" counted
    the way the parse says (module docstring); ``base`` is the offset of the sentence's doc,
    ``previous`` the date the sentences before left (as given to ``find_dates``)."""
    out = list(mentions)
    for k, m in enumerate(mentions):
        if m.kind != "relative" or (count := _count(m.text)) is None:
            continue
        n, unit, sign = count
        toks = [t for t in sent if base + t.idx >= m.start and base + t.idx + len(t) <= m.end]
        word = next((t for t in toks if t.lower_ in ("after", "before", "prior")), None)
        if word is None:
            continue
        clause = word.head if word.dep_ == "mark" and word.head.pos_ in ("VERB", "AUX") and \
            word.head.i > word.i else next((c for c in word.children if c.dep_ == "pcomp" and
                                            c.pos_ in ("VERB", "AUX")), None)  # "a year after being elected"
        if clause is not None:
            # the count hangs on a clause: the main clause's date is the sentence's date outside it
            lo, hi = _span(clause, base)
            lo = min(lo, m.start)
            main = [d for d in mentions if d is not m and _dated(d) and not d.attributive
                    and not (lo <= d.start < hi)]
            if not main:
                continue
            d = min(main, key=lambda d: abs(d.start - m.start))
            date, date_end, precision, _ = count_from(d, n, unit, -sign)
        else:
            # the count hangs on a noun phrase: its own date, if it carries one
            prep = word if word.dep_ == "prep" else next(
                (c for c in word.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            objs = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")] if prep is not None else []
            if not objs:
                continue
            lo, hi = _span(objs[0], base)
            inner = [d for d in mentions if _dated(d) and lo <= d.start < hi]
            if inner:
                date, date_end, precision, _ = count_from(inner[0], n, unit, sign)
            elif not any(c.dep_ in ("det", "poss") for c in objs[0].children):
                # a bare noun ("until three months after elections"): the occurrence the narrative
                # just dated; the main clause is N after the previous date
                date, date_end, precision, _ = count_from(_before(out, m, previous), n, unit, sign)
            else:
                continue  # "two days after his arrest": an occurrence of its own, undated here
        if date is not None:
            out[k] = replace(m, date=date, date_end=date_end, precision=precision)
    return out
