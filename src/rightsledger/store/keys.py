"""Which link keys an entity holds, and why: the keys each document gave it (``doc_keys``,
migration 014) and the keys a reviewer's correction gives it.

An entity's keys (``entity_keys``: one entity per key) are what links a later report to it
(:mod:`rightsledger.extract.link`). A key is held while

- **a document gave it**: at ingest, ``link.entity_keys`` of each of the document's entities
  (its own name and aliases, with the document's country code), for the entity it was linked
  to, when that entity holds the key (a key another entity already held is that one's) —
  :func:`record`. Exact where the document's form is not: one document's two entities
  "Velmar Watch" and "Velmar Watch International" (alias "Velmar Watch") fold into one form
  whose alias "Velmar Watch" gives no global key, though the first entity's name gave it;
- or **a reviewer's correction gives it**: ``link.entity_keys`` of the entity as each document
  linking it exports it after its corrections (the reviewed name, type, kind, country code; the
  document's own aliases), with that document's country code — :func:`reviewed`. A correction
  adds the ones no entity holds (:func:`give_reviewed`); a key another entity holds stays its. A
  later correction drops the keys an earlier one gave that it no longer gives and no document gave.

Deleting a document drops the keys of an entity it linked that no remaining document gave and
no correction gives (:func:`keep_given`); entities a person merged, split or added keep theirs
(the reviewer moved them). Every function takes a ``Connection`` inside a write transaction.
"""
from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select, union
from sqlalchemy.engine import Connection

from ..extract import link
from ..records import Entity
from .forms import doc_form, loaded, review_overlay
from .schema import (
    corrections_t,
    doc_keys_t,
    documents_t,
    entities_t,
    entity_forms_t,
    entity_keys_t,
    mentions_t,
    reviews_t,
)


def record(conn: Connection, doc: str, given: dict[str, str]) -> None:
    """``doc`` gave each key of ``given`` (key → entity) to that entity."""
    if given:
        conn.execute(doc_keys_t.insert(), [{"doc": doc, "key": k, "entity": e} for k, e in given.items()])


def moved(conn: Connection, keys: list[str] | None, old: str, new: str) -> None:
    """Keys a person moved from entity ``old`` to ``new`` (all of them when ``keys`` is None: a
    merge; those of a name split off): what the documents gave follows them."""
    q = doc_keys_t.update().where(doc_keys_t.c.entity == old)
    if keys is not None:
        if not keys:
            return
        q = q.where(doc_keys_t.c.key.in_(keys))
    conn.execute(q.values(entity=new))


def _linking(conn: Connection, eid: str) -> list[tuple[str, str | None]]:
    """(doc, country code) of every document linking ``eid`` (a form or a mention of it)."""
    docs = union(select(entity_forms_t.c.doc.label("doc")).where(entity_forms_t.c.entity == eid),
                 select(mentions_t.c.doc.label("doc")).where(mentions_t.c.entity == eid)).subquery()
    return [(d, cc) for d, cc in conn.execute(
        select(documents_t.c.id, documents_t.c.country_code).where(documents_t.c.id.in_(select(docs.c.doc)))
        .order_by(documents_t.c.id))]


def reviewed(conn: Connection, eid: str) -> set[str]:
    """The keys the reviewer's corrections of ``eid`` give (none when it has none): each linking
    document's export of it, as :func:`.forms.doc_form` reads it, with that document's country code."""
    overlay = review_overlay(conn, [eid])
    if eid not in overlay or overlay[eid] == []:
        return set()
    if overlay[eid] is None and not _corrected(conn, eid):
        return set()   # merged, split or added and never corrected: the person moved its keys
    out: set[str] = set()
    for doc, cc in _linking(conn, eid):
        form = doc_form(conn, eid, doc)
        if form is not None:
            out.update(link.entity_keys(Entity(eid, form["type"], form["name"], form["aliases"],
                                               form["attributes"], []), cc))
    return out


def _corrected(conn: Connection, eid: str) -> bool:
    return conn.execute(select(corrections_t.c.id).where(
        corrections_t.c.kind == "entity", corrections_t.c.record == eid, corrections_t.c.action == "correct",
        corrections_t.c.state == "applied").limit(1)).first() is not None


