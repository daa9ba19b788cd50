"""``rightsledger evaluate``: precision, recall and F1 against the gold annotations; ``agree``: two gold files.
(``train`` and ``first-runs``, which fit the shipped models on the gold, are ``training.py``.)

Dev gold, the held-out dev reports and test gold (the ``split`` of each gold file's scope line,
and ``tests/gold/held_out.toml``) are scored side by side, per record kind and per section group
(exec, 1, 2, 3-4, 5-7); the protocol is in docs/EVALUATION.md. Per-record errors are never
printed for test gold, and for held-out reports only when asked by their annotator.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional

import typer

from .app import Format, FormatOption, emit, catalogue_errors, app, console, err_console, escape


def fmt3(x: float | None) -> str:
    """A score with three decimals, or empty when there is none."""
    return "" if x is None else f"{x:.3f}"


def _cell(prf: Any) -> str:
    if prf is None or prf.tp + prf.fp + prf.fn == 0:
        return ""
    return f"{prf.f1:.3f} ({prf.tp}/{prf.fp}/{prf.fn})"


def side_by_side(by_split: dict[str, Any]) -> list[dict[str, Any]]:
    """Rows kind × group with one F1 column per split (tp/fp/fn in brackets)."""
    from ..analysis.evaluation import evaluate as ev

    rows = []
    for group in ("all", *ev.GROUPS, "other"):
        for kind in ev.SCORED_KINDS:
            row: dict[str, Any] = {"group": group, "kind": kind}
            for split, tot in by_split.items():
                s = tot if group == "all" else tot.groups.get(group)
                row[split] = _cell(s.kinds.get(kind) if s else None)
            if any(row[sp] for sp in by_split):
                rows.append(row)
        for label, attr in (("event type accuracy", "event_type_accuracy"),
                            ("penalty accuracy", "penalty_accuracy"),
                            ("duration accuracy", "duration_accuracy")):
            row = {"group": group, "kind": label}
            for split, tot in by_split.items():
                s = tot if group == "all" else tot.groups.get(group)
                row[split] = fmt3(getattr(s, attr)) if s else ""
                if row[split] and attr != "event_type_accuracy":
                    row[split] += f" (n={getattr(s, attr.split('_')[0] + '_seen')})"
            if any(row[sp] for sp in by_split):
                rows.append(row)
    return rows


#: the columns of ``evaluate --format csv``: one flat row per document (and per column's total), section
#: group and kind; F1 rows fill p/r/f1/tp/fp/fn, accuracy rows fill accuracy and n
CSV_COLUMNS = ["doc", "column", "group", "kind", "p", "r", "f1", "tp", "fp", "fn", "accuracy", "n"]


def flat_rows(s: Any, doc: str, column: str) -> list[dict[str, Any]]:
    """One scored report (or a column's total) as flat rows, group × kind, for ``--format csv``."""
    from ..analysis.evaluation import evaluate as ev

    rows = []
    for group in ("all", *ev.GROUPS, "other"):
        g = s if group == "all" else s.groups.get(group)
        if g is None:
            continue
        for kind in ev.SCORED_KINDS:
            prf = g.kinds.get(kind)
            if prf is not None and prf.tp + prf.fp + prf.fn:
                rows.append({"doc": doc, "column": column, "group": group, "kind": kind,
                             "p": fmt3(prf.precision), "r": fmt3(prf.recall), "f1": fmt3(prf.f1),
                             "tp": prf.tp, "fp": prf.fp, "fn": prf.fn})
        for label, attr, seen in (("event type accuracy", "event_type_accuracy", None),
                                  ("penalty accuracy", "penalty_accuracy", "penalty_seen"),
                                  ("duration accuracy", "duration_accuracy", "duration_seen")):
            got = getattr(g, attr)
            if got is not None:
                n = getattr(g, seen) if seen else g.kinds["event"].tp
                rows.append({"doc": doc, "column": column, "group": group, "kind": label,
                             "accuracy": fmt3(got), "n": n})
    return rows


def _skip_without_text(path: Path) -> None:
    """The line that skips a gold report whose text is absent: where it was looked for (``evaluate.missing_text``)."""
    from ..analysis.evaluation import evaluate as ev

    scope = next(iter(ev.load_jsonl(path)), {})
    err_console.print(f"skipped {escape(str(path))}: its report text is not available "
                      f"({escape(ev.missing_text(scope))})", soft_wrap=True)


# -- quality ---------------------------------------------------------------------------
@app.command()
def evaluate(
    gold: Optional[list[Path]] = typer.Argument(None, help="Gold .jsonl files (default: all)."),
    floors: bool = typer.Option(False, "--floors", help="Fail when an F1 is below tests/eval_floors.json."),
    errors: bool = typer.Option(False, "--errors", help="Print false positives and misses, and matched events "
                                "whose type, penalty or duration differs (fp: as predicted, fn: as gold; dev gold "
                                "only)."),
    split: Optional[str] = typer.Option(None, "--split", help="Only gold of this column: dev (the dev gold "
                                        "rules are tuned on), held-out (dev reports no rule round reads) or test."),
    held_out_errors: bool = typer.Option(False, "--held-out-errors", help="With --errors, also print the errors "
                                         "of held-out dev reports (for their annotator, never for a rule round)."),
    per_doc: bool = typer.Option(False, "--per-doc", help="Also print one table per document."),
    predictions: Optional[Path] = typer.Option(
        None, "--predictions", help="Score saved exports (DIR/<gold stem>.jsonl) instead of ingesting; a report DIR holds no export of is skipped (and --floors fails)."),
    save: Optional[Path] = typer.Option(None, "--save-predictions", help="Write each export to DIR."),
    format: Format = FormatOption,
) -> None:
    """Dev, held-out and test scores side by side, per kind and section group, with a reliability table.

    Example: rightsledger evaluate --split test
    """
    from ..analysis.evaluation import evaluate as ev

    paths = [Path(p) for p in (gold or ev.gold_files())]
    if split and split not in ev.COLUMNS:
        raise typer.BadParameter(f"{split!r}: expected one of {', '.join(ev.COLUMNS)}", param_hint="--split")
    column = {p: ev.column_of(p) for p in paths}
    if split:
        paths = [p for p in paths if column[p] == split]
    if predictions is not None and not predictions.is_dir():
        raise typer.BadParameter(f"{predictions}: no such directory of saved exports", param_hint="--predictions")
    results, unsaved = [], []
    for path in paths:
        if predictions is None:
            predicted = ev.predictions_for(path)
        elif (predictions / path.name).is_file():
            predicted = ev.load_jsonl(predictions / path.name)
        else:   # scored saved exports only: ingesting the missing report would mix today's code in
            unsaved.append(path)
            err_console.print(f"skipped {escape(str(path))}: no saved export in {escape(str(predictions))} "
                              "(write it with `evaluate --save-predictions DIR`)", soft_wrap=True)
            continue
        if predicted is None:
            _skip_without_text(path)
            continue
        if save is not None:
            save.mkdir(parents=True, exist_ok=True)
            with open(save / path.name, "w", encoding="utf-8") as fh:
                fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in predicted)
        s = ev.score_report(predicted, ev.load_jsonl(path), keep_errors=errors)
        s.doc = s.doc or path.stem
        results.append(s)
        s.column = column[path]
        if errors and s.column == "test":
            err_console.print(f"{escape(s.doc)}: test gold, errors not shown (docs/EVALUATION.md)")
        elif errors and s.column == "held-out" and not held_out_errors:
            err_console.print(f"{escape(s.doc)}: a held-out dev report, errors not shown (docs/EVALUATION.md; "
                              "its annotator adds --held-out-errors)")
        elif errors:
            for kind, errs in s.errors.items():
                for label in ("fp", "fn"):
                    for r in errs[label]:
                        keys = ("type", "date", kind) if kind in ("penalty", "duration", "event_type") else \
                            ("id", "title", "name", "type", "date", "value", "norm")
                        brief = {k: r.get(k) for k in keys if k in r}
                        ev_ = r.get("evidence") or {}
                        console.print(f"{s.doc} {kind} {label}: {escape(json.dumps(brief, ensure_ascii=False))}"
                                      f" @{ev_.get('start', r.get('start'))}")
    by_split = {sp: ev.total([s for s in results if s.column == sp], doc=sp)
                for sp in ev.COLUMNS if any(s.column == sp for s in results)}
    if format is Format.csv:
        emit([r for s in results for r in flat_rows(s, s.doc, s.column)]
             + [r for sp, tot in by_split.items() for r in flat_rows(tot, sp, sp)], format, CSV_COLUMNS)
    elif format is not Format.table:
        for s in results:
            emit([{"kind": "doc", **s.as_dict()}], format, ["doc"])
        for sp, tot in by_split.items():
            emit([{"kind": "split", **tot.as_dict(), "doc": sp,
                    "reliability": ev.reliability_table(tot.reliability)}], format, ["doc"])
    else:
        if per_doc:
            for s in results:
                rows = side_by_side({s.column: s})
                emit(rows, format, ["group", "kind", s.column], title=f"{s.doc} ({s.column})")
        docs = {sp: ", ".join(s.doc for s in results if s.column == sp) for sp in by_split}
        emit(side_by_side(by_split), format, ["group", "kind", *by_split],
              title="F1 (tp/fp/fn) — " + "; ".join(f"{sp}: {d}" for sp, d in docs.items()))
        for sp, tot in by_split.items():
            rel = ev.reliability_table(tot.reliability)
            if any(r["n"] for r in rel):
                emit(rel, format, ["band", "n", "right", "accuracy", "mean_confidence"],
                      title=f"reliability ({sp}): scored predictions per confidence band")
    if floors:
        problems = ev.check_floors(results, json.loads(ev.FLOORS_FILE.read_text()))
        if unsaved:   # a column's total over part of its reports is not the total the floors pin
            problems.append(f"{len(unsaved)} gold report(s) have no saved export in {predictions}")
        for p in problems:
            err_console.print(f"[red]below floor[/red] {escape(p)}")
        if problems:
            raise typer.Exit(1)


