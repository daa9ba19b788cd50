"""Commands over documents: ingest, docs, sections, text, export."""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any, Optional

import typer

from .app import (
    DbOption,
    Engine,
    Format,
    UserOption,
    command_actor,
    emit,
    catalogue_errors,
    open_ledger,
    app,
    console,
    err_console,
    escape,
    new_table,
    FormatOption,
)


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
    user: Optional[str] = UserOption,
) -> None:
    """Read reports, extract their records and store them.

    Example: rightsledger ingest ../shared/reports/ --db ledger.db --workers 4
    """
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    from ..ledger import expand_paths

    with catalogue_errors():
        ledger = open_ledger(db)
        ledger.require(command_actor(ledger, user), "editor")  # once the database has users
        files = expand_paths(paths)
        with Progress(TextColumn("{task.description}", markup=False), BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), console=err_console.real, transient=True) as progress:
            task = progress.add_task("ingesting", total=len(files))

            def done(r: Any) -> None:
                if not r.ok:
                    err_console.print(f"[red]failed[/red] {escape(r.error or r.path)}")
                for warning in getattr(r, "warnings", ()):
                    err_console.print(f"[yellow]warning[/yellow] {escape(warning)}")
                progress.advance(task)

            options: dict[str, Any] = dict(force=force, country=country, year=year, max_bytes=max_bytes)
            if engine is Engine.ray:
                from ..run.distributed import ingest_ray

                progress.update(task, description="ingesting on Ray")
                results = ingest_ray(ledger.store, files, address=address, progress=done, **options)
            elif workers != 1:
                from ..run.parallel import default_workers, ingest_parallel

                n = workers or default_workers()
                progress.update(task, description=f"ingesting with {n} workers")
                results = ingest_parallel(ledger, files, workers=n, progress=done, **options)
            else:
                results = []
                for f in files:
                    progress.update(task, description=f"ingesting {f.name}")   # plain text: no markup, no emoji
                    r = ledger.ingest_file(f, **options)
                    results.append(r)
                    done(r)
        rows = [{"file": r.path, "doc": r.doc, "status": r.status, **r.counts,
                 "seconds": f"{r.seconds:.1f}" if r.seconds else ""} for r in results]
        emit(rows, Format.table, ["file", "doc", "status", "sections", "entities", "events",
                                   "figures", "provisions", "seconds"])
        failed = sum(not r.ok for r in results)
        tally = Counter(r.status for r in results)
        console.print(", ".join(f"{n} {status}" for status, n in sorted(tally.items())) or "nothing to ingest")
        if failed:
            raise typer.Exit(1)


@app.command()
def docs(db: Optional[str] = DbOption, format: Format = FormatOption) -> None:
    """List the ingested documents (``rendition_of``: the same report in another format).

    Example: rightsledger docs --format jsonl
    """
    with catalogue_errors():
        rows = open_ledger(db).documents()
        emit(rows, format, ["id", "country", "year", "format", "sections", "entities", "events",
                             "figures", "provisions", "chars", "rendition_of"])


@app.command()
def sections(doc: str, db: Optional[str] = DbOption,
             format: Format = FormatOption) -> None:
    """The outline of a document with ids and character spans.

    Example: rightsledger sections kazakhstan-2022
    """
    with catalogue_errors():
        ledger = open_ledger(db)
        rows = [s.as_dict() for s in ledger.sections(doc)]
        subs = ledger.subtopics(doc)
        if format is not Format.table:
            rows += [{"kind": "subtopic", **s.as_dict()} for s in subs]
            emit(rows, format, ["id", "title", "level", "parent", "start", "end", "topic"])
            return
        table = new_table(title=escape(f"{doc}: outline"))
        for c in ("id", "title", "start", "end", "topic"):
            table.add_column(c, overflow="fold")
        for s in ledger.sections(doc):
            indent = "  " * (s.level - 1)
            table.add_row(escape(s.id), escape(indent + s.title), str(s.start), str(s.end), escape(s.topic or ""))
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
    with catalogue_errors():
        sys.stdout.write(open_ledger(db).text(doc, section))  # exactly the text the offsets refer to


@app.command()
def export(
    db: Optional[str] = DbOption,
    doc: Optional[str] = typer.Option(None, "--doc", help="Only this document."),
    format: Format = typer.Option(Format.jsonl, "--format", help="jsonl (default) or csv"),
    output: Optional[Path] = typer.Option(None, "-o", "--output",
                                          help="File for jsonl (default stdout); folder for csv."),
    machine_only: bool = typer.Option(False, "--machine-only",
                                      help="What the pipeline alone produced: no corrections, rejected "
                                           "records in, added records out."),
) -> None:
    """Write the records in the export contract (one JSON object a line, kind first).

    Corrected values by default; every extracted record carries `confidence` and `review`
    {status, by, at}; records a person rejected are left out.

    Example: rightsledger export --doc kazakhstan-2022 --format jsonl -o out.jsonl
    """
    from ..store.export import write_csv, write_jsonl

    with catalogue_errors():
        records = open_ledger(db).export(doc, machine_only=machine_only)
        if format is Format.csv:
            files = write_csv(records, output or Path("export"))
            err_console.print(f"wrote {', '.join(str(p) for p in files.values())}")
        elif output:
            with open(output, "w", encoding="utf-8") as fh:
                n = write_jsonl(records, fh)
            err_console.print(f"wrote {n} records to {output}")
        else:
            write_jsonl(records, sys.stdout)
