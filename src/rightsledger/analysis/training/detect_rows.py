"""The event detector's candidate rows, built from first-run events (``first_run_types.jsonl``).

The rules' decision on unseen text is the first run of a dev report: which sentences got an event
and which did not, before any rule was written on it. Two row kinds per report (t-detect1's
design, rebuilt in round t-detect2):

* ``drop``: each first-run event inside the gold's scope; label: the evaluator's event match (same
  date, overlapping evidence, greedy one-to-one in the rows' order) finds it in today's gold;
* ``add``: each sentence inside the scope no first-run event overlaps; the event it would add is
  dated by the sentence's first date mention, else the report year; label: a gold event no
  first-run event matched overlaps the sentence with that date.

The reference may instead be an exports folder (``evaluate --save-predictions DIR``; round
t-detect3, the amended rule of docs/EVALUATION.md "The event detector": today's rules' output on
the first-run reports): :func:`reference_rows` reads its events in scope as the first-run rows
are read, and ``parse_report(..., typed=True)`` also runs today's entities and events to record the
type the pipeline would give an event added on each sentence, and the typer's probability of it
(:func:`..extract.events.learned.detector.capturing`), for typed-event F1 and the typed candidates.

Features are categorical parse facts that carry across reports (no trigger-table feature: today's
table was partly written on these reports), computed by the pipeline's own stage
(:mod:`..extract.events.learned.detector`) so that rows and the shipped model see the same features. A report is parsed once with today's ``annotate`` and
its sentences' features (never their text) are pickled under a cache folder outside the repository.
"""
from __future__ import annotations

import json
import pickle
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from ...extract.events.learned.detector import drop_features, sentence_features
from ..evaluation import evaluate as ev

@dataclass
class Sent:
    """One sentence of a report: its span, section group and features; the date its added event
    would take (``date``, from the first date mention, else the report year)."""
    start: int
    end: int
    group: str
    feats: list[str]
    date: str
    atype: str = "other"  # the type of the event the pipeline would add here (typed parses only)
    aprob: float = 0.0  # the typer's probability of ``atype``


@dataclass
class Report:
    """A report's sentences (features only), its first-run events and its gold events in scope."""
    doc: str
    year: int
    sents: list[Sent]
    first: list[dict[str, Any]]
    gold: list[dict[str, Any]]
    ranges: list[tuple[str, int, int]] = field(default_factory=list)
    typed: bool = False  # sentences carry the added event's type (``parse_report(typed=True)``)

    def group_at(self, offset: int) -> str:
        return next((g for g, a, b in self.ranges if a <= offset < b), "other")


@dataclass
class Row:
    """One candidate decision: ``kind`` drop (index into ``first``) or add (index into ``sents``)."""
    doc: str
    kind: str
    index: int
    group: str
    feats: list[str]
    label: bool


def _scope_ranges(scope: dict[str, Any]) -> list[tuple[str, int, int]]:
    names = str(scope.get("sections", "")).split(",")
    ranges = scope.get("ranges") or [[scope.get("start", 0), scope.get("end", 1 << 62)]]
    if len(names) != len(ranges):
        names = ["all"] * len(ranges)
    return [(n, a, b) for n, (a, b) in zip(names, ranges)]


def parse_report(gold_path: Path, first_rows: list[dict[str, Any]], typed: bool = False) -> Report:
    """Parse the gold's report with today's ``structure`` and ``annotate``; keep features only.
    ``typed``: also the type (and its typer probability) of the event the pipeline would add on
    each sentence no event of today's rules overlaps."""
    from ...extract.annotate import annotate, load_nlp
    from ...read import read_path
    from ...run.pipeline import make_document
    from ...structure import outline

    records = ev.load_jsonl(gold_path)
    scope = records[0]
    path = ev.text_path(scope)
    if path is None:
        raise FileNotFoundError(scope["file"])
    source = read_path(path)
    document = make_document(source, gold_path.stem)
    year = int(document.year or 0)
    ann = annotate(source.text, document, outline(source.text, gold_path.stem), load_nlp())
    ranges = _scope_ranges(scope)
    rep = Report(gold_path.stem, year, [], [], [], ranges, typed)
    added: dict[int, tuple[str, float]] = {}
    if typed:
        from ...extract.entities import extract_entities
        from ...extract.events import extract_events
        from ...extract.events.learned import detector

        with detector.capturing() as cap:
            extract_events(ann, extract_entities(ann))
        added = {c[0]: (c[3], c[4]) for c in cap}
    for ap in ann.paragraphs:
        for s, e, span in ap.sentence_spans():
            if not ev.in_scope({"kind": "event", "evidence": {"start": s}}, scope):
                continue
            g = rep.group_at(s)
            feats, date = sentence_features(span, source.text[s:e], g, year)
            atype, aprob = added.get(s, ("other", 0.0))
            rep.sents.append(Sent(s, e, g, feats, date, atype, aprob))
    rep.first = [{"date": r["date"], "evidence": {"start": r["start"], "end": r["end"]}, "type": r["type"]}
                 for r in first_rows if r["doc"] == rep.doc]
    rep.gold = [{"date": g["date"], "evidence": {"start": g["evidence"]["start"], "end": g["evidence"]["end"]},
                 "type": g.get("type", "other")}
                for g in records[1:] if g.get("kind") == "event" and ev.in_scope(g, scope)]
    return rep


