"""First-run rows: how the records of dev reports fared before any rule was written on them.

A *first run* is the export of a dev report made by the code of main at the moment its gold was
complete, before anyone changed the extractors because of it (``rightsledger evaluate
--save-predictions DIR`` at that commit). Labelled against the dev gold, its records say how
often the extractors are right on a report they were not written on: the confidence model is
fitted on them (:class:`rightsledger.analysis.training.first_run_fit.FirstRunFit`).

The exports hold report text, which the repository must not: ``data/first_runs.jsonl`` keeps one
row per scored record — ``doc``, the ``commit`` of the first run, ``kind``, the confidence
``features`` (:func:`rightsledger.extract.confidence.features`, categorical) and ``right`` — and
:func:`check_no_text` refuses any string longer than a feature. ``rightsledger first-runs DIR
--commit SHA`` (re)builds the rows of the reports in DIR.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Iterable, Iterator

from ...errors import Code, RightsledgerError
from ...extract import confidence as conf
from . import calibration as cal
from ..evaluation import evaluate as ev

DATA_FILE = Path(__file__).resolve().parent / "data" / "first_runs.jsonl"
#: The longest string a row may hold: features are short ``name=value`` strings (the longest,
#: ``type_precision=asylum_or_citizenship_decision:month``, has 51 characters); anything longer
#: could be report text.
MAX_STRING = 64
#: What a feature looks like: ``bias`` or ``name=value``, the value of three words at most
#: ("qualifier=at least", "orgkind=security force"); a sentence is longer.
FEATURE = re.compile(r"bias|[a-z_]+=[^\s=]+(?: [^\s=]+){0,2}")


def dev_exports(pred_dir: Path, gold_paths: Iterable[Path] | None = None) -> Iterator[tuple[Path, Path]]:
    """(dev gold file, its export in ``pred_dir``) for every dev gold file with an export, in name
    order (all gold files by default). Test gold is never yielded."""
    for path in sorted(gold_paths if gold_paths is not None else ev.gold_files()):
        export = pred_dir / path.name
        if export.is_file() and ev.split_of(path) == "dev":
            yield path, export


def rows_from_predictions(pred_dir: Path, commit: str, gold_paths: Iterable[Path] | None = None
                          ) -> list[dict[str, Any]]:
    """One row per scored record of every dev report with an export in ``pred_dir``
    (``<gold stem>.jsonl``), labelled against its dev gold. Test gold is never read."""
    rows: list[dict[str, Any]] = []
    for path, export in dev_exports(pred_dir, gold_paths):
        s = ev.score_report(ev.load_jsonl(export), ev.load_jsonl(path))
        for rec, ok in s.labels:
            kind = rec.get("kind")
            if kind in conf.KINDS:
                rows.append({"doc": path.stem, "commit": commit, "kind": kind,
                             "features": conf.features(kind, rec), "right": bool(ok)})
    check_no_text(rows)
    return rows


def check_no_text(rows: Iterable[dict[str, Any]]) -> None:
    """Raise when a row holds a string longer than :data:`MAX_STRING` or a feature that is not
    ``name=value`` of three words at most (report text must never reach the repository)."""
    for row in rows:
        feats = row.get("features", [])
        for s in [row.get("doc"), row.get("commit"), row.get("kind"), *feats]:
            if not isinstance(s, str) or len(s) > MAX_STRING:
                raise RightsledgerError(Code.BAD_VALUE, field="first-run row",
                                        detail=f"{str(s)[:20]!r}… ({len(str(s))} characters): report text?")
        bad = next((f for f in feats if not FEATURE.fullmatch(f)), None)
        if bad is not None:
            raise RightsledgerError(Code.BAD_VALUE, field="first-run row",
                                    detail=f"{bad[:20]!r}… is not a feature: report text?")


def merge(existing: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``existing`` with the rows of every report in ``new`` replaced by ``new``'s, by report."""
    docs = {r["doc"] for r in new}
    kept = [r for r in existing if r["doc"] not in docs]
    return sorted(kept + new, key=lambda r: r["doc"])  # stable: a report's rows keep their order


def load_rows(path: Path | None = None) -> list[dict[str, Any]]:
    """The recorded rows (of :data:`DATA_FILE` by default)."""
    path = path or DATA_FILE
    return ev.load_jsonl(path) if path.is_file() else []


def write_rows(rows: list[dict[str, Any]], path: Path | None = None) -> None:
    check_no_text(rows)
    write_jsonl(rows, path or DATA_FILE)


def write_jsonl(rows: list[dict[str, Any]], path: Path) -> None:
    """``rows`` as JSON lines, keys sorted (the data files of first runs)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r, sort_keys=True) + "\n" for r in rows)


def labelled(rows: Iterable[dict[str, Any]]) -> list[cal.Labelled]:
    """The rows as the calibration's :class:`~rightsledger.analysis.training.calibration.Labelled` records."""
    return [cal.Labelled(r["doc"], r["kind"], tuple(r["features"]), bool(r["right"])) for r in rows]


def record(pred_dir: Path, commit: str, path: Path | None = None) -> list[dict[str, Any]]:
    """Rebuild the rows of the reports exported in ``pred_dir`` (first run at ``commit``) in the
    data file; returns the new rows."""
    new = rows_from_predictions(pred_dir, commit)
    write_rows(merge(load_rows(path), new), path)
    return new
