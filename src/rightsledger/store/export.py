"""The export contract: records as JSON Lines (``kind`` first) or CSV, one file per kind."""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

from .store import Store

KINDS = ("document", "section", "subtopic", "entity", "event", "figure", "provision")


def tagged(kind: str, record: dict[str, Any]) -> dict[str, Any]:
    return {"kind": kind, **record}


def document_records(store: Store, doc_id: str) -> Iterator[dict[str, Any]]:
    """Every exported record of one document, in contract order."""
    yield tagged("document", store.document(doc_id).as_dict())
    for s in store.sections(doc_id):
        yield tagged("section", s.as_dict())
    for s in store.subtopics(doc_id):
        yield tagged("subtopic", s.as_dict())
    for e in store.entities(doc=doc_id):
        rec = {**e.as_dict(), "doc": doc_id}
        if "confidence" in rec["attributes"]:  # kept in attributes by the store, a field in the contract
            rec["attributes"] = dict(rec["attributes"])
            rec["confidence"] = rec["attributes"].pop("confidence")
        yield tagged("entity", rec)
    for ev in store.events(doc=doc_id):
        yield tagged("event", ev.as_dict())
    for f in store.figures(doc=doc_id):
        yield tagged("figure", f.as_dict())
    for p in store.provisions(doc=doc_id):
        yield tagged("provision", p.as_dict())


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
