"""Commands that review and correct the ledger: review, correct, reject, confirm, add, merge,
split, history, audit. Every change carries a reason and is written to the audit log.

Record addresses: ``DOC:ev:N``, ``DOC:fig:N``, ``DOC:prov:N`` and entity ids
(``person:zhanbolat-mamay``), as shown by ``review`` and in the export's ``id``.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Optional

import typer

from ..errors import Code, RightsledgerError
from .app import (
    DbOption,
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
    DocOption,
    FormatOption,
)

ReasonOption = typer.Option(None, "--reason", help="Why (required: kept in the audit log).")
EntityDocOption = typer.Option(None, "--doc", help="An entity: print it as this report gives it "
                               "(its own name and aliases; the correction applies to every report).")


def _sets(pairs: list[str] | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for pair in pairs or []:
        if "=" not in pair:
            raise RightsledgerError(Code.BAD_ARGUMENT, detail=f"--set {pair!r}: use FIELD=VALUE")
        k, v = pair.split("=", 1)
        try:
            out[k.strip()] = json.loads(v)
        except json.JSONDecodeError:
            out[k.strip()] = v
    return out


def _fields(**kw: Any) -> dict[str, Any]:
    return {k: v for k, v in kw.items() if v is not None}


def _done(result: dict[str, Any], verb: str) -> None:
    r = result.get("review", {})
    err_console.print(f"{verb} {escape(result.get('id', ''))}: {r.get('status')} by {escape(str(r.get('by')))} "
                      f"(version {result.get('version')})")
    sys.stdout.write(json.dumps({k: v for k, v in result.items()}, ensure_ascii=False) + "\n")


# -- the queue ----------------------------------------------------------------------------------
@app.command()
def review(
    db: Optional[str] = DbOption,
    doc: Optional[str] = DocOption,
    kind: Optional[str] = typer.Option(None, "--kind", help="event, figure, provision or entity (default: the first three)"),
    section: Optional[str] = typer.Option(None, "--section", help='"1" includes 1.a, 1.b…'),
    type: Optional[str] = typer.Option(None, "--type", help="event type (or entity type)"),
    below: Optional[float] = typer.Option(None, "--below", min=0, max=1, help="Only confidence under this."),
    status: str = typer.Option("machine", "--status",
                               help="machine (not reviewed yet), confirmed, corrected, rejected, added or all"),
    conflicts: bool = typer.Option(False, "--conflicts",
                                   help="Instead: corrections that matched nothing after re-processing."),
    limit: int = typer.Option(50, "--limit", min=1),
    format: Format = FormatOption,
) -> None:
    """The review queue: records least confident first, or the corrections in conflict.

    Example: rightsledger review --doc kazakhstan-2022 --kind event --below 0.8
    """
    with catalogue_errors():
        ledger = open_ledger(db)
        if conflicts:
            rows = ledger.conflicts(doc)
            emit(rows, format, ["id", "action", "record", "doc", "start", "end", "changes", "reason", "by",
                                 "detail"], title=f"{len(rows)} corrections in conflict")
            return
        items = ledger.review_queue(doc=doc, kind=kind, section=section, type=type, below=below,
                                    status=None if status == "all" else status, limit=limit)
        if format is not Format.table:
            emit(items, format, ["address", "kind", "doc", "section", "type", "confidence", "status", "text"])
            return
        emit([{**i, "text": (i["text"] or "").replace("\n", " ")} for i in items], format,
              ["address", "confidence", "status", "type", "section", "text"],
              title=f"{len(items)} to review, least confident first")


# -- changes ------------------------------------------------------------------------------------
@app.command()
def correct(
    record: str = typer.Argument(..., help="DOC:ev:N, DOC:fig:N, DOC:prov:N or an entity id."),
    reason: Optional[str] = ReasonOption,
    type: Optional[str] = typer.Option(None, "--type", help="event type (or entity type)"),
    date: Optional[str] = typer.Option(None, "--date", help="YYYY, YYYY-MM or YYYY-MM-DD (sets the precision)"),
    date_end: Optional[str] = typer.Option(None, "--date-end"),
    precision: Optional[str] = typer.Option(None, "--precision", help="day, month or year"),
    polarity: Optional[str] = typer.Option(None, "--polarity", help="asserted, negated or alleged"),
    place: Optional[str] = typer.Option(None, "--place"),
    source: Optional[str] = typer.Option(None, "--source"),
    value: Optional[float] = typer.Option(None, "--value", help="a figure's value"),
    unit: Optional[str] = typer.Option(None, "--unit"),
    what: Optional[str] = typer.Option(None, "--what"),
    qualifier: Optional[str] = typer.Option(None, "--qualifier", help="exact, approximately, at least, …"),
    norm: Optional[str] = typer.Option(None, "--norm", help="a provision's norm"),
    subject: Optional[str] = typer.Option(None, "--subject"),
    name: Optional[str] = typer.Option(None, "--name", help="an entity's name"),
    kind: Optional[str] = typer.Option(None, "--kind", help="an entity's kind (org or place kind)"),
    lat: Optional[float] = typer.Option(None, "--lat"),
    lon: Optional[float] = typer.Option(None, "--lon"),
    set_: Optional[list[str]] = typer.Option(None, "--set", help='Any other field as FIELD=JSON, e.g. '
                                             'participants=\'[{"name":"X","role":"target"}]\''),
    version: Optional[int] = typer.Option(None, "--version", help="Refuse if the record changed since this version."),
    doc: Optional[str] = EntityDocOption,
    db: Optional[str] = DbOption,
    user: Optional[str] = UserOption,
) -> None:
    """Correct fields of a record; the machine's original is kept beside it.

    Example: rightsledger correct kazakhstan-2022:ev:36 --type conviction_or_sentence --date 2019 --reason "sentence, not arrest"
    """
    with catalogue_errors():
        ledger = open_ledger(db)
        changes = {**_fields(type=type, date=date, date_end=date_end, precision=precision, polarity=polarity,
                             place=place, source=source, value=value, unit=unit, what=what,
                             qualifier=qualifier, norm=norm, subject=subject, name=name, kind=kind,
                             lat=lat, lon=lon), **_sets(set_)}
        _done(ledger.correct(record, changes, reason or "", command_actor(ledger, user), version=version, doc=doc),
              "corrected")


@app.command()
def reject(
    record: str = typer.Argument(..., help="DOC:ev:N, DOC:fig:N or DOC:prov:N."),
    reason: Optional[str] = ReasonOption,
    version: Optional[int] = typer.Option(None, "--version"),
    db: Optional[str] = DbOption,
    user: Optional[str] = UserOption,
) -> None:
    """Reject a record the machine got wrong: left out of the default export, kept in the history.

    Example: rightsledger reject kazakhstan-2022:fig:12 --reason "a section number, not a figure"
    """
    with catalogue_errors():
        ledger = open_ledger(db)
        _done(ledger.reject(record, reason or "", command_actor(ledger, user), version=version), "rejected")


@app.command()
def confirm(
    record: str = typer.Argument(..., help="A record address."),
    reason: str = typer.Option("confirmed as extracted", "--reason"),
    version: Optional[int] = typer.Option(None, "--version"),
    doc: Optional[str] = EntityDocOption,
    db: Optional[str] = DbOption,
    user: Optional[str] = UserOption,
) -> None:
    """Confirm that a record is right as the machine extracted it.

    Example: rightsledger confirm kazakhstan-2022:ev:40
    """
    with catalogue_errors():
        ledger = open_ledger(db)
        _done(ledger.confirm(record, reason, command_actor(ledger, user), version=version, doc=doc), "confirmed")


add_app = typer.Typer(help="Add a record the machine missed, on a span of the text.\n\n"
                           "Example: rightsledger add event --doc kazakhstan-2022 --span 16979-17079 "
                           "--type conviction_or_sentence --date 2019 --reason \"missed\"",
                      no_args_is_help=True)
app.add_typer(add_app, name="add")


def _span(span: str) -> tuple[int, int]:
    try:
        a, b = span.split("-", 1)
        return int(a), int(b)
    except ValueError:
        raise RightsledgerError(Code.BAD_VALUE, field="span", detail=f"{span!r}: use START-END (character offsets)") from None


def _add(kind: str, doc: str, span: str, reason: str | None, db: str | None, user: str | None,
         sets: list[str] | None, **fields: Any) -> None:
    """``rightsledger add KIND``: the record of ``kind`` on ``span`` of ``doc``, its ``fields`` (those not
    ``None``) and its ``--set FIELD=VALUE`` pairs, added with ``reason`` by the command's actor and printed."""
    ledger = open_ledger(db)
    s, e = _span(span)
    values = {**_fields(**fields), **_sets(sets)}
    _done(ledger.add(kind, doc, s, e, values, reason or "", command_actor(ledger, user)), "added")


