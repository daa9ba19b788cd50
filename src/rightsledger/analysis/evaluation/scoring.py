"""Scoring: precision, recall and F1 per record kind of export records against gold records.

Pure functions of predicted and gold records (no files, no database): the one-to-one matching rules
of docs/EVALUATION.md (``score``), the section groups (``score_report``), totals over reports and
the reliability table. Split from ``evaluate.py`` (round t-tidy14), which finds the gold files,
ingests their reports and re-exports these names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __iadd__(self, other: "PRF") -> "PRF":
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    def as_dict(self) -> dict[str, float | int]:
        return {"p": round(self.precision, 4), "r": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Scores:
    doc: str
    kinds: dict[str, PRF] = field(default_factory=dict)
    event_type_correct: int = 0
    provision_norm_correct: int = 0
    errors: dict[str, dict[str, list[Any]]] = field(default_factory=dict)
    split: str = "dev"
    column: str = "dev"     # dev, held-out or test: column_of(gold file), set by the caller
    # matched events where gold or prediction has a penalty / a duration, and how many agree
    penalty_seen: int = 0
    penalty_correct: int = 0
    duration_seen: int = 0
    duration_correct: int = 0
    # (confidence, right?) for every scored prediction that carries a confidence
    reliability: list[tuple[float, bool]] = field(default_factory=list)
    # every scored prediction with whether it matched gold (for fitting confidence)
    labels: list[tuple[dict[str, Any], bool]] = field(default_factory=list)
    groups: dict[str, "Scores"] = field(default_factory=dict)
    # the matched events, (prediction, gold): type agreement between annotators (agreement.py)
    event_pairs: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)

    @property
    def event_type_accuracy(self) -> float | None:
        tp = self.kinds.get("event", PRF()).tp
        return self.event_type_correct / tp if tp else None

    @property
    def penalty_accuracy(self) -> float | None:
        return self.penalty_correct / self.penalty_seen if self.penalty_seen else None

    @property
    def duration_accuracy(self) -> float | None:
        return self.duration_correct / self.duration_seen if self.duration_seen else None

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"doc": self.doc, "split": self.split, "column": self.column,
                               **{k: v.as_dict() for k, v in self.kinds.items()}}
        for name in ("event_type_accuracy", "penalty_accuracy", "duration_accuracy"):
            if getattr(self, name) is not None:
                out[name] = round(getattr(self, name), 4)
        if self.groups:
            out["groups"] = {g: {**{k: round(v.f1, 4) for k, v in gs.kinds.items()},
                                 **{a: round(getattr(gs, a), 4) for a in
                                    ("event_type_accuracy", "penalty_accuracy", "duration_accuracy")
                                    if getattr(gs, a) is not None}}
                             for g, gs in self.groups.items()}
        return out


_WS = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"[’']s?$")


def norm_title(title: str) -> str:
    return _WS.sub(" ", title).strip().rstrip(":.").strip().lower()


def norm_name(name: str) -> str:
    n = _WS.sub(" ", name.replace("’", "'")).strip().lower()
    if n.startswith("the "):
        n = n[4:]
    return _POSSESSIVE.sub("", n).strip(" .,;:")


def overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two evidence spans (``start``/``end``) overlap."""
    return a["start"] < b["end"] and b["start"] < a["end"]


