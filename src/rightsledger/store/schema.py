"""The schema: the tables and their indexes, as SQLAlchemy metadata.

The tables are created and upgraded by the named migrations of :mod:`.migrations`; a
table added later is declared here and created by the migration that introduced it.
"""
from __future__ import annotations

from sqlalchemy import (
    Column,
    Float,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

migrations_t = Table(
    "migrations", metadata,
    Column("name", String, primary_key=True),
    Column("applied_at", String, nullable=False),
)
documents_t = Table(
    "documents", metadata,
    Column("id", String, primary_key=True),
    Column("title", Text, nullable=False),
    Column("country", String),
    Column("country_code", String),
    Column("year", Integer),
    Column("source", String),
    Column("format", String, nullable=False),
    Column("sha256", String, nullable=False),
    Column("chars", Integer, nullable=False),
    Column("path", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("pipeline_version", String, nullable=False),
    Column("ingested_at", String, nullable=False),
    # Another rendition (format) of this stored report: same country, year and text up
    # to normalisation (store/renditions.py); null for the first one stored.
    Column("rendition_of", String),
)
sections_t = Table(
    "sections", metadata,
    Column("doc", String, primary_key=True),
    Column("id", String, primary_key=True),
    Column("ord", Integer, nullable=False),
    Column("title", Text, nullable=False),
    Column("level", Integer, nullable=False),
    Column("parent", String),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("topic", String),
)
subtopics_t = Table(
    "subtopics", metadata,
    Column("doc", String, primary_key=True),
    Column("ord", Integer, primary_key=True),
    Column("section", String),
    Column("title", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("topic", String),
)
paragraphs_t = Table(
    "paragraphs", metadata,
    Column("doc", String, primary_key=True),
    Column("ord", Integer, primary_key=True),
    Column("section", String),
    Column("subtopic", Text),
    Column("n", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)
sentences_t = Table(
    "sentences", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc", String, nullable=False, index=True),
    Column("section", String),
    Column("paragraph", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("heading", Text),   # the section / sub-heading titles above it (007_outline_and_vectors)
)
#: a sentence's embedding (``extract.embeddings.sentences``): float16 bytes, unit length; ``model`` names
#: the model and dimension so that vectors of another model are never compared
sentence_vectors_t = Table(
    "sentence_vectors", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),   # = sentences.id
    Column("doc", String, nullable=False, index=True),
    Column("model", String, nullable=False),
    Column("vec", LargeBinary, nullable=False),
)
entities_t = Table(
    "entities", metadata,
    Column("id", String, primary_key=True),
    Column("type", String, nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("aliases", Text, nullable=False),      # JSON list
    Column("attributes", Text, nullable=False),   # JSON object
)
entity_keys_t = Table(
    "entity_keys", metadata,
    Column("key", String, primary_key=True),
    Column("entity", String, nullable=False, index=True),
)
mentions_t = Table(
    "mentions", metadata,
    Column("entity", String, nullable=False),
    Column("doc", String, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Index("ix_mentions_entity_doc", "entity", "doc"),
    Index("ix_mentions_doc", "doc"),
)
events_t = Table(
    "events", metadata,
    Column("id", String, primary_key=True),
    Column("doc", String, nullable=False, index=True),
    Column("type", String, nullable=False, index=True),
    Column("date", String, nullable=False, index=True),
    Column("date_end", String),
    Column("precision", String, nullable=False),
    Column("section", String),
    Column("polarity", String, nullable=False),
    Column("source", Text),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("data", Text, nullable=False),          # the full record as JSON
)
participants_t = Table(
    "event_participants", metadata,
    Column("event", String, nullable=False, index=True),
    Column("entity", String, index=True),
    Column("name", Text, nullable=False),
    Column("role", String, nullable=False),
)
figures_t = Table(
    "figures", metadata,
    Column("id", String, primary_key=True),
    Column("doc", String, nullable=False, index=True),
    Column("value", Float, nullable=False),
    Column("unit", String),
    Column("what", Text),
    Column("qualifier", String, nullable=False),
    Column("source", Text),
    Column("section", String),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("data", Text, nullable=False),
)
provisions_t = Table(
    "provisions", metadata,
    Column("id", String, primary_key=True),
    Column("doc", String, nullable=False, index=True),
    Column("norm", String, nullable=False, index=True),
    Column("subject", Text),
    Column("section", String),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("data", Text, nullable=False),
)

# Kept in its own MetaData (migration 008), like the review tables.
changes_metadata = MetaData()
changes_t = Table(
    "changes", changes_metadata,
    # one row per change a reader can see (ingest, deletion, review): the largest id is
    # the database's version, which HTTP validators (ETag, Last-Modified) follow
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String, nullable=False),
    Column("doc", String),
    Column("at", String, nullable=False),
)

# Kept in its own MetaData (migration 012). One row per (entity, document): the name, aliases
# and attributes THAT document's mentions give the entity (``entities`` holds the union over
# every document linked to it, for search, entity pages and timelines); a document's export
# reads these, so that it does not depend on which other documents share the database.
forms_metadata = MetaData()
entity_forms_t = Table(
    "entity_forms", forms_metadata,
    Column("entity", String, primary_key=True),
    Column("doc", String, primary_key=True),
    Column("name", Text, nullable=False),
    Column("aliases", Text, nullable=False),      # JSON list
    Column("attributes", Text, nullable=False),   # JSON object
    Index("ix_entity_forms_doc", "doc"),
)

# Kept in its own MetaData (migration 014). One row per link key a document gave an entity: the
# keys ``extract.link.entity_keys`` made of that document's entities linked to it (each entity's
# own name and aliases, before the document's entities were folded into one form) that the
# entity holds in ``entity_keys``. What deleting another document keeps (:mod:`.keys`).
keys_metadata = MetaData()
doc_keys_t = Table(
    "doc_keys", keys_metadata,
    Column("doc", String, primary_key=True),
    Column("key", String, primary_key=True),
    Column("entity", String, nullable=False),
    Index("ix_doc_keys_entity", "entity"),
)

PER_DOC_TABLES = (sections_t, subtopics_t, paragraphs_t, sentences_t, sentence_vectors_t, mentions_t, figures_t,
                  provisions_t, entity_forms_t, doc_keys_t)


# -- review, corrections, audit log and accounts (migration 005) -------------------------
# Kept in their own MetaData: migration 001 creates the tables of ``metadata`` as they were.
review_metadata = MetaData()

users_t = Table(
    "users", review_metadata,
    Column("name", String, primary_key=True),
    Column("role", String, nullable=False),            # viewer, editor, admin
    Column("password_hash", Text, nullable=False),     # argon2id
    Column("created_at", String, nullable=False),
    Column("created_by", String),
)
credentials_t = Table(
    "credentials", review_metadata,
    Column("id", String, primary_key=True),            # public part, shown in listings
    Column("user", String, nullable=False, index=True),
    Column("kind", String, nullable=False),            # token (API) or session (web)
    Column("secret_hash", String, nullable=False, unique=True),   # sha256 of the secret
    Column("csrf", String),                            # sessions: the CSRF token of their forms
    Column("created_at", String, nullable=False),
    Column("expires_at", String),                      # ISO time, or NULL: never
)
reviews_t = Table(
    "reviews", review_metadata,
    Column("record", String, primary_key=True),        # DOC:ev:N, DOC:fig:N, DOC:prov:N, entity id
    Column("kind", String, nullable=False),
    Column("doc", String, index=True),
    Column("status", String, nullable=False),          # confirmed, corrected, rejected, added
    Column("by", String),
    Column("at", String),
    Column("version", Integer, nullable=False),        # +1 on every change (optimistic locking)
    Column("machine", Text),                           # the record as the pipeline made it (JSON)
)
corrections_t = Table(
    "corrections", review_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("action", String, nullable=False),          # correct, reject, confirm, add, merge, split
    Column("kind", String, nullable=False),
    Column("record", String, nullable=False, index=True),   # the address it applies to now
    Column("doc", String, index=True),
    Column("sha256", String),                          # the document's text it was made on
    Column("start", Integer),                          # the record's span (evidence / mention)
    Column("end", Integer),
    Column("anchor", Text, nullable=False),            # JSON: evidence text + the machine's fields
    Column("changes", Text, nullable=False),           # JSON
    Column("reason", Text, nullable=False),
    Column("by", String, nullable=False),
    Column("at", String, nullable=False),
    Column("state", String, nullable=False),           # applied, conflict
    Column("detail", Text),
)
audit_t = Table(
    "audit", review_metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("at", String, nullable=False),
    Column("by", String, nullable=False),
    Column("action", String, nullable=False),
    Column("record", String, nullable=False, index=True),
    Column("reason", Text, nullable=False),
    Column("before", Text),                            # JSON
    Column("after", Text),                             # JSON
    Column("prev", String, nullable=False),            # hash of the previous entry
    Column("hash", String, nullable=False),
)
meta_t = Table(
    "meta", review_metadata,
    Column("key", String, primary_key=True),
    Column("value", Text, nullable=False),
)