@add_app.command("event")
def add_event(
    doc: str = typer.Option(..., "--doc"),
    span: str = typer.Option(..., "--span", help="START-END: the sentence that states it"),
    type: str = typer.Option(..., "--type"),
    date: str = typer.Option(..., "--date"),
    date_end: Optional[str] = typer.Option(None, "--date-end"),
    polarity: Optional[str] = typer.Option(None, "--polarity"),
    place: Optional[str] = typer.Option(None, "--place"),
    source: Optional[str] = typer.Option(None, "--source"),
    set_: Optional[list[str]] = typer.Option(None, "--set", help="Other fields as FIELD=JSON"),
    reason: Optional[str] = ReasonOption,
    db: Optional[str] = DbOption,
    user: Optional[str] = UserOption,
) -> None:
    """Add an event the machine missed.

    Example: rightsledger add event --doc kazakhstan-2022 --span 16979-17079 --type conviction_or_sentence --date 2019 --reason "missed"
    """
    with catalogue_errors():
        _add("event", doc, span, reason, db, user, set_, type=type, date=date, date_end=date_end,
             polarity=polarity, place=place, source=source)


@add_app.command("figure")
def add_figure(
    doc: str = typer.Option(..., "--doc"),
    span: str = typer.Option(..., "--span"),
    value: float = typer.Option(..., "--value"),
    unit: Optional[str] = typer.Option(None, "--unit"),
    what: Optional[str] = typer.Option(None, "--what"),
    qualifier: Optional[str] = typer.Option(None, "--qualifier"),
    source: Optional[str] = typer.Option(None, "--source"),
    reason: Optional[str] = ReasonOption,
    db: Optional[str] = DbOption,
    user: Optional[str] = UserOption,
) -> None:
    """Add a figure the machine missed.

    Example: rightsledger add figure --doc veridia-2022 --span 100-180 --value 238 --what deaths --reason "missed"
    """
    with catalogue_errors():
        _add("figure", doc, span, reason, db, user, None, value=value, unit=unit, what=what,
             qualifier=qualifier, source=source)


