"""The ``rightsledger`` command: thin wrappers over :class:`rightsledger.Ledger`.

Every command prints a Rich table (or JSON Lines / CSV with ``--format``) and ends its
help with an example. Errors are printed on one line, never as a traceback.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from contextlib import contextmanager
from dataclasses import asdict, is_dataclass
from enum import Enum
from pathlib import Path
from typing import Any, Iterator, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .errors import RightsledgerError

app = typer.Typer(
    name="rightsledger",
    help="Human-rights country reports in, cited ledger out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
err_console = Console(stderr=True)

DbOption = typer.Option(None, "--db", envvar="RIGHTSLEDGER_DB",
                        help="Database file or URL (default ./rightsledger.db).")


class Engine(str, Enum):
    local = "local"
    ray = "ray"


class Format(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


def _ledger(db: Optional[str]):
    from .ledger import Ledger

    return Ledger(db)


@contextmanager
def _errors() -> Iterator[None]:
    """Catalogue errors → one line on stderr and exit code 1."""
    try:
        yield
    except RightsledgerError as err:
        err_console.print(f"[red]error[/red] {escape(str(err))}")
        raise typer.Exit(1)


def _jsonable(value: Any) -> Any:
    if hasattr(value, "as_dict"):
        return value.as_dict()
    if is_dataclass(value):
        return asdict(value)  # type: ignore[arg-type]
    return value


def _emit(rows: list[dict[str, Any]], fmt: Format, columns: list[str], title: str | None = None) -> None:
    if fmt is Format.jsonl:
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False, default=_jsonable) + "\n")
        return
    if fmt is Format.csv:
        import csv

        writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for r in rows:
            writer.writerow({c: (json.dumps(r.get(c), ensure_ascii=False)
                                 if isinstance(r.get(c), (list, dict)) else r.get(c)) for c in columns})
        return
    table = Table(title=title, show_lines=False)
    for c in columns:
        table.add_column(c, overflow="fold")
    for r in rows:
        table.add_row(*[escape(_short(r.get(c))) for c in columns])
    console.print(table)


def _short(value: Any, limit: int = 90) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    s = str(value)
    return s if len(s) <= limit else s[: limit - 1] + "…"


# -- ingest ------------------------------------------------------------------------------
@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Files, folders (recursive) or globs."),
    db: Optional[str] = DbOption,
    force: bool = typer.Option(False, "--force", help="Re-run the pipeline even if unchanged."),
    country: Optional[str] = typer.Option(None, help="Override the detected country."),
    year: Optional[int] = typer.Option(None, help="Override the detected report year."),
    max_bytes: int = typer.Option(50_000_000, "--max-bytes", help="Refuse files larger than this."),
    workers: int = typer.Option(1, "--workers", "-j", min=0,
                                help="Processes that read and extract in parallel (0: one per CPU)."),
    engine: Engine = typer.Option(Engine.local, "--engine",
                                  help="local (this machine) or ray (a Ray cluster)."),
    address: Optional[str] = typer.Option(None, "--address",
                                          help="Ray cluster address, e.g. ray://head:10001 "
                                               "(default: a local Ray instance)."),
) -> None:
    """Read reports, extract their records and store them.

    Example: rightsledger ingest ../shared/reports/ --db ledger.db --workers 4
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .ledger import expand_paths

    with _errors():
        ledger = _ledger(db)
        files = expand_paths(paths)
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), console=err_console, transient=True) as progress:
            task = progress.add_task("ingesting", total=len(files))

            def done(r: Any) -> None:
                if not r.ok:
                    err_console.print(f"[red]failed[/red] {escape(r.error or r.path)}")
                progress.advance(task)

            options: dict[str, Any] = dict(force=force, country=country, year=year, max_bytes=max_bytes)
            if engine is Engine.ray:
                from .distributed import ingest_ray

                progress.update(task, description="ingesting on Ray")
                results = ingest_ray(ledger.store, files, address=address, progress=done, **options)
            elif workers != 1:
                from .parallel import default_workers, ingest_parallel

                n = workers or default_workers()
                progress.update(task, description=f"ingesting with {n} workers")
                results = ingest_parallel(ledger, files, workers=n, progress=done, **options)
            else:
                results = []
                for f in files:
                    progress.update(task, description=f"ingesting {escape(f.name)}")
                    r = ledger.ingest_file(f, **options)
                    results.append(r)
                    done(r)
        rows = [{"file": r.path, "doc": r.doc, "status": r.status, **r.counts,
                 "seconds": f"{r.seconds:.1f}" if r.seconds else ""} for r in results]
        _emit(rows, Format.table, ["file", "doc", "status", "sections", "entities", "events",
                                   "figures", "provisions", "seconds"])
        failed = sum(not r.ok for r in results)
        tally = Counter(r.status for r in results)
        console.print(", ".join(f"{n} {status}" for status, n in sorted(tally.items())) or "nothing to ingest")
        if failed:
            raise typer.Exit(1)


