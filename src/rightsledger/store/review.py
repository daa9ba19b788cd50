"""Review and corrections: what people change in the machine's records, kept for good.

Every extracted record has an address: ``DOC:ev:N`` (event), ``DOC:fig:N`` (figure),
``DOC:prov:N`` (provision), an entity's id (``person:zhanbolat-mamay``); records a person
adds get ``DOC:ev:aK`` (K: the number of the correction that added it).

A change (correct, confirm, reject, add, merge, split) does three things in one
transaction: it rewrites the record (the tables hold the current, corrected value; the
``reviews`` row keeps the machine's original, its status, who, when and a ``version``
that grows by one per change), it appends an entry to the audit log
(:mod:`.audit`), and it records a *correction* anchored to the document's sha256, the
record's span and the machine's values. When a document is processed again
(:func:`.reapply.reapply`, called by ``Store.save``), every correction of it is applied again to
the matching new record; one that matches nothing is marked ``conflict``, never dropped.

Checks of values live in :mod:`.validation`, re-applying after re-processing in
:mod:`.reapply`. Every function takes a ``Connection`` inside ``Store.writing()``.
"""
from __future__ import annotations

import copy
import json
import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from ..errors import Code, RightsledgerError
from ..extract import link
from .keys import give_reviewed, moved as move_keys, reviewed as reviewed_keys
from .audit import append as audit_append
from .forms import doc_form
from .schema import (
    corrections_t,
    documents_t,
    entities_t,
    entity_forms_t,
    entity_keys_t,
    events_t,
    figures_t,
    mentions_t,
    participants_t,
    provisions_t,
    reviews_t,
    sections_t,
)
from .validation import TEXT_MAX, bad_value, apply_changes, validate_changes

ABBR = {"ev": "event", "fig": "figure", "prov": "provision"}
SHORT = {v: k for k, v in ABBR.items()}
TABLES = {"event": events_t, "figure": figures_t, "provision": provisions_t}
KINDS = ("event", "figure", "provision", "entity")
STATUSES = ("machine", "confirmed", "corrected", "rejected", "added")
ANCHOR_FIELDS = {"event": ("type", "date"), "figure": ("value", "unit"), "provision": ("norm",),
                 "entity": ("type", "name")}


# -- addresses and records ----------------------------------------------------------------
def kind_of(address: str) -> tuple[str, str | None]:
    """(kind, doc) of a record address; entities have no doc."""
    parts = address.rsplit(":", 2)
    if len(parts) == 3 and parts[1] in ABBR and parts[0]:
        return ABBR[parts[1]], parts[0]
    return "entity", None


def load(conn: Connection, address: str) -> tuple[str, dict[str, Any]]:
    kind, _ = kind_of(address)
    if kind == "entity":
        row = conn.execute(select(entities_t).where(entities_t.c.id == address)).mappings().first()
        if row is None:
            raise RightsledgerError(Code.NO_RECORD, record=address)
        return kind, {"id": row["id"], "type": row["type"], "name": row["name"],
                      "aliases": json.loads(row["aliases"]), "attributes": json.loads(row["attributes"])}
    table = TABLES[kind]
    data = conn.execute(select(table.c.data).where(table.c.id == address)).scalar()
    if data is None:
        raise RightsledgerError(Code.NO_RECORD, record=address)
    return kind, json.loads(data)


def _write(conn: Connection, kind: str, rec: dict[str, Any], *, insert: bool = False) -> None:
    data = json.dumps(rec, ensure_ascii=False)
    if kind == "entity":
        conn.execute(entities_t.update().where(entities_t.c.id == rec["id"]).values(
            type=rec["type"], name=rec["name"], aliases=json.dumps(rec["aliases"], ensure_ascii=False),
            attributes=json.dumps(rec["attributes"], ensure_ascii=False)))
        return
    ev = rec["evidence"]
    if kind == "event":
        values = dict(doc=rec["doc"], type=rec["type"], date=rec["date"], date_end=rec["date_end"],
                      precision=rec["precision"], section=rec["section"], polarity=rec["polarity"],
                      source=rec["source"], start=ev["start"], end=ev["end"], data=data)
    elif kind == "figure":
        values = dict(doc=rec["doc"], value=float(rec["value"]), unit=rec["unit"], what=rec["what"],
                      qualifier=rec["qualifier"], source=rec["source"], section=rec["section"],
                      start=ev["start"], end=ev["end"], data=data)
    else:
        values = dict(doc=rec["doc"], norm=rec["norm"], subject=rec["subject"], section=rec["section"],
                      start=ev["start"], end=ev["end"], data=data)
    table = TABLES[kind]
    if insert:
        conn.execute(table.insert().values(id=rec["id"], **values))
    else:
        conn.execute(table.update().where(table.c.id == rec["id"]).values(**values))
    if kind == "event":
        conn.execute(participants_t.delete().where(participants_t.c.event == rec["id"]))
        parts = [{"event": rec["id"], "entity": p.get("entity"), "name": p["name"], "role": p["role"]}
                 for p in rec["participants"]]
        if parts:
            conn.execute(participants_t.insert(), parts)


