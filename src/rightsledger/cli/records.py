"""Commands over extracted records: entities, entity, events, timeline, figures, provisions."""
from __future__ import annotations

from dataclasses import asdict
from typing import Any, Optional

import typer

from .app import (DbOption, DocOption, Format, FormatOption, emit, catalogue_errors, open_ledger, app, console,
                  escape, new_table)


# -- entities ----------------------------------------------------------------------------
@app.command()
def entities(
    db: Optional[str] = DbOption,
    doc: Optional[str] = DocOption,
    type: Optional[str] = typer.Option(None, "--type", help="person, organization or place"),
    format: Format = FormatOption,
) -> None:
    """People, organizations and places, each once with all its mentions.

    Example: rightsledger entities --doc kazakhstan-2022 --type person
    """
    with catalogue_errors():
        ents = open_ledger(db).entities(doc=doc, type=type)
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
        emit(rows, format, cols)


@app.command()
def entity(query: str, db: Optional[str] = DbOption,
           format: Format = FormatOption) -> None:
    """One entity: aliases, roles, events and every mention in context, across all reports.

    Example: rightsledger entity "Human Rights Watch"
    """
    with catalogue_errors():
        view = open_ledger(db).entity(query)
        e = view.entity
        if format is Format.jsonl:
            emit([{"kind": "entity", **e.as_dict()}]
                  + [{"kind": "mention", **asdict(m)} for m in view.mentions], format, [])
            return
        console.print(f"[bold]{escape(e.name)}[/bold] ({e.type}"
                      + (f", {escape(str(e.attributes.get('kind')))}" if e.attributes.get("kind") else "") + ")")
        if e.aliases:
            console.print("aliases: " + escape(", ".join(e.aliases)))
        if e.attributes.get("roles"):
            console.print("roles: " + escape(", ".join(e.attributes["roles"])))
        table = new_table(title=f"{len(view.mentions)} mentions")
        for c in ("doc", "section", "in context", "citation"):
            table.add_column(c, overflow="fold")
        for m in view.mentions:
            kwic = (escape(m.before[-50:].replace("\n", " ")) + "[bold yellow]" + escape(m.text)
                    + "[/bold yellow]" + escape(m.after[:50].replace("\n", " ")))
            table.add_row(escape(m.doc), escape(m.section or ""), kwic, escape(m.citation))
        console.print(table)


# -- events ------------------------------------------------------------------------------
@app.command()
def events(
    db: Optional[str] = DbOption,
    doc: Optional[str] = DocOption,
    type: Optional[str] = typer.Option(None, "--type", help="e.g. detention_or_arrest"),
    date_from: Optional[str] = typer.Option(None, "--from", help="YYYY[-MM[-DD]]"),
    date_to: Optional[str] = typer.Option(None, "--to", help="YYYY[-MM[-DD]]"),
    section: Optional[str] = typer.Option(None, "--section"),
    format: Format = FormatOption,
) -> None:
    """Dated events: date, type, who, where, section, polarity, source.

    Example: rightsledger events --from 2022-01-01 --to 2022-01-31 --section 1.c
    """
    with catalogue_errors():
        evs = open_ledger(db).events(doc=doc, type=type, date_from=date_from, date_to=date_to,
                                 section=section)
        rows = [_event_row(e) for e in evs]
        emit(rows, format, ["date", "type", "who", "place", "section", "polarity", "source",
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
    format: Format = FormatOption,
) -> None:
    """Every event of a person (or case) in date order, across reports, with citations.

    Example: rightsledger timeline "Zhanbolat Mamay"
    """
    with catalogue_errors():
        items = open_ledger(db).timeline(name, case=case)
        rows = [{"date": i.event.date + (f"…{i.event.date_end}" if i.event.date_end else ""),
                 "precision": i.event.precision, "type": i.event.type, "doc": i.event.doc,
                 "evidence": i.event.evidence.text, "citations": i.citations,
                 "event": i.event.as_dict()} for i in items]
        emit(rows, format, ["date", "precision", "type", "evidence", "citations"])


# -- figures and provisions --------------------------------------------------------------
@app.command()
def figures(
    db: Optional[str] = DbOption,
    doc: Optional[str] = DocOption,
    about: Optional[str] = typer.Option(None, "--about", help="Words of what is counted."),
    disputed: bool = typer.Option(False, "--disputed", help="Same quantity, different sources."),
    format: Format = FormatOption,
) -> None:
    """Figures: value, unit, qualifier, what, source, section.

    Example: rightsledger figures --about deaths
    """
    cols = ["value", "unit", "qualifier", "what", "source", "section", "doc"]
    with catalogue_errors():
        ledger = open_ledger(db)
        if disputed:
            for n, group in enumerate(ledger.disputed_figures(doc=doc, about=about), 1):
                emit([{**f.as_dict(), "group": n} for f in group], format, ["group", *cols],
                      title=f"disputed {n}")
            return
        rows = [{**f.as_dict(), "evidence": f.evidence.text}
                for f in ledger.figures(doc=doc, about=about)]
        emit(rows, format, cols)


@app.command()
def provisions(
    db: Optional[str] = DbOption,
    doc: Optional[str] = DocOption,
    norm: Optional[str] = typer.Option(None, "--norm", help="penalty, time_limit, threshold, …"),
    format: Format = FormatOption,
) -> None:
    """Legal provisions with their quantities.

    Example: rightsledger provisions --doc kazakhstan-2022 --norm time_limit
    """
    with catalogue_errors():
        rows = []
        for p in open_ledger(db).provisions(doc=doc, norm=norm):
            d = p.as_dict()
            d["quantity"] = p.quantity.text if p.quantity else None
            d["evidence"] = p.evidence.text
            rows.append(d)
        emit(rows, format, ["norm", "quantity", "subject", "section", "doc", "evidence"])
