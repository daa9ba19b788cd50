"""The quantities of a legal rule, read from :func:`numbers.find_numbers` and reshaped
where a rule states them differently from a figure (docs/EVALUATION.md, "Provisions"):

- a count glued to a time unit is a duration ("72-working-hour advance notification" →
  72 hours, "a 48-hour rest period" is already one);
- a frequency glued to a period is a count per period ("twice-yearly visits" → 2, unit
  "visits per year");
- a range whose two ends have different units ("six months to two years") is one
  quantity valued at its lower bound, its text the whole range;
- clock times ("between 9:00 p.m. and 6:00 a.m.", "before 10:00 a.m.") are one quantity of
  kind ``clock`` with no value: a time of day is not a number of anything;
- "within a week", "for up to a year": one unit of time after a limit;
- "within 48 hours, renewable once": a count of renewals (unit ``renewals``);
- premium pay rates of overtime ("time and a half", "double-time"): a count of unit ``times``
  (``pay_rates``), a rule by itself wherever it is said.

``bench_counts`` finds the size of a court's bench ("panels of three judges", "a single
judge heard all cases", "composed of the president and four other judges"): how many
judges sit is a rule of the court's composition (a requirement), not a count of facts.
"""
from __future__ import annotations

import re
from copy import copy
from dataclasses import replace
from functools import lru_cache

from ..lexicons import alternation, lexicon
from ..numbers import NumberMention, find_numbers

_L = lexicon("provisions")
_JUDGES = alternation(_L["bench_nouns"])
BENCH_NOUN = re.compile(rf"\b{_JUDGES}\b", re.I)
BENCH_FRAME = re.compile(rf"\b{alternation(_L['bench_frames'])}\b", re.I)
BENCH_AFTER = re.compile(rf"^(?:\s+|-)(?:{alternation(_L['bench_modifiers'])}\s+){{0,2}}{_JUDGES}\b", re.I)  # "three-judge panels"
SINGLE = re.compile(rf"\b(?P<q>(?:an?\s+)?single)\s+{_JUDGES}\b", re.I)

TIME_UNITS = {"hour": "hours", "day": "days", "week": "weeks", "month": "months", "year": "years",
              "minute": "minutes"}
GLUED_UNIT = re.compile(r"-(?:[a-z]+-)?(?P<unit>hour|day|week|month|year|minute)s?\b", re.I)
PERIODIC = re.compile(r"-(?P<period>yearly|annual|annually|monthly|weekly|daily)\s+(?P<noun>[a-z]+)\b", re.I)
PERIOD = {"yearly": "year", "annual": "year", "annually": "year", "monthly": "month",
          "weekly": "week", "daily": "day"}
RANGE_JOIN = re.compile(r"^['’]?\s+(?:to|and)\s+$", re.I)
_CLOCK = r"\d{1,2}(?:[:.]\d\d)?(?:\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock))?"
CLOCK = re.compile(rf"\b(?:between|from|before|after|until|till)\s+{_CLOCK}"
                   rf"(?:\s+(?:and|to|until|till)\s+{_CLOCK})?", re.I)
# "within a week", "for up to a year", "within the first hour of arrest": one unit of time after a limit
A_UNIT = re.compile(r"\b(?:(?:within|up\s+to|no\s+more\s+than|not\s+(?:to\s+)?exceed(?:ing)?|maximum\s+of|"
                    r"no\s+later\s+than|no\s+longer\s+than|more\s+than|longer\s+than)\s+(?=an?\s)|"
                    r"within\s+the\s+first\s+(?=(?:hour|day|week|month|year)\b))"
                    r"(?P<a>(?:an?\s+)?(?P<unit>hour|day|week|month|year))\b", re.I)
# "within 48 hours, renewable once": how many times a legal time limit may be renewed, a
# second time_limit (docs/EVALUATION.md); not a term of office ("five-year term, renewable once")
RENEWALS = re.compile(r"\b(?:hours?|days?|weeks?|months?)\b[^.;]{0,30}?\b(?P<q>(?:renewable|extendable)\s+(?:only\s+)?"
                      r"(?P<n>once|twice))\b", re.I)
