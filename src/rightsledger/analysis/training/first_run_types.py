"""First-run typings: the type the system gave each event of a dev report on its first run.

The rules' type is the event typer's strongest feature, and on the dev reports it was written on
them: fitted and cross-validated on today's dev output, the typer learns to trust the rules more
than they deserve on a report nobody read. A dev report's *first run* (its export before any rule
was written on it, :mod:`.first_runs`) says what the rules do on unseen text; the typer is taught
and judged on those typings (:mod:`.typer_cv`).

``data/first_run_types.jsonl`` keeps one row per event of a first-run export inside its gold's
scope: ``doc``, ``commit``, the evidence span ``start``/``end``, ``date`` and the first-run
``type`` — never report text (the exports' evidence text is dropped; :func:`check_rows`). Rows
are matched to the gold of the day with the evaluator's event match (:func:`first_types`), so a
gold file re-annotated since its first run is read as it is now. ``rightsledger first-runs DIR
--commit SHA`` records them beside the confidence rows.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Iterable

from ...errors import Code, RightsledgerError
from ..evaluation import evaluate as ev

DATA_FILE = Path(__file__).resolve().parent / "data" / "first_run_types.jsonl"
FIELDS = ("doc", "commit", "start", "end", "date", "type")
_SHORT = re.compile(r"[\w.:-]{1,64}")


def rows_from_predictions(pred_dir: Path, commit: str, gold_paths: Iterable[Path] | None = None
                          ) -> list[dict[str, Any]]:
    """One row per event of every dev report exported in ``pred_dir`` (``<gold stem>.jsonl``),
    inside its gold's scope. Test gold is never read."""
    from .first_runs import dev_exports

    rows: list[dict[str, Any]] = []
    for path, export in dev_exports(pred_dir, gold_paths):
        with open(path, encoding="utf-8") as fh:
            scope = json.loads(fh.readline())
        for rec in ev.load_jsonl(export):
            if rec.get("kind") == "event" and ev.in_scope(rec, scope):
                rows.append({"doc": path.stem, "commit": commit, "start": rec["evidence"]["start"],
                             "end": rec["evidence"]["end"], "date": rec["date"], "type": rec["type"]})
    check_rows(rows)
    return rows


def check_rows(rows: Iterable[dict[str, Any]]) -> None:
    """Raise unless every row holds exactly :data:`FIELDS`, offsets as integers and short strings
    (report text must never reach the repository)."""
    for row in rows:
        if set(row) != set(FIELDS) or not all(isinstance(row[k], int) for k in ("start", "end")) or \
                not all(isinstance(row[k], str) and _SHORT.fullmatch(row[k]) for k in ("doc", "commit", "date", "type")):
            raise RightsledgerError(Code.BAD_VALUE, field="first-run typing",
                                    detail=f"{str(row)[:40]!r}…: not (doc, commit, start, end, date, type)")


def load_rows(path: Path | None = None) -> list[dict[str, Any]]:
    from .first_runs import load_rows as load

    return load(path or DATA_FILE)


def write_rows(rows: list[dict[str, Any]], path: Path | None = None) -> None:
    from .first_runs import write_jsonl

    check_rows(rows)
    write_jsonl(rows, path or DATA_FILE)


def record(pred_dir: Path, commit: str, path: Path | None = None,
           gold_paths: Iterable[Path] | None = None) -> list[dict[str, Any]]:
    """Replace the rows of the reports exported in ``pred_dir`` (first run at ``commit``) in the
    data file; returns the new rows."""
    from .first_runs import merge

    new = rows_from_predictions(pred_dir, commit, gold_paths)
    write_rows(merge(load_rows(path), new), path)
    return new


def rows_from_dirs(dirs: Iterable[Path], gold_paths: Iterable[Path] | None = None) -> list[dict[str, Any]]:
    """Rows of first-run export folders given on the command line (commit unknown: "dir")."""
    from .first_runs import merge

    paths = list(gold_paths) if gold_paths is not None else None
    out: list[dict[str, Any]] = []
    for d in dirs:
        out = merge(out, rows_from_predictions(d, "dir", paths))
    return out


def first_types(rows: Iterable[dict[str, Any]], gold_path: Path) -> dict[tuple[int, int, str], str]:
    """(gold evidence start, end, date) -> first-run type, for every event of ``gold_path``'s gold
    that a first-run row of its report matches (the evaluator's event match against today's gold)."""
    doc = gold_path.stem
    pred = [{"date": r["date"], "evidence": {"start": r["start"], "end": r["end"]}, "type": r["type"]}
            for r in rows if r["doc"] == doc]
    if not pred:
        return {}
    records = ev.load_jsonl(gold_path)
    scope = records[0] if records and records[0].get("kind") == "scope" else {}
    gold = [g for g in records if g.get("kind") == "event" and (not scope or ev.in_scope(g, scope))]
    _, pairs, _, _ = ev.match_records(pred, gold, lambda p, g: p["date"] == g["date"]
                               and ev.overlap(p["evidence"], g["evidence"]))
    return {(g["evidence"]["start"], g["evidence"]["end"], g["date"]): p["type"] for p, g in pairs}