@add_app.command("provision")
def add_provision(
    doc: str = typer.Option(..., "--doc"),
    span: str = typer.Option(..., "--span"),
    norm: str = typer.Option(..., "--norm"),
    subject: Optional[str] = typer.Option(None, "--subject"),
    set_: Optional[list[str]] = typer.Option(None, "--set", help='e.g. quantity=\'{"value":48,"unit":"hours","text":"48 hours"}\''),
    reason: Optional[str] = ReasonOption,
    db: Optional[str] = DbOption,
    user: Optional[str] = UserOption,
) -> None:
    """Add a legal provision the machine missed.

    Example: rightsledger add provision --doc veridia-2022 --span 100-180 --norm time_limit --reason "missed"
    """
    with catalogue_errors():
        _add("provision", doc, span, reason, db, user, set_, norm=norm, subject=subject)


@app.command()
def merge(
    keep: str = typer.Argument(..., help="The entity that stays."),
    absorb: str = typer.Argument(..., help="The entity that becomes part of it."),
    reason: Optional[str] = ReasonOption,
    db: Optional[str] = DbOption,
    user: Optional[str] = UserOption,
) -> None:
    """Merge two entities that are one referent: mentions, aliases, events move to the first.

    Example: rightsledger merge person:zhanbolat-mamay person:mamay --reason "same journalist"
    """
    with catalogue_errors():
        ledger = open_ledger(db)
        _done(ledger.merge(keep, absorb, reason or "", command_actor(ledger, user)), "merged")


