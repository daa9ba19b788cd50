"""Each document's own forms of an entity (``entity_forms``, migration 012).

An entity id links one referent across documents; its ``entities`` row holds the union of
every linked document's forms (entity pages, timelines, search), while a document's export
reads the forms THAT document gives (:meth:`.reads.StoreReads._doc_forms`). This module
holds what keeps the two in step:

- :func:`first_form` / :func:`merged_form`: the fold of entities into one form (the shared row
  at ingest, and a document's own row);
- :func:`review_overlay` / :func:`corrected`: a reviewer's corrections of an entity applied to
  every document's form (docs/ARCHITECTURE.md, "Review and the per-document forms"), and kept
  on the linked record when a later document is folded into it (:func:`keep_corrections`);
- :func:`rebuild_shared`: the shared row folded again from the documents that remain (after a
  deletion; which link keys stay: :mod:`.keys`);
- :func:`backfill`: the forms of documents stored before migration 012, recovered from what
  the store holds (migration 013).

Every function takes a ``Connection`` inside a write transaction (or a read for the overlay).
"""
from __future__ import annotations

import json
from typing import Any, Iterable

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from ..extract import link
from ..records import Entity
from .schema import (
    corrections_t,
    documents_t,
    entities_t,
    entity_forms_t,
    mentions_t,
    reviews_t,
)
from .validation import apply_changes

Form = dict[str, Any]   # {"name": str, "aliases": [str], "attributes": {…}}


# -- the fold ---------------------------------------------------------------------------------
def first_form(ent: Entity | Form) -> Form:
    """An entity's name, aliases and attributes as the first entity linked to it gives them."""
    if isinstance(ent, Entity):
        return {"name": ent.name, "aliases": sorted(set(ent.aliases)), "attributes": dict(ent.attributes)}
    return {"name": ent["name"], "aliases": sorted(set(ent["aliases"])),
            "attributes": json.loads(json.dumps(ent["attributes"], ensure_ascii=False))}


def merged_form(form: Form, ent: Entity | Form) -> Form:
    """``form`` with ``ent``'s: the fullest form the name, every other form an alias; list
    attributes united, other attributes the first one's."""
    e = first_form(ent)
    aliases = set(form["aliases"]) | set(e["aliases"])
    name = form["name"]
    if len(e["name"]) > len(name):  # keep the fullest form as the name
        aliases.add(name)
        name = e["name"]
    aliases.discard(name)
    attrs = json.loads(json.dumps(form["attributes"], ensure_ascii=False))
    for k, v in e["attributes"].items():
        if isinstance(v, list):
            attrs[k] = sorted(set(attrs.get(k, [])) | set(v))
        else:
            attrs.setdefault(k, v)
    return {"name": name, "aliases": sorted(aliases), "attributes": attrs}


def stored(form: Form) -> dict[str, str]:
    """A form as the columns of ``entities`` / ``entity_forms`` hold it."""
    return {"name": form["name"], "aliases": json.dumps(form["aliases"], ensure_ascii=False),
            "attributes": json.dumps(form["attributes"], ensure_ascii=False)}


def loaded(row: Any) -> Form:
    """A form from a row of ``entities`` / ``entity_forms``."""
    return {"name": row["name"], "aliases": json.loads(row["aliases"]),
            "attributes": json.loads(row["attributes"])}


# -- a reviewer's corrections -----------------------------------------------------------------
def review_overlay(conn: Connection, ids: Iterable[str]) -> dict[str, list[dict[str, Any]] | None]:
    """The reviewed entities among ``ids``: for each, the changes of its applied corrections in
    the order they were made (what every document's form gets too), or None when the
    reviewer's record itself replaces every document's forms (an entity merged, split or added
    by a person: its forms are not the machine's any more). Entities not reviewed are absent."""
    ids = list(ids)
    if not ids:
        return {}
    status = dict(conn.execute(select(reviews_t.c.record, reviews_t.c.status).where(
        reviews_t.c.kind == "entity", reviews_t.c.record.in_(ids))).all())
    if not status:
        return {}
    out: dict[str, list[dict[str, Any]] | None] = {e: (None if s == "added" else []) for e, s in status.items()}
    for rec, action, changes in conn.execute(
            select(corrections_t.c.record, corrections_t.c.action, corrections_t.c.changes).where(
                corrections_t.c.kind == "entity", corrections_t.c.record.in_(list(status)),
                corrections_t.c.state == "applied").order_by(corrections_t.c.id)):
        todo = out.get(rec)
        if todo is None:
            continue
        if action in ("merge", "split"):
            out[rec] = None
        elif action == "correct":
            todo.append(json.loads(changes))
    return out


