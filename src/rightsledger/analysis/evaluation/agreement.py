"""Inter-annotator agreement: two gold files of one document scored against each other.

Gold A is the reference and gold B the "prediction", matched by the evaluator's own rules
(``evaluate.score``: one-to-one, greedy; see docs/EVALUATION.md), on the characters both
annotated: each side's scope is clipped to the intersection of the two scopes' ranges, and
only the record kinds both scopes list are compared. F1 is symmetric (swapping A and B swaps
precision and recall). On the matched events: the share with the same type and Cohen's kappa
of the two annotators' types, and the penalty and duration agreement of ``evaluate``. The
section groups (exec, 1, 2, 3-4, 5-7) come from the gold's section records, or else from the
outline of the report text when it is available (the ranges ``evaluate`` uses).
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...errors import Code, RightsledgerError
from . import evaluate as ev

Range = tuple[int, int]
# the fields of a record a disagreement shows (no report text: offsets, names, values)
BRIEF = ("id", "title", "name", "aliases", "type", "date", "date_end", "value", "unit", "norm")


@dataclass
class Agreement:
    """How far two gold files of one document agree (A the reference, B the prediction)."""

    doc: str
    file: str
    a: str
    b: str
    ranges: list[Range]
    kinds: list[str]
    scores: ev.Scores
    disagreements: list[dict[str, Any]] = field(default_factory=list)

    def kappa(self, group: str | None = None) -> float | None:
        """Cohen's kappa of the event types over the matched events (of one group)."""
        s = self.scores if group is None else self.scores.groups.get(group)
        return cohen_kappa([(g["type"], p["type"]) for p, g in s.event_pairs]) if s else None

    def as_dict(self) -> dict[str, Any]:
        out = {"kind": "agreement", "a": self.a, "b": self.b, "ranges": [list(r) for r in self.ranges],
               "kinds": self.kinds, **self.scores.as_dict()}
        out["event_type_kappa"] = _round(self.kappa())
        for g in out.get("groups", {}):
            out["groups"][g]["event_type_kappa"] = _round(self.kappa(g))
        return out


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def cohen_kappa(pairs: list[tuple[str, str]]) -> float | None:
    """Cohen's kappa of two raters' labels of the same items; None without items.

    When both raters used one and the same label throughout, chance agreement is 1 and
    the observed agreement too: 1.0."""
    n = len(pairs)
    if not n:
        return None
    observed = sum(a == b for a, b in pairs) / n
    ca, cb = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    chance = sum(ca[k] * cb[k] for k in ca) / (n * n)
    return 1.0 if chance >= 1.0 else (observed - chance) / (1.0 - chance)


