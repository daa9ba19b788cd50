"""The event typer's training rows from the gold: each gold file's report run through the pipeline,
the typer's features of every event collected while it runs (:mod:`rightsledger.extract.events.learned.typemodel`),
the events that match a gold event kept with the gold type (:class:`TypedEvent`), cached per report,
and each one's sentence embedded. :mod:`.reviewed` makes rows of a database's reviewed events with
the same :func:`labelled_events`."""
from __future__ import annotations

import hashlib
import pickle
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable

from ..evaluation import evaluate as ev

if TYPE_CHECKING:
    from ...records import Event


@dataclass
class TypedEvent:
    """One predicted event matched to a gold event: the rules' type, its features (per feature
    version), the gold type, its sentence (evidence text, whose embedding the typer may weigh)
    and section group."""
    doc: str
    rule_type: str
    features: dict[str, list[str]]
    gold_type: str
    text: str = ""
    group: str = ""
    vec: Any = None
    #: The gold record it matched: (evidence start, evidence end, date), to join other typings
    #: of the same gold event (a first run's, :mod:`.first_run_types`).
    gold: tuple[int, int, str] | None = None
    #: The type the rules gave this gold event on their first run (None: no first run matched it).
    first_type: str | None = None


def typed_events(paths: Iterable[Path], cache: Path | None = None) -> list[TypedEvent]:
    """Run the pipeline on each gold file's report, collecting the typer's features of every
    event, and keep the events that match a gold event (same date, overlapping evidence). With
    ``cache`` (a folder), each report's events are kept there under a key of its gold file, its
    text and the code that makes them (:func:`_cache_key`), and read back while all three stay."""
    from ...run.pipeline import process

    out: list[TypedEvent] = []
    for path in sorted(paths):
        gold = ev.load_jsonl(path)
        scope = gold[0] if gold and gold[0].get("kind") == "scope" else {}
        text = ev.text_path(scope) if scope else None
        if text is None:
            continue
        hit = cache / f"{path.stem}-{_cache_key(path, text)}.pkl" if cache is not None else None
        if hit is not None and hit.is_file():
            out += pickle.loads(hit.read_bytes())
            continue
        rows = [t for t, _ in labelled_events(path.stem, lambda text=text: process(text).events,
                                              [g for g in gold if g.get("kind") == "event"], scope)]
        if hit is not None:
            hit.parent.mkdir(parents=True, exist_ok=True)
            for old in hit.parent.glob(f"{path.stem}-*.pkl"):
                old.unlink()
            hit.write_bytes(pickle.dumps(rows))
        out += rows
    return embed_events(out)


def _cache_key(gold: Path, text: Path) -> str:
    """A digest of the gold file, the report and every source and data file of the rooms that make
    an event (read, structure, extract, run) and the version: any change makes a new key."""
    from ... import version

    root = Path(__file__).resolve().parents[2]
    h = hashlib.sha256(version.PIPELINE_VERSION.encode())
    for p in [gold, text, *sorted(f for room in ("read", "structure", "extract", "run")
                                  for f in (root / room).rglob("*") if f.suffix in (".py", ".toml", ".json"))]:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def labelled_events(group: str, extract: Callable[[], list[Event]], labels: list[dict[str, Any]],
                    scope: dict[str, Any] | None = None) -> list[tuple[TypedEvent, dict[str, Any]]]:
    """The events ``extract()`` finds (in ``scope``), with the typer's features collected while it
    runs, each paired with the record of ``labels`` it matches (same date, overlapping evidence:
    the evaluation's event match), labelled with that record's type; ``group`` is the
    cross-validation group (one per report). Events whose features were not collected are left
    out. Gold records and reviewed records are turned into training rows by this one function."""
    from ...extract.events.learned import typemodel

    with typemodel.collecting() as rows:
        events = extract()
    feats = {eid: (rt, f) for eid, rt, f in rows}
    pred = [{**e.as_dict(), "kind": "event"} for e in events]
    if scope:
        pred = [p for p in pred if ev.in_scope(p, scope)]
    _, pairs, _, _ = ev.match_records(pred, labels, lambda p, g: p["date"] == g["date"]
                               and ev.overlap(p["evidence"], g["evidence"]))
    out = []
    for p, g in pairs:
        if p["id"] in feats:
            rt, f = feats[p["id"]]
            out.append((TypedEvent(group, rt, f, g["type"], p["evidence"]["text"],
                                   typemodel.section_group(p.get("section")),
                                   gold=(g["evidence"]["start"], g["evidence"]["end"], g["date"])), g))
    return out


def embed_events(events: list[TypedEvent]) -> list[TypedEvent]:
    """``events`` with the embedding of each one's sentence (``vec``), embedded in one batch."""
    from ...extract.embeddings.sentences import embed_texts

    for e, v in zip(events, embed_texts([e.text for e in events])):
        e.vec = v
    return events
