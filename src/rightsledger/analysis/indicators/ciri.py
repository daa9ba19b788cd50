"""The four CIRI estimates (KILL, DISAP, TORT, POLPRIS; 0 frequent, 1 occasional, 2 none): the
hits of the relevant sections' sentences, counts of 50 or more victims and the extracted events,
weighed with the lead of the primary section first; the rationale, the confidence and the
evidence sentences of each score."""
from __future__ import annotations

from typing import Any

from .counted import big_counts, event_hits, relevant_events
from .report import Hit, Report, Sent
from .rules import Indicator, Rule
from .wording import classify

#: Thresholds (tuned on the training reports only, see docs/INDICATORS.md).
FREQUENT_CASES = 10      # this many case clauses (without frequency wording) → frequent
BIG_COUNT = 50           # CIRI manual: 50 or more occurrences → frequent
FREQ_NEEDED = 1          # frequency clauses needed for "frequent"
BODY_FREQ = 2            # frequency clauses after the lead that overrule a milder lead
LEAD_SENTENCES = 1       # sentences of the primary section read as its verdict
#: The topic whose section opens with the report's verdict on the indicator.
PRIMARY = {"KILL": "killings", "DISAP": "disappearance", "TORT": "torture",
           "POLPRIS": "political_prisoners"}


def score_ciri(rep: Report, rule: Rule) -> Indicator:
    """One CIRI estimate: the opening sentence of the primary section (its lead) decides when it
    speaks, unless the body's frequency wording, a count of :data:`BIG_COUNT` or more, or many
    cases overrule a milder lead; else the body's hits decide (docs/INDICATORS.md)."""
    region = rep.spans(rule.topics)
    primary = rep.spans([sorted(rule.topics, key=lambda t: t != PRIMARY[rule.name])[0]])
    found_section = bool(region)
    summary = rep.summary_spans()
    if not region:
        region = [(0, len(rep.text))]
    year = rep.document.year
    sents = rep.sentences_in(region, "region")
    seen = {s.start for s in sents}
    sents += [s for s in rep.sentences_in(summary, "summary") if s.start not in seen]
    # the lead: the first two sentences of each primary section or subtopic
    lead_starts: set[int] = set()
    for a, b in primary:
        inside = [s for s in sents if a <= s.start < b]
        # skip a heading line that the sentence splitter kept as a sentence
        inside = [s for s in inside if len(s.text.split()) > 4]
        for s in inside[:LEAD_SENTENCES]:
            s.where = "lead"
            lead_starts.add(s.start)

    hits: list[Hit] = []
    for s in sents:
        hits.extend(classify(rule, s, year))

    big = big_counts(rep, rule, region, sents, year, BIG_COUNT)
    ev_pos, ev_neg = relevant_events(rep, rule, region)
    hits.extend(event_hits(rule, ev_pos, sents, hits, year))

    def total(kinds: tuple[str, ...], lead: bool | None = None) -> float:
        return sum(h.weight for h in hits if h.kind in kinds
                   and (lead is None or (h.sent.start in lead_starts) == lead))

    n = {k: total((k,)) for k in ("frequent", "case", "occasional", "absence", "event")}
    n["count"] = len(big)
    n["events_asserted"] = len(ev_pos)
    n["events_negated"] = len(ev_neg)
    cases = n["case"] + n["occasional"] + n["event"]
    lead_freq = total(("frequent",), True)
    lead_case = total(("case", "occasional"), True)
    lead_abs = total(("absence",), True)
    body_freq = total(("frequent",), False)
    n["lead_frequent"], n["lead_case"], n["lead_absence"] = lead_freq, lead_case, lead_abs

    if lead_freq or (lead_case and (body_freq >= BODY_FREQ or big or cases >= FREQUENT_CASES)):
        score, basis = 0, "lead"
    elif lead_case:
        score, basis = 1, "lead"
    elif lead_abs:
        score, basis = (1, "lead+body") if body_freq >= BODY_FREQ or big else (2, "lead")
    elif n["frequent"] >= FREQ_NEEDED or big or cases >= FREQUENT_CASES:
        score, basis = 0, "body"
    elif cases >= 1:
        score, basis = 1, "body"
    else:
        score, basis = 2, "body"

    rationale = _rationale(score, n, big, cases, lead_freq, lead_case, lead_abs)
    keep = {0: ("frequent", "count", "case", "occasional", "event"),
            1: ("case", "occasional", "event", "absence", "frequent"),
            2: ("absence", "case", "occasional")}[score]
    conf = _confidence(score, basis, found_section, n, cases, bool(big), lead_case)
    evidence = _evidence(rep, hits + big, sents, lead_starts, keep)
    event_ids = [e.id for e in (ev_pos if score < 2 else ev_neg)][:20]
    features: dict[str, Any] = dict(n)
    features["section_found"] = found_section
    features["basis"] = basis
    return Indicator(rule.name, score, conf, evidence, rationale, rule.scale, event_ids, features)


