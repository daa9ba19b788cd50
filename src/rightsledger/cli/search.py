"""The ``search`` and ``ask`` commands.

Thin wrappers over :mod:`rightsledger.store.search` and :mod:`rightsledger.analysis.ask`.
"""
from __future__ import annotations

import json
import sys
from enum import Enum
from typing import Any, Optional

import typer

from .app import DbOption, _errors, _ledger, app


class HitFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"


def _emit_hits(hits: list[Any], fmt: HitFormat, title: str) -> None:
    if fmt is HitFormat.jsonl:
        for h in hits:
            sys.stdout.write(json.dumps(h.as_dict(), ensure_ascii=False) + "\n")
        return
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console()
    if not hits:
        console.print("no hits")
        return
    table = Table(title=title, show_lines=True)
    for c in ("#", "doc", "section", "sentence", "citation"):
        table.add_column(c, overflow="fold")
    for h in hits:
        kwic = "".join(f"[bold yellow]{escape(t)}[/bold yellow]" if m else escape(t)
                       for t, m in h.snippet)
        table.add_row(str(h.rank), h.doc, h.section or "", kwic, escape(h.citation))
    console.print(table)


@app.command()
def search(
    query: str = typer.Argument("", help='Words, "phrases", AND/OR/NOT, (…), a NEAR/5 b, prefix*.'),
    db: Optional[str] = DbOption,
    country: Optional[str] = typer.Option(None, "--country", help="Country name or code."),
    year: Optional[int] = typer.Option(None, "--year"),
    doc: Optional[str] = typer.Option(None, "--doc"),
    section: Optional[str] = typer.Option(None, "--section", help='"1" includes 1.a, 1.b, …'),
    subtopic: Optional[str] = typer.Option(None, "--subtopic", help="Words of a sub-heading."),
    entity: Optional[str] = typer.Option(None, "--entity", help="Sentences naming this entity."),
    event_type: Optional[str] = typer.Option(None, "--event-type", "--type", help="Sentences stating an event of this type."),
    date_from: Optional[str] = typer.Option(None, "--from", help="Events from YYYY[-MM[-DD]]."),
    date_to: Optional[str] = typer.Option(None, "--to", help="Events up to YYYY[-MM[-DD]]."),
    limit: int = typer.Option(20, "--limit", "-n"),
    offset: int = typer.Option(0, "--offset"),
    format: HitFormat = typer.Option(HitFormat.table, "--format", help="table or jsonl (one hit a line)"),
) -> None:
    """Search every report's sentences; hits come best first with their citation.

    Example: rightsledger search 'torture NEAR/5 custody' --country kazakhstan --section 1 --format jsonl
    """
    from ..store.search import search as run

    with _errors():
        hits = run(_ledger(db).store, query, country=country, year=year, doc=doc,
                   section=section, subtopic=subtopic, entity=entity, event_type=event_type,
                   date_from=date_from, date_to=date_to, limit=limit, offset=offset)
        _emit_hits(hits, format, f"search: {query}")

@app.command()
def ask(
    question: str = typer.Argument(..., help="A question in plain English."),
    db: Optional[str] = DbOption,
    doc: Optional[str] = typer.Option(None, "--doc"),
    country: Optional[str] = typer.Option(None, "--country"),
    year: Optional[int] = typer.Option(None, "--year"),
    limit: int = typer.Option(5, "--limit", "-n"),
    rerank: Optional[bool] = typer.Option(None, "--rerank/--no-rerank",
                                          help="Semantic re-ranking (default: when installed)."),
    format: HitFormat = typer.Option(HitFormat.table, "--format", help="table or jsonl (one hit a line)"),
) -> None:
    """Answer a question with the sentences that answer it, cited.

    Example: rightsledger ask "How many protesters were detained in January?" --format jsonl
    """
    from ..analysis.ask import ask as run

    with _errors():
        hits = run(_ledger(db).store, question, limit=limit, rerank=rerank, doc=doc,
                   country=country, year=year)
        _emit_hits(hits, format, question)
