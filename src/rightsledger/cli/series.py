"""``rightsledger series``: a country's reports year by year."""
from __future__ import annotations

import json
import sys
from collections import Counter
from typing import Optional

import typer

from .app import DbOption, catalogue_errors, open_ledger, app, console, escape, new_table
from .compare import CompareFormat


@app.command()
def series(
    country: str = typer.Argument(..., help="Country name or ISO code, e.g. Kazakhstan or KZ."),
    db: Optional[str] = DbOption,
    format: CompareFormat = typer.Option(CompareFormat.table, "--format", help="table or jsonl"),
    topic: Optional[str] = typer.Option(None, "--topic", help="Only this topic, e.g. torture"),
    limit: int = typer.Option(15, "--limit", help="Rows of figures and of people/orgs in the table."),
) -> None:
    """A country over the years: per classic topic, year by year, the number of events by
    type; the figures that recur; the people and organisations of several years. Every
    point carries its citation (``--format jsonl`` gives them all). A second rendition of
    the same report (see ``docs``) is counted once.

    Example: rightsledger series Kazakhstan --topic torture
    """
    with catalogue_errors():
        result = open_ledger(db).series(country)
        topics = [t for t in result.topics if topic is None or t.topic == topic]
        if format is CompareFormat.jsonl:
            d = result.as_dict()
            d["topics"] = [t for t in d["topics"] if topic is None or t["topic"] == topic]
            rows = [{"kind": "series", "country": d["country"], "docs": d["docs"]}]
            rows += [{"kind": "topic", **t} for t in d["topics"]]
            rows += [{"kind": "recurring_figure", **f} for f in d["figures"]]
            rows += [{"kind": "entity_years", **e} for e in d["entities"]]
            for r in rows:
                sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
            return
        years = result.years
        table = new_table(title=f"{escape(result.country)}: events per topic and year")
        table.add_column("topic")
        for y in years:
            table.add_column(str(y), justify="right")
        table.add_column("most frequent types", overflow="fold")
        for t in topics:
            types: Counter[str] = Counter()
            for y in t.years:
                types.update(y.by_type)
            table.add_row(t.topic, *[str(y.events) for y in t.years],
                          ", ".join(f"{k} {v}" for k, v in types.most_common(3)))
        console.print(table)
        if topic is not None:
            for t in topics:
                for y in t.years:
                    for p in y.cited:
                        console.print(f"  [bold]{y.year}[/bold] {escape(p.text[:200])} — {escape(p.citation)}")
            return
        figs = new_table(title="figures that recur (value per year)")
        figs.add_column("what", overflow="fold")
        for y in years:
            figs.add_column(str(y), justify="right")
        for f in result.figures[:limit]:
            by_year = {p.year: p.value for p in f.points}
            figs.add_row(escape(f.what), *[(f"{by_year[y]:,g}" if y in by_year else "") for y in years])
        console.print(figs)
        ents = new_table(title="people and organisations in several years")
        for c in ("name", "type", "years", "first mention"):
            ents.add_column(c, overflow="fold")
        for e in result.entities[:limit]:
            ents.add_row(escape(e.name), e.type, ", ".join(str(y) for y in e.years),
                         escape(e.first[0].citation) if e.first else "")
        console.print(ents)