# -- review state ---------------------------------------------------------------------------
def review_of(conn: Connection, address: str) -> dict[str, Any] | None:
    row = conn.execute(select(reviews_t).where(reviews_t.c.record == address)).mappings().first()
    if row is None:
        return None
    d = dict(row)
    d["machine"] = json.loads(d["machine"]) if d["machine"] else None
    return d


def review_rows(conn: Connection, doc: str | None = None) -> dict[str, dict[str, Any]]:
    q = select(reviews_t.c.record, reviews_t.c.status, reviews_t.c.by, reviews_t.c.at,
               reviews_t.c.version, reviews_t.c.machine)
    if doc is not None:
        q = q.where(reviews_t.c.doc == doc)
    return {r["record"]: dict(r) for r in conn.execute(q).mappings()}


def version_of(review: dict[str, Any] | None) -> int:
    return review["version"] if review else 0


def _check_version(address: str, review: dict[str, Any] | None, version: int | None) -> None:
    if version is not None and int(version) != version_of(review):
        raise RightsledgerError(Code.VERSION_CONFLICT, record=address, yours=version,
                                current=version_of(review))


def _set_review(conn: Connection, address: str, kind: str, doc: str | None, status: str, by: str,
                at: str, machine: dict[str, Any] | None, review: dict[str, Any] | None) -> int:
    if review is None:
        conn.execute(reviews_t.insert().values(
            record=address, kind=kind, doc=doc, status=status, by=by, at=at, version=1,
            machine=json.dumps(machine, ensure_ascii=False) if machine is not None else None))
        return 1
    version = review["version"] + 1
    conn.execute(reviews_t.update().where(reviews_t.c.record == address).values(
        status=status, by=by, at=at, version=version))
    return version


def _doc_row(conn: Connection, doc: str) -> dict[str, Any]:
    row = conn.execute(select(documents_t.c.id, documents_t.c.sha256, documents_t.c.text)
                       .where(documents_t.c.id == doc)).mappings().first()
    if row is None:
        raise RightsledgerError(Code.NO_DOCUMENT, doc=doc)
    return dict(row)


def _entity_anchor(conn: Connection, eid: str) -> tuple[str | None, int | None, int | None, str]:
    """The entity's first mention: (doc, start, end, text) — where its corrections are anchored."""
    row = conn.execute(select(mentions_t.c.doc, mentions_t.c.start, mentions_t.c.end)
                       .where(mentions_t.c.entity == eid).order_by(mentions_t.c.doc, mentions_t.c.start)
                       .limit(1)).first()
    if row is None:
        return None, None, None, ""
    text = conn.execute(select(documents_t.c.text).where(documents_t.c.id == row[0])).scalar() or ""
    return row[0], row[1], row[2], text[row[1]:row[2]]


def _record_correction(conn: Connection, *, action: str, kind: str, address: str,
                       machine: dict[str, Any] | None, current: dict[str, Any],
                       changes: dict[str, Any], reason: str, by: str, at: str) -> int:
    base = machine or current
    if kind == "entity":
        doc, start, end, text = _entity_anchor(conn, address)
        sha = conn.execute(select(documents_t.c.sha256).where(documents_t.c.id == doc)).scalar() if doc else None
    else:
        doc = current["doc"]
        ev = current["evidence"]
        start, end, text = ev["start"], ev["end"], ev["text"]
        sha = conn.execute(select(documents_t.c.sha256).where(documents_t.c.id == doc)).scalar()
    anchor = {"text": text, "machine": {f: base.get(f) for f in ANCHOR_FIELDS[kind]}}
    res = conn.execute(corrections_t.insert().values(
        action=action, kind=kind, record=address, doc=doc, sha256=sha, start=start, end=end,
        anchor=json.dumps(anchor, ensure_ascii=False), changes=json.dumps(changes, ensure_ascii=False),
        reason=reason, by=by, at=at, state="applied"))
    return int(res.inserted_primary_key[0])


