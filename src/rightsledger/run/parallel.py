"""Parallel ingestion on one machine: a process pool reads and processes the files, the
parent alone writes (SQLite has one writer).

``ingest_parallel(db, paths, workers=4)`` gives the same database as
``Ledger(db).ingest(paths)``, only faster:

* the parent warms the pipeline up once (spaCy model, gazetteers) and forks the workers,
  which inherit it (on other systems, or with ``mp_context="spawn"``, each worker loads
  the model once in the pool initializer); a worker runs ``read_path`` +
  ``process_source`` on one file at a time; before the pipeline it asks
  the database (read only) whether the file is unchanged or a duplicate, so re-ingesting
  a folder costs only the reading;
* the parent writes each bundle with :meth:`Store.save`, one transaction per document,
  **in input order** (a result that finishes early waits in a bounded window for the
  files before it). The rules of :meth:`Ledger.ingest_file` are applied again at that
  moment — unchanged → no-op, same sha256 as a stored document → duplicate, the free
  document id (the bundle is renamed when it differs from the one the worker used) — so
  ids, cross-document entity links and merges come out exactly as in a sequential run.
  ``ordered=False`` writes in completion order instead (the order-dependent choices —
  ``…-2`` ids, the first attribute kept in an entity merge — may then differ);
* a file that fails is reported (``status="failed"``, catalogue code) and the batch goes
  on; a worker process that dies (a crash in a native library) is replaced and the files
  it held are retried one at a time, so only the culprit is reported failed.
"""
from __future__ import annotations

import multiprocessing
import os
import sys
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from ..errors import Code, RightsledgerError
from ..store import Bundle, Store, rename_bundle
from ..version import PIPELINE_VERSION
from .ingest import IngestResult, bundle_counts, expand_paths, ingest_file

__all__ = ["ingest_parallel", "default_workers"]


def default_workers() -> int:
    """The CPUs this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


@dataclass
class Task:
    """One file to ingest, as handed to a worker: its place in the batch, its path and the ingest options."""
    index: int
    path: str
    force: bool
    country: str | None
    year: int | None
    max_bytes: int | None


@dataclass
class Done:
    """What a worker sends back: a final result (skip or failure) or a bundle to write."""

    index: int
    result: IngestResult | None = None
    bundle: Bundle | None = None
    wanted_id: str | None = None     # default_doc_id of the source (before unique_doc_id)
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)  # the reader's reservations (a cut-off page)


# -- the worker side ---------------------------------------------------------------------
_worker_store: Store | None = None
_worker_nlp: Any = None


def _init_worker(db_url: str, preload_model: bool) -> None:
    """Pool initializer: this worker's (read-only) store; the spaCy model, loaded once
    per worker — here when ``preload_model``, else on the first file that needs it (a
    re-ingest of unchanged files never loads it)."""
    global _worker_store, _worker_nlp
    _worker_store = Store(db_url)
    if preload_model:
        _worker_nlp = _nlp()


def _nlp() -> Any:
    global _worker_nlp
    if _worker_nlp is None:
        from ..extract.annotate import load_nlp

        _worker_nlp = load_nlp()
    return _worker_nlp


def failed_result(path: Path | str, err: RightsledgerError) -> IngestResult:
    """The ``IngestResult`` of a file that failed with ``err``, the error given the file's path."""
    if err.path is None:
        err = RightsledgerError(err.code, path=path, **err.fields)
    return IngestResult(str(path), "failed", error=str(err), code=err.code.code)


def _work(task: Task) -> Done:
    """read → skip checks → pipeline, in a worker process (never raises)."""
    from ..read import read_path
    from .pipeline import DEFAULT_MAX_BYTES, default_doc_id, process_source

    t0 = time.perf_counter()
    path = Path(task.path)
    store = _worker_store
    assert store is not None, "worker not initialised"
    try:
        if not path.exists():
            raise RightsledgerError(Code.NOT_FOUND, path=path)
        key = str(path.resolve())
        source = read_path(path, max_bytes=task.max_bytes or DEFAULT_MAX_BYTES)
        existing = store.find_by_path(key)
        if existing and not task.force and existing["sha256"] == source.sha256 \
                and existing["pipeline_version"] == PIPELINE_VERSION:
            return Done(task.index, IngestResult(str(path), "unchanged", existing["id"]))
        if not existing and not task.force:
            twin = store.find_by_sha(source.sha256)
            if twin:
                return Done(task.index, IngestResult(str(path), "duplicate", twin))
        wanted = default_doc_id(source, country=task.country, year=task.year)
        doc_id = existing["id"] if existing else store.unique_doc_id(wanted, key)
        source.path = key
        bundle = process_source(source, doc_id, country=task.country, year=task.year,
                                nlp=_nlp())
    except RightsledgerError as err:
        return Done(task.index, failed_result(path, err))
    except Exception as exc:  # a bug must not stop the batch
        return Done(task.index, failed_result(path, RightsledgerError(
            Code.PIPELINE, path=path, detail=f"{type(exc).__name__}: {exc}")))
    return Done(task.index, bundle=bundle, wanted_id=wanted, seconds=time.perf_counter() - t0,
                 warnings=list(source.warnings))