def cached_report(gold_path: Path, first_rows: list[dict[str, Any]], cache: Path, typed: bool = False) -> Report:
    """:func:`parse_report`, pickled in ``cache`` (outside the repository) by report; the
    reference events (``first_rows``) are set afresh, so one cache serves any reference."""
    cache.mkdir(parents=True, exist_ok=True)
    f = cache / f"{gold_path.stem}.pkl"
    if f.is_file():
        rep = pickle.loads(f.read_bytes())
        if not typed or rep.typed:
            rep.first = [{"date": r["date"], "evidence": {"start": r["start"], "end": r["end"]}, "type": r["type"]}
                         for r in first_rows if r["doc"] == rep.doc]
            return rep
    rep = parse_report(gold_path, first_rows, typed)
    f.write_bytes(pickle.dumps(rep))
    return rep


def reference_rows(pred_dir: Path, gold_paths: Iterable[Path]) -> list[dict[str, Any]]:
    """The events in scope of the exports in ``pred_dir`` (one ``<gold stem>.jsonl`` per report,
    as ``evaluate --save-predictions`` writes them) as first-run rows (doc, commit, start, end,
    date, type; commit ``reference``): the reference the detector's rows are built on instead of
    ``first_run_types.jsonl``. Dev gold only."""
    from .first_run_types import rows_from_predictions

    return rows_from_predictions(pred_dir, "reference", list(gold_paths))


def first_run_docs() -> set[str]:
    """Every report with a recorded first run (``first_runs.jsonl``, the confidence rows): with a
    reference exports folder, rows can be built for each, typings recorded or not."""
    from .first_runs import load_rows

    return {r["doc"] for r in load_rows()}


def _same(p: dict[str, Any], g: dict[str, Any]) -> bool:
    return p["date"] == g["date"] and ev.overlap(p["evidence"], g["evidence"])


def _sent_of(rep: Report, offset: int) -> Sent | None:
    return next((s for s in rep.sents if s.start <= offset < s.end), None)


def rows(rep: Report) -> list[Row]:
    """The report's ``drop`` and ``add`` rows, labelled against its gold (see the module's docstring)."""
    _, pairs, _, missed = ev.match_records(rep.first, rep.gold, _same)
    matched = {id(p) for p, _ in pairs}
    out: list[Row] = []
    per_sent: dict[int, int] = {}
    for p in rep.first:
        s = _sent_of(rep, p["evidence"]["start"])
        if s is not None:
            per_sent[s.start] = per_sent.get(s.start, 0) + 1
    for i, p in enumerate(rep.first):
        s = _sent_of(rep, p["evidence"]["start"])
        g = rep.group_at(p["evidence"]["start"])
        feats = drop_features(s.feats if s else ["bias", "nosent"], g, p["type"], p["date"], rep.year,
                              per_sent.get(s.start, 1) if s else 1)
        out.append(Row(rep.doc, "drop", i, g, feats, id(p) in matched))
    for j, s in enumerate(rep.sents):
        if any(p["evidence"]["start"] < s.end and s.start < p["evidence"]["end"] for p in rep.first):
            continue
        ev_ = {"date": s.date, "evidence": {"start": s.start, "end": s.end}}
        out.append(Row(rep.doc, "add", j, s.group, s.feats, any(_same(ev_, g) for g in missed)))
    return out


def changed_export(rep: Report, drop: Iterable[int], add: Iterable[int]) -> list[dict[str, Any]]:
    """The first-run events without those at ``drop``, then an event per sentence at ``add`` (typed
    as the pipeline would type it on a typed parse, else ``other``)."""
    gone = set(drop)
    out = [p for i, p in enumerate(rep.first) if i not in gone]
    out += [{"date": rep.sents[j].date, "evidence": {"start": rep.sents[j].start, "end": rep.sents[j].end},
             "type": rep.sents[j].atype} for j in add]
    return out


def typed_counts(tp: int, fp: int, fn: int, right: int) -> tuple[int, int, int]:
    """Counts whose F1 is the typed-event F1 (matched events with the gold's type, twice, over
    predicted plus gold events): a match typed otherwise counts as a false event and a miss."""
    return right, fp + tp - right, fn + tp - right


def counts(rep: Report, events: list[dict[str, Any]], typed: bool = False) -> dict[str, tuple[int, int, int]]:
    """Event TP/FP/FN of ``events`` against the report's gold, all (``all``) and per section group
    (records placed by their evidence start, as the evaluator's group scopes do); ``typed``: the
    :func:`typed_counts`."""
    out: dict[str, tuple[int, int, int]] = {}

    def one(pe: list[dict[str, Any]], ge: list[dict[str, Any]]) -> tuple[int, int, int]:
        prf, pairs, _, _ = ev.match_records(pe, ge, _same)
        if typed:
            return typed_counts(prf.tp, prf.fp, prf.fn, sum(p["type"] == g["type"] for p, g in pairs))
        return prf.tp, prf.fp, prf.fn

    out["all"] = one(events, rep.gold)
    for g in sorted({r[0] for r in rep.ranges}):
        out[g] = one([e for e in events if rep.group_at(e["evidence"]["start"]) == g],
                     [e for e in rep.gold if rep.group_at(e["evidence"]["start"]) == g])
    return out


def load_first_rows(path: Path | None = None) -> list[dict[str, Any]]:
    from .first_run_types import load_rows

    return load_rows(path)


def dev_gold(docs: Iterable[str], gold_dir: Path) -> list[Path]:
    """The dev gold files of ``docs`` (test gold is never read)."""
    out = []
    for d in sorted(set(docs)):
        p = gold_dir / f"{d}.jsonl"
        if p.is_file() and json.loads(p.open(encoding="utf-8").readline()).get("split") == "dev":
            out.append(p)
    return out