def load_gold(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A gold file's scope line and records; NOT_GOLD when it is not one."""
    if not path.is_file():
        raise RightsledgerError(Code.NOT_FOUND, path=path)
    try:
        recs = ev.load_jsonl(path)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise RightsledgerError(Code.NOT_GOLD, path=path, detail=f"not JSON Lines ({exc})") from None
    if not recs or not isinstance(recs[0], dict) or recs[0].get("kind") != "scope":
        raise RightsledgerError(Code.NOT_GOLD, path=path, detail="its first line is no scope record")
    scope = recs[0]
    if not scope.get("doc") and not scope.get("file"):
        raise RightsledgerError(Code.NOT_GOLD, path=path, detail="its scope names no document")
    return scope, recs[1:]


def scope_ranges(scope: dict[str, Any]) -> list[Range]:
    """The character ranges a scope annotates, clipped to its start and end."""
    lo, hi = scope.get("start", 0), scope.get("end", 1 << 62)
    raw = scope.get("ranges") or [(lo, hi)]
    return _merge([(max(lo, a), min(hi, b)) for a, b in raw])


def _merge(ranges: list[Range]) -> list[Range]:
    out: list[Range] = []
    for a, b in sorted(r for r in ranges if r[0] < r[1]):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def intersect(xs: list[Range], ys: list[Range]) -> list[Range]:
    """The characters inside both lists of ranges."""
    return _merge([(max(a, c), min(b, d)) for a, b in xs for c, d in ys])


def _sections(scope: dict[str, Any], *record_lists: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Top-level sections for the groups: a gold's own section records, else the text's outline."""
    for recs in record_lists:
        secs = [r for r in recs if r.get("kind") == "section"]
        if secs:
            return secs
    path = ev.text_path(scope) if scope.get("file") else None
    if path is None:
        return []
    from ...read import read_path
    from ...structure import outline

    return [{"kind": "section", **s.as_dict()} for s in outline(read_path(path).text, scope.get("doc", "")).sections]


def agree(path_a: Path, path_b: Path, keep_errors: bool = False) -> Agreement:
    """Score gold B against gold A on the intersection of their scopes."""
    scope_a, recs_a = load_gold(path_a)
    scope_b, recs_b = load_gold(path_b)
    for key in ("doc", "file"):
        if scope_a.get(key) and scope_b.get(key) and scope_a[key] != scope_b[key]:
            raise RightsledgerError(Code.GOLD_MISMATCH, path=path_b, other=str(path_a),
                                    key=key, a=scope_a[key], b=scope_b[key])
    ranges = intersect(scope_ranges(scope_a), scope_ranges(scope_b))
    if not ranges:
        raise RightsledgerError(Code.NO_OVERLAP, path=path_b, other=str(path_a))
    kinds_b = set(scope_b.get("kinds", ev.SCORED_KINDS))
    kinds = [k for k in scope_a.get("kinds", ["section", "subtopic", "entity", "event", "figure", "provision"])
             if k in kinds_b]
    common = {**{k: v for k, v in scope_a.items() if k not in ("start", "end")},
              "kinds": kinds, "ranges": ranges}
    out = ev.score(recs_b, [common, *recs_a], keep_errors=keep_errors)
    group_of: dict[str, list[Range]] = {}
    for g, granges in ev.group_ranges(_sections(scope_a, recs_a, recs_b)).items():
        clipped = intersect(_merge(granges), ranges)
        if not clipped:
            continue
        gs = ev.score(recs_b, [dict(common, ranges=clipped), *recs_a])
        if any(k.tp + k.fp + k.fn for k in gs.kinds.values()):
            gs.doc = f"{out.doc} {g}"
            out.groups[g] = gs
            group_of[g] = clipped
    result = Agreement(doc=scope_a.get("doc", ""), file=scope_a.get("file", ""), a=str(path_a), b=str(path_b),
                       ranges=ranges, kinds=kinds, scores=out)
    if keep_errors:
        result.disagreements = disagreements(out, ranges, group_of)
    return result


def _offset(rec: dict[str, Any], ranges: list[Range]) -> tuple[int | None, int | None]:
    if rec.get("kind") == "entity":
        inside = [m for m in rec.get("mentions", []) if any(a <= m[0] < b for a, b in ranges)]
        return (inside[0][0], inside[0][1]) if inside else (None, None)
    span = rec.get("evidence") or rec
    return span.get("start"), span.get("end")


def _brief(rec: dict[str, Any], ranges: list[Range]) -> dict[str, Any]:
    start, end = _offset(rec, ranges)
    out: dict[str, Any] = {"start": start, "end": end}
    out.update({k: rec[k] for k in BRIEF if k in rec})
    if rec.get("kind") == "entity":
        out["mentions"] = sum(any(a <= m[0] < b for a, b in ranges) for m in rec.get("mentions", []))
    for k in ("penalty", "duration", "quantity"):
        if rec.get(k):
            out[k] = {f: rec[k].get(f) for f in ("kind", "value", "unit") if f in rec[k]}
    return out


def disagreements(scores: ev.Scores, ranges: list[Range], group_of: dict[str, list[Range]]) -> list[dict[str, Any]]:
    """Every disagreement in text order: records only A or only B has, matched events whose
    type, penalty or duration differ (offsets, names, values; never report text)."""
    def group(start: int | None) -> str:
        return next((g for g, rs in group_of.items() if start is not None and any(a <= start < b for a, b in rs)), "")

    rows: list[dict[str, Any]] = []
    for kind, errs in scores.errors.items():
        if kind == "event_type":
            continue  # matched events typed otherwise: listed below, from the matched pairs
        if kind in ("penalty", "duration"):
            for b, a in zip(errs["fp"], errs["fn"]):
                row = {"record": "event", "what": kind, **_brief(a, ranges),
                       f"{kind}_a": _brief(a, ranges).get(kind), f"{kind}_b": _brief(b, ranges).get(kind)}
                row.pop(kind, None)
                rows.append(row)
            continue
        for label, what in (("fn", "only_a"), ("fp", "only_b")):
            rows.extend({"record": kind, "what": what, **_brief(r, ranges)} for r in errs[label])
    for b, a in scores.event_pairs:
        if a["type"] != b["type"]:
            row = {"record": "event", "what": "type", **_brief(a, ranges), "type_a": a["type"], "type_b": b["type"]}
            del row["type"]
            rows.append(row)
    for row in rows:
        row["group"] = group(row.get("start"))
    order = {"only_a": 0, "only_b": 1, "type": 2, "penalty": 3, "duration": 4}
    return sorted(rows, key=lambda r: (r["start"] if r["start"] is not None else -1, order[r["what"]]))