# -- the parent side ---------------------------------------------------------------------
def write_bundle(store: Store, task: Task, done: Done) -> IngestResult:
    """Apply ``Ledger.ingest_file``'s rules to a processed bundle and save it."""
    if done.result is not None:
        return done.result
    bundle = done.bundle
    assert bundle is not None and done.wanted_id is not None
    t0 = time.perf_counter()
    path = task.path
    try:
        key = bundle.path
        sha = bundle.document.sha256
        existing = store.find_by_path(key)
        if existing and not task.force and existing["sha256"] == sha \
                and existing["pipeline_version"] == PIPELINE_VERSION:
            return IngestResult(path, "unchanged", existing["id"])
        if not existing and not task.force:
            twin = store.find_by_sha(sha)
            if twin:
                return IngestResult(path, "duplicate", twin)
        doc_id = existing["id"] if existing else store.unique_doc_id(done.wanted_id, key)
        rename_bundle(bundle, doc_id)
        twin_of = store.find_rendition(bundle.document.country, bundle.document.year, bundle.text, key)
        doc_id = store.save(bundle, PIPELINE_VERSION, rendition_of=twin_of) or bundle.document.id
    except RightsledgerError as err:
        return failed_result(path, err)
    except Exception as exc:
        return failed_result(path, RightsledgerError(Code.DATABASE, path=path,
                                               detail=f"{type(exc).__name__}: {exc}"))
    return IngestResult(path, "replaced" if existing else "ingested", doc_id, counts=bundle_counts(bundle),
                        seconds=done.seconds + time.perf_counter() - t0, warnings=done.warnings)


def resolve_store(db: Any) -> Store:
    """The ``Store`` that ``db`` is, holds (a ``Ledger``) or names (a URL or path)."""
    if isinstance(db, Store):
        return db
    if isinstance(getattr(db, "store", None), Store):  # a Ledger
        return db.store
    return Store(db)


def _worker_url(store: Store) -> str:
    """The store's URL as a worker sees it (a relative SQLite path made absolute)."""
    url = store.engine.url
    if store.is_sqlite and url.database and url.database != ":memory:" \
            and not Path(url.database).is_absolute():
        return url.set(database=str(Path(url.database).resolve())).render_as_string(hide_password=False)
    return url.render_as_string(hide_password=False)


WARM_UP_TEXT = (
    "2022 Country Report on Human Rights Practices: Veridia\n\n"
    "Section 1. Respect for the Integrity of the Person\n\n"
    "a. Arbitrary or Unlawful Deprivation of Life\n\n"
    "On March 3, police in Port Amsel detained journalist Ana Brell, according to Human "
    "Rights Watch. Approximately 240 persons were arrested in Kazakhstan and Germany in "
    "late December 2021. The law allows detention without charge for up to 72 hours and "
    "provides for fines of 5,000 euros ($5,400).\n"
)


def warm_up() -> None:
    """Load the model and everything the pipeline loads on first use (gazetteers, country
    tables, compiled patterns) by processing a short text. Done in the parent before the
    pool forks, every worker starts warm and shares those pages with the parent — instead
    of each paying the same start-up (seconds) again."""
    from ..extract.annotate import load_nlp
    from ..read import Source
    from .pipeline import process_source

    src = Source("warm-up.txt", WARM_UP_TEXT, "txt", WARM_UP_TEXT.splitlines()[0], "Veridia",
                 None, 2022, "0" * 64)
    process_source(src, "warm-up", nlp=load_nlp())