DATED = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|"
                   r"November|December|(?:19|20)\d\d|during\s+the\s+year|this\s+year|last\s+year|"
                   r"year['’]s\s+end|recently|later)\b")
_RATES = _L["pay_rates"]
PAY_MULTIPLE = re.compile(rf"\b(?P<n>{alternation(_L['pay_multiples'])}|\d+(?:\.\d+)?\s+times)\s+"
                          r"(?:the|their|his|her|its|an?)\s+(?:[\w’'-]+\s+){0,3}?"
                          rf"{alternation(_L['pay_nouns'])}\b", re.I)  # "twice the basic salary"
PENALTY_BEFORE = re.compile(r"\b(?:fine[sd]?|penalt(?:y|ies)|punish\w*|sanctions?)\b", re.I)  # "fines of 10 to 50 times …"
PREMIUM_BEFORE = re.compile(r"\bpremium\s+(?:pay\s+)?of\s+(?:up\s+to\s+|at\s+least\s+)?$", re.I)
PREMIUM_AFTER = re.compile(r"[- ](?:overtime\s+)?premium\b", re.I)  # "a 50 percent overtime premium"
PAY_RATE = re.compile(r"\b(?:{})\b".format("|".join(r"[- ]".join(k.split()) for k in _RATES)), re.I)
MERIDIEM = re.compile(r"a\.m\.|p\.m\.|\bam\b|\bpm\b|o['’]clock", re.I)


def rule_numbers(sentence: str) -> list[NumberMention]:
    """The number mentions of ``sentence`` as a rule reads them (offsets in ``sentence``).

    Five readers of provisions ask for one sentence's (shares, quorums, ages, standing limits, the
    rule's own): they are read once per sentence (:func:`_rule_read`), and each call gets mentions of
    its own (copies), since callers tell mentions apart by identity (``changes.replaced``; t-speed1)."""
    return [copy(m) for m in _rule_read(sentence)]


@lru_cache(maxsize=256)
def _rule_read(sentence: str) -> tuple[NumberMention, ...]:
    """:func:`rule_numbers`'s mentions of ``sentence``, shared (never handed out: callers get copies)."""
    out: list[NumberMention] = []
    for m in find_numbers(sentence):
        after = sentence[m.num_end:m.num_end + 40]
        if m.kind == "count" and (g := GLUED_UNIT.match(after)):
            m = replace(m, kind="duration", unit=TIME_UNITS[g.group("unit").lower()],
                        end=m.num_end + g.end(), text=sentence[m.start:m.num_end + g.end()])
        elif m.kind == "count" and (p := PERIODIC.match(after)):
            end = m.num_end + p.end()
            m = replace(m, unit=f"{p.group('noun').lower()} per {PERIOD[p.group('period').lower()]}",
                        end=end, text=sentence[m.start:end])
        if out and m.kind == "duration" and out[-1].kind == "duration" and out[-1].unit != m.unit \
                and m.value_end is None and out[-1].value_end is None \
                and RANGE_JOIN.match(sentence[out[-1].end:m.start]):
            prev = out[-1]  # "six months to two years": one quantity, the lower bound
            out[-1] = replace(prev, end=m.end, text=sentence[prev.start:m.end])
            continue
        out.append(m)
    for c in CLOCK.finditer(sentence):
        if not MERIDIEM.search(c.group(0)):
            continue  # "between 5 and 10": not a time of day
        out = [m for m in out if not c.start() <= m.num_start < c.end()]  # the hours themselves
        num = re.search(r"\d", c.group(0))
        at = c.start() + (num.start() if num else 0)
        out.append(NumberMention(start=c.start(), end=c.end(), text=c.group(0), value=None,  # type: ignore[arg-type]
                                 kind="clock", unit="time of day", num_start=at, num_end=c.end()))
    for a in A_UNIT.finditer(sentence):
        unit = TIME_UNITS[a.group("unit").lower()]
        out.append(NumberMention(start=a.start("a"), end=a.end("a"), text=a.group("a"), value=1,
                                 kind="duration", unit=unit, num_start=a.start("a"), num_end=a.start("unit")))
    for r in RENEWALS.finditer(sentence):
        out = [m for m in out if not r.start("q") <= m.num_start < r.end()]  # "twice" is a count already
        out.append(NumberMention(start=r.start("q"), end=r.end(), text=r.group("q"),
                                 value=1 if r.group("n").lower() == "once" else 2, kind="count",
                                 unit="renewals", num_start=r.start("n"), num_end=r.end("n")))
    starts = {m.num_start for m in out}
    out += [p for p in pay_rates(sentence) if p.num_start not in starts]  # not "50 percent" twice
    out.sort(key=lambda m: m.start)
    return tuple(out)


