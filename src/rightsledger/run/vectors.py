"""(Re)compute the headings and vectors of documents already stored, without re-ingesting.

A database made before vectors existed (migration ``007_outline_and_vectors``) has
sentences without vectors: ``rightsledger reindex`` fills them in from the stored
sentences and outline (the text, sections and sub-headings are all in the store), in one
transaction per document. Also used by ``bench/ask_eval.py`` to try other mixes. Every
process's cached vectors (and the matrix files next to a SQLite database) follow the vectors'
version, which these writes move (``vector_version``, migration ``011_vector_version``).
"""
from __future__ import annotations

import time
from typing import TYPE_CHECKING, Callable

from sqlalchemy import text as sql

from ..extract.embeddings.sentences import MODEL_ID, headings, sentence_vectors, to_bytes

if TYPE_CHECKING:
    from ..store import Store


def docs_without_vectors(store: "Store") -> list[str]:
    """Documents with at least one sentence that has no vector of the current model."""
    with store.engine.connect() as conn:
        return [r[0] for r in conn.execute(sql(
            "SELECT DISTINCT s.doc FROM sentences s WHERE NOT EXISTS (SELECT 1 FROM sentence_vectors v "
            "WHERE v.id = s.id AND v.model = :m) ORDER BY s.doc"), {"m": MODEL_ID})]


def embed_stored(store: "Store", docs: list[str] | None = None, *, weights: dict[str, float] | None = None,
                 progress: Callable[[str], None] | None = None) -> dict[str, float]:
    """Headings and vectors for ``docs`` (default: those missing vectors); returns counts and seconds."""
    t0 = time.perf_counter()
    docs = docs_without_vectors(store) if docs is None else docs
    n = 0
    for doc in docs:
        text = store.document_text(doc)
        sents = store.sentences_in(doc)
        with store.engine.connect() as conn:
            ids = [r[0] for r in conn.execute(sql(
                "SELECT id FROM sentences WHERE doc = :doc ORDER BY start"), {"doc": doc})]
        heads = headings(sents, store.sections(doc), store.subtopics(doc))
        vecs = sentence_vectors(text, sents, heads, weights)
        with store.writing() as conn:
            if store.is_sqlite:
                conn.execute(sql(
                    "INSERT INTO sentences_fts(sentences_fts, rowid, text, heading) "
                    "SELECT 'delete', id, text, heading FROM sentences WHERE doc = :doc"), {"doc": doc})
            conn.execute(sql("UPDATE sentences SET heading = :h WHERE id = :id"),
                         [{"h": h or None, "id": i} for i, h in zip(ids, heads)])
            if store.is_sqlite:
                conn.execute(sql(
                    "INSERT INTO sentences_fts(rowid, text, heading) "
                    "SELECT id, text, heading FROM sentences WHERE doc = :doc"), {"doc": doc})
            conn.execute(sql("DELETE FROM sentence_vectors WHERE doc = :doc"), {"doc": doc})
            store.note_change(conn, "reindex", doc)  # search results move: ETags, kept responses
            conn.execute(sql("INSERT INTO sentence_vectors (id, doc, model, vec) VALUES (:id, :doc, :m, :v)"),
                         [{"id": i, "doc": doc, "m": MODEL_ID, "v": to_bytes(v)} for i, v in zip(ids, vecs)])
        n += len(ids)
        if progress:
            progress(doc)
    return {"documents": len(docs), "sentences": n, "seconds": time.perf_counter() - t0}


__all__ = ["docs_without_vectors", "embed_stored"]