def _need_reason(reason: str | None) -> str:
    if not reason or not reason.strip():
        raise RightsledgerError(Code.REASON_REQUIRED)
    if len(reason) > TEXT_MAX:
        raise bad_value("reason", f"longer than {TEXT_MAX} characters")
    return reason.strip()


# -- changes -----------------------------------------------------------------------------------
def _in_doc(conn: Connection, kind: str, address: str, doc: str | None) -> dict[str, Any]:
    """What an audit entry of an entity changed while reviewing document ``doc`` adds to its
    before / after: ``doc`` and the entity as that document exports it (``form``)."""
    if kind != "entity" or not doc:
        return {}
    return {"doc": doc, "form": doc_form(conn, address, doc)}


def change(conn: Connection, *, action: str, address: str, changes: dict[str, Any] | None,
           reason: str, by: str, at: str, version: int | None = None,
           replay: dict[str, Any] | None = None, doc: str | None = None) -> dict[str, Any]:
    """correct / confirm / reject one record; returns the record after, with ``review``.

    ``doc``: an entity changed while reviewing that document; its audit entry also keeps the
    entity as ``doc`` exports it before and after (``doc``, ``form``), beside the linked record."""
    reason = _need_reason(reason)
    kind, rec = load(conn, address)
    if kind == "entity" and doc:
        _doc_row(conn, doc)  # NO_DOCUMENT before anything is written
    in_doc_before = _in_doc(conn, kind, address, doc)
    keys_before = reviewed_keys(conn, address) if kind == "entity" and action == "correct" else set()
    review = review_of(conn, address)
    _check_version(address, review, version)
    old_status = review["status"] if review else "machine"
    if action == "correct":
        changes = validate_changes(kind, changes or {})
        new = apply_changes(kind, rec, changes)
        status = "added" if old_status == "added" else "corrected"
    elif action == "confirm":
        changes, new = {}, rec
        status = old_status if old_status in ("corrected", "added") else "confirmed"
    elif action == "reject":
        if kind == "entity":
            raise bad_value("record", "an entity is not rejected: correct it, merge it or split it")
        changes, new, status = {}, rec, "rejected"
    else:
        raise bad_value("action", f"{action!r} is not correct, confirm or reject")
    machine = review["machine"] if review else (None if old_status == "added" else rec)
    if new is not rec:
        _write(conn, kind, new)
    review_by, review_at = (replay["by"], replay["at"]) if replay else (by, at)
    ver = _set_review(conn, address, kind, rec.get("doc"), status, review_by, review_at, machine, review)
    if replay is None:
        _record_correction(conn, action=action, kind=kind, address=address, machine=machine,
                           current=rec, changes=changes, reason=reason, by=by, at=at)
    if kind == "entity" and action == "correct":
        give_reviewed(conn, address, keys_before)   # the link keys of the corrected name, type, kind
    # (the correction first: the document's form after it is read through the corrections)
    audit_append(conn, by=by, action=action if not replay else f"reapply:{action}", record=address,
                 reason=reason, at=at, before={"status": old_status, "record": rec, **in_doc_before},
                 after={"status": status, "record": new, **_in_doc(conn, kind, address, doc)})
    return {**new, "review": {"status": status, "by": review_by, "at": review_at}, "version": ver}


def section_at(conn: Connection, doc: str, offset: int) -> str | None:
    rows = conn.execute(select(sections_t.c.id, sections_t.c.level).where(
        sections_t.c.doc == doc, sections_t.c.start <= offset, sections_t.c.end > offset)).all()
    return max(rows, key=lambda r: r[1])[0] if rows else None


