"""Typed reads: documents, outlines, entities, events, figures and provisions, filtered and
paged in SQL; rejected records left out unless asked for."""
from __future__ import annotations

import json
from typing import Any, Iterable, Iterator

from sqlalchemy import (
    Table,
    func,
    literal_column,
    select,
)
from sqlalchemy import (
    text as sql,
)
from sqlalchemy.engine import Connection

from ..errors import Code, RightsledgerError
from ..extract import link
from ..records import (
    Document,
    Entity,
    Event,
    Figure,
    Paragraph,
    Provision,
    Section,
    Sentence,
    Subtopic,
)
from .forms import corrected as corrected_form, loaded, review_overlay, stored
from .schema import (
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
    sentences_t,
    subtopics_t,
)


class StoreReads:
    """The reading half of :class:`~.store.Store` (a mixin: it uses the store's engine)."""

    # -- reading --------------------------------------------------------------------------
    def _tiebreak(self) -> list[Any]:
        """Rows equal on the ORDER BY keys come in insertion order on SQLite (rowid);
        PostgreSQL gets the same from the row's physical position."""
        return [] if self.is_sqlite else [literal_column("ctid")]

    def documents(self) -> list[dict[str, Any]]:
        """Every document (not its text) with its counts, by country, year and id:
        remembered until the database changes (every page lists them)."""
        rows, _ = self.until_change("documents", self._documents)
        return [dict(r) for r in rows]

    def _documents(self) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
        cols = [c for c in documents_t.c if c.name != "text"]
        with self.reading() as conn:
            rows = conn.execute(select(*cols).order_by(
                documents_t.c.country.asc().nulls_first(), documents_t.c.year.asc().nulls_first(),
                documents_t.c.id)).mappings().all()
            counts = self._counts(conn)
        out = [{**dict(r), **counts.get(r["id"], {})} for r in rows]
        return out, {r["id"]: r for r in out}

    def _counts(self, conn: Connection) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for name, table, col in (("sections", sections_t, sections_t.c.doc),
                                 ("events", events_t, events_t.c.doc),
                                 ("figures", figures_t, figures_t.c.doc),
                                 ("provisions", provisions_t, provisions_t.c.doc)):
            for doc, n in conn.execute(sql(f"SELECT doc, COUNT(*) FROM {table.name} GROUP BY doc")):
                out.setdefault(doc, {})[name] = n
        for doc, n in conn.execute(sql("SELECT doc, COUNT(DISTINCT entity) FROM mentions GROUP BY doc")):
            out.setdefault(doc, {})["entities"] = n
        return out

    def document(self, doc_id: str) -> Document:
        if self.version_is_cheap:  # the remembered list (no query until the database changes)
            row = self.until_change("documents", self._documents)[1].get(doc_id)
        else:
            with self.reading() as conn:
                # not the text: a report's text is read only when it is wanted
                row = conn.execute(select(*[c for c in documents_t.c if c.name != "text"])
                                   .where(documents_t.c.id == doc_id)).mappings().first()
        if row is None:
            raise RightsledgerError(Code.NO_DOCUMENT, doc=doc_id)
        return Document.from_dict(dict(row))

    def document_text(self, doc_id: str) -> str:
        with self.reading() as conn:
            text = conn.execute(select(documents_t.c.text).where(documents_t.c.id == doc_id)).scalar()
        if text is None:
            raise RightsledgerError(Code.NO_DOCUMENT, doc=doc_id)
        return text

    def doc_ids(self) -> list[str]:
        with self.reading() as conn:
            return list(conn.execute(select(documents_t.c.id).order_by(documents_t.c.id)).scalars())

    def sections(self, doc_id: str) -> list[Section]:
        with self.reading() as conn:
            rows = conn.execute(select(sections_t).where(sections_t.c.doc == doc_id)
                                .order_by(sections_t.c.ord)).mappings().all()
        return [Section.from_dict(dict(r)) for r in rows]

    def subtopics(self, doc_id: str) -> list[Subtopic]:
        with self.reading() as conn:
            rows = conn.execute(select(subtopics_t).where(subtopics_t.c.doc == doc_id)
                                .order_by(subtopics_t.c.ord)).mappings().all()
        return [Subtopic.from_dict(dict(r)) for r in rows]

    def paragraphs(self, doc_id: str) -> list[Paragraph]:
        with self.reading() as conn:
            rows = conn.execute(select(paragraphs_t).where(paragraphs_t.c.doc == doc_id)
                                .order_by(paragraphs_t.c.ord)).mappings().all()
        return [Paragraph.from_dict(dict(r)) for r in rows]

    def entities(self, *, doc: str | None = None, type: str | None = None,
                 ids: Iterable[str] | None = None,
                 within: tuple[int, int] | None = None, corrected: bool = True) -> list[Entity]:
        """Entities with their mentions (only those in ``doc`` when given; with ``within``
        too, only the mentions starting in that span of ``doc``, and their entities).

        With ``doc``, an entity's name, aliases and attributes are that document's own
        (``entity_forms``, the reviewer's corrections applied; ``corrected=False``: as the
        machine made them); such entities carry ``own_form = True``."""
        q = select(entities_t)
        if type:
            q = q.where(entities_t.c.type == type)
        if ids is not None:
            q = q.where(entities_t.c.id.in_(list(ids)))
        mq = select(mentions_t.c.entity, mentions_t.c.doc, mentions_t.c.start, mentions_t.c.end)
        if ids is not None:  # only these entities' mentions (an index lookup, not every row)
            mq = mq.where(mentions_t.c.entity.in_(list(ids)))
        elif type:
            mq = mq.where(mentions_t.c.entity.in_(select(entities_t.c.id).where(entities_t.c.type == type)))
        if doc:
            mq = mq.where(mentions_t.c.doc == doc)
            inner = select(mentions_t.c.entity).where(mentions_t.c.doc == doc)
            if within is not None:
                span = (mentions_t.c.start >= within[0], mentions_t.c.start < within[1])
                mq = mq.where(*span)
                inner = inner.where(*span)
            q = q.where(entities_t.c.id.in_(inner))
        with self.reading() as conn:
            rows = conn.execute(q.order_by(entities_t.c.type, entities_t.c.name,
                                           *self._tiebreak())).mappings().all()
            wanted = {r["id"] for r in rows}
            mentions: dict[str, list[tuple[str, int, int]]] = {}
            for eid, d, s, e in conn.execute(mq.order_by(mentions_t.c.doc, mentions_t.c.start)):
                if eid in wanted:
                    mentions.setdefault(eid, []).append((d, s, e))
            own = self._doc_forms(conn, doc, wanted, corrected=corrected) if doc else {}
        out = []
        for r in rows:
            ms = mentions.get(r["id"], [])
            f = own.get(r["id"], r)
            ent = Entity(r["id"], r["type"], f["name"], json.loads(f["aliases"]),
                         json.loads(f["attributes"]), [[s, e] for _, s, e in ms])
            ent.mention_docs = [d for d, _, _ in ms]  # type: ignore[attr-defined]
            ent.own_form = r["id"] in own  # type: ignore[attr-defined]
            out.append(ent)
        if own:  # in the order of the names the document gives (stable: ties keep the store's order)
            out.sort(key=lambda e: (e.type, e.name))
        return out

    @staticmethod
    def _doc_forms(conn: Connection, doc: str, ids: Iterable[str], *,
                   corrected: bool = True) -> dict[str, Any]:
        """``entity_forms`` rows of ``doc`` for ``ids``: the name, aliases and attributes that
        document alone gives each entity, with the reviewer's corrections of the entity applied
        (:func:`.forms.review_overlay`; ``corrected=False``: the machine's forms). Entities a
        person merged, split or added are left out: their record is the one the reviewer made."""
        ids = list(ids)
        if not ids:
            return {}
        rows = conn.execute(select(entity_forms_t, entities_t.c.type).join(
            entities_t, entities_t.c.id == entity_forms_t.c.entity).where(
            entity_forms_t.c.doc == doc, entity_forms_t.c.entity.in_(ids))).mappings().all()
        if not rows:
            return {}
        overlay = review_overlay(conn, [r["entity"] for r in rows])
        out: dict[str, Any] = {}
        for r in rows:
            changes = overlay.get(r["entity"], [])
            if changes is None:
                continue
            out[r["entity"]] = stored(corrected_form(loaded(r), changes, r["type"])) \
                if changes and corrected else r
        return out

    def entity_counts(self, *, doc: str | None = None, type: str | None = None,
                      ids: Iterable[str] | None = None, limit: int = 50,
                      offset: int = 0) -> tuple[int, list[tuple[Entity, int]]]:
        """A page of entities (without mentions) with their mention counts, most mentioned
        first (in ``doc`` when given): the whole count in SQL, one page of rows loaded."""
        counts = select(mentions_t.c.entity.label("entity"),
                        func.count().label("n")).group_by(mentions_t.c.entity)
        if doc:
            counts = counts.where(mentions_t.c.doc == doc)
        if ids is not None:
            counts = counts.where(mentions_t.c.entity.in_(list(ids)))
        c = counts.subquery()
        q = select(entities_t, c.c.n).join(c, c.c.entity == entities_t.c.id)
        if type:
            q = q.where(entities_t.c.type == type)
        # the total comes with the page (the page is cut from every counted entity anyway)
        q = q.add_columns(func.count().over().label("total"))
        with self.reading() as conn:
            rows = conn.execute(q.order_by(c.c.n.desc(), entities_t.c.name, entities_t.c.type,
                                           entities_t.c.id).limit(limit).offset(offset)).mappings().all()
            total = int(rows[0]["total"]) if rows else 0
            if not rows and offset:  # past the last page
                total = conn.execute(select(func.count()).select_from(q.subquery())).scalar() or 0
            own = self._doc_forms(conn, doc, [r["id"] for r in rows]) if doc else {}
        return total, [(Entity(r["id"], r["type"], f["name"], json.loads(f["aliases"]),
                               json.loads(f["attributes"]), []), int(r["n"]))
                       for r in rows for f in [own.get(r["id"], r)]]

    def find_entities(self, query: str, limit: int = 20) -> list[str]:
        """Ids of entities whose name or alias matches ``query`` (exact first, then substring)."""
        norm = link.normalise_name(query)
        with self.reading() as conn:
            exact = list(conn.execute(
                select(entity_keys_t.c.entity).where(entity_keys_t.c.key.like(f"%|{norm}"))
                .distinct().limit(limit)).scalars())
            if exact:
                return exact
            like = f"%{query.strip()}%"
            return list(conn.execute(
                select(entities_t.c.id).where(
                    entities_t.c.name.ilike(like) | entities_t.c.aliases.ilike(like))
                .limit(limit)).scalars())

    @staticmethod
    def _within(table: Table, within: tuple[int, int] | None) -> list[Any]:
        """Records whose evidence starts in ``within`` (a span of one document)."""
        if within is None:
            return []
        return [table.c.start >= within[0], table.c.start < within[1]]

    @staticmethod
    def _in_section(table: Table, section: str) -> Any:
        """Records of the section ``section`` or of a section under it ("1" holds "1.a" and "1.a.2")."""
        return (table.c.section == section) | table.c.section.like(f"{section}.%")

    @staticmethod
    def _not_rejected(table: Table) -> Any:
        """A record a person rejected is left out."""
        return table.c.id.notin_(select(reviews_t.c.record).where(reviews_t.c.status == "rejected"))

    def _any_rejected(self) -> bool:
        """Whether any record is rejected (remembered until the database changes): without
        one, reads need no NOT IN filter."""
        def ask() -> bool:
            with self.reading() as conn:
                return conn.execute(select(reviews_t.c.record).where(
                    reviews_t.c.status == "rejected").limit(1)).first() is not None

        return bool(self.until_change("any_rejected", ask))

    def _records(self, table: Table, cls: Any, where: list[Any], order: list[Any],
                 include_rejected: bool = False) -> list[Any]:
        if not include_rejected and self._any_rejected():
            where = [*where, self._not_rejected(table)]
        with self.reading() as conn:
            rows = conn.execute(select(table.c.data).where(*where)
                                .order_by(*order, *self._tiebreak())).scalars().all()
        return [cls.from_dict(json.loads(d)) for d in rows]

    def events(self, *, doc: str | None = None, type: str | None = None,
               date_from: str | None = None, date_to: str | None = None,
               section: str | None = None, entity: str | None = None,
               polarity: str | None = None, limit: int | None = None,
               within: tuple[int, int] | None = None,
               include_rejected: bool = False) -> list[Event]:
        where = self._event_where(doc=doc, type=type, date_from=date_from, date_to=date_to,
                                  section=section, entity=entity, polarity=polarity, within=within)
        evs = self._records(events_t, Event, where, [events_t.c.date, events_t.c.doc, events_t.c.start],
                            include_rejected)
        return evs[:limit] if limit else evs

    def events_page(self, *, limit: int, offset: int = 0, raw: bool = False,
                    include_rejected: bool = False, **filters: Any) -> tuple[int, list[Any]]:
        """(how many events match, one page of them): counted and paged in SQL. ``raw``:
        the stored dicts (``Event.as_dict()``) without building records."""
        where = self._event_where(**filters)
        if not include_rejected and self._any_rejected():
            where.append(self._not_rejected(events_t))
        tiebreak = [literal_column("events.rowid")] if self.is_sqlite else self._tiebreak()
        # the page and the count in one statement (an uncorrelated subquery, run once): the
        # page keeps its index order and stops at the limit
        count = select(func.count()).select_from(events_t).where(*where).correlate(None).scalar_subquery()
        with self.reading() as conn:
            found = conn.execute(select(events_t.c.data, count).where(*where).order_by(
                events_t.c.date, events_t.c.doc, events_t.c.start, *tiebreak)
                .limit(limit).offset(offset)).all()
            total = int(found[0][1]) if found else 0
            if not found and offset:  # a page past the end carries no count
                total = conn.execute(select(count)).scalar() or 0
        rows = [r[0] for r in found]
        if raw:
            return total, [json.loads(d) for d in rows]
        return total, [Event.from_dict(json.loads(d)) for d in rows]

    def _event_where(self, *, doc: str | None = None, type: str | None = None,
                     date_from: str | None = None, date_to: str | None = None,
                     section: str | None = None, entity: str | None = None,
                     polarity: str | None = None,
                     within: tuple[int, int] | None = None) -> list[Any]:
        where: list[Any] = self._within(events_t, within)
        if doc:
            where.append(events_t.c.doc == doc)
        if type:
            where.append(events_t.c.type == type)
        if date_from:
            where.append(events_t.c.date >= date_from)
        if date_to:
            where.append(events_t.c.date <= date_to + "\uffff")
        if section:
            where.append(self._in_section(events_t, section))
        if polarity:
            where.append(events_t.c.polarity == polarity)
        if entity:
            where.append(events_t.c.id.in_(
                select(participants_t.c.event).where(participants_t.c.entity == entity)))
        return where

    def figures(self, *, doc: str | None = None, about: str | None = None,
                section: str | None = None, within: tuple[int, int] | None = None,
                include_rejected: bool = False) -> list[Figure]:
        where: list[Any] = self._within(figures_t, within)
        if doc:
            where.append(figures_t.c.doc == doc)
        if about:
            where.append(figures_t.c.what.ilike(f"%{about}%"))
        if section:
            where.append(self._in_section(figures_t, section))
        return self._records(figures_t, Figure, where, [figures_t.c.doc, figures_t.c.start],
                             include_rejected)

    def provisions(self, *, doc: str | None = None, norm: str | None = None,
                   section: str | None = None, within: tuple[int, int] | None = None,
                   include_rejected: bool = False) -> list[Provision]:
        where: list[Any] = self._within(provisions_t, within)
        if doc:
            where.append(provisions_t.c.doc == doc)
        if norm:
            where.append(provisions_t.c.norm == norm)
        if section:
            where.append(self._in_section(provisions_t, section))
        return self._records(provisions_t, Provision, where, [provisions_t.c.doc, provisions_t.c.start],
                             include_rejected)

    def sentences_in(self, doc_id: str) -> list[Sentence]:
        with self.reading() as conn:
            rows = conn.execute(select(sentences_t).where(sentences_t.c.doc == doc_id)
                                .order_by(sentences_t.c.start)).mappings().all()
        return [Sentence.from_dict(dict(r)) for r in rows]

    def connect(self) -> Iterator[Connection]:
        return self.read_engine.connect()  # type: ignore[return-value]