@app.command()
def split(
    entity: str = typer.Argument(..., help="The entity an alias is split off."),
    alias: str = typer.Option(..., "--alias", help="The alias (mention text) that is someone else."),
    reason: Optional[str] = ReasonOption,
    db: Optional[str] = DbOption,
    user: Optional[str] = UserOption,
) -> None:
    """Split an alias off an entity: its mentions become an entity of their own.

    Example: rightsledger split person:zhanbolat-mamay --alias "Mamay" --reason "a different Mamay"
    """
    with catalogue_errors():
        ledger = open_ledger(db)
        _done(ledger.split(entity, alias, reason or "", command_actor(ledger, user)), "split")


# -- history and the audit log ---------------------------------------------------------------------
def _changed(b: dict[str, Any], a: dict[str, Any]) -> list[str]:
    return [f"{k}: {json.dumps(b.get(k), ensure_ascii=False)} → {json.dumps(a.get(k), ensure_ascii=False)}"
            for k in dict.fromkeys([*b, *a]) if b.get(k) != a.get(k)]


def _diff(before: Any, after: Any) -> str:
    """The fields an entry changed; an entity changed while reviewing a report also as that
    report gave it (``in DOC: …``)."""
    b = (before or {}).get("record") or {}
    a = (after or {}).get("record") or {}
    parts = []
    if (before or {}).get("status") != (after or {}).get("status"):
        parts.append(f"status: {(before or {}).get('status')} → {(after or {}).get('status')}")
    parts += _changed(b, a)
    if "form" in (after or {}):
        mine = _changed((before or {}).get("form") or {}, after["form"] or {})
        return "; ".join(parts) + f"\nin {after.get('doc')}: " + ("; ".join(mine) if mine else "no change")
    return "; ".join(parts)


@app.command()
def history(
    record: str = typer.Argument(..., help="A record address."),
    db: Optional[str] = DbOption,
    format: Format = FormatOption,
) -> None:
    """Every change of a record: who, when, what it was before and after, and why.

    Example: rightsledger history kazakhstan-2022:ev:36
    """
    with catalogue_errors():
        ledger = open_ledger(db)
        entries = ledger.history(record)
        if format is not Format.table:
            emit(entries, format, ["seq", "at", "by", "action", "record", "reason", "before", "after"])
            return
        from rich.text import Text  # a plain title: an id such as "place:turkey: …" is no emoji code

        table = new_table(title=Text(f"{record}: {len(entries)} changes"))
        for c in ("seq", "at", "by", "action", "change", "reason"):
            table.add_column(c, overflow="fold")
        for e in entries:
            table.add_row(str(e["seq"]), e["at"], escape(e["by"]), e["action"],
                          escape(_diff(e["before"], e["after"])), escape(e["reason"]))
        console.print(table)


audit_app = typer.Typer(help="The audit log: every change, hash-chained.\n\nExample: rightsledger audit verify",
                        no_args_is_help=True)
app.add_typer(audit_app, name="audit")


@audit_app.command("verify")
def audit_verify(db: Optional[str] = DbOption) -> None:
    """Check the audit log's hash chain: exit 1 and name the entries edited or deleted behind the app's back.

    Example: rightsledger audit verify --db ledger.db
    """
    with catalogue_errors():
        v = open_ledger(db).audit_verify()
        if v.ok:
            console.print(f"audit log intact: {v.entries} entries, head {v.head or '-'}")
            return
        for p in v.problems:
            err_console.print(f"[red]broken[/red] {escape(p)}")
        err_console.print(f"audit log BROKEN: {len(v.problems)} problems in {v.entries} entries")
        raise typer.Exit(1)


@audit_app.command("export")
def audit_export(db: Optional[str] = DbOption,
                 output: Optional[Path] = typer.Option(None, "-o", "--output", help="File (default stdout).")) -> None:
    """The audit log as JSON Lines: seq, at, by, action, record, reason, before, after, prev, hash.

    Example: rightsledger audit export -o audit.jsonl
    """
    with catalogue_errors():
        entries = open_ledger(db).audit_log()
        out = open(output, "w", encoding="utf-8") if output else sys.stdout
        try:
            for e in entries:
                out.write(json.dumps({"kind": "audit", **e}, ensure_ascii=False) + "\n")
        finally:
            if output:
                out.close()
                err_console.print(f"wrote {len(entries)} entries to {output}")
