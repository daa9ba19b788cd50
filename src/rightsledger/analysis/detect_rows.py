"""The event detector's candidate rows, built from first-run events (``first_run_types.jsonl``).

The rules' decision on unseen text is the first run of a dev report: which sentences got an event
and which did not, before any rule was written on it. Two row kinds per report (t-detect1's
design, rebuilt in round t-detect2):

* ``drop``: each first-run event inside the gold's scope; label: the evaluator's event match (same
  date, overlapping evidence, greedy one-to-one in the rows' order) finds it in today's gold;
* ``add``: each sentence inside the scope no first-run event overlaps; the event it would add is
  dated by the sentence's first date mention, else the report year; label: a gold event no
  first-run event matched overlaps the sentence with that date.

Features are categorical parse facts that carry across reports (no trigger-table feature: today's
table was partly written on these reports), computed by the pipeline's own stage
(:mod:`..extract.events.detector`) so that rows and the shipped model see the same features. A report is parsed once with today's ``annotate`` and
its sentences' features (never their text) are pickled under a cache folder outside the repository.
"""
from __future__ import annotations

import json
import pickle
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from ..extract.events.detector import drop_features, sentence_features
from . import evaluate as ev

@dataclass
class Sent:
    """One sentence of a report: its span, section group and features; the date its added event
    would take (``date``, from the first date mention, else the report year)."""
    start: int
    end: int
    group: str
    feats: list[str]
    date: str


@dataclass
class Report:
    """A report's sentences (features only), its first-run events and its gold events in scope."""
    doc: str
    year: int
    sents: list[Sent]
    first: list[dict[str, Any]]
    gold: list[dict[str, Any]]
    ranges: list[tuple[str, int, int]] = field(default_factory=list)

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


def parse_report(gold_path: Path, first_rows: list[dict[str, Any]]) -> Report:
    """Parse the gold's report with today's ``structure`` and ``annotate``; keep features only."""
    from ..extract.annotate import annotate, load_nlp
    from ..read import read_path
    from ..run.pipeline import make_document
    from ..structure import outline

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
    rep = Report(gold_path.stem, year, [], [], [], ranges)
    for ap in ann.paragraphs:
        for s, e, span in ap.sentence_spans():
            if not ev._in_scope({"kind": "event", "evidence": {"start": s}}, scope):
                continue
            g = rep.group_at(s)
            feats, date = sentence_features(span, source.text[s:e], g, year)
            rep.sents.append(Sent(s, e, g, feats, date))
    rep.first = [{"date": r["date"], "evidence": {"start": r["start"], "end": r["end"]}, "type": r["type"]}
                 for r in first_rows if r["doc"] == rep.doc]
    rep.gold = [{"date": g["date"], "evidence": {"start": g["evidence"]["start"], "end": g["evidence"]["end"]}}
                for g in records[1:] if g.get("kind") == "event" and ev._in_scope(g, scope)]
    return rep


def cached_report(gold_path: Path, first_rows: list[dict[str, Any]], cache: Path) -> Report:
    """:func:`parse_report`, pickled in ``cache`` (outside the repository) by report."""
    cache.mkdir(parents=True, exist_ok=True)
    f = cache / f"{gold_path.stem}.pkl"
    if f.is_file():
        return pickle.loads(f.read_bytes())
    rep = parse_report(gold_path, first_rows)
    f.write_bytes(pickle.dumps(rep))
    return rep


def _same(p: dict[str, Any], g: dict[str, Any]) -> bool:
    return p["date"] == g["date"] and ev._overlap(p["evidence"], g["evidence"])


def _sent_of(rep: Report, offset: int) -> Sent | None:
    return next((s for s in rep.sents if s.start <= offset < s.end), None)


def rows(rep: Report) -> list[Row]:
    """The report's ``drop`` and ``add`` rows, labelled against its gold (see the module's docstring)."""
    _, pairs, _, missed = ev._match(rep.first, rep.gold, _same)
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
    """The first-run events without those at ``drop``, then an event per sentence at ``add``."""
    gone = set(drop)
    out = [p for i, p in enumerate(rep.first) if i not in gone]
    out += [{"date": rep.sents[j].date, "evidence": {"start": rep.sents[j].start, "end": rep.sents[j].end},
             "type": "other"} for j in add]
    return out


def counts(rep: Report, events: list[dict[str, Any]]) -> dict[str, tuple[int, int, int]]:
    """Event TP/FP/FN of ``events`` against the report's gold, all (``all``) and per section group
    (records placed by their evidence start, as the evaluator's group scopes do)."""
    out: dict[str, tuple[int, int, int]] = {}
    prf, _, _, _ = ev._match(events, rep.gold, _same)
    out["all"] = (prf.tp, prf.fp, prf.fn)
    for g in sorted({r[0] for r in rep.ranges}):
        pe = [e for e in events if rep.group_at(e["evidence"]["start"]) == g]
        ge = [e for e in rep.gold if rep.group_at(e["evidence"]["start"]) == g]
        prf, _, _, _ = ev._match(pe, ge, _same)
        out[g] = (prf.tp, prf.fp, prf.fn)
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
