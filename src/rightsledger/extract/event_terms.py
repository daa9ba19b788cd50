"""Penalties and durations put on events: what a court imposed, how long a detention lasted.

``attach_penalties(annotated, events)`` fills ``Event.penalty`` on conviction events and
``Event.duration`` on the other events of the sentence, from :func:`.penalties.find_penalties`
and :func:`.durations.find_durations`. When a sentence holds several events, each term goes to
the event whose date expression is nearest.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Iterable

from ..records import Event, Penalty
from .dates import find_dates
from .terms.background import CUSTODY_STEPS, Background, background_clause
from .terms.durations import find_durations
from .terms.imposed import NARRATED_CONVICTIONS
from .terms.penalties import CHANGED_TO, IMPOSED, final_terms, find_penalties
from .provisions import rule_mentions

if TYPE_CHECKING:
    from .annotate import Annotated

EMERGENCY = re.compile(r"(?i)\bstate\s+of\s+(?:emergency|exception|siege|alarm)\b|\bcurfew\b|\blockdown\b")
PENALTY_TYPES = ("conviction_or_sentence",)
# When a sentence imposing a penalty has no conviction event (the typer chose "trial" for
# "was tried, convicted and sentenced to death"), the penalty goes to the nearest event
# of another type, but not to these ("released after serving a five-year sentence").
NO_PENALTY = ("release", "acquittal")
DURATION_ORDER = ("detention_or_arrest", "censorship_or_blocking", "release", "other", "dismissal",
                  "registration_decision", "strike", "protest", "attack_or_threat",  # a blockade, a siege
                  # the length of the detention kept on the step the sentence dates ("Police held the
                  # activist for six days; she appeared in court on April 2 charged with …"; "acquitted a
                  # farmer, who had spent almost three years in pretrial detention"); a state of emergency
                  # declared for 45 days
                  "charge", "acquittal", "trial", "law_or_decree")


def attach_penalties(annotated: "Annotated", events: list[Event]) -> list[Event]:
    """``events`` with ``penalty`` and ``duration`` filled from their evidence sentences.

    When a sentence holds several events (one per date expression), a penalty goes to the
    conviction event whose date expression is nearest to it, a duration to the event of the
    preferred type (the release for "released after two days", else the detention …) whose
    date expression is nearest."""
    text = annotated.text
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for i, ev in enumerate(events):
        by_sentence.setdefault((ev.evidence.start, ev.evidence.end), []).append(i)
    out = list(events)
    ends: dict[int, list[int]] = {}  # events by where the next clause starts (their end + white space)
    for i, ev in enumerate(events):
        ends.setdefault(ev.evidence.end + len(text[ev.evidence.end:ev.evidence.end + 3]) -
                        len(text[ev.evidence.end:ev.evidence.end + 3].lstrip()), []).append(i)
    for (start, end), idx in by_sentence.items():
        sentence = text[start:end]
        # the quantities of a rule ("punishable by up to five years") are provisions; a quantity
        # inside a rule's range is the rule's too ("punishable by three months to two years in
        # prison": the two years are no length a charge lasted)
        rules = _Spans() if re.search(r"(?i)\b(?:was|were|been)\s+sentenced|\bsentenced\s+\w+", sentence) \
            or NARRATED_CONVICTIONS.search(sentence) \
            else _Spans((m.start, m.end) for m in rule_mentions(sentence))
        at = _positions(sentence, [out[i] for i in idx], annotated.year)
        pos = dict(zip(idx, at))
        penalties = [(o, p) for o, p in find_penalties(sentence) if o not in rules]
        if penalties:
            convictions = [i for i in idx if out[i].type in PENALTY_TYPES]
            # a term being served ("under a 12-year sentence") is the conviction's, of no other event
            serving = not IMPOSED.search(sentence)
            fallback = [] if serving else [i for i in idx if out[i].type not in NO_PENALTY]
            if not convictions:  # a participant's past term ("X, who received a 15-year sentence") is a conviction's only
                fallback = _background_fit(out, fallback, background_clause(sentence, penalties[0][0]), pos, ())
            if not convictions and fallback:
                convictions = [min(fallback, key=lambda i: _distance(pos[i], penalties[0][0]))]
            if len(convictions) == 1:
                penalties = final_terms(sentence, penalties)
            changed = {o for o, p in penalties
                       if p.kind != "fine" and CHANGED_TO.search(sentence[max(0, o - 60):o])}
            for i, pen in _assign_penalties(out, convictions, pos, penalties, changed, sentence).items():
                out[i] = replace(out[i], penalty=pen)
        # a length told with the release first: "held for a month … and released after 56 days of
        # detention" gives the release its 56 days, not the month
        durations = sorted((d for d in find_durations(sentence) if d[0] not in rules  # a state of emergency
                            or EMERGENCY.search(sentence, max(0, d[0] - 120), d[0] + 60)),  # declared for 45 days
                           key=lambda d: d[2] not in ("release", "later"))
        others = [i for i in idx if out[i].type not in PENALTY_TYPES]
        taken: set[int] = set()
        for offset, dur, cue in durations:
            if cue == "later" and not any(out[i].type == "detention_or_arrest" for i in idx):
                # the arrest told in the clause before ("police arrested X in November 2019, | and
                # released him three months later"): its evidence ends where this one starts
                arrest = next((i for i in ends.get(start, []) if out[i].type == "detention_or_arrest"
                               and out[i].duration is None), None)
                if arrest is not None:
                    out[arrest] = replace(out[arrest], duration=dur)
                    continue
            emergency = EMERGENCY.search(sentence, max(0, offset - 120), offset + 60) is not None
            free = _background_fit(out, [i for i in others if i not in taken], background_clause(sentence, offset), pos)
            target = _duration_target(out, free, cue, pos, offset, emergency)
            if target is not None:
                out[target] = replace(out[target], duration=dur)
                taken.add(target)
    return out


class _Spans:
    """The spans of a sentence's rule quantities; ``offset in spans`` when one covers it."""

    def __init__(self, spans: "Iterable[tuple[int, int]]" = ()) -> None:
        self.spans = list(spans)

    def __contains__(self, offset: object) -> bool:
        return isinstance(offset, int) and any(a <= offset < b for a, b in self.spans)


