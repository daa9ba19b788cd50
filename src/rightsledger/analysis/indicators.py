"""Per-report indicators: CIRI physical-integrity scores and a Political Terror Scale estimate.

``indicators(ledger, doc)`` gives five :class:`Indicator` records:

* ``KILL``, ``DISAP``, ``TORT``, ``POLPRIS`` — CIRI scale, 0 = frequent (≥ 50 cases or
  "widespread"/"numerous"/"systematic" wording), 1 = occasional, 2 = none;
* ``PTS`` — Political Terror Scale, 1 (secure rule of law) to 5 (terror extends to the
  whole population), estimated from the four CIRI estimates and wording on armed
  conflict and mass violence.

Each score is made by transparent rules (docs/INDICATORS.md) from the report's wording
in the sections whose classic-outline topic belongs to the indicator (plus the
executive summary), and from the extracted events and figures in those sections. Each
comes with the sentences that justify it (offsets into the document text and a
citation), the ids of the events behind it, a confidence and a one-line rationale.
These are estimates, not CIRI or PTS codings.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable

from ..store.citations import DocumentRecords

# --------------------------------------------------------------------------- records
CIRI = ("KILL", "DISAP", "TORT", "POLPRIS")
NAMES = (*CIRI, "PTS")


@dataclass
class Indicator:
    name: str                     # KILL, DISAP, TORT, POLPRIS, PTS
    score: int
    confidence: float             # 0–1
    evidence: list[dict[str, Any]]  # {doc, start, end, text, citation, kind}
    rationale: str
    scale: str = ""
    events: list[str] = field(default_factory=list)   # ids of the events behind the score
    features: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


# --------------------------------------------------------------------------- rules
@dataclass(frozen=True)
class Rule:
    name: str
    topics: frozenset[str]            # sections/subtopics to read
    keyword: re.Pattern[str]          # the sentence is about this abuse
    event_types: frozenset[str]
    needs_state_actor: bool
    scale: str


_STATE = re.compile(
    r"\b(security forces?|police(men|man|women)?|soldiers?|army|military|troops|gendarme\w*|"
    r"government (forces|agents|officials|troops|soldiers)|authorities|officers?|guards?|"
    r"militar\w+|presidential guard|intelligence|state security|armed forces|"
    r"government|officials?|agents?|militias? (allied|loyal|linked)|pro-government|"
    r"politically motivated|presidential \w+|ecomog|cdf)\b")
#: Non-state perpetrators: when one comes before any state actor, the clause is not counted.
_NON_STATE = re.compile(
    r"\b(rebels?|insurgents?|mobs?|vigilantes?|local (inhabitants|residents)|residents|villagers|"
    r"bandits?|criminals?|unknown (persons|assailants|gunmen)|armed (men|groups?)|militia(s|men)?|"
    r"clan|factions?|ruf|afrc|terrorists?|al-shabaab|aqim|lra)\b")
_UNCONFIRMED = re.compile(r"\b(unconfirmed|unsubstantiated|unverified|rumou?rs?)\b")

RULES: dict[str, Rule] = {
    "KILL": Rule(
        "KILL", frozenset({"killings", "conflict"}),
        re.compile(r"\b(kill\w*|extrajudicial|executed|execution\w*|summar\w+ execut\w*|murder\w*|"
                   r"shot (and killed|dead)|shot\b|died|deaths?|lynch\w*|massacre\w*|"
                   r"deprivation of life|unlawful killings?|fatal\w*)"),
        frozenset({"killing", "death_in_custody"}), True,
        "CIRI 0–2: 0 frequent, 1 occasional, 2 no extrajudicial killings"),
    "DISAP": Rule(
        "DISAP", frozenset({"disappearance"}),
        re.compile(r"\b(disappear\w*|abduct\w*|kidnap\w*|whereabouts|missing|secret detention|"
                   r"incommunicado)"),
        frozenset({"detention_or_arrest"}), True,
        "CIRI 0–2: 0 frequent, 1 occasional, 2 no politically motivated disappearances"),
    "TORT": Rule(
        "TORT", frozenset({"torture"}),
        re.compile(r"\b(tortur\w*|beat(en|ing|ings|s)?|abus\w*|mistreat\w*|ill-treat\w*|"
                   r"rap(e|ed|es)\b|whip\w*|flog\w*|electric shock|cruel|degrading|"
                   r"inhuman|harsh (treatment|interrogation))"),
        frozenset({"torture_or_abuse"}), True,
        "CIRI 0–2: 0 frequent, 1 occasional, 2 no torture"),
    "POLPRIS": Rule(
        "POLPRIS", frozenset({"political_prisoners", "arbitrary_arrest", "fair_trial"}),
        re.compile(r"\b(political (prisoners?|detainees?|reasons|opinions?|views|activit\w+|grounds)|"
                   r"prisoners? of conscience|politically motivated (arrests?|detentions?)|"
                   r"opposition (members?|leaders?|supporters?|activists?|party members?|figures?|"
                   r"politicians?)|journalists? (were |was )?(arrested|detained|jailed|imprisoned)|"
                   r"detained (for|because of) (their )?(political|opinion)|held without charge)"),
        frozenset({"detention_or_arrest", "conviction_or_sentence"}), False,
        "CIRI 0–2: 0 many, 1 few, 2 no political prisoners"),
}

_ABSENCE = re.compile(
    r"\b(there (were|was) no (new |credible |confirmed |known |other )?"
    r"(reports?|allegations?|cases?|instances?|evidence|indications?)|"
    r"no (new |credible |confirmed )?reports? (of|that)|there were no\b|did not (hold|detain) any|"
    r"no political prisoners|no known political prisoners|"
    r"were no (politically motivated )?(disappearances|killings))")
_FREQUENT = re.compile(
    r"\b(widespread|numerous|systematic\w*|frequent\w*|routine\w*|many|hundreds|dozens|thousands|"
    r"regularly|commonly|common|often|pervasive|large numbers?|scores of|repeatedly|"
    r"continued to (torture|beat|kill|abuse)|a pattern of|mass\b|"
    r"massacre\w*|countless|rampant|endemic)\b")
_OCCASIONAL = re.compile(
    r"\b(a few|several|some|isolated|occasional\w*|sporadic\w*|rare\w*|at times|sometimes|"
    r"a number of|an unknown number)\b")
_LAW = re.compile(
    r"^\s*(the )?(constitution|law|penal code|criminal code|legislation)s?( and (the )?\w+)? "
    r"(\w+ )?(prohibits?|provides?|forbids?|bans?|requires?|criminali[sz]es?|stipulates?)\b")
_PAST = re.compile(r"\b(previous|prior|past) years?\b|\bunresolved\b|\bno (new )?developments\b")
_YEAR = re.compile(r"\b(19[4-9]\d|20[0-4]\d)\b")
_CONFLICT = re.compile(
    r"\b(civil war|armed conflict|internal conflict|rebel\w*|insurgen\w*|militias?|"
    r"armed groups?|genocide|ethnic cleansing|crimes against humanity|war crimes|"
    r"fighting between|hostilities)\b")
_MASS = re.compile(
    r"\b(thousands|tens of thousands|hundreds) (of )?(civilians|persons|people|deaths|bodies|"
    r"were killed|killed|died)\b|\bgenocide\b|\bmass (killings?|graves?|executions?|atrocities)\b|"
    r"\bmassacre\w*")
_VICTIMS = re.compile(r"\b(person|people|civilian|death|dead|bod(y|ies)|victim|killed|prisoner|"
                      r"detainee|individual|demonstrator|protester|men|women|child)")
_CLAUSE_SPLIT = re.compile(r";\s*however,?\s*|,\s*but\s+|;\s*|\bhowever,\s*|\balthough\s+|\bwhile\s+")

#: Thresholds (tuned on the training reports only, see docs/INDICATORS.md).
FREQUENT_CASES = 10      # this many case clauses (without frequency wording) → frequent
BIG_COUNT = 50           # CIRI manual: 50 or more occurrences → frequent
FREQ_NEEDED = 1          # frequency clauses needed for "frequent"
BODY_FREQ = 2            # frequency clauses after the lead that overrule a milder lead
LEAD_SENTENCES = 1       # sentences of the primary section read as its verdict
#: The topic whose section opens with the report's verdict on the indicator.
PRIMARY = {"KILL": "killings", "DISAP": "disappearance", "TORT": "torture",
           "POLPRIS": "political_prisoners"}


def _clauses(text: str) -> list[str]:
    return [c for c in _CLAUSE_SPLIT.split(text.lower()) if c and c.strip()]


@dataclass
class _Sent:
    start: int
    end: int
    text: str
    where: str        # region, lead (opening sentence of the primary section) or summary


@dataclass
class _Hit:
    kind: str         # frequent, case, occasional, absence, count, event
    sent: _Sent
    weight: float = 1.0


class _Report(DocumentRecords):
    def __init__(self, ledger: Any, doc: str) -> None:
        super().__init__(ledger.store, doc)
        self.doc = doc
        if not self.sentences:  # a bundle without sentences: fall back to a crude splitter
            from ..records import Sentence
            for m in re.finditer(r"[^\n.!?]+[.!?]?", self.text):
                s, e = m.start(), m.end()
                while s < e and self.text[s].isspace():
                    s += 1
                if e - s > 3:
                    self.sentences.append(Sentence(doc, None, 0, s, e))

    def cite(self, start: int) -> str:
        return self.citation(start)

    def spans(self, topics: Iterable[str]) -> list[tuple[int, int]]:
        topics = set(topics)
        out = [(s.start, s.end) for s in self.sections if s.topic in topics]
        out += [(s.start, s.end) for s in self.subtopics if s.topic in topics]
        return sorted(out)

    def summary_spans(self) -> list[tuple[int, int]]:
        out = [(s.start, s.end) for s in self.sections
               if s.topic == "executive_summary" or s.id == "exec"]
        if out:
            return out
        first = min((s.start for s in self.sections if s.topic in ("integrity", "killings")), default=None)
        if first is None:
            return []
        # the overview paragraphs before Section 1 (old layouts have no heading for it)
        return [(0, first)]

    def sentences_in(self, spans: list[tuple[int, int]], where: str) -> list[_Sent]:
        out = []
        for s in self.sentences:
            if any(a <= s.start < b for a, b in spans):
                out.append(_Sent(s.start, s.end, self.text[s.start:s.end], where))
        return out


def _in(spans: list[tuple[int, int]], offset: int) -> bool:
    return any(a <= offset < b for a, b in spans)


def _is_past(clause: str, year: int | None) -> bool:
    """A clause about earlier years ("the 2001 case", "unresolved disappearances")."""
    if _PAST.search(clause):
        return True
    if year:
        years = [int(y) for y in _YEAR.findall(clause)]
        if years and all(y < year for y in years):
            return True
    return False


def _state_actor(clause: str) -> bool:
    """A state actor is named, and not after a non-state perpetrator."""
    st = _STATE.search(clause)
    if st is None:
        return False
    ns = _NON_STATE.search(clause)
    return ns is None or st.start() < ns.start()


def _classify(rule: Rule, s: _Sent, year: int | None) -> list[_Hit]:
    """The hits of one sentence: absence clauses, and its first counted clause."""
    out: list[_Hit] = []
    if not rule.keyword.search(s.text.lower()):
        return out
    w = 1.0 if s.where != "summary" else 0.5
    if _UNCONFIRMED.search(s.text.lower()):
        w *= 0.5
    for clause in _clauses(s.text):
        if not rule.keyword.search(clause):
            continue
        if _ABSENCE.search(clause):
            if not _is_past(clause, year):
                out.append(_Hit("absence", s))
            continue
        if _LAW.search(clause) and not _FREQUENT.search(clause) and not _OCCASIONAL.search(clause):
            continue
        if _is_past(clause, year):
            continue
        if rule.needs_state_actor and not _state_actor(clause):
            continue
        if _FREQUENT.search(clause):
            out.append(_Hit("frequent", s, w))
        elif _OCCASIONAL.search(clause):
            out.append(_Hit("occasional", s, w))
        elif s.where != "summary":
            out.append(_Hit("case", s, w))
        break
    return out


def _score_ciri(rep: _Report, rule: Rule) -> Indicator:
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

    hits: list[_Hit] = []
    for s in sents:
        hits.extend(_classify(rule, s, year))

    # figures: a count of 50 or more victims in a relevant sentence
    big = []
    for f in rep.figures:
        if not _in(region, f.evidence.start) or f.unit not in (None, "", "persons", "people", "cases"):
            continue
        try:
            value = float(f.value)
        except (TypeError, ValueError):
            continue
        what = (f.what or "").lower()
        ev_low = f.evidence.text.lower()
        if BIG_COUNT <= value < 1_000_000 and rule.keyword.search(ev_low) \
                and (_VICTIMS.search(what) or not what) and not _is_past(ev_low, year) \
                and not _LAW.search(ev_low) and not _ABSENCE.search(ev_low) \
                and (not rule.needs_state_actor or _state_actor(ev_low)):
            s = next((x for x in sents if x.start <= f.evidence.start < x.end), None)
            if s is not None:
                big.append(_Hit("count", s))
    # events of the relevant types in the region
    evs = [e for e in rep.events if e.type in rule.event_types and _in(region, e.evidence.start)]
    if rule.name in ("DISAP", "POLPRIS"):  # detentions count only when the sentence says so
        evs = [e for e in evs if rule.keyword.search(e.evidence.text.lower())]
    ev_pos = [e for e in evs if e.polarity in ("asserted", "alleged")]
    ev_neg = [e for e in evs if e.polarity == "negated"]
    hit_starts = {h.sent.start for h in hits}
    for e in ev_pos:
        s = next((x for x in sents if x.start <= e.evidence.start < x.end), None)
        if s is None or s.start in hit_starts:
            continue
        low = s.text.lower()
        if _is_past(low, year) or (rule.needs_state_actor and not _state_actor(low)):
            continue
        hits.append(_Hit("event", s, 0.5))
        hit_starts.add(s.start)

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
    rationale = f"{label}: " + ("; ".join(why) if why else "no case found in the relevant sections")
    keep = {0: ("frequent", "count", "case", "occasional", "event"),
            1: ("case", "occasional", "event", "absence", "frequent"),
            2: ("absence", "case", "occasional")}[score]

    # confidence: the section was found; lead and body agree
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
    conf = round(max(0.1, min(0.95, conf)), 2)

    all_hits = sorted(hits + big, key=lambda h: (h.sent.start not in lead_starts,
                                                 keep.index(h.kind) if h.kind in keep else 99,
                                                 h.sent.where == "summary", h.sent.start))
    evidence, used = [], set()
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
    event_ids = [e.id for e in (ev_pos if score < 2 else ev_neg)][:20]
    features: dict[str, Any] = dict(n)
    features["section_found"] = found_section
    features["basis"] = basis
    return Indicator(rule.name, score, conf, evidence, rationale, rule.scale, event_ids, features)


def _score_pts(rep: _Report, ciri: dict[str, Indicator]) -> Indicator:
    total = sum(ind.score for ind in ciri.values())     # 0 (worst) … 8 (best)
    conflict_spans = rep.spans({"killings", "conflict", "disappearance", "torture"}) + rep.summary_spans()
    sents = rep.sentences_in(conflict_spans, "region") if conflict_spans else []
    conflict = [s for s in sents if _CONFLICT.search(s.text.lower()) and not _LAW.search(s.text.lower())]
    mass = [s for s in sents if _MASS.search(s.text.lower()) and not _PAST.search(s.text.lower())]
    # base mapping from the CIRI sum (PTS manual: 1 rare abuse … 5 terror for all)
    if total >= 8:
        score = 1
    elif total >= 6:
        score = 2
    elif total >= 3:
        score = 3
    elif total >= 1:
        score = 4
    else:
        score = 5
    bumps = []
    if len(conflict) >= CONFLICT_SENTENCES and score < 4:
        score += 1
        bumps.append(f"{len(conflict)} sentences on armed conflict")
    if len(mass) >= MASS_SENTENCES and score < 5:
        score += 1
        bumps.append(f"{len(mass)} sentences on mass violence")
    rationale = f"CIRI estimates sum to {total} of 8"
    if bumps:
        rationale += "; raised for " + " and ".join(bumps)
    agree = sum(ind.confidence for ind in ciri.values()) / 4
    conf = round(max(0.1, min(0.9, agree - 0.1)), 2)
    evidence: list[dict[str, Any]] = []
    used: set[int] = set()
    for s in mass[:3] + conflict[:2]:
        if s.start in used:
            continue
        used.add(s.start)
        evidence.append({"doc": rep.doc, "start": s.start, "end": s.end, "text": s.text,
                         "citation": rep.cite(s.start), "kind": "mass" if s in mass else "conflict"})
    for name in CIRI:
        for ev in ciri[name].evidence[:1]:
            if ev["start"] not in used:
                used.add(ev["start"])
                evidence.append({**ev, "kind": f"{name}:{ev.get('kind', '')}"})
    events = [e for ind in ciri.values() for e in ind.events][:20]
    features = {"ciri_sum": total, "conflict_sentences": len(conflict), "mass_sentences": len(mass),
                **{k: ciri[k].score for k in CIRI}}
    return Indicator("PTS", score, conf, evidence, rationale,
                     "PTS 1–5: 1 secure rule of law … 5 terror extends to the whole population",
                     events, features)


CONFLICT_SENTENCES = 25  # sentences on armed conflict in Section 1 and the summary that raise PTS by one
MASS_SENTENCES = 5       # sentences on mass violence (this year) that raise PTS by one


def indicators(ledger: Any, doc: str) -> list[Indicator]:
    """KILL, DISAP, TORT, POLPRIS (CIRI 0–2) and PTS (1–5) for one report, with evidence."""
    rep = _Report(ledger, doc)
    ciri = {name: _score_ciri(rep, RULES[name]) for name in CIRI}
    return [*ciri.values(), _score_pts(rep, ciri)]


__all__ = ["Indicator", "indicators", "RULES", "CIRI", "NAMES"]