def _value_eq(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return True
    try:
        return abs(float(a) - float(b)) < 1e-6
    except (TypeError, ValueError):
        return False


def match_records(pred: list[dict[str, Any]], gold: list[dict[str, Any]],
           same: Callable[[dict[str, Any], dict[str, Any]], bool]) -> tuple[PRF, list[tuple[dict, dict]], list, list]:
    """Greedy one-to-one matching; returns scores, pairs, unmatched predictions and gold."""
    used: set[int] = set()
    pairs = []
    unmatched_pred = []
    for p in pred:
        for i, g in enumerate(gold):
            if i not in used and same(p, g):
                used.add(i)
                pairs.append((p, g))
                break
        else:
            unmatched_pred.append(p)
    missed = [g for i, g in enumerate(gold) if i not in used]
    return PRF(len(pairs), len(unmatched_pred), len(missed)), pairs, unmatched_pred, missed


def _names(rec: dict[str, Any]) -> set[str]:
    return {norm_name(n) for n in [rec.get("name", ""), *rec.get("aliases", [])] if n}


def in_scope(rec: dict[str, Any], scope: dict[str, Any]) -> bool:
    """Whether a gold or predicted record lies inside ``scope`` (its start and end, or the ranges of a
    section group): entities by their mentions, other records by their evidence."""
    lo, hi = scope.get("start", 0), scope.get("end", 1 << 62)
    ranges = [(max(lo, a), min(hi, b)) for a, b in scope.get("ranges", [(lo, hi)])]
    inside = lambda x: any(a <= x < b for a, b in ranges)  # noqa: E731
    kind = rec.get("kind")
    if kind == "entity":
        if "ranges" in scope and not rec.get("mentions"):
            return False  # an entity without mentions cannot be placed in a section group
        return any(inside(m[0]) for m in rec.get("mentions", [])) or (
            "ranges" not in scope and not rec.get("mentions"))
    if kind in ("event", "figure", "provision"):
        return inside(rec["evidence"]["start"])
    if kind in ("section", "subtopic"):
        return inside(rec["start"])
    return True


def same_penalty(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """Whether two penalties are of the same kind and length; a penalty without a value ("a prison term")
    matches any of its kind."""
    if not a or not b:
        return False
    if a.get("kind") != b.get("kind"):
        return False
    if a.get("value") is None:
        return True  # "a prison term" against any prison term
    if b.get("value") is None:
        return _unit(a.get("unit")) == _unit(b.get("unit"))
    return _same_length(a, b)


def same_duration(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """Whether two durations state the same length (None on either side: no)."""
    if not a or not b:
        return False
    return _same_length(a, b)


#: a length told in a larger unit, as a count of the smaller one it is an exact multiple of:
#: "three years and three months" is 3.25 years or 39 months, "two weeks" 14 days
_EXACT_UNITS = {"year": ("month", 12), "week": ("day", 7)}


def _same_length(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Same value and unit, or the same length in years and months (weeks and days)."""
    def measure(r: dict[str, Any]) -> tuple[str, Any]:
        unit, value = _unit(r.get("unit")), r.get("value")
        if unit in _EXACT_UNITS and isinstance(value, (int, float)):
            base, factor = _EXACT_UNITS[unit]
            return base, value * factor
        return unit, value
    (ua, va), (ub, vb) = measure(a), measure(b)
    return ua == ub and _value_eq(va, vb)


def _unit(u: Any) -> str:
    u = str(u or "").lower()
    return u[:-1] if u.endswith("s") else u


def score(predicted: Iterable[dict[str, Any]], gold: Iterable[dict[str, Any]],
          keep_errors: bool = False) -> Scores:
    """Score export records against gold records (the gold's first record may be a scope)."""
    gold = list(gold)
    scope = next((g for g in gold if g.get("kind") == "scope"), {})
    kinds = set(scope.get("kinds", ["section", "subtopic", "entity", "event", "figure", "provision"]))
    pred = [p for p in predicted if in_scope(p, scope)]
    if "ranges" in scope:
        gold = [g for g in gold if g.get("kind") == "scope" or in_scope(g, scope)]
    by_kind = lambda recs, k: [r for r in recs if r.get("kind") == k]  # noqa: E731
    out = Scores(doc=scope.get("doc", ""), split=scope.get("split", "dev"))

    def record(name: str, res: tuple[PRF, list, list, list]) -> list[tuple[dict, dict]]:
        prf, pairs, fp, fn = res
        out.kinds[name] = prf
        if keep_errors:
            out.errors[name] = {"fp": fp, "fn": fn}
        out.labels.extend([(p, True) for p, _ in pairs] + [(p, False) for p in fp])
        for p, _ in pairs:
            if p.get("confidence") is not None:
                out.reliability.append((float(p["confidence"]), True))
        for p in fp:
            if p.get("confidence") is not None:
                out.reliability.append((float(p["confidence"]), False))
        return pairs

    if "section" in kinds:
        record("section", match_records(by_kind(pred, "section"), by_kind(gold, "section"),
                                 lambda p, g: p["id"] == g["id"] and norm_title(p["title"]) == norm_title(g["title"])))
    if "subtopic" in kinds:
        record("subtopic", match_records(by_kind(pred, "subtopic"), by_kind(gold, "subtopic"),
                                  lambda p, g: p["section"] == g["section"]
                                  and norm_title(p["title"]) == norm_title(g["title"])))
    if "entity" in kinds:
        for t in ("person", "organization", "place"):
            pe = [e for e in by_kind(pred, "entity") if e["type"] == t]
            ge = [e for e in by_kind(gold, "entity") if e["type"] == t]
            record(t, match_records(pe, ge, lambda p, g: bool(_names(p) & _names(g))))
    if "event" in kinds:
        pairs = record("event", match_records(by_kind(pred, "event"), by_kind(gold, "event"),
                                       lambda p, g: p["date"] == g["date"]
                                       and overlap(p["evidence"], g["evidence"])))
        out.event_type_correct = sum(p["type"] == g["type"] for p, g in pairs)
        out.event_pairs = pairs
        wrong_type = [(p, g) for p, g in pairs if p["type"] != g["type"]]
        if keep_errors and wrong_type:  # --errors: matched, typed otherwise (as predicted, as gold)
            out.errors["event_type"] = {"fp": [p for p, _ in wrong_type], "fn": [g for _, g in wrong_type]}
        # only gold that annotates them (older gold predates the fields: no key at all)
        has_pen = any("penalty" in g for g in by_kind(gold, "event"))
        has_dur = any("duration" in g for g in by_kind(gold, "event"))
        for p, g in pairs:
            if has_pen and (p.get("penalty") or g.get("penalty")):
                out.penalty_seen += 1
                right = same_penalty(p.get("penalty"), g.get("penalty"))
                out.penalty_correct += right
                if keep_errors and not right:  # --errors: the event as predicted, then as gold
                    out.errors.setdefault("penalty", {"fp": [], "fn": []})
                    out.errors["penalty"]["fp"].append(p)
                    out.errors["penalty"]["fn"].append(g)
            if has_dur and (p.get("duration") or g.get("duration")):
                out.duration_seen += 1
                right = same_duration(p.get("duration"), g.get("duration"))
                out.duration_correct += right
                if keep_errors and not right:
                    out.errors.setdefault("duration", {"fp": [], "fn": []})
                    out.errors["duration"]["fp"].append(p)
                    out.errors["duration"]["fn"].append(g)
    if "figure" in kinds:
        record("figure", match_records(by_kind(pred, "figure"), by_kind(gold, "figure"),
                                lambda p, g: _value_eq(p["value"], g["value"]) and p["value"] is not None
                                and overlap(p["evidence"], g["evidence"])))
    if "provision" in kinds:
        pairs = record("provision", match_records(
            by_kind(pred, "provision"), by_kind(gold, "provision"),
            lambda p, g: overlap(p["evidence"], g["evidence"])
            and _value_eq((p.get("quantity") or {}).get("value"), (g.get("quantity") or {}).get("value"))))
        out.provision_norm_correct = sum(p["norm"] == g["norm"] for p, g in pairs)
    return out

def total(scores: list[Scores], doc: str = "ALL") -> Scores:
    out = Scores(doc=doc, split=scores[0].split if scores else "dev", column=scores[0].column if scores else "dev")
    for s in scores:
        for k, prf in s.kinds.items():
            out.kinds.setdefault(k, PRF())
            out.kinds[k] += prf
        out.event_type_correct += s.event_type_correct
        out.provision_norm_correct += s.provision_norm_correct
        out.penalty_seen += s.penalty_seen
        out.penalty_correct += s.penalty_correct
        out.duration_seen += s.duration_seen
        out.duration_correct += s.duration_correct
        out.reliability.extend(s.reliability)
        for g, gs in s.groups.items():
            out.groups.setdefault(g, Scores(doc=f"{doc} {g}", split=out.split))
            out.groups[g] = total([out.groups[g], gs], doc=f"{doc} {g}")
    return out

# -- section groups, splits and reliability ----------------------------------------------
GROUPS = ("exec", "1", "2", "3-4", "5-7")
_GROUP_OF = {"exec": "exec", "1": "1", "2": "2", "3": "3-4", "4": "3-4", "5": "5-7", "6": "5-7",
             "7": "5-7"}


def group_ranges(predicted: Iterable[dict[str, Any]]) -> dict[str, list[tuple[int, int]]]:
    """Character ranges of each section group, from the export's top-level sections.

    Text before the first numbered section is ``exec`` (the gold convention)."""
    tops = sorted((s for s in predicted if s.get("kind") == "section" and not s.get("parent")),
                  key=lambda s: s["start"])
    out: dict[str, list[tuple[int, int]]] = {}
    first_numbered = next((s["start"] for s in tops if s["id"] in _GROUP_OF and s["id"] != "exec"), None)
    if first_numbered is not None:
        out.setdefault("exec", []).append((0, first_numbered))
    for s in tops:
        g = _GROUP_OF.get(str(s["id"]).split(".")[0], "other")
        if g == "exec" and first_numbered is not None:
            continue
        out.setdefault(g, []).append((s["start"], s["end"]))
    return out


def score_report(predicted: list[dict[str, Any]], gold: list[dict[str, Any]],
                 keep_errors: bool = False) -> Scores:
    """``score`` on the whole scope, plus one ``Scores`` per section group in ``groups``."""
    out = score(predicted, gold, keep_errors=keep_errors)
    scope = next((g for g in gold if g.get("kind") == "scope"), {})
    for g, ranges in group_ranges(predicted).items():
        sub = dict(scope, ranges=ranges)
        gs = score(predicted, [sub, *[r for r in gold if r.get("kind") != "scope"]])
        if any(k.tp + k.fn for k in gs.kinds.values()):
            gs.doc = f"{out.doc} {g}"
            out.groups[g] = gs
    return out


BANDS = ((0.0, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.0001))


def reliability_table(pairs: Iterable[tuple[float, bool]]) -> list[dict[str, Any]]:
    """Per confidence band: how many scored predictions, how many right, the mean confidence."""
    rows = []
    pairs = list(pairs)
    for lo, hi in BANDS:
        inside = [(c, ok) for c, ok in pairs if lo <= c < hi]
        n = len(inside)
        right = sum(ok for _, ok in inside)
        rows.append({"band": f"{lo:.1f}-{min(hi, 1.0):.1f}", "n": n, "right": right,
                     "accuracy": round(right / n, 3) if n else None,
                     "mean_confidence": round(sum(c for c, _ in inside) / n, 3) if n else None})
    return rows