def add(conn: Connection, *, kind: str, doc: str, start: int, end: int, fields: dict[str, Any],
        reason: str, by: str, at: str, replay: dict[str, Any] | None = None) -> dict[str, Any]:
    """A record the machine missed, on the span a person selected."""
    reason = _need_reason(reason)
    if kind not in TABLES:
        raise bad_value("kind", f"{kind!r}: only an event, figure or provision can be added")
    d = _doc_row(conn, doc)
    text = d["text"]
    if not (isinstance(start, int) and isinstance(end, int)) or not 0 <= start < end <= len(text):
        raise bad_value("span", f"{start}-{end} is outside the text (0-{len(text)}) or empty")
    if not text[start:end].strip():
        raise bad_value("span", f"{start}-{end} holds only white space")
    fields = validate_changes(kind, fields)
    required = {"event": ("type", "date"), "figure": ("value",), "provision": ("norm",)}[kind]
    for f in required:
        if fields.get(f) is None:
            raise bad_value(f, f"an added {kind} needs a {f}")
    evidence = {"start": start, "end": end, "text": text[start:end]}
    section = section_at(conn, doc, start)
    base: dict[str, Any]
    if kind == "event":
        base = {"id": "", "doc": doc, "type": "other", "date": "", "date_end": None, "precision": "",
                "participants": [], "place": None, "section": section, "polarity": "asserted",
                "source": None, "evidence": evidence}
    elif kind == "figure":
        base = {"id": "", "doc": doc, "value": 0, "unit": None, "what": None, "qualifier": "exact",
                "source": None, "section": section, "evidence": evidence, "value_end": None}
    else:
        base = {"id": "", "doc": doc, "norm": "", "quantity": None, "subject": None,
                "section": section, "evidence": evidence}
    rec = apply_changes(kind, base, fields)
    if replay is not None:
        cid = replay["id"]
    else:
        res = conn.execute(corrections_t.insert().values(
            action="add", kind=kind, record="", doc=doc, sha256=d["sha256"], start=start, end=end,
            anchor=json.dumps({"text": evidence["text"], "machine": {}}, ensure_ascii=False),
            changes=json.dumps(fields, ensure_ascii=False), reason=reason, by=by, at=at, state="applied"))
        cid = int(res.inserted_primary_key[0])
    rec["id"] = f"{doc}:{SHORT[kind]}:a{cid}"
    if replay is None:
        conn.execute(corrections_t.update().where(corrections_t.c.id == cid).values(record=rec["id"]))
    _write(conn, kind, rec, insert=True)
    review_by, review_at = (replay["by"], replay["at"]) if replay else (by, at)
    ver = _set_review(conn, rec["id"], kind, doc, "added", review_by, review_at, None, None)
    audit_append(conn, by=by, action="add" if not replay else "reapply:add", record=rec["id"],
                 reason=reason, at=at, before=None, after={"status": "added", "record": rec})
    return {**rec, "review": {"status": "added", "by": review_by, "at": review_at}, "version": ver}


def _repoint(conn: Connection, old: str, new: str, name: str | None = None) -> None:
    """Participants of ``old`` (named ``name``, if given) now point to ``new``, in rows and JSON."""
    q = select(participants_t.c.event).where(participants_t.c.entity == old)
    if name is not None:
        q = q.where(participants_t.c.name == name)
    for eid in set(conn.execute(q).scalars()):
        _, rec = load(conn, eid)
        for p in rec["participants"]:
            if p.get("entity") == old and (name is None or p["name"] == name):
                p["entity"] = new
        _write(conn, "event", rec)


def merge(conn: Connection, *, keep: str, absorb: str, reason: str, by: str, at: str,
          replay: dict[str, Any] | None = None) -> dict[str, Any]:
    """Entity ``absorb`` becomes part of ``keep``: its mentions, aliases, keys and events."""
    reason = _need_reason(reason)
    if keep == absorb:
        raise bad_value("entities", "an entity cannot be merged with itself")
    ka, a = load(conn, keep)
    kb, b = load(conn, absorb)
    if ka != "entity" or kb != "entity":
        raise bad_value("entities", "only entities are merged")
    new = copy.deepcopy(a)
    new["aliases"] = sorted({*a["aliases"], b["name"], *b["aliases"]} - {a["name"]})
    for k, v in b["attributes"].items():
        if isinstance(v, list):
            new["attributes"][k] = sorted(set(new["attributes"].get(k, [])) | set(v))
        else:
            new["attributes"].setdefault(k, v)
    review = review_of(conn, keep)
    machine = review["machine"] if review else a
    anchor_doc = _entity_anchor(conn, absorb)[0]
    conn.execute(mentions_t.update().where(mentions_t.c.entity == absorb).values(entity=keep))
    conn.execute(entity_keys_t.update().where(entity_keys_t.c.entity == absorb).values(entity=keep))
    move_keys(conn, None, absorb, keep)
    _repoint(conn, absorb, keep)
    _write(conn, "entity", new)
    conn.execute(entities_t.delete().where(entities_t.c.id == absorb))
    conn.execute(entity_forms_t.delete().where(entity_forms_t.c.entity == absorb))
    status = "corrected"
    review_by, review_at = (replay["by"], replay["at"]) if replay else (by, at)
    ver = _set_review(conn, keep, "entity", None, status, review_by, review_at, machine, review)
    action = "merge" if not replay else "reapply:merge"
    audit_append(conn, by=by, action=action, record=keep, reason=reason, at=at,
                 before={"status": review["status"] if review else "machine", "record": a, "absorbed": b},
                 after={"status": status, "record": new})
    audit_append(conn, by=by, action=action, record=absorb, reason=reason, at=at,
                 before={"record": b}, after={"merged_into": keep})
    if replay is None:
        cid = _record_correction(conn, action="merge", kind="entity", address=keep, machine=machine,
                                 current=a, changes={"merge": absorb, "name": b["name"]},
                                 reason=reason, by=by, at=at)
        if anchor_doc and not conn.execute(select(corrections_t.c.doc).where(corrections_t.c.id == cid)).scalar():
            conn.execute(corrections_t.update().where(corrections_t.c.id == cid).values(doc=anchor_doc))
    return {**new, "review": {"status": status, "by": review_by, "at": review_at}, "version": ver}


