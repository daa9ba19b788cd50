"""What a CIRI estimate counts besides the wording of its sentences (t-house24, moved out of
:func:`ciri.score_ciri` so that it reads as lead, body, score): the large counts of victims among the
report's figures, and the extracted events of the indicator's types, each event's sentence a weaker hit
when no wording counted it already. Both read only sentences of the relevant region and skip what the
report tells of earlier years, or (for indicators that need one) without a state actor."""
from __future__ import annotations

from typing import Any

from .report import Hit, Report, Sent, in_spans
from .rules import Rule
from .wording import ABSENCE, LAW, VICTIMS, is_past, state_actor


def big_counts(rep: Report, rule: Rule, region: list[tuple[int, int]], sents: list[Sent],
               year: int | None, least: int) -> list[Hit]:
    """A ``count`` hit per figure of ``least`` or more persons or cases (under a million: no money, no
    population) whose sentence names the indicator, is not about the law, an absence or an earlier
    year, and names a state actor when the indicator needs one."""
    big = []
    for f in rep.figures:
        if not in_spans(region, f.evidence.start) or f.unit not in (None, "", "persons", "people", "cases"):
            continue
        try:
            value = float(f.value)
        except (TypeError, ValueError):
            continue
        what = (f.what or "").lower()
        ev_low = f.evidence.text.lower()
        if least <= value < 1_000_000 and rule.keyword.search(ev_low) \
                and (VICTIMS.search(what) or not what) and not is_past(ev_low, year) \
                and not LAW.search(ev_low) and not ABSENCE.search(ev_low) \
                and (not rule.needs_state_actor or state_actor(ev_low)):
            s = next((x for x in sents if x.start <= f.evidence.start < x.end), None)
            if s is not None:
                big.append(Hit("count", s))
    return big


def relevant_events(rep: Report, rule: Rule, region: list[tuple[int, int]]) -> tuple[list[Any], list[Any]]:
    """The events of the indicator's types in the region, asserted or alleged, and negated (the
    evidence of a "none" score); detentions count for DISAP and POLPRIS only when their sentence says
    so (the indicator's keyword)."""
    evs = [e for e in rep.events if e.type in rule.event_types and in_spans(region, e.evidence.start)]
    if rule.name in ("DISAP", "POLPRIS"):  # detentions count only when the sentence says so
        evs = [e for e in evs if rule.keyword.search(e.evidence.text.lower())]
    ev_pos = [e for e in evs if e.polarity in ("asserted", "alleged")]
    ev_neg = [e for e in evs if e.polarity == "negated"]
    return ev_pos, ev_neg


def event_hits(rule: Rule, ev_pos: list[Any], sents: list[Sent], hits: list[Hit], year: int | None) -> list[Hit]:
    """An ``event`` hit of half weight per sentence of an asserted event that no hit of ``hits`` (nor
    an earlier event) counted already, unless the sentence tells of an earlier year or lacks a state
    actor the indicator needs; in the order of the events, for the caller to add after ``hits``."""
    out: list[Hit] = []
    hit_starts = {h.sent.start for h in hits}
    for e in ev_pos:
        s = next((x for x in sents if x.start <= e.evidence.start < x.end), None)
        if s is None or s.start in hit_starts:
            continue
        low = s.text.lower()
        if is_past(low, year) or (rule.needs_state_actor and not state_actor(low)):
            continue
        out.append(Hit("event", s, 0.5))
        hit_starts.add(s.start)
    return out
