"""Date expressions in report prose, as ISO dates anchored to the report year.

``find_dates(text, year)`` finds every date expression of a sentence and says what
kind of date it is:

=========  ==================================================================
kind       meaning
=========  ==================================================================
event      a date on which something happened: "On July 2", "In December
           2021", "late December", "in 2019", "in the spring"
span       a stretch of time: "January 5 through 8", "from September to
           November", "between March and May", "in 2019-20"
state      a date at which a state holds, not an event date: "as of October",
           "by year's end", "at year's end", "since March", "until June 3"
relative   a date given relative to the previous one: "the same day", "the
           following day", "two days later"; resolved against ``previous``
none       no specific date: "during the year" (the report year, precision
           year), "in recent years", "in previous years" (date ``None``)
=========  ==================================================================

Decisions (documented here because the gold follows them):

* A date without a year takes the report's year: "On July 2" in a 2022 report is
  ``2022-07-02``; "late December", "mid-June", "the end of March" are month precision.
* Seasons ("in the spring", "in the fall of 2021") are year precision: a season is not
  a month range (reports cover both hemispheres and rainy/dry seasons), and a month
  range would be false precision.
* "the January events", "the April 2003 killing": a date used as a modifier after a
  determiner or possessive is still a date (kind ``event``) but ``attributive`` is set;
  the event extractor decides from the noun it modifies whether it dates an occurrence
  ("the May 2012 elections") or only names one already dated ("the January events").
  "in November 20 snap elections" (no determiner) is a plain event date.
* Numbers that are not dates are not taken: "Article 174", "10,000 persons",
  "Law No. 2019-20", "2000 persons" (a bare year needs a preposition or determiner
  before it: "in 2019", "since 2019", "the 2019 law").
* "1998-99" / "2019-20" after a preposition or determiner is a span of years.
* Relative expressions need ``previous``; without it their ``date`` is ``None``.
  A count that hangs on a complement ("two weeks after he published the article", "a year
  after being elected", "two days after his arrest") is left unresolved (kind ``relative``,
  ``date`` ``None``) whatever ``previous`` is: the inner occurrence happened N units *before*
  the main clause, and which date is which only the parse says (``anchors.py`` dates it in
  the events pipeline). "two weeks after that", "two days before, …" and "two weeks later"
  count from ``previous``.
  Vague offsets ("several days later") keep the month of ``previous`` (precision month).
"""
from __future__ import annotations

import re

from .patterns import (ANCHORED_AFTER, ATTR_BEFORE, COUNTED_CLAUSE, CUES, FAST, FOR_BEFORE, LEGAL_BEFORE, NEEDS,
                            PAIR_BEFORE, PATTERNS, RELEASED_AFTER, RELEASED_BEFORE, STATE_BEFORE)
from .resolve import inherit_year, resolve
from .values import KINDS, MONTHS, NUM_WORDS, VAGUE, DateMention, day_of, days_apart

__all__ = ["KINDS", "MONTHS", "NUM_WORDS", "RELEASED_AFTER", "VAGUE", "DateMention", "find_dates", "parse_date"]


def parse_date(expr: str, year: int | None) -> tuple[str | None, str | None, str | None]:
    """``(date, date_end, precision)`` of one date expression, or ``(None, None, None)``.

    >>> parse_date("January 5 through 8", 2022)
    ('2022-01-05', '2022-01-08', 'day')
    >>> parse_date("late December", 2022)
    ('2022-12', None, 'month')
    """
    found = find_dates(expr, year)
    if not found:
        return None, None, None
    m = max(found, key=lambda d: d.end - d.start)
    return m.date, m.date_end, m.precision