def split(conn: Connection, *, entity: str, alias: str, reason: str, by: str, at: str,
          into: str | None = None, replay: dict[str, Any] | None = None) -> dict[str, Any]:
    """The mentions of ``entity`` that read ``alias`` become an entity of their own."""
    reason = _need_reason(reason)
    kind, e = load(conn, entity)
    if kind != "entity":
        raise bad_value("entity", "only entities are split")
    alias = (alias or "").strip()
    rows = conn.execute(select(mentions_t.c.doc, mentions_t.c.start, mentions_t.c.end)
                        .where(mentions_t.c.entity == entity)).all()
    texts: dict[str, str] = {}
    moving = []
    for d, s, t in rows:
        text = texts.setdefault(d, conn.execute(select(documents_t.c.text).where(documents_t.c.id == d)).scalar() or "")
        if text[s:t] == alias:
            moving.append((d, s, t))
    if alias not in e["aliases"] and not moving:
        raise bad_value("alias", f"{alias!r} is neither an alias of {entity!r} nor the text of one of its mentions")
    if alias == e["name"] and len(moving) == len(rows):
        raise bad_value("alias", f"every mention of {entity!r} reads {alias!r}: nothing would be left")
    new_id = into
    if new_id is None or conn.execute(select(entities_t.c.id).where(entities_t.c.id == new_id)).first():
        base = f"{e['type']}:{link_slug(alias)}"
        new_id, n = base, 1
        while conn.execute(select(entities_t.c.id).where(entities_t.c.id == new_id)).first():
            n += 1
            new_id = f"{base}-{n}"
    split_off = {"id": new_id, "type": e["type"], "name": alias, "aliases": [], "attributes": {}}
    conn.execute(entities_t.insert().values(id=new_id, type=e["type"], name=alias, aliases="[]",
                                            attributes="{}"))
    for d, s, t in moving:
        conn.execute(mentions_t.update().where(mentions_t.c.entity == entity, mentions_t.c.doc == d,
                                               mentions_t.c.start == s, mentions_t.c.end == t)
                     .values(entity=new_id))
    norm = link.normalise_name(alias)
    moving_keys = [k for k in conn.execute(select(entity_keys_t.c.key).where(entity_keys_t.c.entity == entity)).scalars()
                   if k.endswith("|" + norm)]
    for key in moving_keys:
        conn.execute(entity_keys_t.update().where(entity_keys_t.c.key == key).values(entity=new_id))
    move_keys(conn, moving_keys, entity, new_id)
    _repoint(conn, entity, new_id, name=alias)
    new = copy.deepcopy(e)
    new["aliases"] = [a for a in e["aliases"] if a != alias]
    _write(conn, "entity", new)
    review = review_of(conn, entity)
    machine = review["machine"] if review else e
    review_by, review_at = (replay["by"], replay["at"]) if replay else (by, at)
    ver = _set_review(conn, entity, "entity", None, "corrected", review_by, review_at, machine, review)
    _set_review(conn, new_id, "entity", None, "added", review_by, review_at, None, review_of(conn, new_id))
    action = "split" if not replay else "reapply:split"
    audit_append(conn, by=by, action=action, record=entity, reason=reason, at=at,
                 before={"status": review["status"] if review else "machine", "record": e},
                 after={"status": "corrected", "record": new, "split_off": new_id})
    audit_append(conn, by=by, action=action, record=new_id, reason=reason, at=at, before=None,
                 after={"status": "added", "record": split_off, "mentions": len(moving), "split_from": entity})
    if replay is None:
        _record_correction(conn, action="split", kind="entity", address=entity, machine=machine,
                           current=e, changes={"split": alias, "into": new_id}, reason=reason, by=by, at=at)
    return {**new, "review": {"status": "corrected", "by": review_by, "at": review_at}, "version": ver,
            "split_off": new_id, "moved_mentions": len(moving)}


def link_slug(value: str) -> str:
    import unicodedata

    ascii_ = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-") or "x"