def _prf_row(group: str, kind: str, prf: Any) -> dict[str, Any]:
    return {"group": group, "kind": kind, "p": fmt3(prf.precision), "r": fmt3(prf.recall), "f1": fmt3(prf.f1),
            "tp/fp/fn": f"{prf.tp}/{prf.fp}/{prf.fn}"}


def agreement_rows(result: Any, per_group: bool) -> list[dict[str, Any]]:
    """Rows kind × group (P, R, F1 of B against A), then the agreement on matched events."""
    from ..analysis.evaluation import evaluate as ev

    rows = []
    for group in ("all", *(ev.GROUPS + ("other",) if per_group else ())):
        s = result.scores if group == "all" else result.scores.groups.get(group)
        if s is None:
            continue
        rows.extend(_prf_row(group, k, s.kinds[k]) for k in ev.SCORED_KINDS
                    if k in s.kinds and s.kinds[k].tp + s.kinds[k].fp + s.kinds[k].fn)
        kappa = result.kappa(None if group == "all" else group)
        if s.event_type_accuracy is not None:
            rows.append({"group": group, "kind": "event type agreement", "p": "", "r": "",
                         "f1": fmt3(s.event_type_accuracy),
                         "tp/fp/fn": f"kappa {fmt3(kappa)} (n={s.kinds['event'].tp})"})
        for label, attr in (("penalty agreement", "penalty"), ("duration agreement", "duration")):
            got = getattr(s, f"{attr}_accuracy")
            if got is not None:
                rows.append({"group": group, "kind": label, "p": "", "r": "", "f1": fmt3(got),
                             "tp/fp/fn": f"n={getattr(s, attr + '_seen')}"})
    return rows