def _positions(sentence: str, events: list[Event], year: int | None) -> list[int | None]:
    """Where in ``sentence`` each event's date expression stands (None: undated event)."""
    mentions = [m for m in find_dates(sentence, year) if m.date]
    out: list[int | None] = []
    used: set[int] = set()
    for ev in events:
        k = next((k for k, m in enumerate(mentions) if k not in used and m.date == ev.date), None)
        if k is None:
            out.append(None)
        else:
            used.add(k)
            out.append(mentions[k].start)
    return out


def _distance(pos: int | None, offset: int) -> int:
    """How far an event's date expression is from a quantity; the reports put the date
    before the clause it dates ("on May 9 a court sentenced X to death"), so a date
    before the quantity is nearer than one after it."""
    if pos is None:
        return 1 << 20
    return offset - pos if pos <= offset else (1 << 16) + pos - offset


# The date expression told right after the penalty dates the sentencing ("… and sentenced to a
# four-month suspended sentence on April 18"): only a preposition between them.
DATED_AFTER = re.compile(r"(?i)\s*,?\s*(?:on|in)\s+")


def _assign_penalties(events: list[Event], cands: list[int], pos: dict[int, int | None],
                      penalties: list[tuple[int, Penalty]], changed: set[int], sentence: str) -> dict[int, Penalty]:
    """Each penalty to the nearest candidate event; an event given several keeps the prison
    term (or the first stated) over a fine (docs/EVALUATION.md). A term changed later ("her
    sentence was shortened to five years in May", offsets in ``changed``) goes to the latest
    dated candidate: the change comes after the sentence first imposed."""
    if not cands:
        return {}
    got: dict[int, list[Penalty]] = {}
    if len(cands) == 1 or all(pos[i] is None for i in cands):
        if len(cands) == 1:
            got[cands[0]] = [p for _, p in penalties]
        else:  # undated conviction events, in text order: one penalty each, as stated
            for k, i in enumerate(cands):
                got[i] = [penalties[min(k, len(penalties) - 1)][1]]
    else:
        dated = [i for i in cands if pos[i] is not None]
        for offset, pen in penalties:
            after = next((i for i in dated if DATED_AFTER.fullmatch(sentence[offset + len(pen.text):pos[i]])), None)
            if offset in changed and len(dated) > 1:
                best = max(dated, key=lambda i: (events[i].date, pos[i]))
            elif after is not None:
                best = after  # "summoned on April 4 and sentenced to a four-month suspended sentence on April 18"
            else:
                best = min(cands, key=lambda i: _distance(pos[i], offset))
            got.setdefault(best, []).append(pen)
    return {i: next((p for p in pens if p.kind != "fine"), pens[0]) for i, pens in got.items()}


def _background_fit(events: list[Event], idx: list[int], clause: Background | None, pos: dict[int, int | None],
                    steps: tuple[str, ...] = CUSTODY_STEPS) -> list[int]:
    """The events a term may go to when it is a participant's past (``terms.background``: "ten men
    detained without charge for 16 months", "X, who received a 15-year sentence"): an event dated
    inside its clause ("who were sentenced to five years in 2018"), else only a step of the custody
    (``steps``; none for a penalty, which goes to a conviction only); a length still running ("who has
    been detained for four years", dated by no occurrence) to no release or acquittal (round t-terms1)."""
    if clause is None:
        return idx
    if clause.tense == "ongoing":
        return [i for i in idx if events[i].type in steps and events[i].type not in ("release", "acquittal")]
    return [i for i in idx if events[i].type in steps
            or pos[i] is not None and clause.start <= pos[i] < clause.end]


def _duration_target(events: list[Event], idx: list[int], cue: str, pos: dict[int, int | None],
                     offset: int, emergency: bool = False) -> int | None:
    # "released … N later": the arrest of the sentence lasted N (2020 Senegal dev gold), else the release
    order = ("release",) if cue == "release" else ("detention_or_arrest", "release") if cue == "later" else ()
    order += DURATION_ORDER  # a law or decree lasts only as a state of emergency, a curfew, a lockdown
    for t in (t for t in order if t != "law_or_decree" or emergency):
        same = [i for i in idx if events[i].type == t]
        if same:
            return min(same, key=lambda i: _distance(pos[i], offset))
    return None
