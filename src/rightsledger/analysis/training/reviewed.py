"""The event typer's training rows from the people's reviews stored in a database.

``rightsledger train --db URL`` adds to the dev gold every event a person reviewed in that
database (:mod:`rightsledger.store.review`), labelled with the type the person left on it:

* ``corrected``: the corrected type (a correction of another field keeps the type the person saw
  and left);
* ``confirmed``: the machine's type, confirmed;
* ``added``: the type of the event the person added;
* ``rejected`` events are left out: a rejection says the sentence states no event (or not this
  one), not which type it has, and the typer is never asked to type a non-event (what is an event
  is decided by the rules before it); the gold path likewise trains only on the machine's events
  that match a gold event. Records nobody reviewed (``machine``) are left out too.

Each reviewed event's features are rebuilt exactly as the gold path builds them
(:func:`.typer_rows.labelled_events`): the stored document text is processed again by the pipeline
(:func:`rightsledger.run.pipeline.process_source`), collecting the typer's features of every
event, and the reviewed event takes the features of the machine's event it matches (same date,
overlapping evidence, as a gold event does; a correction is matched by the machine's original
date and evidence). A reviewed event no machine event matches (an added event on a sentence
where the machine dated nothing, or at another date) gives no row, and is counted.

Each document is a cross-validation group of its own. A document that is a gold report (the
same file: its sha256) joins that gold report's group; its reviewed events inside the gold
file's scope are left out, the gold wins (counted as deduplicated), and those outside the scope
are kept. A document that is a *test* gold report is never trained on (docs/EVALUATION.md).
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable

from ...errors import RightsledgerError
from ...store import Store, database_url, review
from ..evaluation import evaluate as ev
from .typer_rows import TypedEvent, embed_events, labelled_events, typed_events

if TYPE_CHECKING:
    from ...records import Document, Event

#: The review statuses whose events are training rows (see the module's docstring).
USED = ("corrected", "confirmed", "added")


@dataclass
class ReviewedDoc:
    """What one stored document gave: rows used per status, what was left out and why."""

    doc: str
    group: str
    used: dict[str, int] = field(default_factory=dict)
    rejected: int = 0
    unmatched: int = 0
    duplicates: int = 0
    gold: str | None = None
    skipped: str | None = None

    def line(self) -> str:
        if self.skipped:
            return f"{self.doc}: skipped, {self.skipped}"
        used = ", ".join(f"{self.used.get(s, 0)} {s}" for s in USED)
        out = f"{self.doc}: reviewed events used: {used}"
        if self.rejected:
            out += f"; {self.rejected} rejected left out"
        if self.unmatched:
            out += f"; {self.unmatched} matched no event of the machine (no features)"
        if self.gold:
            out += f"; dev gold report {self.gold}: {self.duplicates} in its gold's scope left out (gold wins)"
        return out


@dataclass
class Reviewed:
    """The training rows of a database's reviewed events and, per document, how they came."""

    events: list[TypedEvent] = field(default_factory=list)
    docs: list[ReviewedDoc] = field(default_factory=list)
    note: str | None = None

    @property
    def duplicates(self) -> int:
        return sum(d.duplicates for d in self.docs)

    def lines(self) -> list[str]:
        """One line per document, then the totals."""
        if self.note:
            return [self.note]
        out = [d.line() for d in self.docs]
        used = {s: sum(d.used.get(s, 0) for d in self.docs) for s in USED}
        out.append(f"reviewed events added to the training data: {len(self.events)} ("
                   + ", ".join(f"{n} {s}" for s, n in used.items())
                   + f") from {sum(1 for d in self.docs if d.used)} documents; "
                   f"{self.duplicates} deduplicated against the dev gold (gold wins)")
        return out


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def gold_reports(paths: Iterable[Path]) -> dict[str, tuple[str, dict[str, Any]]]:
    """sha256 of each gold file's report (the raw file, as ``Document.sha256``) -> (gold file's
    stem, its scope line); gold files whose report is not available are left out."""
    out: dict[str, tuple[str, dict[str, Any]]] = {}
    for path in paths:
        gold = ev.load_jsonl(path)
        scope = gold[0] if gold and gold[0].get("kind") == "scope" else {}
        text = ev.text_path(scope) if scope else None
        if text is not None:
            out[_sha256(text)] = (path.stem, scope)
    return out


def _no_database(db: str | None) -> str | None:
    """Why ``db`` is not read (a SQLite file that does not exist: it is not created), or None."""
    url = database_url(db)
    if url.startswith("sqlite:///") and ":memory:" not in url:
        path = Path(url[len("sqlite:///"):])
        if not path.is_file():
            return f"no database at {path}: the typer is trained on the dev gold only"
    return None