def give_reviewed(conn: Connection, eid: str, before: set[str] | None = None) -> list[str]:
    """After a correction of ``eid``: the keys it gives that no entity holds go to ``eid``
    (so a later report naming the entity as the reviewer does links to it). Returns them.

    ``before``: the keys the corrections gave before this one (:func:`reviewed` then); those
    that no correction gives now and no document gave go (a name a reviewer replaced: its keys
    as an alias of the new name stay)."""
    want = reviewed(conn, eid)
    gone = sorted((before or set()) - want - set(conn.execute(
        select(doc_keys_t.c.key).where(doc_keys_t.c.entity == eid)).scalars()))
    if gone:
        conn.execute(entity_keys_t.delete().where(entity_keys_t.c.entity == eid, entity_keys_t.c.key.in_(gone)))
    if not want:
        return []
    held = set(conn.execute(select(entity_keys_t.c.key).where(entity_keys_t.c.key.in_(sorted(want)))).scalars())
    new = sorted(want - held)
    if new:
        conn.execute(entity_keys_t.insert(), [{"key": k, "entity": eid} for k in new])
    return new


def keep_given(conn: Connection, eid: str) -> list[str]:
    """After a document linking ``eid`` was deleted (its ``doc_keys`` rows with it): drop the keys
    of ``eid`` no remaining document gave and no correction gives. Returns those dropped."""
    keep = set(conn.execute(select(doc_keys_t.c.key).where(doc_keys_t.c.entity == eid)).scalars())
    keep |= reviewed(conn, eid)
    stale = sorted(k for k in conn.execute(select(entity_keys_t.c.key).where(entity_keys_t.c.entity == eid)).scalars()
                   if k not in keep)
    if stale:
        conn.execute(entity_keys_t.delete().where(entity_keys_t.c.entity == eid, entity_keys_t.c.key.in_(stale)))
    return stale


def forget(conn: Connection, eid: str) -> None:
    """An entity deleted (no document mentions it any more): its keys and what gave them go."""
    conn.execute(entity_keys_t.delete().where(entity_keys_t.c.entity == eid))
    conn.execute(doc_keys_t.delete().where(doc_keys_t.c.entity == eid))


# -- databases written before migration 014 ----------------------------------------------------
def backfill(conn: Connection) -> int:
    """``doc_keys`` for the documents stored before migration 014, from what the store holds:
    for each ``entity_forms`` row, ``link.entity_keys`` of that form (the machine's type: the
    ``reviews`` original of a corrected entity) with the document's country code, those the
    entity holds. Exact but for the fold edge (a name one of the document's entities had, that its
    folded form keeps as an alias: its global key is not recovered) and for forms migration 013
    recovered. Then each entity a reviewer corrected before 014 gets the keys its corrections give
    (:func:`give_reviewed`), as a correction made now would. Returns the ``doc_keys`` rows written."""
    held = dict(conn.execute(select(entity_keys_t.c.key, entity_keys_t.c.entity)).all())
    types = dict(conn.execute(select(entities_t.c.id, entities_t.c.type)).all())
    for rec, machine in conn.execute(select(reviews_t.c.record, reviews_t.c.machine).where(
            reviews_t.c.kind == "entity", reviews_t.c.machine.isnot(None))):
        types[rec] = json.loads(machine).get("type") or types.get(rec)
    done = {(d, k) for d, k in conn.execute(select(doc_keys_t.c.doc, doc_keys_t.c.key))}
    rows: list[dict[str, Any]] = []
    for r in conn.execute(
            select(entity_forms_t, documents_t.c.country_code)
            .join(documents_t, documents_t.c.id == entity_forms_t.c.doc)
            .order_by(entity_forms_t.c.doc, entity_forms_t.c.entity)).mappings():
        eid, form = r["entity"], loaded(r)
        if eid not in types:
            continue
        for k in link.entity_keys(Entity(eid, types[eid], form["name"], form["aliases"], form["attributes"], []),
                                  r["country_code"]):
            if held.get(k) == eid and (r["doc"], k) not in done:
                done.add((r["doc"], k))
                rows.append({"doc": r["doc"], "key": k, "entity": eid})
    if rows:
        conn.execute(doc_keys_t.insert(), rows)
    for eid in sorted(set(conn.execute(select(corrections_t.c.record).where(
            corrections_t.c.kind == "entity", corrections_t.c.action == "correct",
            corrections_t.c.state == "applied")).scalars())):
        if eid in types:
            give_reviewed(conn, eid)
    return len(rows)