def pay_rates(sentence: str) -> list[NumberMention]:
    """Premium pay rates as multiples of the wage: "time and a half" → 1.5 "times"; a range
    ("from time-and-a-half to double time") is one quantity valued at its lower bound; "twice the
    basic salary", "1.5 times the regular wage" (unit ``times``) and "a premium of 25 percent"
    (percent) in a sentence without a date (a fine counted in wages is a penalty, not a rate)."""
    out: list[NumberMention] = []
    multiples: list[NumberMention] = []
    if not DATED.search(sentence):
        multiples += [NumberMention(start=r.start(), end=r.end(), text=r.group(0), value=_multiple(r.group("n")),
                                    kind="count", unit="times", num_start=r.start(), num_end=r.end("n"))
                      for r in PAY_MULTIPLE.finditer(sentence)
                      if not PENALTY_BEFORE.search(sentence, max(0, r.start() - 120), r.start())]
        percents = [m for m in find_numbers(sentence) if m.kind == "percent"] if "premium" in sentence.lower() else []
        multiples += [m for m in percents if PREMIUM_BEFORE.search(sentence, max(0, m.start - 30), m.start)
                      or PREMIUM_AFTER.match(sentence, m.end)]  # "a premium of 25 percent", "a 50 percent premium"

    for r in PAY_RATE.finditer(sentence):
        value = _RATES[" ".join(re.split(r"[- ]", r.group(0).lower()))]
        if out and re.fullmatch(r"\s+to\s+", sentence[out[-1].end:r.start()]):
            out[-1] = replace(out[-1], end=r.end(), text=sentence[out[-1].start:r.end()], value_end=value)
            continue
        out.append(NumberMention(start=r.start(), end=r.end(), text=r.group(0), value=value, kind="count",
                                 unit="times", num_start=r.start(), num_end=r.end()))
    return sorted(out + multiples, key=lambda m: m.start)


def _multiple(word: str) -> float:
    """The value of "double", "twice", "one-and-a-half times", "1.5 times"."""
    key = " ".join(re.split(r"[- ]+", word.lower()))
    return _L["pay_multiples_values"].get(key) or float(key.split()[0])


def bench_counts(sentence: str) -> list[NumberMention]:
    """How many judges a court or panel sits with, in a sentence that describes the court
    (``BENCH_FRAME``: "panels of", "composed of", "heard cases", "presided"); a sentence
    with a date narrates one trial and gives none."""
    if not BENCH_NOUN.search(sentence) or not BENCH_FRAME.search(sentence) or DATED.search(sentence):
        return []
    out = [replace(m, unit="judges", end=m.end + b.end(), text=sentence[m.start:m.end + b.end()])
           for m in find_numbers(sentence)
           if m.kind == "count" and (b := BENCH_AFTER.match(sentence[m.end:m.end + 40]))]
    out += [NumberMention(start=s.start("q"), end=s.end(), text=s.group(0), value=1, kind="count",
                          unit="judges", num_start=s.start("q"), num_end=s.end("q")) for s in SINGLE.finditer(sentence)]
    return sorted(out, key=lambda m: m.start)
