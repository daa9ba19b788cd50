"""The second, blind gold files (tests/gold/second/*.jsonl) made to measure inter-annotator
agreement (issue 14, item 1; `rightsledger agree`).

Each is what its builder writes, byte for byte; its scope says ``"annotator": "second"`` and
``"split": "dev"``; it holds offsets into the page's text and no report text. The reports are read
at run time from ../collection (scripts/collection.sh) or ../shared/reports; the tests skip when
a report is absent. `rightsledger
evaluate` never reads this folder.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from rightsledger.analysis.evaluation import evaluate as ev
from rightsledger.read import read_path

from .load_script import load_script

SECOND = Path(__file__).resolve().parent / "gold" / "second"
ROOT = Path(__file__).resolve().parents[1]
#: gold stem -> its build script, found by name (``build_<stem>.py``)
BUILDERS = {p.stem.removeprefix("build_"): p.stem for p in SECOND.glob("build_*.py")}


def _report(file: str) -> Path:
    """Where a scope's ``file`` lives: a page of the collection or a shared report."""
    return ROOT.parent / ("collection" if file.startswith("html/") else "shared/reports") / file


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(params=sorted(BUILDERS), ids=sorted(BUILDERS))
def second(request):
    stem = request.param
    path = SECOND / f"{stem}.jsonl"
    records = _load(path)
    page = _report(records[0]["file"])
    if not page.is_file():
        pytest.skip(f"{records[0]['file']} is absent (../shared, or ../collection via scripts/collection.sh)")
    return stem, path, records, read_path(page).text


def test_evaluate_does_not_read_the_second_gold():
    assert SECOND not in ev.GOLD_DIRS
    assert all(SECOND not in p.parents for p in ev.gold_files())


def test_every_second_gold_file_has_its_builder():
    assert {p.stem for p in SECOND.glob("*.jsonl")} == set(BUILDERS)


def test_second_gold_matches_its_build_script(second):
    stem, path, records, _ = second
    module = load_script(SECOND / f"{BUILDERS[stem]}.py")
    lines = module.DOCS[stem]().lines()
    assert lines == records
    assert "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines) == path.read_text(encoding="utf-8")


def test_second_gold_scope_offsets_and_no_text(second):
    stem, _, records, text = second
    scope = records[0]
    assert scope["kind"] == "scope" and scope["doc"] == stem
    assert scope["split"] == "dev" and scope["annotator"] == "second"
    inside = lambda at: any(a <= at < b for a, b in scope["ranges"])  # noqa: E731
    for r in records[1:]:
        assert "text" not in r.get("evidence", {}), "no report text in a gold file"
        if r["kind"] == "entity":
            assert r["mentions"] and all(inside(s) and text[s:e] for s, e in r["mentions"])
        else:
            s, e = r["evidence"]["start"], r["evidence"]["end"]
            assert inside(s) and 0 <= s < e <= len(text) and text[s:e] == text[s:e].strip()
