"""The named migrations that create and upgrade the schema of :mod:`.schema`.

Each migration is a function recorded by name in the ``migrations`` table when it has
run; a new one is appended to :data:`MIGRATIONS`, never edited once released.
"""
from __future__ import annotations

from typing import Any, Callable

from sqlalchemy import String, Text
from sqlalchemy import text as sql
from sqlalchemy.engine import Connection

from .schema import (
    changes_t,
    documents_t,
    forms_metadata,
    keys_metadata,
    metadata,
    migrations_t,
    review_metadata,
    sentence_vectors_t,
)


def _collate_c(conn: Connection, tables: list[Any]) -> None:
    """PostgreSQL: every string column of ``tables`` compares byte-wise (``COLLATE "C"``), as SQLite
    does, so that ordering and equality agree between the two databases."""
    for table in tables:
        for col in table.columns:
            if isinstance(col.type, String):
                type_ = "TEXT" if isinstance(col.type, Text) else "VARCHAR"
                conn.execute(sql(f'ALTER TABLE {table.name} ALTER COLUMN "{col.name}" TYPE {type_} COLLATE "C"'))


def _m001_initial(conn: Connection) -> None:
    metadata.create_all(conn, tables=[t for t in metadata.sorted_tables if t is not migrations_t])


def _m002_sentence_fts(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        conn.execute(sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5("
            "text, content='sentences', content_rowid='id', tokenize='porter unicode61')"
        ))


def _m003_postgres_search(conn: Connection) -> None:
    """PostgreSQL: text columns in the "C" collation (the order SQLite gives), and a
    generated ``tsv`` column with a GIN index for full-text search over sentences."""
    if conn.dialect.name != "postgresql":
        return
    _collate_c(conn, metadata.sorted_tables)
    conn.execute(sql(
        "ALTER TABLE sentences ADD COLUMN IF NOT EXISTS tsv tsvector "
        f"GENERATED ALWAYS AS (to_tsvector('{PG_TS_CONFIG}'::regconfig, text)) STORED"))
    conn.execute(sql("CREATE INDEX IF NOT EXISTS ix_sentences_tsv ON sentences USING GIN (tsv)"))


PG_TS_CONFIG = "english"       # the text-search configuration of the tsv column
PG_WRITE_LOCK = 0x72_6C_77     # advisory lock key ("rlw") held by every write transaction


def _m004_search_indexes(conn: Connection) -> None:
    """Indexes the search's filters and citations look up by (doc, start)."""
    for table in ("sentences", "events", "mentions", "paragraphs"):
        conn.execute(sql(f'CREATE INDEX IF NOT EXISTS ix_{table}_doc_start ON {table} (doc, "start")'))


def _m005_review(conn: Connection) -> None:
    """Accounts, per-record review state, anchored corrections, the hash-chained audit log."""
    review_metadata.create_all(conn, checkfirst=True)
    if conn.dialect.name == "postgresql":
        _collate_c(conn, review_metadata.sorted_tables)


def _m006_renditions(conn: Connection) -> None:
    """``documents.rendition_of``: the document this one is another rendition of."""
    from sqlalchemy import inspect

    if "rendition_of" not in {c["name"] for c in inspect(conn).get_columns("documents")}:
        conn.execute(sql("ALTER TABLE documents ADD COLUMN rendition_of VARCHAR"))
    conn.execute(sql("CREATE INDEX IF NOT EXISTS ix_documents_country_year ON documents (country, year)"))
def _m007_outline_and_vectors(conn: Connection) -> None:
    """Headings take part in search, and sentences get vectors.

    ``sentences.heading`` holds the titles a sentence stands under (filled here for the
    documents already stored); the SQLite full-text index gets it as a second column
    (``search`` matches the ``text`` column only, ``ask`` and ``search --semantic`` both);
    PostgreSQL gets ``htsv``, its tsvector. ``sentence_vectors`` holds the embeddings
    (computed at ingest; documents stored before this migration have none until they are
    ingested again, and are then found by full-text search alone).
    """
    from sqlalchemy import inspect

    cols = {c["name"] for c in inspect(conn).get_columns("sentences")}
    if "heading" not in cols:
        conn.execute(sql("ALTER TABLE sentences ADD COLUMN heading TEXT"))
    sentence_vectors_t.create(conn, checkfirst=True)
    _backfill_headings(conn)
    if conn.dialect.name == "sqlite":
        conn.execute(sql("DROP TABLE IF EXISTS sentences_fts"))
        conn.execute(sql(
            "CREATE VIRTUAL TABLE sentences_fts USING fts5(text, heading, content='sentences', "
            "content_rowid='id', tokenize='porter unicode61')"))
        conn.execute(sql("INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild')"))
    elif conn.dialect.name == "postgresql":
        conn.execute(sql('ALTER TABLE sentences ALTER COLUMN heading TYPE TEXT COLLATE "C"'))
        conn.execute(sql(
            "ALTER TABLE sentences ADD COLUMN IF NOT EXISTS htsv tsvector "
            f"GENERATED ALWAYS AS (to_tsvector('{PG_TS_CONFIG}'::regconfig, coalesce(heading, ''))) STORED"))
        conn.execute(sql("CREATE INDEX IF NOT EXISTS ix_sentences_htsv ON sentences USING GIN (htsv)"))


def _backfill_headings(conn: Connection) -> None:
    from ..extract.embeddings.sentences import headings
    from ..records import Section, Sentence, Subtopic

    docs = [r[0] for r in conn.execute(sql("SELECT DISTINCT doc FROM sentences WHERE heading IS NULL"))]
    for doc in docs:
        p = {"doc": doc}
        secs = [Section(doc, *r) for r in conn.execute(sql(
            'SELECT id, title, level, parent, start, "end", topic FROM sections WHERE doc = :doc'), p)]
        subs = [Subtopic(doc, *r) for r in conn.execute(sql(
            'SELECT section, title, start, "end", topic FROM subtopics WHERE doc = :doc'), p)]
        rows = conn.execute(sql(
            'SELECT id, section, paragraph, start, "end" FROM sentences WHERE doc = :doc ORDER BY start'), p).all()
        sents = [Sentence(doc, r[1], r[2], r[3], r[4]) for r in rows]
        heads = headings(sents, secs, subs)
        if rows:
            conn.execute(sql("UPDATE sentences SET heading = :h WHERE id = :id"),
                         [{"h": h, "id": r[0]} for r, h in zip(rows, heads)])


def _m008_changes(conn: Connection) -> None:
    """The change counter, started at the latest ingest of the documents already there."""
    from sqlalchemy import func, select

    changes_t.create(conn, checkfirst=True)
    if conn.execute(select(func.count()).select_from(changes_t)).scalar():
        return
    last = conn.execute(select(func.max(documents_t.c.ingested_at))).scalar()
    from datetime import datetime, timezone

    conn.execute(changes_t.insert().values(
        kind="migrate", doc=None,
        at=(last or datetime.now(timezone.utc).isoformat())[:19] + "+00:00"))


HOT_INDEXES = {
    # the documents list without touching the rows (their text sits inline, before the
    # last columns: a table scan reads every report's text)
    "ix_documents_list": 'documents (country, year, id, title, country_code, source, format, '
                         'sha256, chars, path, pipeline_version, ingested_at, '
                         'rendition_of)',
    # the documents list's entity counts, per doc, from the index alone
    "ix_mentions_doc_entity": "mentions (doc, entity)",
    # an entity page's mentions in document order, from the index alone
    "ix_mentions_entity_doc_start": 'mentions (entity, doc, "start", "end")',
    # a document's (or a section's) events in date order without a sort
    "ix_events_doc_date": 'events (doc, "date", "start")',
    # every event in date order (the events list, paged): no sort, stops at the page's end
    "ix_events_date_doc_start": 'events ("date", doc, "start")',
    "ix_figures_doc_start": 'figures (doc, "start")',
    "ix_provisions_doc_start": 'provisions (doc, "start")',
}


def _m009_hot_indexes(conn: Connection) -> None:
    """Indexes for the hot read queries, chosen with EXPLAIN (docs/ARCHITECTURE.md)."""
    for name, spec in HOT_INDEXES.items():
        conn.execute(sql(f"CREATE INDEX IF NOT EXISTS {name} ON {spec}"))
    if conn.dialect.name == "sqlite":
        conn.execute(sql("ANALYZE"))


#: What the database answers to an UPDATE, DELETE or TRUNCATE of the audit log.
AUDIT_APPEND_ONLY = "the audit log is append-only"


def _m010_audit_append_only(conn: Connection) -> None:
    """The audit log refuses UPDATE and DELETE (and TRUNCATE on PostgreSQL) in the database
    itself: only someone who can drop the guard can rewrite history, and ``audit verify``
    still finds what they did."""
    if conn.dialect.name == "sqlite":
        for op in ("UPDATE", "DELETE"):
            conn.execute(sql(
                f"CREATE TRIGGER IF NOT EXISTS audit_append_only_{op.lower()} BEFORE {op} ON audit "
                f"BEGIN SELECT RAISE(ABORT, '{AUDIT_APPEND_ONLY}'); END"))
    elif conn.dialect.name == "postgresql":
        conn.execute(sql(
            "CREATE OR REPLACE FUNCTION rightsledger_audit_append_only() RETURNS trigger "
            f"LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '{AUDIT_APPEND_ONLY}'; END $$"))
        conn.execute(sql("DROP TRIGGER IF EXISTS audit_append_only ON audit"))
        conn.execute(sql(
            "CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit "
            "FOR EACH ROW EXECUTE FUNCTION rightsledger_audit_append_only()"))
        conn.execute(sql("DROP TRIGGER IF EXISTS audit_no_truncate ON audit"))
        conn.execute(sql(
            "CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit "
            "FOR EACH STATEMENT EXECUTE FUNCTION rightsledger_audit_append_only()"))


def _m011_vector_version(conn: Connection) -> None:
    """The vectors' version: ``vector_version`` (one row) moves, in the same transaction, with
    every write to ``sentence_vectors`` (ingest, deletion, ``reindex``, a restore brings its
    own): a trigger counts the write (``n``) and draws a new random ``token``, so that two
    histories of one file never share a version (a restore followed by other ingests).
    What a copy of the vectors outside the table (``store.search.matrix_file``: the matrix
    next to a SQLite file) is checked against."""
    if conn.dialect.name == "sqlite":
        conn.execute(sql("CREATE TABLE IF NOT EXISTS vector_version (id INTEGER PRIMARY KEY CHECK (id = 1), "
                         "n INTEGER NOT NULL, token INTEGER NOT NULL)"))
        conn.execute(sql("INSERT OR IGNORE INTO vector_version VALUES (1, 0, random())"))
        for op in ("INSERT", "UPDATE", "DELETE"):
            conn.execute(sql(
                f"CREATE TRIGGER IF NOT EXISTS sentence_vectors_version_{op.lower()} AFTER {op} ON sentence_vectors "
                "BEGIN UPDATE vector_version SET n = n + 1, token = random() WHERE id = 1; END"))
    elif conn.dialect.name == "postgresql":
        draw = "(floor(random() * 9.2e18) - 4.6e18)::bigint"
        conn.execute(sql("CREATE TABLE IF NOT EXISTS vector_version (id INTEGER PRIMARY KEY CHECK (id = 1), "
                         "n BIGINT NOT NULL, token BIGINT NOT NULL)"))
        conn.execute(sql(f"INSERT INTO vector_version VALUES (1, 0, {draw}) ON CONFLICT (id) DO NOTHING"))
        conn.execute(sql(
            "CREATE OR REPLACE FUNCTION rightsledger_vector_version() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN UPDATE vector_version SET n = n + 1, token = {draw} WHERE id = 1; RETURN NULL; END $$"))
        conn.execute(sql("DROP TRIGGER IF EXISTS sentence_vectors_version ON sentence_vectors"))
        conn.execute(sql(
            "CREATE TRIGGER sentence_vectors_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
            "ON sentence_vectors FOR EACH STATEMENT EXECUTE FUNCTION rightsledger_vector_version()"))


def _m012_entity_forms(conn: Connection) -> None:
    """``entity_forms``: an entity's name, aliases and attributes as each document gives them
    (what a document's export reads). Documents stored before this migration have none until
    they are ingested again (013_entity_forms_backfill recovers them)."""
    forms_metadata.create_all(conn, checkfirst=True)
    if conn.dialect.name == "postgresql":
        _collate_c(conn, forms_metadata.sorted_tables)


def _m013_entity_forms_backfill(conn: Connection) -> None:
    """``entity_forms`` for the documents stored before ``012_entity_forms``, recovered from
    the linked records and the documents' mention texts (:func:`.forms.backfill`): their
    exports give their own forms without being ingested again."""
    from .forms import backfill

    backfill(conn)


def _m014_doc_keys(conn: Connection) -> None:
    """``doc_keys``: the link keys each document gave an entity (what deleting another document
    keeps, :mod:`.keys`), filled for the documents already stored from their forms
    (:func:`.keys.backfill`)."""
    from .keys import backfill

    keys_metadata.create_all(conn, checkfirst=True)
    if conn.dialect.name == "postgresql":
        _collate_c(conn, keys_metadata.sorted_tables)
    backfill(conn)


MIGRATIONS: list[tuple[str, Callable[[Connection], None]]] = [
    ("001_initial", _m001_initial),
    ("002_sentence_fts", _m002_sentence_fts),
    ("003_postgres_search", _m003_postgres_search),
    ("004_search_indexes", _m004_search_indexes),
    ("005_review", _m005_review),
    ("006_renditions", _m006_renditions),
    ("007_outline_and_vectors", _m007_outline_and_vectors),
    ("008_changes", _m008_changes),
    ("009_hot_indexes", _m009_hot_indexes),
    ("010_audit_append_only", _m010_audit_append_only),
    ("011_vector_version", _m011_vector_version),
    ("012_entity_forms", _m012_entity_forms),
    ("013_entity_forms_backfill", _m013_entity_forms_backfill),
    ("014_doc_keys", _m014_doc_keys),
]