def _reviewed_records(store: Store) -> dict[str, list[tuple[str, dict[str, Any], dict[str, Any] | None]]]:
    """Per document: (status, current record, machine's original) of every reviewed event."""
    out: dict[str, list[tuple[str, dict[str, Any], dict[str, Any] | None]]] = {}
    with store.reading() as conn:
        rows = review.review_rows(conn)
        for address, row in sorted(rows.items()):
            kind, doc = review.kind_of(address)
            if kind != "event" or doc is None:
                continue
            try:
                _, rec = review.load(conn, address)
            except RightsledgerError:  # a review whose record is gone (its document deleted)
                continue
            machine = json.loads(row["machine"]) if row["machine"] else None
            out.setdefault(rec["doc"], []).append((row["status"], rec, machine))
    return out


def _events_of(d: Document, text: str) -> Callable[[], list[Event]]:
    """A function giving the events of the document ``d`` (stored text ``text``) processed again:
    the gold path's ``process`` on the stored text and metadata."""
    from ...read import Source
    from ...run.pipeline import process_source

    doc = d.id
    source = Source(path=d.source or doc, text=text, format=d.format, title=d.title, country=d.country,
                    country_code=d.country_code, year=d.year, sha256=d.sha256)
    return lambda: process_source(source, doc, country=d.country, year=d.year).events


def reviewed_events(db: str | None, dev: Iterable[Path], test: Iterable[Path] | None = None) -> Reviewed:
    """The typer's training rows of every reviewed event stored in ``db`` (a path or URL; None:
    the configured database), deduplicated against the dev gold files ``dev`` and never from a
    report of the test gold files ``test`` (default: every test gold file)."""
    if (why := _no_database(db)) is not None:
        return Reviewed(note=why)
    test = [p for p in ev.gold_files() if ev.split_of(p) == "test"] if test is None else list(test)
    dev_gold, test_gold = gold_reports(dev), gold_reports(test)
    store = Store(db)
    out = Reviewed()
    try:
        for doc, records in _reviewed_records(store).items():
            out.docs.append(_document(store, doc, records, dev_gold, test_gold, out.events))
    finally:
        store.dispose()
    embed_events(out.events)
    return out


def _document(store: Store, doc: str, records: list[tuple[str, dict[str, Any], dict[str, Any] | None]],
              dev_gold: dict[str, tuple[str, dict[str, Any]]], test_gold: dict[str, tuple[str, dict[str, Any]]],
              rows: list[TypedEvent]) -> ReviewedDoc:
    """The rows of one document's reviewed events appended to ``rows``; what was used."""
    d = store.document(doc)
    if d.sha256 in test_gold:
        return ReviewedDoc(doc, doc, skipped=f"it is the test gold report {test_gold[d.sha256][0]} "
                           "(never trained on)")
    gold, scope = dev_gold.get(d.sha256, (None, None))
    out = ReviewedDoc(doc, gold or doc, gold=gold)
    labels = []
    for status, rec, machine in records:
        if status == "rejected":
            out.rejected += 1
            continue
        if status not in USED:
            continue
        base = machine or rec  # a correction is found again by the machine's date and evidence
        label = {"kind": "event", "date": base["date"], "evidence": base["evidence"], "type": rec["type"],
                 "status": status}
        if scope is not None and ev.in_scope(label, scope):
            out.duplicates += 1
            continue
        labels.append(label)
    if not labels:
        return out
    text = store.document_text(doc)
    if not text.strip() or len(text) != d.chars:
        out.skipped = (f"its stored text is {'empty' if not text.strip() else 'not the text its records were made on'}"
                       f" ({len(text)} characters, {d.chars} expected): no parse to take features from")
        return out
    try:
        pairs = labelled_events(out.group, _events_of(d, text), labels)
    except (RightsledgerError, OSError) as e:
        out.skipped = f"its stored text could not be processed again ({e})"
        return out
    for typed, label in pairs:
        rows.append(typed)
        out.used[label["status"]] = out.used.get(label["status"], 0) + 1
    out.unmatched = len(labels) - len(pairs)
    return out


def typer_data(dev: list[Path], db: str | None, test: Iterable[Path] | None = None,
               cache: Path | None = None) -> tuple[list[TypedEvent], Reviewed]:
    """The event typer's training data: the dev gold's rows (:func:`.typer_rows.typed_events`, kept in
    ``cache`` when given) followed by the reviewed events of ``db`` (:func:`reviewed_events`), and
    what the database gave."""
    reviews = reviewed_events(db, dev, test)
    return typed_events(dev, cache) + reviews.events, reviews
