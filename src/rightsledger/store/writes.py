"""Writing a document: ids settled under the write lock, its records saved in one transaction,
entities merged across documents, a document deleted."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any, Callable

from sqlalchemy import (
    select,
)
from sqlalchemy import (
    text as sql,
)
from sqlalchemy.engine import Connection

from ..extract import link
from ..records import (
    Entity,
)
from .keys import forget as forget_keys, give_reviewed, keep_given, record as record_keys
from .bundle import Bundle, rename_bundle
from .forms import first_form, keep_corrections, merged_form, rebuild_shared
from .forms import stored as _stored
from .reapply import reapply
from .schema import (
    PER_DOC_TABLES,
    documents_t,
    entities_t,
    entity_forms_t,
    entity_keys_t,
    events_t,
    figures_t,
    mentions_t,
    paragraphs_t,
    participants_t,
    provisions_t,
    reviews_t,
    sections_t,
    sentence_vectors_t,
    sentences_t,
    subtopics_t,
)


class StoreWrites:
    """The writing half of :class:`~.store.Store` (a mixin: it uses the store's engine)."""

    # -- writing --------------------------------------------------------------------------
    def find_by_path(self, path: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(documents_t.c.id, documents_t.c.sha256, documents_t.c.pipeline_version)
                .where(documents_t.c.path == path)
            ).mappings().first()
        return dict(row) if row else None

    def find_by_sha(self, sha256: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(
                select(documents_t.c.id).where(documents_t.c.sha256 == sha256)
            ).scalar()

    def unique_doc_id(self, wanted: str, path: str) -> str:
        """``wanted`` if free (or already this path's), else ``wanted-2``, ``wanted-3``…"""
        with self.engine.connect() as conn:
            n = 1
            candidate = wanted
            while True:
                row = conn.execute(
                    select(documents_t.c.path).where(documents_t.c.id == candidate)
                ).first()
                if row is None or row[0] == path:
                    return candidate
                n += 1
                candidate = f"{wanted}-{n}"

    def find_rendition(self, country: str | None, year: int | None, text: str, path: str) -> str | None:
        """The stored document ``text`` is another rendition of (same country and year,
        same text up to normalisation: :mod:`.renditions`), or ``None``."""
        from .renditions import SAME_REPORT, similarity

        if not country or year is None:
            return None
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(documents_t.c.id, documents_t.c.text, documents_t.c.rendition_of)
                .where(documents_t.c.country == country, documents_t.c.year == year,
                       documents_t.c.path != path)
                .order_by(documents_t.c.ingested_at, documents_t.c.id)).all()
        for doc_id, other, of in rows:
            if abs(len(other) - len(text)) > 0.2 * max(len(other), len(text)):
                continue
            if similarity(text, other) >= SAME_REPORT:
                return of or doc_id
        return None

    def save(self, bundle: Bundle, pipeline_version: str, *,
             before_commit: Callable[[], None] | None = None,
             rendition_of: str | None = None) -> str:
        """Replace the document's records with ``bundle``'s, in one transaction; return its id.

        The id is checked again inside the (serialised) write transaction: when another
        writer has meanwhile stored this path under another id, that id is kept; when it
        has taken ``bundle.document.id`` for another path, the next free id
        (``…-2``, ``…-3``) is used. The bundle's records are renamed in place then.
        """
        with self.writing() as conn:
            doc_id = self._settle_doc_id(conn, bundle.document.id, bundle.path)
            if doc_id != bundle.document.id:
                rename_bundle(bundle, doc_id)
            doc = bundle.document
            self._delete_document(conn, doc.id)
            conn.execute(documents_t.insert().values(
                **doc.as_dict(), path=bundle.path, text=bundle.text,
                pipeline_version=pipeline_version,
                ingested_at=datetime.now(timezone.utc).isoformat(),
                rendition_of=rendition_of if rendition_of != doc.id else None,
            ))
            if bundle.sections:
                conn.execute(sections_t.insert(), [
                    {**s.as_dict(), "ord": i} for i, s in enumerate(bundle.sections)])
            if bundle.subtopics:
                conn.execute(subtopics_t.insert(), [
                    {**s.as_dict(), "ord": i} for i, s in enumerate(bundle.subtopics)])
            if bundle.paragraphs:
                conn.execute(paragraphs_t.insert(), [
                    {**p.as_dict(), "ord": i} for i, p in enumerate(bundle.paragraphs)])
            self._save_sentences(conn, bundle)
            ids = self._save_entities(conn, bundle)
            self._save_events(conn, bundle, ids)
            if bundle.figures:
                conn.execute(figures_t.insert(), [{
                    "id": f.id, "doc": f.doc, "value": float(f.value), "unit": f.unit,
                    "what": f.what, "qualifier": f.qualifier, "source": f.source,
                    "section": f.section, "start": f.evidence.start, "end": f.evidence.end,
                    "data": json.dumps(f.as_dict(), ensure_ascii=False),
                } for f in bundle.figures])
            if bundle.provisions:
                conn.execute(provisions_t.insert(), [{
                    "id": p.id, "doc": p.doc, "norm": p.norm, "subject": p.subject,
                    "section": p.section, "start": p.evidence.start, "end": p.evidence.end,
                    "data": json.dumps(p.as_dict(), ensure_ascii=False),
                } for p in bundle.provisions])
            # corrections made on an earlier version of this document, applied again
            self.last_reapply = reapply(conn, doc.id, doc.sha256, bundle.text,
                                        at=datetime.now(timezone.utc).isoformat(timespec="seconds"))
            self.note_change(conn, "ingest", doc.id)
            if before_commit is not None:
                before_commit()
        return bundle.document.id

    def _settle_doc_id(self, conn: Connection, wanted: str, path: str) -> str:
        """The id ``path``'s document gets, decided inside the write transaction."""
        same_path = conn.execute(
            select(documents_t.c.id).where(documents_t.c.path == path).order_by(documents_t.c.id)
        ).scalars().all()
        if same_path and wanted not in same_path:
            return same_path[0]
        n, candidate = 1, wanted
        while True:
            row = conn.execute(select(documents_t.c.path).where(documents_t.c.id == candidate)).first()
            if row is None or row[0] == path:
                return candidate
            n += 1
            candidate = f"{wanted}-{n}"

    def _save_sentences(self, conn: Connection, bundle: Bundle) -> None:
        heads = bundle.headings if bundle.headings and len(bundle.headings) == len(bundle.sentences) \
            else [None] * len(bundle.sentences)
        rows = [{"doc": s.doc, "section": s.section, "paragraph": s.paragraph,
                 "start": s.start, "end": s.end, "text": bundle.text[s.start:s.end],
                 "heading": h or None}
                for s, h in zip(bundle.sentences, heads)]
        if not rows:
            return
        conn.execute(sentences_t.insert(), rows)
        doc = {"doc": bundle.document.id}
        if self.is_sqlite:
            conn.execute(sql(
                "INSERT INTO sentences_fts(rowid, text, heading) "
                "SELECT id, text, heading FROM sentences WHERE doc = :doc"), doc)
        vecs = bundle.vectors
        if vecs and len(vecs) == len(bundle.sentences) and bundle.vector_model:
            ids = {(st, en): i for i, st, en in conn.execute(sql(
                'SELECT id, start, "end" FROM sentences WHERE doc = :doc'), doc)}
            conn.execute(sentence_vectors_t.insert(), [
                {"id": ids[(s.start, s.end)], "doc": s.doc, "model": bundle.vector_model, "vec": v}
                for s, v in zip(bundle.sentences, vecs) if (s.start, s.end) in ids])

    def _save_entities(self, conn: Connection, bundle: Bundle) -> dict[str, str]:
        """Link each entity to an existing one (by key) or create it; return provisional → final id.

        The linked entity's record takes the union of every document's forms; this document's
        own forms (the same fold over its entities alone, :mod:`.forms`) go to ``entity_forms``,
        which its export reads."""
        final: dict[str, str] = {}
        forms: dict[str, dict[str, Any]] = {}
        given: dict[str, str] = {}   # the link keys this document gives: key → entity (:mod:`.keys`)
        cc = bundle.document.country_code
        for ent in bundle.entities:
            keys = link.entity_keys(ent, cc)
            found = None
            if keys:
                found = conn.execute(
                    select(entity_keys_t.c.entity).where(entity_keys_t.c.key.in_(keys)).limit(1)
                ).scalar()
            if found:
                self._merge_entity(conn, found, ent)
                eid = found
            else:
                eid = self._new_entity_id(conn, ent.id)
                conn.execute(entities_t.insert().values(id=eid, type=ent.type, **_stored(first_form(ent))))
            forms[eid] = merged_form(forms[eid], ent) if eid in forms else first_form(ent)
            held = dict(conn.execute(select(entity_keys_t.c.key, entity_keys_t.c.entity).where(
                entity_keys_t.c.key.in_(keys))).all()) if keys else {}
            new_keys = [k for k in dict.fromkeys(keys) if k not in held]
            if new_keys:
                conn.execute(entity_keys_t.insert(), [{"key": k, "entity": eid} for k in new_keys])
            for k in keys:   # a key another entity holds is that one's
                if held.get(k, eid) == eid:
                    given.setdefault(k, eid)
            if ent.mentions:
                conn.execute(mentions_t.insert(), [
                    {"entity": eid, "doc": bundle.document.id, "start": s, "end": e}
                    for s, e in ent.mentions])
            final[ent.id] = eid
        if forms:
            conn.execute(entity_forms_t.insert(), [
                {"entity": eid, "doc": bundle.document.id, **_stored(form)} for eid, form in forms.items()])
            for eid in keep_corrections(conn, forms):   # this document's form of a corrected entity
                give_reviewed(conn, eid)          # gives the keys the correction gives
        record_keys(conn, bundle.document.id, given)
        return final

    def _new_entity_id(self, conn: Connection, wanted: str) -> str:
        candidate, n = wanted, 1
        while conn.execute(select(entities_t.c.id).where(entities_t.c.id == candidate)).first():
            n += 1
            candidate = f"{wanted}-{n}"
        return candidate

    def _merge_entity(self, conn: Connection, eid: str, ent: Entity) -> None:
        row = conn.execute(select(entities_t).where(entities_t.c.id == eid)).mappings().one()
        form = {"name": row["name"], "aliases": json.loads(row["aliases"]),
                "attributes": json.loads(row["attributes"])}
        conn.execute(entities_t.update().where(entities_t.c.id == eid).values(**_stored(merged_form(form, ent))))

    def _save_events(self, conn: Connection, bundle: Bundle, ids: dict[str, str]) -> None:
        rows, parts = [], []
        for ev in bundle.events:
            for p in ev.participants:
                if p.entity is not None:
                    p.entity = ids.get(p.entity, p.entity)
                parts.append({"event": ev.id, "entity": p.entity, "name": p.name, "role": p.role})
            rows.append({
                "id": ev.id, "doc": ev.doc, "type": ev.type, "date": ev.date,
                "date_end": ev.date_end, "precision": ev.precision, "section": ev.section,
                "polarity": ev.polarity, "source": ev.source, "start": ev.evidence.start,
                "end": ev.evidence.end, "data": json.dumps(ev.as_dict(), ensure_ascii=False),
            })
        if rows:
            conn.execute(events_t.insert(), rows)
        if parts:
            conn.execute(participants_t.insert(), parts)

    def _delete_document(self, conn: Connection, doc_id: str) -> None:
        if self.is_sqlite:
            conn.execute(sql(
                "INSERT INTO sentences_fts(sentences_fts, rowid, text, heading) "
                "SELECT 'delete', id, text, heading FROM sentences WHERE doc = :doc"), {"doc": doc_id})
        event_ids = select(events_t.c.id).where(events_t.c.doc == doc_id)
        conn.execute(participants_t.delete().where(participants_t.c.event.in_(event_ids)))
        conn.execute(events_t.delete().where(events_t.c.doc == doc_id))
        touched = set(conn.execute(
            select(mentions_t.c.entity).where(mentions_t.c.doc == doc_id).distinct()).scalars())
        for table in PER_DOC_TABLES:
            conn.execute(table.delete().where(table.c.doc == doc_id))
        for eid in sorted(touched):  # entities left without any mention go too
            if conn.execute(select(mentions_t.c.entity).where(mentions_t.c.entity == eid).limit(1)).first() is None:
                forget_keys(conn, eid)
                conn.execute(entities_t.delete().where(entities_t.c.id == eid))
            elif rebuild_shared(conn, eid):  # the others: their record again from the documents that remain
                keep_given(conn, eid)   # and the keys a remaining document or a correction gives
        conn.execute(reviews_t.delete().where(reviews_t.c.doc == doc_id, reviews_t.c.kind != "entity"))
        conn.execute(documents_t.delete().where(documents_t.c.id == doc_id))

    def delete_document(self, doc_id: str) -> None:
        with self.writing() as conn:
            self._delete_document(conn, doc_id)
            self.note_change(conn, "delete", doc_id)