@app.command()
def docs(db: Optional[str] = DbOption, format: Format = typer.Option(Format.table, "--format")) -> None:
    """List the ingested documents.

    Example: rightsledger docs --format jsonl
    """
    with _errors():
        rows = _ledger(db).documents()
        _emit(rows, format, ["id", "country", "year", "format", "sections", "entities", "events",
                             "figures", "provisions", "chars"])


@app.command()
def sections(doc: str, db: Optional[str] = DbOption,
             format: Format = typer.Option(Format.table, "--format")) -> None:
    """The outline of a document with ids and character spans.

    Example: rightsledger sections kazakhstan-2022
    """
    with _errors():
        ledger = _ledger(db)
        rows = [s.as_dict() for s in ledger.sections(doc)]
        subs = ledger.subtopics(doc)
        if format is not Format.table:
            rows += [{"kind": "subtopic", **s.as_dict()} for s in subs]
            _emit(rows, format, ["id", "title", "level", "parent", "start", "end", "topic"])
            return
        table = Table(title=f"{doc}: outline")
        for c in ("id", "title", "start", "end", "topic"):
            table.add_column(c, overflow="fold")
        for s in ledger.sections(doc):
            indent = "  " * (s.level - 1)
            table.add_row(s.id, escape(indent + s.title), str(s.start), str(s.end), s.topic or "")
            for sub in subs:
                if sub.section == s.id:
                    table.add_row("", escape(indent + "  · " + sub.title), str(sub.start), str(sub.end),
                                  sub.topic or "")
        console.print(table)


@app.command()
def text(doc: str, db: Optional[str] = DbOption,
         section: Optional[str] = typer.Option(None, "--section", help="Only this section, e.g. 1.c")) -> None:
    """Print the document text every offset refers to (or one section of it).

    Example: rightsledger text kazakhstan-2022 --section 1.c
    """
    with _errors():
        sys.stdout.write(_ledger(db).text(doc, section))  # exactly the text the offsets refer to


@app.command()
def export(
    db: Optional[str] = DbOption,
    doc: Optional[str] = typer.Option(None, "--doc", help="Only this document."),
    format: Format = typer.Option(Format.jsonl, "--format", help="jsonl (default) or csv"),
    output: Optional[Path] = typer.Option(None, "-o", "--output",
                                          help="File for jsonl (default stdout); folder for csv."),
) -> None:
    """Write the records in the export contract (one JSON object a line, kind first).

    Example: rightsledger export --doc kazakhstan-2022 --format jsonl -o out.jsonl
    """
    from .export import write_csv, write_jsonl

    with _errors():
        records = _ledger(db).export(doc)
        if format is Format.csv:
            files = write_csv(records, output or Path("export"))
            err_console.print(f"wrote {', '.join(str(p) for p in files.values())}")
        elif output:
            with open(output, "w", encoding="utf-8") as fh:
                n = write_jsonl(records, fh)
            err_console.print(f"wrote {n} records to {output}")
        else:
            write_jsonl(records, sys.stdout)


# -- entities ----------------------------------------------------------------------------
@app.command()
def entities(
    db: Optional[str] = DbOption,
    doc: Optional[str] = typer.Option(None, "--doc"),
    type: Optional[str] = typer.Option(None, "--type", help="person, organization or place"),
    format: Format = typer.Option(Format.table, "--format"),
) -> None:
    """People, organizations and places, each once with all its mentions.

    Example: rightsledger entities --doc kazakhstan-2022 --type person
    """
    with _errors():
        ents = _ledger(db).entities(doc=doc, type=type)
        rows = []
        for e in ents:
            a = e.attributes
            rows.append({**e.as_dict(), "mentions": len(e.mentions), "kind": a.get("kind"),
                         "country_code": a.get("country_code"), "lat": a.get("lat"),
                         "lon": a.get("lon"), "roles": a.get("roles")})
        rows.sort(key=lambda r: -r["mentions"])
        cols = ["id", "type", "name", "aliases", "mentions", "kind", "roles"]
        if type == "place":
            cols = ["id", "name", "aliases", "kind", "country_code", "lat", "lon", "mentions"]
        _emit(rows, format, cols)


@app.command()
def entity(query: str, db: Optional[str] = DbOption,
           format: Format = typer.Option(Format.table, "--format")) -> None:
    """One entity: aliases, roles, events and every mention in context, across all reports.

    Example: rightsledger entity "Human Rights Watch"
    """
    with _errors():
        view = _ledger(db).entity(query)
        e = view.entity
        if format is Format.jsonl:
            _emit([{"kind": "entity", **e.as_dict()}]
                  + [{"kind": "mention", **asdict(m)} for m in view.mentions], format, [])
            return
        console.print(f"[bold]{escape(e.name)}[/bold] ({e.type}"
                      + (f", {escape(str(e.attributes.get('kind')))}" if e.attributes.get("kind") else "") + ")")
        if e.aliases:
            console.print("aliases: " + escape(", ".join(e.aliases)))
        if e.attributes.get("roles"):
            console.print("roles: " + escape(", ".join(e.attributes["roles"])))
        table = Table(title=f"{len(view.mentions)} mentions")
        for c in ("doc", "section", "in context", "citation"):
            table.add_column(c, overflow="fold")
        for m in view.mentions:
            kwic = (escape(m.before[-50:].replace("\n", " ")) + "[bold yellow]" + escape(m.text)
                    + "[/bold yellow]" + escape(m.after[:50].replace("\n", " ")))
            table.add_row(m.doc, m.section or "", kwic, escape(m.citation))
        console.print(table)


