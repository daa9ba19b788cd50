"""``rightsledger compare`` and ``rightsledger indicators``: across reports.

``register(app)`` adds both commands to the main Typer app (``cli.py`` calls it). The
commands are thin wrappers over :func:`rightsledger.analysis.compare.compare` and
:func:`rightsledger.analysis.indicators.indicators`, in the style of ``cli.py``: a Rich table by
default, JSON Lines with ``--format jsonl``, one-line errors.
"""
from __future__ import annotations

import json
import sys
from enum import Enum
from typing import TYPE_CHECKING, Any, Optional

import typer

from .app import DbOption, catalogue_errors, open_ledger, app, console, escape, new_table

if TYPE_CHECKING:
    from rich.table import Table


class CompareFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"


STATUS_STYLE = {"new": "green", "gone": "red", "continuing": "cyan", "same": "cyan",
                "changed": "yellow"}


def _short(value: Any, limit: int = 160) -> str:
    s = "" if value is None else " ".join(str(value).split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


def _fmt_value(v: Any) -> str:
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return f"{v:,}" if isinstance(v, int) else str(v)


def _write_jsonl(rows: list[dict[str, Any]]) -> None:
    for r in rows:
        sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")


@app.command()
def compare(
    doc_a: str = typer.Argument(..., help="The earlier report (or country A)."),
    doc_b: str = typer.Argument(..., help="The later report (or country B)."),
    db: Optional[str] = DbOption,
    format: CompareFormat = typer.Option(CompareFormat.table, "--format", help="table or jsonl"),
    topic: Optional[str] = typer.Option(None, "--topic",
                                        help="Only sections of this topic, e.g. torture"),
    limit: int = typer.Option(12, "--limit", help="Rows per kind and section in the table."),
) -> None:
    """Two reports side by side, section by section: who and which cases are new, gone or
    continuing, which figures changed (both values, both citations) and what text is new.

    Sections are aligned by topic, then by title, so renumbered sections still match.
    For two countries, "new"/"gone" read as "only in B"/"only in A".

    Example: rightsledger compare veridia-2022 veridia-2023 --topic torture
    """
    from ..analysis.compare import compare as run_compare

    with catalogue_errors():
        result = run_compare(open_ledger(db), doc_a, doc_b)
        sections = [s for s in result.sections
                    if topic is None or s.topic == topic or (s.a and s.a.id == topic)
                    or (s.b and s.b.id == topic)]
        if format is CompareFormat.jsonl:
            head = {"kind": "comparison", "doc_a": result.doc_a, "doc_b": result.doc_b,
                    "mode": result.mode, "labels": result.labels, "note": result.note,
                    "not_reported_in_b": result.not_reported_in_b,
                    "not_reported_in_a": result.not_reported_in_a}
            _write_jsonl([head] + [{"kind": "section_comparison", **s.as_dict()} for s in sections])
            return
        lab = result.labels
        console.print(f"[bold]{escape(doc_a)}[/bold] → [bold]{escape(doc_b)}[/bold] "
                      f"({result.mode}: new = {escape(lab['new'])}, gone = {escape(lab['gone'])})")
        if result.note:
            console.print(escape(result.note))
        if result.not_reported_in_b:
            console.print(f"[bold]not reported in {escape(doc_b)}[/bold] (its edition has no such topic): "
                          + escape(", ".join(result.not_reported_in_b)))
        if result.not_reported_in_a:
            console.print(f"[bold]not reported in {escape(doc_a)}[/bold] (its edition has no such topic): "
                          + escape(", ".join(result.not_reported_in_a)))
        overview = new_table(title="aligned sections")
        for c in ("A", "B", "topic", "title", "match", "people/orgs +/-/=", "cases +/-",
                  "figures changed", "text +/-/~"):
            overview.add_column(c, overflow="fold")
        for s in sections:
            ents = [e for e in s.entities if e.type != "place"]
            overview.add_row(
                s.a.id if s.a else "—", s.b.id if s.b else "—", s.topic or "",
                escape(_short(s.title, 60)), s.match,
                f"{_n(ents, 'new')}/{_n(ents, 'gone')}/{_n(ents, 'continuing')}",
                f"{_n(s.events, 'new')}/{_n(s.events, 'gone')}", str(len(s.figures)),
                f"{_n(s.text, 'new')}/{_n(s.text, 'gone')}/{_n(s.text, 'changed')}")
        console.print(overview)
        for s in sections:
            table = _section_table(s, lab, limit)
            if table is not None:
                console.print(table)

@app.command()
def indicators(
    doc: str = typer.Argument(..., help="A document id (see `rightsledger docs`)."),
    db: Optional[str] = DbOption,
    format: CompareFormat = typer.Option(CompareFormat.table, "--format", help="table or jsonl"),
    evidence: int = typer.Option(3, "--evidence", help="Sentences shown per indicator in the table."),
) -> None:
    """CIRI physical-integrity scores (KILL, DISAP, TORT, POLPRIS: 0 frequent … 2 none) and a
    Political Terror Scale estimate (1–5), each with the sentences that justify it.

    These are rule-based estimates from the report text (docs/INDICATORS.md), not
    CIRI or PTS codings.

    Example: rightsledger indicators veridia-2023 --format jsonl
    """
    from ..analysis.indicators import indicators as run_indicators

    with catalogue_errors():
        inds = run_indicators(open_ledger(db), doc)
        if format is CompareFormat.jsonl:
            _write_jsonl([{"kind": "indicator", "doc": doc, **i.as_dict()} for i in inds])
            return
        table = new_table(title=f"{doc}: indicators (estimates)", show_lines=True)
        for c in ("indicator", "score", "confidence", "rationale", "evidence"):
            table.add_column(c, overflow="fold")
        for i in inds:
            ev = "\n".join(f"• {escape(_short(e['text'], 220))} [dim]({escape(e['citation'])})[/dim]"
                           for e in i.evidence[:evidence])
            table.add_row(f"[bold]{i.name}[/bold]\n[dim]{escape(i.scale)}[/dim]", str(i.score),
                          f"{i.confidence:.2f}", escape(i.rationale), ev)
        console.print(table)


def _n(items: list[Any], status: str) -> int:
    return sum(1 for x in items if x.status == status)


def _section_table(s: Any, labels: dict[str, str], limit: int) -> Table | None:
    """One section's changes: people/organizations, cases, figures, provisions, text."""
    rows: list[tuple[str, str, str, str, str]] = []   # kind, status, what, A, B
    ents = [e for e in s.entities if e.type != "place" and e.status != "continuing"]
    cont = [e for e in s.entities if e.type != "place" and e.status == "continuing"]
    for e in (ents + cont)[:limit]:
        rows.append(("person" if e.type == "person" else "org", e.status, e.name,
                     e.first_a.short if e.first_a else "", e.first_b.short if e.first_b else ""))
    seen: set[tuple[str, str, int]] = set()
    cases = []
    for ev in s.events:
        cited = ev.evidence_b or ev.evidence_a
        key = (ev.status, ev.type, cited.start)
        if ev.status == "same" or key in seen:
            continue
        seen.add(key)
        cases.append(ev)
    for ev in cases[:limit]:
        what = f"{ev.type}: {_short((ev.evidence_b or ev.evidence_a).text, 140)}"
        if ev.continues_case:
            what += f" (continues: {', '.join(ev.continues_case)})"
        rows.append(("case", ev.status, what, ev.evidence_a.short if ev.evidence_a else "",
                     ev.evidence_b.short if ev.evidence_b else ""))
    for f in s.figures[:limit]:
        unit = f" {f.unit}" if f.unit else ""
        rows.append(("figure", "changed",
                     f"{f.what}: {_fmt_value(f.value_a)}{unit} → {_fmt_value(f.value_b)}{unit}",
                     f"{_short(f.evidence_a.text, 100)} ({f.evidence_a.short})",
                     f"{_short(f.evidence_b.text, 100)} ({f.evidence_b.short})"))
    for p in s.provisions[:limit]:
        rows.append(("provision", p.status, f"{p.norm}: {p.subject or ''} {p.quantity_a or '—'} → {p.quantity_b or '—'}",
                     p.evidence_a.short if p.evidence_a else "", p.evidence_b.short if p.evidence_b else ""))
    for t in [x for x in s.text if x.status in ("new", "changed")][:limit]:
        rows.append(("text", t.status, _short((t.b or t.a).text, 240),
                     (f"{_short(t.a.text, 120)} ({t.a.short})" if t.status == "changed" and t.a
                      else ""),
                     t.b.short if t.b else ""))
    if not rows:
        return None
    a_id = s.a.id if s.a else "—"
    b_id = s.b.id if s.b else "—"
    table = new_table(title=escape(f"{a_id} → {b_id}  {s.title}" + (f"  [{s.topic}]" if s.topic else "")),
                  caption="A / B: section ¶paragraph; full citations with --format jsonl")
    for c in ("kind", "status", "what", "A", "B"):
        table.add_column(c, overflow="fold")
    for kind, status, what, a, b in rows:
        style = STATUS_STYLE.get(status, "")
        shown = labels.get(status, status)
        table.add_row(kind, f"[{style}]{escape(shown)}[/{style}]" if style else escape(shown),
                      escape(what), escape(a), escape(b))
    return table


