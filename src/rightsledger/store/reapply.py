"""Corrections survive re-processing: when a document is ingested again, each of its
corrections is applied again to the matching new record, or marked a conflict."""
from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from ..errors import RightsledgerError
from .review import TABLES, add, change, load, merge, review_of, split
from .schema import (
    corrections_t,
    entities_t,
    reviews_t,
)
from .validation import apply_changes


# -- re-ingest ---------------------------------------------------------------------------------
def _relocate(c: dict[str, Any], anchor: dict[str, Any], sha: str, text: str) -> tuple[int, int] | None:
    """The anchored span in the new text: the same offsets if the text is the same (and still
    reads the same), else the one place where the anchored text occurs now."""
    want = anchor.get("text") or ""
    if c["sha256"] == sha and c["start"] is not None and text[c["start"]:c["end"]] == want:
        return c["start"], c["end"]
    if not want:
        return None
    first = text.find(want)
    if first < 0 or text.find(want, first + 1) >= 0:
        return None
    return first, first + len(want)


def _match(conn: Connection, kind: str, doc: str, span: tuple[int, int], anchor: dict[str, Any],
           taken: set[str]) -> tuple[str | None, str]:
    table = TABLES[kind]
    rows = [json.loads(d) for d in conn.execute(
        select(table.c.data).where(table.c.doc == doc, table.c.start == span[0], table.c.end == span[1])
        .order_by(table.c.id)).scalars()]
    free = [r for r in rows if r["id"] not in taken]
    machine = anchor.get("machine") or {}
    exact = [r for r in free if all(r.get(f) == v for f, v in machine.items())]
    if exact:
        return exact[0]["id"], ""
    if len(rows) == 1 and free:
        return free[0]["id"], ""
    if not rows:
        return None, f"no {kind} on the anchored span {span[0]}-{span[1]} any more"
    return None, f"{len(rows)} {kind}s on the span, none with the machine's {machine}"


def reapply(conn: Connection, doc: str, sha: str, text: str, *, at: str) -> dict[str, int]:
    """After ``doc`` was processed again: every correction of it, applied again or marked a conflict."""
    conn.execute(reviews_t.delete().where(reviews_t.c.doc == doc, reviews_t.c.kind != "entity"))
    mapping: dict[str, str | None] = {}
    summary = {"applied": 0, "conflict": 0}
    rows = [dict(r) for r in conn.execute(select(corrections_t).where(corrections_t.c.doc == doc)
                                          .order_by(corrections_t.c.id)).mappings()]
    for c in rows:
        anchor = json.loads(c["anchor"])
        changes = json.loads(c["changes"])
        replay = {"id": c["id"], "by": c["by"], "at": c["at"]}
        reason = f"re-applied correction #{c['id']} after re-processing: {c['reason']}"
        target, detail, span = None, "", None
        try:
            if c["kind"] == "entity":
                target, detail = _reapply_entity(conn, c, changes, reason, at, replay)
            else:
                span = _relocate(c, anchor, sha, text)
                if span is None:
                    detail = "the anchored text is gone from the document (or occurs more than once)"
                elif c["action"] == "add":
                    rec = add(conn, kind=c["kind"], doc=doc, start=span[0], end=span[1], fields=changes,
                              reason=reason, by="reingest", at=at, replay=replay)
                    target = rec["id"]
                    mapping[c["record"]] = target
                else:
                    if c["record"] in mapping:
                        target = mapping[c["record"]]
                        if target is None:
                            detail = "an earlier correction of this record found no match"
                    else:
                        taken = {t for t in mapping.values() if t}
                        target, detail = _match(conn, c["kind"], doc, span, anchor, taken)
                        mapping[c["record"]] = target
                    if target is not None:
                        change(conn, action=c["action"], address=target, changes=changes, reason=reason,
                               by="reingest", at=at, replay=replay)
        except RightsledgerError as err:
            target, detail = None, f"could not be applied again: {err.message}"
        values: dict[str, Any] = {"state": "applied" if target else "conflict", "detail": detail or None}
        if target:
            values["record"] = target
            if span is not None:
                values.update(sha256=sha, start=span[0], end=span[1])
        conn.execute(corrections_t.update().where(corrections_t.c.id == c["id"]).values(**values))
        summary["applied" if target else "conflict"] += 1
    return summary


def _exists(conn: Connection, eid: str) -> bool:
    return conn.execute(select(entities_t.c.id).where(entities_t.c.id == eid)).first() is not None


def _reapply_entity(conn: Connection, c: dict[str, Any], changes: dict[str, Any], reason: str,
                    at: str, replay: dict[str, Any]) -> tuple[str | None, str]:
    eid = c["record"]
    if not _exists(conn, eid):
        return None, f"entity {eid!r} is gone after re-processing"
    if c["action"] == "merge":
        if _exists(conn, changes["merge"]):
            merge(conn, keep=eid, absorb=changes["merge"], reason=reason, by="reingest", at=at, replay=replay)
        return eid, ""
    if c["action"] == "split":
        _, e = load(conn, eid)
        try:
            split(conn, entity=eid, alias=changes["split"], reason=reason, by="reingest", at=at,
                  into=changes.get("into"), replay=replay)
        except RightsledgerError:
            if not _exists(conn, changes.get("into") or ""):
                raise
        return eid, ""
    if c["action"] == "correct":
        _, cur = load(conn, eid)
        if apply_changes("entity", cur, changes) != cur:
            change(conn, action="correct", address=eid, changes=changes, reason=reason, by="reingest",
                   at=at, replay=replay)
        return eid, ""
    if c["action"] == "confirm":
        if review_of(conn, eid) is None:
            change(conn, action="confirm", address=eid, changes={}, reason=reason, by="reingest",
                   at=at, replay=replay)
        return eid, ""
    return None, f"unknown action {c['action']!r}"


def conflicts(conn: Connection, doc: str | None = None) -> list[dict[str, Any]]:
    q = select(corrections_t).where(corrections_t.c.state == "conflict").order_by(corrections_t.c.id)
    if doc:
        q = q.where(corrections_t.c.doc == doc)
    out = []
    for r in conn.execute(q).mappings():
        d = dict(r)
        d["anchor"] = json.loads(d["anchor"])
        d["changes"] = json.loads(d["changes"])
        out.append(d)
    return out


def corrections(conn: Connection, doc: str | None = None) -> list[dict[str, Any]]:
    q = select(corrections_t).order_by(corrections_t.c.id)
    if doc:
        q = q.where(corrections_t.c.doc == doc)
    return [dict(r) for r in conn.execute(q).mappings()]