def corrected(form: Form, changes: list[dict[str, Any]], type_: str) -> Form:
    """``form`` with a reviewer's corrections applied in order (a new name makes the form's own
    old name an alias, as on the shared record)."""
    rec = {"type": type_, **first_form(form)}
    for ch in changes:
        rec = apply_changes("entity", rec, ch)
    return {"name": rec["name"], "aliases": rec["aliases"], "attributes": rec["attributes"]}


def keep_corrections(conn: Connection, ids: Iterable[str]) -> list[str]:
    """After a document's entities were folded into linked rows: a corrected entity among
    ``ids`` gets its reviewer's corrections again (a longer name the document brought would
    otherwise replace a corrected one on the linked record). Returns the corrected ones."""
    out = []
    for eid, changes in review_overlay(conn, ids).items():
        if not changes:
            continue
        out.append(eid)
        row = conn.execute(select(entities_t).where(entities_t.c.id == eid)).mappings().first()
        if row is not None:
            form = corrected(loaded(row), changes, row["type"])
            if form != loaded(row):
                conn.execute(entities_t.update().where(entities_t.c.id == eid).values(**stored(form)))
    return out


def doc_form(conn: Connection, eid: str, doc: str) -> dict[str, Any] | None:
    """Entity ``eid`` as document ``doc`` exports it now: its own form with the reviewer's
    corrections applied, or the linked record when ``doc`` has no form of it or a person's
    record replaces the forms (merged, split, added). None for an unknown entity. What an audit
    entry of a change made while reviewing ``doc`` keeps before and after (:func:`.review.change`)."""
    row = conn.execute(select(entities_t).where(entities_t.c.id == eid)).mappings().first()
    if row is None:
        return None
    own = conn.execute(select(entity_forms_t).where(
        entity_forms_t.c.entity == eid, entity_forms_t.c.doc == doc)).mappings().first()
    changes = review_overlay(conn, [eid]).get(eid, [])
    if own is None or changes is None:
        form = loaded(row)
    else:
        form = corrected(loaded(own), changes, row["type"]) if changes else loaded(own)
    return {"id": eid, "type": row["type"], **form}


# -- the shared row after a deletion ---------------------------------------------------------
def rebuild_shared(conn: Connection, eid: str) -> bool:
    """Fold ``eid``'s shared row again from the forms of the documents that still link it (in
    the order they were ingested), with its reviewer's corrections applied; False (row left as it
    is) when no document's form is known or the reviewer's record replaces the forms (merged,
    split, added: their keys were moved by hand). True: its link keys are then the ones
    :func:`.keys.keep_given` keeps."""
    rows = conn.execute(
        select(entity_forms_t.c.name, entity_forms_t.c.aliases, entity_forms_t.c.attributes,
               documents_t.c.country_code)
        .join(documents_t, documents_t.c.id == entity_forms_t.c.doc)
        .where(entity_forms_t.c.entity == eid)
        .order_by(documents_t.c.ingested_at, documents_t.c.id)).mappings().all()
    if not rows:
        return False
    overlay = review_overlay(conn, [eid])
    if eid in overlay and overlay[eid] is None:
        return False
    type_ = conn.execute(select(entities_t.c.type).where(entities_t.c.id == eid)).scalar_one()
    form = first_form(loaded(rows[0]))
    for r in rows[1:]:
        form = merged_form(form, loaded(r))
    if overlay.get(eid):
        form = corrected(form, overlay[eid] or [], type_)
    conn.execute(entities_t.update().where(entities_t.c.id == eid).values(**stored(form)))
    return True


