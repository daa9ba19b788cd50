"""Review pages: a record with the machine's original beside its current value and its
whole history, and the review queue (least confident first, driven from the keyboard).

Reads go through :class:`~rightsledger.Ledger`; the pages' writes go through the REST API
(``/api/records/…``) from ``static/app.js`` with the session cookie and the CSRF token,
so that the web UI and the API have one set of rules and errors.
"""
from __future__ import annotations

import json
from typing import Any, Optional

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from ..errors import Code, RightsledgerError
from ..ledger import Ledger
from ..records import ENTITY_TYPES, EVENT_TYPES, NORMS, POLARITIES, PRECISIONS, QUALIFIERS
from .highlight import EDIT_FIELDS, safe_json
from .render import page

router = APIRouter(include_in_schema=False)
QUEUE_KINDS = ("event", "figure", "provision", "entity")
QUEUE_STATUSES = ("machine", "confirmed", "corrected", "rejected", "added", "all")
QUEUE_MAX = 500
REJECT_REASONS = ("not a record of this kind (extraction error)", "duplicate of another record",
                  "wrong span: the sentence says something else")


def _ledger(request: Request) -> Ledger:
    return request.app.state.ledger


def vocab_json() -> str:
    """The choices the edit forms offer, and the fields each kind of record has (safe in <script>)."""
    return safe_json({"choices": {"event.type": EVENT_TYPES, "entity.type": ENTITY_TYPES,
                                  "precision": PRECISIONS, "polarity": POLARITIES, "norm": NORMS,
                                  "qualifier": QUALIFIERS},
                      "fields": EDIT_FIELDS, "reject": REJECT_REASONS})


