"""The Political Terror Scale estimate (1–5): mapped from the sum of the four CIRI estimates and
raised for many sentences on armed conflict or mass violence in Section 1 and the summary."""
from __future__ import annotations

from typing import Any

from .report import Report
from .rules import CIRI, Indicator
from .wording import CONFLICT, LAW, MASS, PAST

CONFLICT_SENTENCES = 25  # sentences on armed conflict in Section 1 and the summary that raise PTS by one
MASS_SENTENCES = 5       # sentences on mass violence (this year) that raise PTS by one


def score_pts(rep: Report, ciri: dict[str, Indicator]) -> Indicator:
    """The PTS estimate from the CIRI estimates already made (``ciri``, by name), its evidence the
    mass-violence and conflict sentences, then the first evidence sentence of each CIRI estimate."""
    total = sum(ind.score for ind in ciri.values())     # 0 (worst) … 8 (best)
    conflict_spans = rep.spans({"killings", "conflict", "disappearance", "torture"}) + rep.summary_spans()
    sents = rep.sentences_in(conflict_spans, "region") if conflict_spans else []
    conflict = [s for s in sents if CONFLICT.search(s.text.lower()) and not LAW.search(s.text.lower())]
    mass = [s for s in sents if MASS.search(s.text.lower()) and not PAST.search(s.text.lower())]
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
