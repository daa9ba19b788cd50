"""Ingesting one file into a store: read, process, save, with the rules every engine shares.

:func:`ingest_file` is what ``Ledger.ingest_file`` runs; the process pool
(:mod:`rightsledger.run.parallel`) and Ray (:mod:`rightsledger.run.distributed`) apply the
same rules (unchanged file = no-op, duplicate, unique id, one transaction per document).
"""
from __future__ import annotations

import glob
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from ..errors import Code, RightsledgerError
from ..version import PIPELINE_VERSION

if TYPE_CHECKING:
    from ..store import Bundle
    from ..store import Store

READABLE_SUFFIXES = {".txt", ".md", ".html", ".htm", ".pdf", ".docx"}


@dataclass
class IngestResult:
    path: str
    status: str                      # ingested, replaced, unchanged, duplicate, failed
    doc: str | None = None
    error: str | None = None
    code: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)  # read with reservations (a cut-off page)

    @property
    def ok(self) -> bool:
        return self.status != "failed"


def expand_paths(inputs: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Files, folders (recursively) and globs → the readable files, sorted, without repeats.

    A name that matches nothing is kept, so that ingest reports it as missing.
    """
    out: dict[Path, None] = {}
    for raw in inputs:
        raw = str(raw)
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in READABLE_SUFFIXES:
                    out[f] = None
        elif p.exists():
            out[p] = None
        elif any(ch in raw for ch in "*?["):
            for m in sorted(glob.glob(raw, recursive=True)):
                mp = Path(m)
                if mp.is_file():
                    out[mp] = None
        else:
            out[p] = None
    return list(out)


def ingest_file(store: "Store", path: str | os.PathLike[str], *, force: bool = False,
                country: str | None = None, year: int | None = None,
                max_bytes: int | None = None) -> IngestResult:
    """Read, process and save one file; a bad file gives a failed result, never an exception."""
    from ..read import read_path
    from .pipeline import DEFAULT_MAX_BYTES, default_doc_id, process_source

    t0 = time.perf_counter()
    path = Path(path)
    key = str(path.resolve())
    try:
        if not path.exists():
            raise RightsledgerError(Code.NOT_FOUND, path=path)
        source = read_path(path, max_bytes=max_bytes or DEFAULT_MAX_BYTES)
        existing = store.find_by_path(key)
        if existing and not force and existing["sha256"] == source.sha256 \
                and existing["pipeline_version"] == PIPELINE_VERSION:
            return IngestResult(str(path), "unchanged", existing["id"])
        if not existing:
            twin = store.find_by_sha(source.sha256)
            if twin and not force:
                return IngestResult(str(path), "duplicate", twin)
        doc_id = existing["id"] if existing else store.unique_doc_id(
            default_doc_id(source, country=country, year=year), key)
        source.path = key
        bundle = process_source(source, doc_id, country=country, year=year)
        twin_of = store.find_rendition(bundle.document.country, bundle.document.year, bundle.text, key)
        doc_id = store.save(bundle, PIPELINE_VERSION, rendition_of=twin_of)
    except RightsledgerError as err:
        if err.path is None:
            err = RightsledgerError(err.code, path=path, **err.fields)
        return IngestResult(str(path), "failed", error=str(err), code=err.code.code)
    except Exception as exc:  # a bug must not stop the batch; report it on one line
        err = RightsledgerError(Code.PIPELINE, path=path, detail=f"{type(exc).__name__}: {exc}")
        return IngestResult(str(path), "failed", error=str(err), code=err.code.code)
    status = "replaced" if existing else "ingested"
    return IngestResult(str(path), status, doc_id, counts=bundle_counts(bundle),
                        seconds=time.perf_counter() - t0, warnings=list(source.warnings))


def bundle_counts(bundle: Bundle) -> dict[str, int]:
    """How many records of each kind a processed document holds (the ingest summary)."""
    return {kind: len(getattr(bundle, kind))
            for kind in ("sections", "entities", "events", "figures", "provisions")}