# -- documents stored before migration 012 ---------------------------------------------------
def recovered_form(shared: Form, texts: list[str]) -> Form:
    """The form a document gave an entity, recovered from the linked record ``shared`` (its
    every form) and the texts of that document's mentions of it.

    A form of ``shared`` is the document's when one of its mentions reads it (compared as
    :func:`~rightsledger.extract.link.normalise_name` compares names: case, accents, "the",
    possessives; of forms equal that way, the ones a mention reads letter for letter). The name is the fullest of them (``shared``'s own name on a tie), the others
    aliases. Attributes cannot be told apart per document: ``shared``'s are kept (the first
    document's values, list values united). When no form is read by a mention, ``shared``
    is the answer (what the document exported before)."""
    said = {link.normalise_name(t) for t in texts}
    known = [shared["name"], *shared["aliases"]]
    # a form the linked record never kept because another report's was as long (the fold keeps
    # the first of equal length): the mention's own spelling, when only its apostrophe differs
    plain = {f.replace("’", "'") for f in known}
    known += sorted({t for t in texts if t not in known and t.replace("’", "'") in plain})
    exact = {link.normalise_name(t) for t in texts if t in known}
    # a form the text reads letter for letter wins over one equal only once normalised
    forms = [f for f in dict.fromkeys(known)
             if (n := link.normalise_name(f)) in said and (n not in exact or f in texts)]
    if not forms:
        return first_form(shared)
    longest = max(len(f) for f in forms)
    name = shared["name"] if len(shared["name"]) == longest and shared["name"] in forms \
        else next(f for f in forms if len(f) == longest)
    return {"name": name, "aliases": sorted(set(forms) - {name}),
            "attributes": json.loads(json.dumps(shared["attributes"], ensure_ascii=False))}


def backfill(conn: Connection) -> int:
    """An ``entity_forms`` row for every (entity, document) a mention links and none records:
    the documents stored before migration 012. An entity only that document links gets its
    record as it stands (exactly what the document wrote); a reviewed one its machine original
    (the reviewer's corrections are applied when it is read); an entity several documents link
    gets :func:`recovered_form`. Returns the rows written."""
    pairs = conn.execute(
        select(mentions_t.c.entity, mentions_t.c.doc).distinct()
        .where(~select(entity_forms_t.c.entity).where(
            entity_forms_t.c.entity == mentions_t.c.entity, entity_forms_t.c.doc == mentions_t.c.doc).exists())
        .order_by(mentions_t.c.doc, mentions_t.c.entity)).all()
    if not pairs:
        return 0
    # whole-table reads (no IN list of every entity: a large database has tens of thousands)
    docs_of = dict(conn.execute(select(mentions_t.c.entity, func.count(mentions_t.c.doc.distinct()))
                                .group_by(mentions_t.c.entity)).all())
    machine = {r: json.loads(m) for r, m in conn.execute(
        select(reviews_t.c.record, reviews_t.c.machine).where(
            reviews_t.c.kind == "entity", reviews_t.c.machine.isnot(None)))}
    shared = {r["id"]: loaded(r) for r in conn.execute(select(entities_t)).mappings()}
    rows = []
    for doc in sorted({d for _, d in pairs}):
        text = conn.execute(select(documents_t.c.text).where(documents_t.c.id == doc)).scalar()
        if text is None:
            continue
        spans: dict[str, list[str]] = {}
        for eid, s, e in conn.execute(select(mentions_t.c.entity, mentions_t.c.start, mentions_t.c.end)
                                      .where(mentions_t.c.doc == doc)):
            spans.setdefault(eid, []).append(text[s:e])
        for eid in sorted(e for e, d in pairs if d == doc):
            if eid not in shared:
                continue
            base = machine.get(eid) or shared[eid]
            base = {"name": base["name"], "aliases": base["aliases"], "attributes": base["attributes"]}
            form = first_form(base) if docs_of.get(eid, 0) <= 1 else recovered_form(base, spans.get(eid, []))
            rows.append({"entity": eid, "doc": doc, **stored(form)})
    if rows:
        conn.execute(entity_forms_t.insert(), rows)
    return len(rows)
