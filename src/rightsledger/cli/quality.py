"""``rightsledger evaluate``: precision, recall and F1 against the gold annotations."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape

from .app import Format, _emit, app, console, err_console


# -- quality ---------------------------------------------------------------------------
@app.command()
def evaluate(
    gold: Optional[list[Path]] = typer.Argument(None, help="Gold .jsonl files (default: all)."),
    floors: bool = typer.Option(False, "--floors", help="Fail when an F1 is below tests/eval_floors.json."),
    errors: bool = typer.Option(False, "--errors", help="Print false positives and misses."),
    format: Format = typer.Option(Format.table, "--format"),
) -> None:
    """Precision, recall and F1 per record kind against gold annotations (docs/EVALUATION.md).

    Example: rightsledger evaluate examples/gold/veridia-2022.jsonl
    """
    from ..analysis import evaluate as ev

    paths = gold or ev.gold_files()
    results = []
    for path in paths:
        s = ev.evaluate_gold_file(Path(path), keep_errors=errors)
        if s is None:
            err_console.print(f"skipped {escape(str(path))}: its report text is not available")
            continue
        results.append(s)
        if errors:
            for kind, errs in s.errors.items():
                for label in ("fp", "fn"):
                    for r in errs[label]:
                        brief = {k: r.get(k) for k in ("id", "title", "name", "type", "date", "value",
                                                        "norm") if k in r}
                        ev_ = r.get("evidence") or {}
                        console.print(f"{s.doc} {kind} {label}: {escape(json.dumps(brief, ensure_ascii=False))}"
                                      f" @{ev_.get('start', r.get('start'))}")
    if len(results) > 1:
        results.append(ev.total(results))
    rows = []
    for s in results:
        for kind in ev.SCORED_KINDS:
            if kind in s.kinds:
                k = s.kinds[kind]
                rows.append({"doc": s.doc, "kind": kind, "precision": f"{k.precision:.3f}",
                             "recall": f"{k.recall:.3f}", "f1": f"{k.f1:.3f}",
                             "tp": k.tp, "fp": k.fp, "fn": k.fn})
        if s.event_type_accuracy is not None:
            rows.append({"doc": s.doc, "kind": "event type accuracy",
                         "precision": "", "recall": "", "f1": f"{s.event_type_accuracy:.3f}"})
    _emit(rows, format, ["doc", "kind", "precision", "recall", "f1", "tp", "fp", "fn"])
    if floors:
        problems = ev.check_floors(results, json.loads(ev.FLOORS_FILE.read_text()))
        for p in problems:
            err_console.print(f"[red]below floor[/red] {escape(p)}")
        if problems:
            raise typer.Exit(1)
