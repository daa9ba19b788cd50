"""The ``search`` and ``ask`` commands.

Thin wrappers over :mod:`rightsledger.store.search` and :mod:`rightsledger.analysis.questions.ask`.
"""
from __future__ import annotations

import json
import sys
from enum import Enum
from typing import Any, Optional

import typer

from .app import DbOption, DocOption, app, catalogue_errors, err_console, make_console, open_ledger


class HitFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"


def _emit_hits(hits: list[Any], fmt: HitFormat, title: str) -> None:
    if fmt is HitFormat.jsonl:
        for h in hits:
            sys.stdout.write(json.dumps(h.as_dict(), ensure_ascii=False) + "\n")
        return
    from rich.markup import escape
    from rich.table import Table

    console = make_console()
    if not hits:
        console.print("no hits")
        return
    from rich.text import Text

    table = Table(title=Text(title), show_lines=True)   # the query as written
    for c in ("#", "doc", "section", "sentence", "citation"):
        table.add_column(c, overflow="fold")
    for h in hits:
        kwic = "".join(f"[bold yellow]{escape(t)}[/bold yellow]" if m else escape(t)
                       for t, m in h.snippet)
        table.add_row(str(h.rank), escape(h.doc), escape(h.section or ""), kwic, escape(h.citation))
    console.print(table)


@app.command()
def search(
    query: str = typer.Argument("", help='Words, "phrases", AND/OR/NOT, (…), a NEAR/5 b, prefix*.'),
    db: Optional[str] = DbOption,
    country: Optional[str] = typer.Option(None, "--country", help="Country name or code."),
    year: Optional[int] = typer.Option(None, "--year"),
    doc: Optional[str] = DocOption,
    section: Optional[str] = typer.Option(None, "--section", help='"1" includes 1.a, 1.b, …'),
    subtopic: Optional[str] = typer.Option(None, "--subtopic", help="Words of a sub-heading."),
    entity: Optional[str] = typer.Option(None, "--entity", help="Sentences naming this entity."),
    event_type: Optional[str] = typer.Option(None, "--event-type", "--type", help="Sentences stating an event of this type."),
    date_from: Optional[str] = typer.Option(None, "--from", help="Events from YYYY[-MM[-DD]]."),
    date_to: Optional[str] = typer.Option(None, "--to", help="Events up to YYYY[-MM[-DD]]."),
    topic: Optional[str] = typer.Option(None, "--topic", help=(
        "Classic-outline topic, the same in every year and layout (political_prisoners, torture, …).")),
    semantic: bool = typer.Option(False, "--semantic", help=(
        "Words and meaning: the query's words (headings included) fused with the nearest "
        "sentences by embedding. No operators, no offset.")),
    limit: int = typer.Option(20, "--limit", "-n"),
    offset: int = typer.Option(0, "--offset"),
    format: HitFormat = typer.Option(HitFormat.table, "--format", help="table or jsonl (one hit a line)"),
) -> None:
    """Search every report's sentences; hits come best first with their citation.

    Example: rightsledger search 'torture NEAR/5 custody' --country kazakhstan --section 1 --format jsonl
    Example: rightsledger search 'jailed for their politics' --semantic --topic political_prisoners
    """
    with catalogue_errors():
        filters = dict(country=country, year=year, doc=doc, section=section, subtopic=subtopic,
                       entity=entity, event_type=event_type, date_from=date_from, date_to=date_to,
                       topic=topic)
        if semantic:
            hits = open_ledger(db).search(query, semantic=True, limit=limit, **filters)
        else:
            hits = open_ledger(db).search(query, limit=limit, offset=offset, **filters)
        _emit_hits(hits, format, f"search: {query}")

@app.command()
def ask(
    question: str = typer.Argument(..., help="A question in plain English."),
    db: Optional[str] = DbOption,
    doc: Optional[str] = DocOption,
    country: Optional[str] = typer.Option(None, "--country"),
    year: Optional[int] = typer.Option(None, "--year"),
    section: Optional[str] = typer.Option(None, "--section", help='"1" includes 1.a, 1.b, …'),
    topic: Optional[str] = typer.Option(None, "--topic", help="Classic-outline topic (any year)."),
    limit: int = typer.Option(5, "--limit", "-n"),
    rerank: Optional[bool] = typer.Option(None, "--rerank/--no-rerank",
                                          help="Transformer re-ranking (default: when its weights are installed, as make setup does)."),
    format: HitFormat = typer.Option(HitFormat.table, "--format",
                                     help="table or jsonl (one hit a line, the export contract)"),
    answers: bool = typer.Option(False, "--answers",
                                 help="jsonl: also write the answers (kind \"answer\") before the hits"),
) -> None:
    """Answer a question: the figures, dates or people that answer it, then the sentences, cited.

    With --format jsonl only hits are written (kind "hit", best first), as the contract
    says; --answers puts the answers (kind "answer") before them.

    Example: rightsledger ask "How many protesters were detained in January?" --format jsonl
    """
    with catalogue_errors():
        result = open_ledger(db).ask(question, limit=limit, rerank=rerank, doc=doc, country=country,
                                 year=year, section=section, topic=topic)
        if format is HitFormat.jsonl:
            for a in (result.answers.items if answers else []):
                sys.stdout.write(json.dumps(a.as_dict(), ensure_ascii=False) + "\n")
        else:
            _emit_answers(result.answers)
        _emit_hits(result.hits, format, question)
        if format is not HitFormat.jsonl and result.narrow:
            _emit_narrow(result.reports)


def _emit_answers(answers: Any) -> None:
    if not answers.items:
        return
    from rich.markup import escape

    console = make_console()
    if answers.summary:
        console.print(f"[bold]Answer:[/bold] {escape(answers.summary)}")
    for a in answers.items:
        console.print(f"  • {escape(a.text)}  [dim]— {escape(a.citation)}[/dim]")
    console.print()


def _emit_narrow(reports: Any) -> None:
    """Where the passages come from, when they span several countries and the question named none."""
    from rich.markup import escape

    where = ", ".join(f"{r.country or r.doc} {r.year or ''}".strip() + f" ({r.hits})" for r in reports)
    err_console.print(f"[dim]These passages come from {len(reports)} reports: {escape(where)}. "
                      "Narrow the question with --country or --year.[/dim]")


@app.command()
def reindex(
    db: Optional[str] = DbOption,
    doc: Optional[list[str]] = typer.Option(None, "--doc", help="Only these documents (repeatable)."),
) -> None:
    """Compute the headings and sentence vectors of reports stored before they existed.

    Example: rightsledger reindex --db ledger.db
    """
    with catalogue_errors():
        r = open_ledger(db).reindex(doc or None, progress=lambda d: typer.echo(f"  {d}", err=True))
        typer.echo(f"{int(r['documents'])} documents, {int(r['sentences'])} sentences, "
                   f"{r['seconds']:.1f} s")
