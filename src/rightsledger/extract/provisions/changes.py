"""Rules told as a change (issue 14, provisions round 10): a law that shortens, extends, raises or
lowers a limit states the new limit, and only the new one (docs/EVALUATION.md, "Minimum wage,
penalties without a number, rules of private bodies": "raised from 16 to 18" gives 18).

- *changed to*: "The revisions to the code shortened the maximum time of precharge detention to
  48 hours, renewable once, for a maximum of four days", "The new law raised the age of consent
  to 16": the quantity after "to", and the limits the same sentence chains to it ("for a
  maximum of four days"), when a legal instrument is named and what changed is a period or an
  age (``changed_rules``);
- *from … to*: "The law extends the time a suspect may be held without counsel from five to 15
  days": the range's upper end is the rule, not the range (``new_values``);
- *replaced values*: "instead of the previous one year in prison", "Under previous laws, …
  was punishable by six years in prison; …" are no rule (``new_values`` drops them).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..lexicons import alternation, lexicon
from ..numbers import NumberMention, find_numbers
from .quantities import rule_numbers

_L = lexicon("provisions")
_INSTRUMENT = re.compile(rf"\b{alternation(_L['instruments'])}\b|\brevisions?\b", re.I)
CHANGE = re.compile(rf"\b{alternation(_L['change_verbs'])}\s+(?P<obj>(?:[\w’'-]+,?\s+){{0,18}}?)"
                    r"(?:(?:from\s+\S+\s+)?(?:to|at)\s+(?:a\s+maximum\s+of\s+|as\s+(?:long|many)\s+as\s+)?|from\s+)$", re.I)
CHANGE_VERB = re.compile(rf"\b{alternation(_L['change_verbs'])}\b", re.I)
CHANGED_NOUN = re.compile(rf"\b{alternation(_L['changed_limit_nouns'])}\b", re.I)
CHAINED = re.compile(r"\b(?:for\s+)?(?:a\s+maximum\s+of|up\s+to(?:\s+a\s+total\s+of)?|no\s+more\s+than|"
                     r"not\s+(?:to\s+)?exceed(?:ing)?)\s+$", re.I)
REPLACED = re.compile(rf"\b(?:instead\s+of|rather\s+than|in\s+place\s+of)\s+(?:the\s+)?(?:{alternation(_L['replaced_words'])}\s+)?"
                      r"(?:up\s+to\s+)?$|\bpreviously\s+(?:[a-z]+\s+){0,2}?(?:up\s+to\s+(?:an?\s+)?)?$", re.I)
OLD_CLAUSE = re.compile(rf"^\s*(?:Under\s+(?:the\s+)?(?:{alternation(_L['replaced_words'])})\s+"
                        rf"(?:{alternation(_L['instruments'])})|Previously)\b[^;]*", re.I)


def _changed(sentence: str, m: NumberMention, by_law: bool = True) -> bool:
    """Is ``m`` the new value of a limit a legal instrument (``by_law``, or anyone) changed?"""
    window = sentence[max(0, m.start - 160):m.start]
    c = CHANGE.search(window)  # what changed is the object, or the subject of a passive or intransitive
    return c is not None and bool(CHANGED_NOUN.search(c.group("obj")) or CHANGED_NOUN.search(  # verb ("The
        window, max(0, c.start() - 60), c.start())) \
        and (not by_law or bool(_INSTRUMENT.search(sentence[:m.start])))  # punishment was increased from 15 to 20")


def changed_rules(sentence: str) -> list[NumberMention]:
    """The new limits a sentence says a legal instrument set, and the limits chained to them."""
    if not CHANGE_VERB.search(sentence):
        return []  # most sentences: no verb of change, no number read
    numbers = [m for m in rule_numbers(sentence) if m.kind in ("duration", "age", "count", "percent", "money")]
    changed = [_upper(sentence, m) for m in numbers if _changed(sentence, m) and not _from_old(sentence, m)]
    if not changed:
        return []
    chained = [m for m in numbers if m.kind == "duration" and m.start > changed[0].start
               and CHAINED.search(sentence[max(0, m.start - 40):m.start])]
    return [*changed, *chained]


def _upper(sentence: str, m: NumberMention) -> NumberMention:
    """A range after "from" that a change verb governs gives its upper end: the new limit."""
    to = re.search(r"\s(?:to|and)\s+", m.text)
    if to is None or not re.search(r"\bfrom\s+$", sentence[max(0, m.start - 6):m.start], re.I):
        return m
    start = m.start + to.end()
    if m.value_end is not None:
        return replace(m, start=start, text=sentence[start:m.end], value=m.value_end, value_end=None,
                       num_start=max(start, m.num_start))
    end = next((n for n in find_numbers(sentence[start:m.end]) if n.start == 0), None)  # "six months to one year"
    if end is None:
        return m
    return replace(end, start=start + end.start, end=start + end.end, num_start=start + end.num_start,
                   num_end=start + end.num_end)


def _from_old(sentence: str, m: NumberMention) -> bool:
    """Is ``m`` the old value of a change told with "from" ("increased the minimum wage from 40,000 francs
    to 52,000 francs", "to $73 per month from $49")? Not a range ("from five to 15 days")."""
    if m.value_end is not None or re.search(r"\s(?:to|and)\s", m.text) or not re.search(r"\bfrom\s+(?:approximately\s+|about\s+|some\s+)?$",
                                                sentence[max(0, m.start - 20):m.start], re.I):
        return False
    verb = CHANGE_VERB.search(sentence, 0, m.start)
    return verb is not None and bool(re.search(r"\bto\s+\S", sentence[verb.end():]))


def replaced(sentence: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """The values a change replaced: "Under previous laws, … six years in prison; the new law …", "instead of
    the previous one year in prison", "increased … from 40,000 francs ($65) to …" (a stated old amount stays
    a figure)."""
    old = OLD_CLAUSE.match(sentence)
    out: list[NumberMention] = []
    for m in mentions:
        if old is not None and m.start < old.end() or REPLACED.search(sentence[max(0, m.start - 50):m.start]) \
                or _from_old(sentence, m) or m.equivalent and out and out[-1].kind == "money" \
                and re.fullmatch(r"\s*\(\s*", sentence[out[-1].end:m.start]):
            out.append(m)  # the replaced amount restated: "from 40,000 CFA francs ($65)"
    return out


def new_values(sentence: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """The mentions of a rule sentence without the values a change replaced, ranges a change
    governs read as their new end, and the new limits the change frame finds."""
    gone = {id(m) for m in replaced(sentence, mentions)}
    out = [_upper(sentence, m) if _changed(sentence, m, by_law=False) else m for m in mentions if id(m) not in gone]
    seen = {m.start for m in out} | {m.num_start for m in out}
    for m in changed_rules(sentence):
        if m.start not in seen and m.num_start not in seen and not any(o.start <= m.start < o.end for o in out):
            out.append(m)
            seen.add(m.start)
    return sorted(out, key=lambda m: m.start)