def _show(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _flat(kind: str, rec: Optional[dict[str, Any]]) -> dict[str, Any]:
    """The fields a person may correct, from a record (entity attributes lifted)."""
    if not rec:
        return {}
    out = {k: rec.get(k) for k in ("type", "date", "date_end", "precision", "polarity", "participants", "place",
                                   "source", "value", "value_end", "unit", "what", "qualifier", "norm",
                                   "quantity", "subject", "name") if k in rec}
    if kind == "entity":
        for k, v in (rec.get("attributes") or {}).items():
            out[k] = v
        out["aliases"] = rec.get("aliases")
    return out


def _diff(kind: str, before: Optional[dict[str, Any]], after: Optional[dict[str, Any]]) -> list[tuple[str, str, str]]:
    b = _flat(kind, (before or {}).get("record"))
    a = _flat(kind, (after or {}).get("record"))
    rows = [(k, _show(b.get(k)), _show(a.get(k))) for k in sorted(set(a) | set(b)) if b.get(k) != a.get(k)]
    sb, sa = (before or {}).get("status"), (after or {}).get("status")
    if sb != sa and (sb or sa):
        rows.insert(0, ("status", _show(sb), _show(sa)))
    for extra in ("merged_into", "split_off", "split_from"):
        if (after or {}).get(extra):
            rows.append((extra.replace("_", " "), "", _show(after[extra])))  # type: ignore[index]
    return rows


def _doc_diff(kind: str, h: dict[str, Any]) -> Optional[list[tuple[str, str, str]]]:
    """An entity changed while reviewing a report: the fields of that report's form the change
    moved (None for an entry without one)."""
    before, after = h.get("before") or {}, h.get("after") or {}
    if not isinstance(after, dict) or "form" not in after:
        return None
    b, a = _flat(kind, before.get("form")), _flat(kind, after.get("form"))
    return [(k, _show(b.get(k)), _show(a.get(k))) for k in sorted(set(a) | set(b)) if b.get(k) != a.get(k)]


@router.get("/records/{address:path}", response_class=HTMLResponse)
def record_page(request: Request, address: str, doc: Optional[str] = None) -> HTMLResponse:
    """One record: the machine's original beside the current value, then every change.
    ``doc``: an entity as that report gives it (the review list's view)."""
    ledger = _ledger(request)
    rec = ledger.record(address, doc=doc or None)
    kind, current, machine = rec["kind"], rec["record"], rec["machine"]
    fields = list(EDIT_FIELDS.get(kind, ())) + (["participants", "quantity"] if kind in ("event", "provision") else [])
    flat_now, flat_machine = _flat(kind, current), _flat(kind, machine)
    rows = [(f, _show(flat_machine.get(f)) if machine else "(added by a person)", _show(flat_now.get(f)),
             machine is not None and flat_machine.get(f) != flat_now.get(f))
            for f in dict.fromkeys(fields) if f in flat_now or f in flat_machine]
    history = [{**h, "diff": _diff(kind, h.get("before"), h.get("after")),
                "doc_diff": _doc_diff(kind, h)} for h in ledger.history(address)]
    evidence = current.get("evidence") or {}
    doc = current.get("doc")
    return page(request, "record.html", address=address, kind=kind, rec=rec, rows=rows, history=history,
                evidence=evidence, doc=doc, vocab=vocab_json(),
                panel=safe_json({"rkind": kind, "kind": kind, "id": address, "title": address, "fields": {}, "values": {f: flat_now.get(f) for f in EDIT_FIELDS[kind]},
                                 "review": {"address": address, **rec["review"], "version": rec["version"],
                                            **({"doc": rec["doc"]} if rec.get("doc") else {})}}))


@router.get("/review", response_class=HTMLResponse)
def queue_page(request: Request, doc: Optional[str] = None, kind: Optional[str] = None,
               section: Optional[str] = None, type: Optional[str] = None,  # noqa: A002
               below: Optional[str] = None, status: str = "machine", limit: int = 100) -> HTMLResponse:
    """The review queue: records least confident first; a, r, e, j/k on the keyboard."""
    ledger = _ledger(request)
    kind = kind if kind in QUEUE_KINDS else None
    status = status if status in QUEUE_STATUSES else "machine"
    limit = min(max(limit, 1), QUEUE_MAX)
    try:
        below_f = float(below) if below not in (None, "") else None
    except ValueError:
        raise RightsledgerError(Code.BAD_VALUE, field="below", detail=f"{below!r} is not a number from 0 to 1") from None
    items = ledger.review_queue(doc=doc or None, kind=kind, section=section or None, type=type or None,
                                below=below_f, status=None if status == "all" else status)
    total = len(items)
    reviews = ledger.reviews(doc or None) if status != "machine" else {}
    shown = []
    for it in items[:limit]:
        k, r = it["kind"], it["record"]
        values = {f: (r.get("attributes", {}).get(f) if k == "entity" and f == "kind" else r.get(f))
                  for f in EDIT_FIELDS[k]}
        shown.append({**it, "version": (reviews.get(it["address"]) or {}).get("version", 0),
                      "values_json": json.dumps(values, ensure_ascii=False),
                      "summary": _summary(k, r)})
    filters = {"doc": doc or "", "kind": kind or "", "section": section or "", "type": type or "",
               "below": below or "", "status": status, "limit": limit}
    return page(request, "review.html", items=shown, total=total, filters=filters, docs=ledger.documents(),
                kinds=QUEUE_KINDS, statuses=QUEUE_STATUSES,
                types=sorted(set(EVENT_TYPES) | set(NORMS) | set(ENTITY_TYPES)), vocab=vocab_json())


def _summary(kind: str, r: dict[str, Any]) -> list[tuple[str, str]]:
    if kind == "event":
        date = r.get("date", "") + (f" … {r['date_end']}" if r.get("date_end") else "")
        who = "; ".join(f"{p['name']} ({p['role']})" for p in r.get("participants") or [])
        pairs = [("type", r.get("type")), ("date", date), ("polarity", r.get("polarity")), ("who", who),
                 ("place", r.get("place")), ("source", r.get("source"))]
    elif kind == "figure":
        pairs = [("value", f"{r.get('value'):g}" if isinstance(r.get("value"), (int, float)) else r.get("value")),
                 ("unit", r.get("unit")), ("what", r.get("what")), ("qualifier", r.get("qualifier")),
                 ("source", r.get("source"))]
    elif kind == "provision":
        q = r.get("quantity") or {}
        pairs = [("norm", r.get("norm")), ("quantity", q.get("text")), ("subject", r.get("subject"))]
    else:
        pairs = [("type", r.get("type")), ("name", r.get("name")), ("aliases", ", ".join(r.get("aliases") or []))]
    return [(k, str(v)) for k, v in pairs if v not in (None, "")]