@app.command()
def agree(
    gold_a: Path = typer.Argument(..., help="The reference gold file (A)."),
    gold_b: Path = typer.Argument(..., help="A second gold file of the same document (B), scored as a prediction."),
    per_group: bool = typer.Option(False, "--per-group", help="Also one block of rows per section group."),
    errors: bool = typer.Option(False, "--errors", help="List every disagreement: records only A or only B "
                                "has, matched events whose type, penalty or duration differ (offsets, no text)."),
    format: Format = FormatOption,
) -> None:
    """Inter-annotator agreement of two gold files of one document, on the ranges both annotated.

    B is matched against A by the evaluator's rules (docs/EVALUATION.md): P, R and F1 per record
    kind (F1 is symmetric), the share of matched events of the same type with Cohen's kappa, and
    the penalty and duration agreement. Only the kinds both scopes list are compared.

    Example: rightsledger agree tests/gold/shared/2019_guinea-bissau.jsonl tests/gold/second/2019_guinea-bissau.jsonl --per-group
    """
    from ..analysis.evaluation.agreement import agree as agree_

    with catalogue_errors():
        result = agree_(gold_a, gold_b, keep_errors=errors)
    rows = agreement_rows(result, per_group)
    if format is Format.csv:
        emit(rows, format, ["group", "kind", "p", "r", "f1", "tp/fp/fn"])
        return
    if format is not Format.table:
        emit([result.as_dict()], format, ["doc"])
        emit([{"kind": "disagreement", **d} for d in result.disagreements], format, ["record"])
        return
    spans = ", ".join(f"{a}-{b}" for a, b in result.ranges)
    emit(rows, format, ["group", "kind", "p", "r", "f1", "tp/fp/fn"],
          title=f"{result.doc}: B against A on {spans} ({', '.join(result.kinds)})")
    for d in result.disagreements:
        console.print(escape(json.dumps(d, ensure_ascii=False)))