def _mp_context(name: str | None) -> multiprocessing.context.BaseContext:
    """``fork`` on Linux (workers inherit the parent's warm pipeline), else ``spawn``."""
    if name:
        return multiprocessing.get_context(name)
    if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def ingest_parallel(db: Any, paths: Iterable[str | os.PathLike[str]], *,
                    workers: int | None = None, force: bool = False,
                    country: str | None = None, year: int | None = None,
                    max_bytes: int | None = None,
                    progress: Callable[[IngestResult], None] | None = None,
                    ordered: bool = True, window: int | None = None,
                    mp_context: str | None = None,
                    preload_model: bool = True) -> list[IngestResult]:
    """Ingest files, folders and globs with ``workers`` processes; results in input order.

    ``db`` is a path or URL, a :class:`Store` or a :class:`Ledger`. ``progress`` is called
    in the parent once per file, when its result is final. ``window`` bounds how many
    files are in flight or waiting to be written (default ``4 × workers``), and so the
    memory held by finished bundles. ``workers=1`` runs in this process (no pool).

    ``mp_context``: the start method (default ``fork`` on Linux: the parent warms the
    pipeline up once — :func:`warm_up`, a few seconds — and every worker inherits it;
    ``"forkserver"`` or ``"spawn"`` when the caller runs threads that must not be forked,
    each worker then loading the model itself). ``preload_model=False`` skips the warm-up
    (workers load the model when a file first needs it: right for re-ingesting files that
    are mostly unchanged).
    """
    store = resolve_store(db)
    files = expand_paths(paths)
    tasks = [Task(i, str(p), force, country, year, max_bytes) for i, p in enumerate(files)]
    workers = max(1, min(workers or default_workers(), len(tasks) or 1))
    results: list[IngestResult | None] = [None] * len(tasks)

    def finish(task: Task, done: Done) -> None:
        res = write_bundle(store, task, done)
        results[task.index] = res
        if progress is not None:
            progress(res)

    if workers == 1 or len(tasks) <= 1:
        return ingest_serially(store, tasks, progress)

    window = max(workers, window or 4 * workers)
    ctx = _mp_context(mp_context)
    if ctx.get_start_method() == "fork" and preload_model:
        warm_up()
    pending = list(reversed(tasks))          # to submit, next at the end
    ready: dict[int, Done] = {}             # finished, waiting for their turn to be written
    broken: list[Task] = []                 # held by a worker that died
    cursor = 0                               # next index to write (ordered mode)
    in_flight: dict[Future[Done], Task] = {}

    db_url = _worker_url(store)

    def new_pool(n: int) -> ProcessPoolExecutor:
        # no pooled connection of the parent's may be inherited by a forked worker (a
        # child closing a PostgreSQL socket would close it for the parent too)
        store.engine.dispose()
        return ProcessPoolExecutor(max_workers=n, mp_context=ctx, initializer=_init_worker,
                                   initargs=(db_url, preload_model))

    def flush() -> None:
        nonlocal cursor
        if ordered:
            while cursor < len(tasks) and cursor in ready:
                finish(tasks[cursor], ready.pop(cursor))
                cursor += 1
        else:
            for i in sorted(ready):
                finish(tasks[i], ready.pop(i))

    pool = new_pool(workers)
    try:
        while pending or in_flight:
            while pending and len(in_flight) + len(ready) < window:
                t = pending.pop()
                try:
                    in_flight[pool.submit(_work, t)] = t
                except BrokenProcessPool:
                    pending.append(t)
                    break
            if not in_flight:  # the pool broke while submitting
                pool.shutdown(wait=False, cancel_futures=True)
                pool = new_pool(workers)
                continue
            done_set, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            collect(done_set, in_flight, ready, broken)
            if broken and not in_flight:
                pool.shutdown(wait=False, cancel_futures=True)
                for t in sorted(broken, key=lambda t: t.index):   # one at a time: find the culprit
                    ready[t.index] = _isolated(new_pool, t)
                broken.clear()
                pool = new_pool(workers)
            flush()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    flush()
    return [r for r in results if r is not None]


def ingest_serially(store: Store, tasks: list[Task],
                    progress: Callable[[IngestResult], None] | None) -> list[IngestResult]:
    """One worker or one file: no pool is worth its start-up, so the files are ingested here, in
    order, by :func:`ingest_file` (the same rules the parent applies to the pool's bundles)."""
    results: list[IngestResult | None] = [None] * len(tasks)
    for task in tasks:
        res = ingest_file(store, task.path, force=task.force, country=task.country, year=task.year,
                          max_bytes=task.max_bytes)
        results[task.index] = res
        if progress is not None:
            progress(res)
    return [r for r in results if r is not None]


def collect(done_set: set[Future[Done]], in_flight: dict[Future[Done], Task], ready: dict[int, Done],
            broken: list[Task]) -> None:
    """Move the finished futures out of ``in_flight``: a result waits in ``ready`` for its turn to be
    written; a task whose worker died goes to ``broken`` (retried alone, to find the culprit); any
    other exception (pickling trouble and the like) is that file's failure, and the batch goes on."""
    for fut in done_set:
        t = in_flight.pop(fut)
        try:
            ready[t.index] = fut.result()
        except BrokenProcessPool:
            broken.append(t)
        except Exception as exc:  # pickling trouble and the like
            ready[t.index] = Done(t.index, failed_result(t.path, RightsledgerError(
                Code.PIPELINE, path=t.path, detail=f"{type(exc).__name__}: {exc}")))


def _isolated(new_pool: Callable[[int], ProcessPoolExecutor], task: Task) -> Done:
    with new_pool(1) as pool:
        try:
            return pool.submit(_work, task).result()
        except BrokenProcessPool:
            return Done(task.index, failed_result(task.path, RightsledgerError(
                Code.PIPELINE, path=task.path, detail="the worker process died on this file")))
