"""Ingestion over a Ray cluster: the per-document pipeline runs on the cluster's workers,
the driver alone writes to the database (PostgreSQL for a shared server, or SQLite).

``ingest_ray(db, paths, address="ray://head:10001")`` gives the same database as
``Ledger(db).ingest(paths)``:

* the driver reads each file's bytes (workers need no access to the driver's disk or to
  the database), skips files that are unchanged since their last ingest, and sends the
  bytes to a Ray task that runs ``read_bytes`` + ``process_source``; a worker loads the
  spaCy model once and keeps it for the next tasks;
* the driver writes the bundles back in input order with the same rules as
  :meth:`Ledger.ingest_file` (duplicate, unique id, one transaction per document) — the
  writing code is shared with :mod:`rightsledger.run.parallel`.

Ray is optional (``pip install 'rightsledger[ray]'``). ``address=None`` starts a local
Ray instance on this machine (what the tests do); on a real cluster, start Ray on every
node (``ray start --head`` on one, ``ray start --address HEAD:6379`` on the others), then
``rightsledger ingest DIR --engine ray --address ray://HEAD:10001 --db postgresql://…``.
"""
from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path
from typing import Any, Callable, Iterable

from ..errors import Code, RightsledgerError
from ..version import PIPELINE_VERSION
from .ingest import IngestResult, expand_paths
from .parallel import Done, failed_result, resolve_store, Task, write_bundle

__all__ = ["ingest_ray"]


def _process_bytes(raw: bytes, key: str, country: str | None, year: int | None,
                   max_bytes: int) -> Done:
    """The Ray task: read and process one file's bytes (never raises)."""
    from ..read import read_bytes
    from .pipeline import default_doc_id, process_source

    t0 = time.perf_counter()
    try:
        source = read_bytes(raw, key, max_bytes=max_bytes)
        source.path = key
        wanted = default_doc_id(source, country=country, year=year)
        bundle = process_source(source, wanted, country=country, year=year)
    except RightsledgerError as err:
        return Done(0, failed_result(key, err))
    except Exception as exc:  # a bug must not stop the batch
        return Done(0, failed_result(key, RightsledgerError(
            Code.PIPELINE, path=key, detail=f"{type(exc).__name__}: {exc}")))
    return Done(0, bundle=bundle, wanted_id=wanted, seconds=time.perf_counter() - t0,
                 warnings=list(source.warnings))


def ingest_ray(db: Any, paths: Iterable[str | os.PathLike[str]], *, address: str | None = None,
               force: bool = False, country: str | None = None, year: int | None = None,
               max_bytes: int | None = None, num_cpus: int | None = None,
               progress: Callable[[IngestResult], None] | None = None) -> list[IngestResult]:
    """Ingest ``paths`` with the pipeline running on Ray; results in input order."""
    try:
        import ray
    except ImportError as exc:
        raise RightsledgerError(Code.BAD_ARGUMENT,
                                detail="--engine ray needs Ray: pip install 'rightsledger[ray]'") from exc
    from .pipeline import DEFAULT_MAX_BYTES

    limit = max_bytes or DEFAULT_MAX_BYTES
    store = resolve_store(db)
    files = expand_paths(paths)
    started = not ray.is_initialized()
    if started:
        ray.init(address=address, num_cpus=None if address else num_cpus,
                 include_dashboard=False, log_to_driver=False, ignore_reinit_error=True)
    remote = ray.remote(_process_bytes)
    results: list[IngestResult | None] = [None] * len(files)
    pending: list[tuple[Task, Any]] = []

    def report(i: int, result: IngestResult) -> None:
        results[i] = result
        if progress is not None:
            progress(result)

    try:
        for i, path in enumerate(files):
            task = Task(i, str(path), force, country, year, max_bytes)
            try:
                raw = _read_raw(path, limit)
            except RightsledgerError as err:
                report(i, failed_result(path, err))
                continue
            key = str(path.resolve())
            existing = store.find_by_path(key)
            if existing and not force and existing["sha256"] == hashlib.sha256(raw).hexdigest() \
                    and existing["pipeline_version"] == PIPELINE_VERSION:
                report(i, IngestResult(str(path), "unchanged", existing["id"]))
                continue
            pending.append((task, remote.remote(raw, key, country, year, limit)))
        for task, ref in pending:  # written in input order, as a sequential run would
            done: Done = ray.get(ref)
            if done.result is not None:
                done.result.path = task.path
            report(task.index, write_bundle(store, task, done))
    finally:
        if started:
            ray.shutdown()
    return [r for r in results if r is not None]


def _read_raw(path: Path, limit: int) -> bytes:
    if not path.exists():
        raise RightsledgerError(Code.NOT_FOUND, path=path)
    size = path.stat().st_size
    if size > limit:
        raise RightsledgerError(Code.TOO_LARGE, path=path, size=size, limit=limit)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise RightsledgerError(Code.UNREADABLE, path=path, detail=exc.strerror or str(exc)) from exc
