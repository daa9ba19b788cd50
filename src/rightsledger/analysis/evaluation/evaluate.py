"""Evaluation: precision, recall and F1 per record kind against gold annotations.

Gold files and matching rules are described in ``docs/EVALUATION.md``. The scoring itself, a pure
function of predicted and gold records, is ``scoring.py`` (re-exported here: callers use
``evaluate.score``, ``evaluate.Scores`` …); this module finds the gold files and their reports,
tells each file's column (dev, held-out, test), checks the floors, and ``evaluate_gold_file``
ingests the gold's document into a scratch database, exports it and scores it.
"""
from __future__ import annotations

import json
import os
import tempfile
import tomllib
from pathlib import Path
from typing import Any

# re-exported: the names the other analysis modules, the CLI and the tests use as ``ev.NAME``
from .scoring import (  # noqa: F401
    GROUPS, Scores, in_scope, match_records, overlap, group_ranges, reliability_table, score, score_report, total,
)

ROOT = Path(__file__).resolve().parents[4]
# tests/gold/heldout: test gold of our own held-out reports (tests/fixtures/heldout), kept
# out of examples/reports so that the demo never ingests them.
GOLD_DIRS = (ROOT / "examples" / "gold", ROOT / "tests" / "gold" / "shared",
             ROOT / "tests" / "gold" / "heldout")
# ../collection: pages of the public state.gov collection that gold files name as
# "html/YEAR/NAME.html" (scripts/collection.sh checks them out; absent = skipped).
TEXT_DIRS = (ROOT / "examples" / "reports", ROOT.parent / "shared" / "reports",
             ROOT / "tests" / "fixtures" / "heldout", ROOT.parent / "collection")
FLOORS_FILE = ROOT / "tests" / "eval_floors.json"
HELD_OUT_FILE = ROOT / "tests" / "gold" / "held_out.toml"
#: The columns ``evaluate`` prints: dev gold rules are tuned on, held-out dev reports, test.
COLUMNS = ("dev", "held-out", "test")
SCORED_KINDS = ("section", "subtopic", "person", "organization", "place", "event", "figure",
                "provision")


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


def missing_text(scope: dict[str, Any]) -> str:
    """Why a gold report's text is not available, for the line that skips it: the file its scope names,
    the folders it was looked for in, and, for a page of the state.gov collection ("html/YEAR/NAME.html"),
    the script that checks such pages out (on a new machine every such gold report is skipped until then)."""
    name = scope.get("file") or "(no file named)"
    where = ", ".join(os.path.relpath(d, ROOT) for d in TEXT_DIRS)
    hint = ("; `scripts/collection.sh GIT_DIR` checks the pages of the state.gov collection out into ../collection"
            if str(name).startswith("html/") else "")
    return f"{name} is in none of {where}{hint}"


def evaluate_gold_file(gold_path: Path, db: str | None = None, keep_errors: bool = False) -> Scores | None:
    """Ingest the gold's document (into ``db`` or a scratch database) and score its export.

    Returns None when the document text is not available (e.g. ``../shared`` is absent).
    """
    predicted = predictions_for(gold_path, db)
    if predicted is None:
        return None
    gold = load_jsonl(gold_path)
    scores = score_report(predicted, gold, keep_errors=keep_errors)
    scores.doc = scores.doc or next((p["id"] for p in predicted if p.get("kind") == "document"), "")
    return scores



def predictions_for(gold_path: Path, db: str | None = None) -> list[dict[str, Any]] | None:
    """The export of the gold's document, ingested into ``db`` or a scratch database."""
    from ...run.ingest import ingest_file
    from ...store import Store
    from ...store.export import document_records

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
    return predicted


def held_out() -> frozenset[str]:
    """The stems of the held-out dev reports (``tests/gold/held_out.toml``; empty without it)."""
    if not HELD_OUT_FILE.is_file():
        return frozenset()
    return frozenset(tomllib.loads(HELD_OUT_FILE.read_text("utf-8"))["reports"])


def column_of(gold_path: Path) -> str:
    """Which column of ``evaluate`` a gold file counts in: ``test`` by its scope line's split,
    ``held-out`` for a dev file of a held-out report, else ``dev``."""
    split = split_of(gold_path)
    if split == "test":
        return "test"
    return "held-out" if Path(gold_path).stem in held_out() else "dev"


def split_of(gold_path: Path) -> str:
    with open(gold_path, encoding="utf-8") as fh:
        first = json.loads(fh.readline() or "{}")
    return first.get("split", "dev") if first.get("kind") == "scope" else "dev"


def check_floors(scores: list[Scores], floors: dict[str, Any]) -> list[str]:
    """Messages for every F1 (per document and kind) below its pinned floor."""
    problems = []
    by_doc = {s.doc: s for s in scores}
    by_doc.update({gs.doc: gs for s in scores for gs in s.groups.values()})  # "doc group" keys
    for doc, kinds in floors.get("f1", {}).items():
        s = by_doc.get(doc)
        if s is None:
            continue
        for kind, floor in kinds.items():
            if kind in ("event_type_accuracy", "penalty_accuracy", "duration_accuracy"):
                got = getattr(s, kind)
                if got is None:
                    continue
            elif kind in s.kinds:
                got = s.kinds[kind].f1
            else:
                continue
            if got + 1e-9 < floor:
                problems.append(f"{doc} {kind}: F1 {got:.3f} < floor {floor:.3f}")
    return problems
