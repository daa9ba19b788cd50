"""Evaluation: precision, recall and F1 per record kind against gold annotations.

Gold files and matching rules are described in ``docs/EVALUATION.md``. ``score`` is a
pure function of predicted and gold records; ``evaluate_gold_file`` ingests the gold's
document into a scratch database, exports it and scores it.
"""
from __future__ import annotations

import json
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

ROOT = Path(__file__).resolve().parents[3]
GOLD_DIRS = (ROOT / "examples" / "gold", ROOT / "tests" / "gold" / "shared")
TEXT_DIRS = (ROOT / "examples" / "reports", ROOT.parent / "shared" / "reports")
FLOORS_FILE = ROOT / "tests" / "eval_floors.json"
SCORED_KINDS = ("section", "subtopic", "person", "organization", "place", "event", "figure",
                "provision")


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

    @property
    def event_type_accuracy(self) -> float | None:
        tp = self.kinds.get("event", PRF()).tp
        return self.event_type_correct / tp if tp else None

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"doc": self.doc, **{k: v.as_dict() for k, v in self.kinds.items()}}
        if self.event_type_accuracy is not None:
            out["event_type_accuracy"] = round(self.event_type_accuracy, 4)
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


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def _value_eq(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return True
    try:
        return abs(float(a) - float(b)) < 1e-6
    except (TypeError, ValueError):
        return False


def _match(pred: list[dict[str, Any]], gold: list[dict[str, Any]],
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


def _in_scope(rec: dict[str, Any], scope: dict[str, Any]) -> bool:
    lo, hi = scope.get("start", 0), scope.get("end", 1 << 62)
    kind = rec.get("kind")
    if kind == "entity":
        return any(lo <= m[0] < hi for m in rec.get("mentions", []))
    if kind in ("event", "figure", "provision"):
        return lo <= rec["evidence"]["start"] < hi
    if kind in ("section", "subtopic"):
        return lo <= rec["start"] < hi
    return True


def score(predicted: Iterable[dict[str, Any]], gold: Iterable[dict[str, Any]],
          keep_errors: bool = False) -> Scores:
    """Score export records against gold records (the gold's first record may be a scope)."""
    gold = list(gold)
    scope = next((g for g in gold if g.get("kind") == "scope"), {})
    kinds = set(scope.get("kinds", ["section", "subtopic", "entity", "event", "figure", "provision"]))
    pred = [p for p in predicted if _in_scope(p, scope)]
    by_kind = lambda recs, k: [r for r in recs if r.get("kind") == k]  # noqa: E731
    out = Scores(doc=scope.get("doc", ""))

    def record(name: str, res: tuple[PRF, list, list, list]) -> list[tuple[dict, dict]]:
        prf, pairs, fp, fn = res
        out.kinds[name] = prf
        if keep_errors:
            out.errors[name] = {"fp": fp, "fn": fn}
        return pairs

    if "section" in kinds:
        record("section", _match(by_kind(pred, "section"), by_kind(gold, "section"),
                                 lambda p, g: p["id"] == g["id"] and norm_title(p["title"]) == norm_title(g["title"])))
    if "subtopic" in kinds:
        record("subtopic", _match(by_kind(pred, "subtopic"), by_kind(gold, "subtopic"),
                                  lambda p, g: p["section"] == g["section"]
                                  and norm_title(p["title"]) == norm_title(g["title"])))
    if "entity" in kinds:
        for t in ("person", "organization", "place"):
            pe = [e for e in by_kind(pred, "entity") if e["type"] == t]
            ge = [e for e in by_kind(gold, "entity") if e["type"] == t]
            record(t, _match(pe, ge, lambda p, g: bool(_names(p) & _names(g))))
    if "event" in kinds:
        pairs = record("event", _match(by_kind(pred, "event"), by_kind(gold, "event"),
                                       lambda p, g: p["date"] == g["date"]
                                       and _overlap(p["evidence"], g["evidence"])))
        out.event_type_correct = sum(p["type"] == g["type"] for p, g in pairs)
    if "figure" in kinds:
        record("figure", _match(by_kind(pred, "figure"), by_kind(gold, "figure"),
                                lambda p, g: _value_eq(p["value"], g["value"]) and p["value"] is not None
                                and _overlap(p["evidence"], g["evidence"])))
    if "provision" in kinds:
        pairs = record("provision", _match(
            by_kind(pred, "provision"), by_kind(gold, "provision"),
            lambda p, g: _overlap(p["evidence"], g["evidence"])
            and _value_eq((p.get("quantity") or {}).get("value"), (g.get("quantity") or {}).get("value"))))
        out.provision_norm_correct = sum(p["norm"] == g["norm"] for p, g in pairs)
    return out


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def gold_files() -> list[Path]:
    return sorted(p for d in GOLD_DIRS if d.is_dir() for p in d.glob("*.jsonl"))


def text_path(scope: dict[str, Any]) -> Path | None:
    for d in TEXT_DIRS:
        p = d / scope["file"]
        if p.is_file():
            return p
    return None


def evaluate_gold_file(gold_path: Path, db: str | None = None, keep_errors: bool = False) -> Scores | None:
    """Ingest the gold's document (into ``db`` or a scratch database) and score its export.

    Returns None when the document text is not available (e.g. ``../shared`` is absent).
    """
    from ..run.ingest import ingest_file
    from ..store import Store
    from ..store.export import document_records

    gold = load_jsonl(gold_path)
    scope = gold[0] if gold and gold[0].get("kind") == "scope" else {}
    path = text_path(scope) if scope else None
    if path is None:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(db or str(Path(tmp) / "eval.db"))
        result = ingest_file(store, path)
        if not result.ok or result.doc is None:
            raise RuntimeError(result.error)
        predicted = list(document_records(store, result.doc))
        store.engine.dispose()
    scores = score(predicted, gold, keep_errors=keep_errors)
    scores.doc = scores.doc or result.doc
    return scores


def total(scores: list[Scores]) -> Scores:
    out = Scores(doc="ALL")
    for s in scores:
        for k, prf in s.kinds.items():
            out.kinds.setdefault(k, PRF())
            out.kinds[k] += prf
        out.event_type_correct += s.event_type_correct
        out.provision_norm_correct += s.provision_norm_correct
    return out


def check_floors(scores: list[Scores], floors: dict[str, Any]) -> list[str]:
    """Messages for every F1 (per document and kind) below its pinned floor."""
    problems = []
    by_doc = {s.doc: s for s in scores}
    for doc, kinds in floors.get("f1", {}).items():
        s = by_doc.get(doc)
        if s is None:
            continue
        for kind, floor in kinds.items():
            if kind == "event_type_accuracy":
                got = s.event_type_accuracy or 0.0
            elif kind in s.kinds:
                got = s.kinds[kind].f1
            else:
                continue
            if got + 1e-9 < floor:
                problems.append(f"{doc} {kind}: F1 {got:.3f} < floor {floor:.3f}")
    return problems