def _rationale(score: int, n: dict[str, Any], big: list[Hit], cases: float, lead_freq: float,
               lead_case: float, lead_abs: float) -> str:
    """The one-line rationale: the score's label, then what the lead and the body counted."""
    why = []
    if lead_freq or lead_case or lead_abs:
        why.append("the section opens with " + ("frequency wording" if lead_freq else
                                                 "cases" if lead_case else "a 'no reports' statement"))
    if n["frequent"]:
        why.append(f"{n['frequent']:g} sentence(s) with frequency wording")
    if big:
        why.append(f"{len(big)} count(s) of {BIG_COUNT} or more")
    if cases:
        why.append(f"{cases:g} case sentence(s)")
    if n["absence"]:
        why.append(f"{n['absence']:g} 'no reports' statement(s)")
    label = {0: "frequent", 1: "occasional", 2: "none"}[score]
    return f"{label}: " + ("; ".join(why) if why else "no case found in the relevant sections")


def _confidence(score: int, basis: str, found_section: bool, n: dict[str, Any], cases: float, big: bool,
                lead_case: float) -> float:
    """A heuristic ordering, not a probability: the section was found; lead and body agree."""
    conf = 0.45 + (0.15 if found_section else -0.1)
    if basis == "lead":
        conf += 0.1
    if score == 0:
        conf += 0.1 * min(n["frequent"], 2) + (0.1 if big else 0)
    elif score == 1:
        conf += 0.05 * min(cases, 3) - (0.1 if n["absence"] and not lead_case else 0)
    else:
        conf += 0.15 if n["absence"] else -0.1
        conf -= 0.1 if cases else 0
    return round(max(0.1, min(0.95, conf)), 2)


def _evidence(rep: Report, hits: list[Hit], sents: list[Sent], lead_starts: set[int], keep: tuple[str, ...]
              ) -> list[dict[str, Any]]:
    """Up to six sentences of the kinds ``keep`` names, the lead first, then by ``keep``'s order;
    when nothing was counted, what the section opens with."""
    all_hits = sorted(hits, key=lambda h: (h.sent.start not in lead_starts,
                                           keep.index(h.kind) if h.kind in keep else 99,
                                           h.sent.where == "summary", h.sent.start))
    evidence: list[dict[str, Any]] = []
    used: set[int] = set()
    for h in all_hits:
        if h.kind not in keep or h.sent.start in used:
            continue
        used.add(h.sent.start)
        evidence.append({"doc": rep.doc, "start": h.sent.start, "end": h.sent.end,
                         "text": h.sent.text, "citation": rep.cite(h.sent.start), "kind": h.kind})
        if len(evidence) >= 6:
            break
    if not evidence:  # nothing counted: show what the section opens with
        for s in sents:
            if s.start in lead_starts:
                evidence.append({"doc": rep.doc, "start": s.start, "end": s.end, "text": s.text,
                                 "citation": rep.cite(s.start), "kind": "lead"})
    return evidence