# -- events ------------------------------------------------------------------------------
@app.command()
def events(
    db: Optional[str] = DbOption,
    doc: Optional[str] = typer.Option(None, "--doc"),
    type: Optional[str] = typer.Option(None, "--type", help="e.g. detention_or_arrest"),
    date_from: Optional[str] = typer.Option(None, "--from", help="YYYY[-MM[-DD]]"),
    date_to: Optional[str] = typer.Option(None, "--to", help="YYYY[-MM[-DD]]"),
    section: Optional[str] = typer.Option(None, "--section"),
    format: Format = typer.Option(Format.table, "--format"),
) -> None:
    """Dated events: date, type, who, where, section, polarity, source.

    Example: rightsledger events --from 2022-01-01 --to 2022-01-31 --section 1.c
    """
    with _errors():
        evs = _ledger(db).events(doc=doc, type=type, date_from=date_from, date_to=date_to,
                                 section=section)
        rows = [_event_row(e) for e in evs]
        _emit(rows, format, ["date", "type", "who", "place", "section", "polarity", "source",
                             "evidence"] if format is Format.table else list(rows[0]) if rows else [])


def _event_row(e: Any) -> dict[str, Any]:
    d = e.as_dict()
    d["who"] = "; ".join(f"{p.name} ({p.role})" for p in e.participants)
    d["date"] = e.date + (f"…{e.date_end}" if e.date_end else "")
    d["evidence"] = e.evidence.text
    return d


@app.command()
def timeline(
    name: Optional[str] = typer.Argument(None, help="A person or organization."),
    case: Optional[str] = typer.Option(None, "--case", help="Words the events' sentences share."),
    db: Optional[str] = DbOption,
    format: Format = typer.Option(Format.table, "--format"),
) -> None:
    """Every event of a person (or case) in date order, across reports, with citations.

    Example: rightsledger timeline "Zhanbolat Mamay"
    """
    with _errors():
        items = _ledger(db).timeline(name, case=case)
        rows = [{"date": i.event.date + (f"…{i.event.date_end}" if i.event.date_end else ""),
                 "precision": i.event.precision, "type": i.event.type, "doc": i.event.doc,
                 "evidence": i.event.evidence.text, "citations": i.citations,
                 "event": i.event.as_dict()} for i in items]
        _emit(rows, format, ["date", "precision", "type", "evidence", "citations"])


# -- figures and provisions --------------------------------------------------------------
@app.command()
def figures(
    db: Optional[str] = DbOption,
    doc: Optional[str] = typer.Option(None, "--doc"),
    about: Optional[str] = typer.Option(None, "--about", help="Words of what is counted."),
    disputed: bool = typer.Option(False, "--disputed", help="Same quantity, different sources."),
    format: Format = typer.Option(Format.table, "--format"),
) -> None:
    """Figures: value, unit, qualifier, what, source, section.

    Example: rightsledger figures --about deaths
    """
    cols = ["value", "unit", "qualifier", "what", "source", "section", "doc"]
    with _errors():
        ledger = _ledger(db)
        if disputed:
            for n, group in enumerate(ledger.disputed_figures(doc=doc, about=about), 1):
                _emit([{**f.as_dict(), "group": n} for f in group], format, ["group", *cols],
                      title=f"disputed {n}")
            return
        rows = [{**f.as_dict(), "evidence": f.evidence.text}
                for f in ledger.figures(doc=doc, about=about)]
        _emit(rows, format, cols)


@app.command()
def provisions(
    db: Optional[str] = DbOption,
    doc: Optional[str] = typer.Option(None, "--doc"),
    norm: Optional[str] = typer.Option(None, "--norm", help="penalty, time_limit, threshold, …"),
    format: Format = typer.Option(Format.table, "--format"),
) -> None:
    """Legal provisions with their quantities.

    Example: rightsledger provisions --doc kazakhstan-2022 --norm time_limit
    """
    with _errors():
        rows = []
        for p in _ledger(db).provisions(doc=doc, norm=norm):
            d = p.as_dict()
            d["quantity"] = p.quantity.text if p.quantity else None
            d["evidence"] = p.evidence.text
            rows.append(d)
        _emit(rows, format, ["norm", "quantity", "subject", "section", "doc", "evidence"])


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
    from . import evaluate as ev

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


def _register_extensions() -> None:
    from . import cli_compare, cli_search

    cli_search.register(app)
    cli_compare.register(app)


_register_extensions()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
