"""Confidence of extracted records: a calibrated probability that the record is right.

One logistic model per record kind (entity, event, figure, provision) over sparse binary
features of the record as exported (type, precision, qualifier, norm, section, number of
mentions, …), its probability mapped by a monotone piecewise-linear ``map`` (isotonic, pooled
over the kinds; older files: its log-odds rescaled by Platt scaling, ``platt``: [a, b]), fitted by
``rightsledger train`` on the first runs of dev reports only (records of reports the rules were
not written on; :mod:`rightsledger.analysis.training.first_run_fit`) and shipped as
``extract/data/confidence.json``, versioned with the pipeline. Without the file every record gets
no confidence.

Entities carry their confidence in ``attributes["confidence"]`` (the store keeps
attributes); the export lifts it to the record's ``confidence`` field.
"""
from __future__ import annotations

import bisect
import json
import math
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from ..records import Entity, Event, Figure, Provision

MODEL_FILE = Path(__file__).resolve().parent / "data" / "confidence.json"
KINDS = ("entity", "event", "figure", "provision")


HABIT = re.compile(r"\b(?:often|usually|routinely|sometimes|frequently|generally|regularly|"
                   r"continued\s+to|at\s+times|occasionally|typically)\b")
PRESENT = re.compile(r"\b(?:is|are|has|have|does|do)\b")


def _group(section: str | None) -> str:
    top = (section or "").split(".")[0]
    return {"3": "3-4", "4": "3-4", "5": "5-7", "6": "5-7", "7": "5-7"}.get(top, top or "none")


def features(kind: str, rec: dict[str, Any]) -> list[str]:
    """Sparse binary features of an exported record (``kind`` one of :data:`KINDS`)."""
    f = ["bias"]
    if kind == "entity":
        name = rec.get("name") or ""
        words = name.split()
        n = len(rec.get("mentions") or [])
        attrs = rec.get("attributes") or {}
        f += [f"type={rec.get('type')}", f"mentions={min(n, 4)}", f"type_mentions={rec.get('type')}:{min(n, 3)}",
              f"words={min(len(words), 4)}", f"type_words={rec.get('type')}:{min(len(words), 3)}",
              f"aliases={bool(rec.get('aliases'))}", f"acronym={name.isupper()}",
              f"geo={'lat' in attrs}", f"orgkind={attrs.get('kind') if rec.get('type') != 'person' else None}",
              f"hyphen={'-' in name}", f"lowerword={any(w[:1].islower() for w in words[1:])}"]
    elif kind == "event":
        t = rec.get("type")
        f += [f"type={t}", f"precision={rec.get('precision')}", f"polarity={rec.get('polarity')}",
              f"group={_group(rec.get('section'))}", f"type_precision={t}:{rec.get('precision')}",
              f"participants={min(len(rec.get('participants') or []), 2)}", f"source={bool(rec.get('source'))}",
              f"place={bool(rec.get('place'))}", f"span={bool(rec.get('date_end'))}",
              f"group_precision={_group(rec.get('section'))}:{rec.get('precision')}"]
        text = ((rec.get("evidence") or {}).get("text") or "")
        low = text.lower()
        f += [f"habit={bool(HABIT.search(low))}", f"long={len(text) > 250}",
              f"present={bool(PRESENT.search(low))}"]
    elif kind == "figure":
        f += [f"qualifier={rec.get('qualifier')}", f"unit={rec.get('unit') if rec.get('unit') in (None, 'percent', 'persons') else 'money'}",
              f"what={bool(rec.get('what'))}", f"group={_group(rec.get('section'))}",
              f"small={_bucket(rec.get('value'))}", f"range={rec.get('value_end') is not None}"]
    elif kind == "provision":
        q = rec.get("quantity") or {}
        f += [f"norm={rec.get('norm')}", f"unit={q.get('unit')}", f"group={_group(rec.get('section'))}",
              f"subject={bool(rec.get('subject'))}"]
    return f


def _bucket(v: Any) -> str:
    try:
        v = float(v)
    except (TypeError, ValueError):
        return "none"
    if v < 1:
        return "fraction"
    return str(min(int(math.log10(v + 1e-9)), 5)) if v >= 1 else "0"


@lru_cache(maxsize=1)
def load_model(path: str = str(MODEL_FILE)) -> dict[str, Any] | None:
    p = Path(path)
    return json.loads(p.read_text(encoding="utf-8")) if p.is_file() else None


