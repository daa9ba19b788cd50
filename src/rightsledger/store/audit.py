"""The audit log: append-only, one entry per change, each holding the hash of the one before.

An entry is ``seq, at, by, action, record, reason, before, after`` (``before``/``after``:
the record as JSON) plus ``prev`` (the previous entry's hash) and ``hash`` (SHA-256 over
all of it). ``meta.audit_head`` holds the last ``seq:hash``. :func:`verify` recomputes the
chain: a row edited, deleted or inserted behind the application's back breaks it.
Entries are appended inside the change's own write transaction (serialised), so the chain
has no forks and a change is never written without its entry.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import IO, Any, Iterator

from sqlalchemy import select
from sqlalchemy.engine import Connection

from .schema import audit_t, meta_t

GENESIS = "0" * 64
HEAD_KEY = "audit_head"


def _canon(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def entry_hash(row: dict[str, Any]) -> str:
    payload = json.dumps([row["seq"], row["at"], row["by"], row["action"], row["record"],
                          row["reason"], row["before"], row["after"], row["prev"]],
                         ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(conn: Connection, *, by: str, action: str, record: str, reason: str,
           before: Any, after: Any, at: str) -> dict[str, Any]:
    last = conn.execute(select(audit_t.c.seq, audit_t.c.hash).order_by(audit_t.c.seq.desc()).limit(1)).first()
    row = {"seq": (last[0] + 1) if last else 1, "at": at, "by": by, "action": action,
           "record": record, "reason": reason, "before": _canon(before), "after": _canon(after),
           "prev": last[1] if last else GENESIS}
    row["hash"] = entry_hash(row)
    conn.execute(audit_t.insert().values(**row))
    head = f"{row['seq']}:{row['hash']}"
    if conn.execute(select(meta_t.c.key).where(meta_t.c.key == HEAD_KEY)).first():
        conn.execute(meta_t.update().where(meta_t.c.key == HEAD_KEY).values(value=head))
    else:
        conn.execute(meta_t.insert().values(key=HEAD_KEY, value=head))
    return row


def _decoded(row: Any) -> dict[str, Any]:
    d = dict(row)
    for k in ("before", "after"):
        d[k] = json.loads(d[k]) if d[k] is not None else None
    return d


def entries(conn: Connection, record: str | None = None) -> Iterator[dict[str, Any]]:
    q = select(audit_t).order_by(audit_t.c.seq)
    if record is not None:
        q = q.where(audit_t.c.record == record)
    for row in conn.execute(q).mappings():
        yield _decoded(row)


def write_jsonl(conn: Connection, out: IO[str]) -> int:
    n = 0
    for e in entries(conn):
        out.write(json.dumps({"kind": "audit", **e}, ensure_ascii=False) + "\n")
        n += 1
    return n


@dataclass
class Verification:
    ok: bool
    entries: int
    head: str | None
    problems: list[str] = field(default_factory=list)


def verify(conn: Connection) -> Verification:
    """Recompute the chain; every break is named by its ``seq``."""
    problems: list[str] = []
    prev, expected_seq, n, last_hash = GENESIS, 1, 0, None
    for row in conn.execute(select(audit_t).order_by(audit_t.c.seq)).mappings():
        r = dict(row)
        n += 1
        if r["seq"] != expected_seq:
            problems.append(f"entries {expected_seq}..{r['seq'] - 1} are missing (deleted?)")
        if r["prev"] != prev:
            problems.append(f"entry {r['seq']} does not follow the entry before it")
        if entry_hash(r) != r["hash"]:
            problems.append(f"entry {r['seq']} was changed after it was written (hash mismatch)")
        prev, expected_seq, last_hash = r["hash"], r["seq"] + 1, r["hash"]
    head = conn.execute(select(meta_t.c.value).where(meta_t.c.key == HEAD_KEY)).scalar()
    mine = f"{expected_seq - 1}:{last_hash}" if n else None
    if head != mine:
        problems.append(f"the log ends at {mine or 'nothing'} but its head says {head or 'nothing'} "
                        "(entries deleted at the end?)")
    return Verification(not problems, n, head, problems)