def find_dates(text: str, year: int | None, *, previous: DateMention | None = None) -> list[DateMention]:
    """Every date expression in ``text`` (a sentence), in order, non-overlapping.

    ``year`` anchors dates without a year; ``previous`` (the last dated mention before
    ``text``) anchors relative ones; within ``text`` each relative date is resolved
    against the mention before it.
    """
    if not FAST.search(text):
        return []
    cues = {cue for cue, rx in CUES.items() if rx.search(text)}
    cands: list[tuple[int, int, str, re.Match[str]]] = []
    for name, rx in PATTERNS:
        if NEEDS[name].isdisjoint(cues):
            continue
        for m in rx.finditer(text):
            s, e = m.start(), m.end()
            if name in ("month", "year"):  # the context word is not part of the expression
                s = m.start("m1" if name == "month" else "y1" if m.group("y1") else "y2")
            if e > s:
                cands.append((s, e, name, m))
    cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    out: list[DateMention] = []
    last_end = -1
    prev = previous
    for s, e, name, m in cands:
        if s < last_end:
            continue
        # trim surrounding white space left by optional groups
        while e > s and text[e - 1].isspace():
            e -= 1
        while s < e and text[s].isspace():
            s += 1
        before = text[max(0, s - 24):s]
        if name in ("mdy", "dmy", "month_year", "month", "year", "range_year") and LEGAL_BEFORE.search(before):
            continue
        if name in ("range_year", "decade") and re.search(r"(?i:\bfor\s+(?:the\s+)?$)", before):
            continue  # "the agreement for 2021-23": a period of validity, not a date
        if name == "month" and m.group("m1") == "May" and re.search(r"(?i:\b(?:and|or|to|the)\s+$)", before):
            continue  # "... and May be ..." is a verb; "the May" only as a modifier
        if name == "pair_month" and not m.group("y2") and (not PAIR_BEFORE.search(before) or m.group(
                "m2") == "May" and re.match(r"\s+(?:be|have|not)\b", text[e:])):
            continue  # without a year only after a preposition; "in June and May be released": the verb
        g = {k: v for k, v in m.groupdict().items()}
        if name == "relative" and g.get("n") and FOR_BEFORE.search(before):
            continue
        if name == "relative" and g.get("after6") and not RELEASED_BEFORE.search(text[max(0, s - 60):s]):
            continue
        if name == "relative" and (g.get("dir") or g.get("dir5")) and ANCHORED_AFTER.match(text, e) or \
                name == "relative" and (g.get("dir") or "").lower() in ("after", "before") and \
                COUNTED_CLAUSE.match(text, e) or \
                name == "relative" and out and out[-1].kind in ("event", "span") and \
                re.fullmatch(r",\s*", text[out[-1].end:s]):
            # "two days after his arrest", "several months prior to his death", "On September 12, the
            # day after the election": relative to an occurrence named in the sentence (or an
            # apposition), not to the previous date. "two weeks after he published the article": the
            # count hangs on a clause; which way it counts, and from what, only the parse says
            # (``anchors.py``, the one place that dates it): unresolved here (issue 14, t-dates21)
            out.append(DateMention(s, e, text[s:e], None, None, None, "relative"))
            last_end = e
            continue
        date, date_end, precision, kind = resolve(name, g, year, prev)
        if kind in ("event", "span") and precision in ("day", "month") and not g.get("y1") and \
                not g.get("y2") and prev is not None and prev.date and year is not None:
            date, date_end = inherit_year(date, date_end, prev, year)
        if kind == "none" and date is None and name not in ("none",):
            continue  # a pattern that turned out not to be a date ("5-3 January")
        attributive = False
        if kind in ("event", "span") and STATE_BEFORE.search(before):
            kind = "state"
        elif kind == "event" and (ATTR_BEFORE.search(before) and name not in ("season",)
                                  or name == "year" and g.get("y2")):
            attributive = True  # ("a 2010 media law"; but "an August 11 report", "in a June 20 article")
        if name == "range_day" and g.get("and") and (g.get("pre") or "").lower() != "between" and date_end \
                and day_of(g["d2"]) - day_of(g["d1"]) > 1:
            # "on March 3 and 5": two dates, not a range
            d2s = m.start("d2")
            kind = "event" if kind == "span" else kind
            out.append(DateMention(s, m.end("d1"), text[s:m.end("d1")], date, None, "day", kind))
            s, date, date_end = d2s, date_end, None
        if name == "cross_day" and (g.get("pre") or "").lower() != "between" and date_end and precision == "day" \
                and re.search(r"\sand\s", text[m.end("d1"):m.start("m2")]) and days_apart(date, date_end) > 2:
            # "On January 21 and October 10, UN experts called on …": two dates, not a range
            kind = "event" if kind == "span" else kind
            out.append(DateMention(s, m.end("d1"), text[s:m.end("d1")], date, None, "day", kind))
            s, date, date_end = m.start("m2"), date_end, None
        if name == "range_year" and date_end and re.search(r"(?i)\brespectively\b", text[e:e + 80]):
            # "in 2015 and 2016, respectively": two dates of two occurrences
            out.append(DateMention(s, m.end("y1"), text[s:m.end("y1")], date, None, "year", "event"))
            s, date, date_end, kind = m.start("y2"), date_end, None, "event"
        if name == "pair_month" and date_end and re.search(r"(?i)\brespectively\b", text[e:e + 80]):
            # "in October and November 2021, respectively": two dates of two occurrences
            out.append(DateMention(s, m.end("m1"), text[s:m.end("m1")], date, None, "month", "event"))
            s, date, date_end, kind = m.start("m2"), date_end, None, "event"
        mention = DateMention(s, e, text[s:e], date, date_end, precision, kind, attributive)
        out.append(mention)
        last_end = e
        if mention.date and kind in ("event", "span", "relative") and not attributive:
            prev = mention
    return out