def log_odds(weights: dict[str, float], feats: Iterable[str]) -> float:
    """The model's log-odds of a record with these features (clipped to +-30)."""
    return max(-30.0, min(30.0, sum(weights.get(x, 0.0) for x in feats)))


def calibrated(m: dict[str, Any] | None, feats: Iterable[str]) -> float | None:
    """The probability one kind's model (``weights``, optional Platt ``platt`` = [a, b] applied
    to the log-odds, optional monotone ``map`` = [xs, ys] applied to the probability, optional
    ``mix_platt`` = [a, b] applied last to the log-odds of the mapped probability) gives a
    record with these features (None without a model)."""
    if not m:
        return None
    z = log_odds(m["weights"], feats)
    if m.get("platt"):
        z = _scaled(m["platt"], z)
    p = 1.0 / (1.0 + math.exp(-z))
    p = interpolate(*m["map"], p) if m.get("map") else p
    if m.get("mix_platt"):
        p = 1.0 / (1.0 + math.exp(-_scaled(m["mix_platt"], math.log(p / (1.0 - p)))))
    return round(p, 3)


def _scaled(ab: list[float], z: float) -> float:
    """``a * z + b`` for a Platt step ``ab`` = [a, b], clipped to +-30."""
    a, b = ab
    return max(-30.0, min(30.0, a * z + b))


def interpolate(xs: list[float], ys: list[float], x: float) -> float:
    """The piecewise-linear function through the knots ``(xs, ys)`` (``xs`` ascending) at ``x``,
    flat beyond the first and last knots."""
    i = bisect.bisect_right(xs, x)
    if i == 0:
        return ys[0]
    if i == len(xs):
        return ys[-1]
    x0, x1, y0, y1 = xs[i - 1], xs[i], ys[i - 1], ys[i]
    return y0 + (y1 - y0) * (x - x0) / (x1 - x0)


def probability(model: dict[str, Any], kind: str, rec: dict[str, Any]) -> float | None:
    return calibrated(model.get(kind) if model else None, features(kind, rec))


def add_confidence(entities: list[Entity], events: list[Event], figures: list[Figure],
                   provisions: list[Provision], model: dict[str, Any] | None = None
                   ) -> tuple[list[Entity], list[Event], list[Figure], list[Provision]]:
    """The records with ``confidence`` set from the shipped model (unchanged without one)."""
    model = model if model is not None else load_model()
    if not model:
        return entities, events, figures, provisions
    ents = []
    for e in entities:
        c = probability(model, "entity", {**e.as_dict(), "kind": "entity"})
        ents.append(replace(e, attributes={**e.attributes, "confidence": c}) if c is not None else e)
    evs = [replace(e, confidence=probability(model, "event", e.as_dict())) for e in events]
    figs = [replace(f, confidence=probability(model, "figure", f.as_dict())) for f in figures]
    provs = [replace(p, confidence=probability(model, "provision", p.as_dict())) for p in provisions]
    return ents, evs, figs, provs


# -- a prior for records stored without a confidence (an older pipeline, no model file) ----------
# Used by the review queue and the export only when a record has no ``confidence``.
PRIOR = {"event": 0.8, "figure": 0.85, "provision": 0.75, "entity": 0.85}


def prior(kind: str, rec: dict[str, Any]) -> float:
    """What the extractors knew before the calibrated model: a prior per kind, lowered by known weak spots."""
    c = PRIOR.get(kind, 0.7)
    if kind == "event":
        section = str(rec.get("section") or "")
        if not section.startswith("1"):
            c -= 0.15
        if rec.get("type") == "other":
            c -= 0.25
        if rec.get("precision") == "year":
            c -= 0.05
        if rec.get("polarity") == "alleged":
            c -= 0.05
        if not rec.get("participants"):
            c -= 0.05
    elif kind == "figure":
        if not rec.get("what"):
            c -= 0.25
        if rec.get("qualifier") != "exact":
            c -= 0.05
        if rec.get("value_end") is not None:
            c -= 0.05
    elif kind == "provision":
        q = rec.get("quantity") or {}
        if q.get("value") is None:
            c -= 0.15
        if not rec.get("subject"):
            c -= 0.1
    elif kind == "entity":
        n = len(rec.get("mentions") or [])
        if n <= 1:
            c -= 0.2
        elif n >= 5:
            c += 0.05
        if rec.get("type") == "place" and "lat" not in (rec.get("attributes") or {}):
            c -= 0.1
    return round(max(0.05, min(0.99, c)), 2)
