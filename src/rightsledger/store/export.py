"""The export contract: records as JSON Lines (``kind`` first) or CSV, one file per kind."""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

from ..extract.confidence import prior
from .review import review_rows
from .store import Store

KINDS = ("document", "section", "subtopic", "entity", "event", "figure", "provision")


def tagged(kind: str, record: dict[str, Any]) -> dict[str, Any]:
    return {"kind": kind, **record}


MACHINE = {"status": "machine", "by": None, "at": None}


def confidence(kind: str, rec: dict[str, Any]) -> float:
    """The extractor's confidence (entities keep it in ``attributes``); a prior if it has none."""
    c = (rec.get("attributes") or {}).get("confidence") if kind == "entity" else rec.get("confidence")
    return c if c is not None else prior(kind, rec)


def _lifted(kind: str, rec: dict[str, Any]) -> dict[str, Any]:
    """An entity's confidence out of ``attributes`` (where the store keeps it)."""
    if kind == "entity" and "confidence" in (rec.get("attributes") or {}):
        rec = {**rec, "attributes": {k: v for k, v in rec["attributes"].items() if k != "confidence"}}
    return rec


def reviewed(kind: str, rec: dict[str, Any], reviews: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """``rec`` with its ``confidence`` (the extractor's, on the machine's original) and
    ``review`` {status, by, at}."""
    r = reviews.get(rec["id"])
    machine = json.loads(r["machine"]) if r and r.get("machine") else rec
    conf = 1.0 if r and r["status"] == "added" else confidence(kind, {**machine, "mentions": rec.get("mentions")})
    review = {"status": r["status"], "by": r["by"], "at": r["at"]} if r else dict(MACHINE)
    return {**_lifted(kind, rec), "confidence": conf, "review": review}


def _machine(kind: str, rec: dict[str, Any], reviews: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """What the pipeline alone produced: the machine's original, None for a record a person added."""
    r = reviews.get(rec["id"])
    if r is None:
        return {**_lifted(kind, rec), "confidence": confidence(kind, rec)}
    if r["status"] == "added":
        return None
    machine = json.loads(r["machine"]) if r.get("machine") else rec
    if kind == "entity":
        machine = {**machine, "mentions": rec["mentions"], "doc": rec["doc"]}
    return {**_lifted(kind, machine), "confidence": confidence(kind, machine)}


def document_records(store: Store, doc_id: str, *, machine_only: bool = False) -> Iterator[dict[str, Any]]:
    """Every exported record of one document, in contract order.

    Corrected values by default, each record with ``confidence`` and ``review``; rejected
    records left out. ``machine_only``: what the pipeline produced, before any review
    (rejected records in, added records out; merges and splits of entities stay applied).
    """
    yield tagged("document", store.document(doc_id).as_dict())
    for s in store.sections(doc_id):
        yield tagged("section", s.as_dict())
    for s in store.subtopics(doc_id):
        yield tagged("subtopic", s.as_dict())
    with store.reading() as conn:
        reviews = review_rows(conn, doc_id)
        ent_reviews = review_rows(conn, None)  # entities belong to no one document
    ents = store.entities(doc=doc_id, corrected=not machine_only)
    # an entity exported in this document's own forms: the machine's original is that form
    # (before the reviewer's corrections), not the linked record a review row keeps
    own = {e.id for e in ents if getattr(e, "own_form", False)}
    ent_reviews = {k: ({**v, "machine": None} if k in own else v) for k, v in ent_reviews.items()}
    groups = (("entity", [{**e.as_dict(), "doc": doc_id} for e in ents], ent_reviews),
              ("event", [ev.as_dict() for ev in store.events(doc=doc_id, include_rejected=machine_only)], reviews),
              ("figure", [f.as_dict() for f in store.figures(doc=doc_id, include_rejected=machine_only)], reviews),
              ("provision", [p.as_dict() for p in store.provisions(doc=doc_id, include_rejected=machine_only)],
               reviews))
    for kind, recs, revs in groups:
        for rec in recs:
            if machine_only:
                m = _machine(kind, rec, revs)
                if m is not None:
                    yield tagged(kind, m)
            else:
                yield tagged(kind, reviewed(kind, rec, revs))


def write_jsonl(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False))
        out.write("\n")
        n += 1
    return n


def _cell(value: Any) -> Any:
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return value


def write_csv(records: Iterable[dict[str, Any]], folder: Path) -> dict[str, Path]:
    """One CSV file per kind in ``folder`` (nested fields as JSON); returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    files: dict[str, tuple[IO[str], csv.DictWriter]] = {}
    try:
        for rec in records:
            kind = rec["kind"]
            row = {k: _cell(v) for k, v in rec.items() if k != "kind"}
            if kind not in files:
                fh = open(folder / f"{kind}s.csv", "w", encoding="utf-8", newline="")
                writer = csv.DictWriter(fh, fieldnames=list(row), extrasaction="ignore")
                writer.writeheader()
                files[kind] = (fh, writer)
            files[kind][1].writerow(row)
    finally:
        for fh, _ in files.values():
            fh.close()
    return {k: folder / f"{k}s.csv" for k in files}
