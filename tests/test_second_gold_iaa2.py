"""t-iaa2's blind second annotations (tests/gold/second/, issue 14 item 1) are what their build
scripts produce, byte for byte, and stay out of what ``rightsledger evaluate`` reads.

The reports are third-party text read at run time (../shared, ../collection); the tests skip
when a report is absent.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from rightsledger.read import read_path

SECOND = Path(__file__).resolve().parent / "gold" / "second"
ROOT = Path(__file__).resolve().parents[1]
#: t-iaa2's second annotations: gold stem -> its build script
BUILDERS = {
    "2024_mauritania": "build_2024_mauritania",
    "2010_liberia": "build_2010_liberia",
}


def _report(file: str) -> Path:
    base = ROOT.parent / ("collection" if file.startswith("html/") else "shared/reports")
    return base / file


@pytest.mark.parametrize("stem", sorted(BUILDERS))
def test_second_gold_matches_its_build_script(stem: str):
    path = SECOND / f"{stem}.jsonl"
    if not path.is_file():
        pytest.skip(f"{stem}: no second annotation yet")
    scope = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    if not _report(scope["file"]).is_file():
        pytest.skip(f"{scope['file']} is absent (../shared, or ../collection via scripts/collection.sh)")
    script = BUILDERS[stem]
    spec = importlib.util.spec_from_file_location(script, SECOND / f"{script}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    lines = module.DOCS[stem]().lines()
    built = "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in lines)
    assert built == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("stem", sorted(BUILDERS))
def test_second_gold_scope_and_offsets(stem: str):
    path = SECOND / f"{stem}.jsonl"
    if not path.is_file():
        pytest.skip(f"{stem}: no second annotation yet")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    scope = records[0]
    assert scope["kind"] == "scope" and scope["split"] == "dev"
    assert scope["annotator"] == "second"
    report = _report(scope["file"])
    if not report.is_file():
        pytest.skip(f"{scope['file']} is absent")
    text = read_path(report).text
    ranges = scope["ranges"]

    def inside(at: int) -> bool:
        return any(a <= at < b for a, b in ranges)

    for rec in records[1:]:
        assert "text" not in rec.get("evidence", {}), "no report text in a gold file"
        if rec["kind"] == "entity":
            for s, e in rec["mentions"]:
                assert inside(s) and text[s:e].strip() == text[s:e]
        else:
            ev = rec["evidence"]
            assert inside(ev["start"]) and ev["end"] <= len(text)


def test_evaluate_does_not_read_the_second_annotations():
    """``rightsledger evaluate`` globs tests/gold/shared, examples/gold and tests/gold/heldout
    only: a second annotation must never be scored as gold."""
    from rightsledger.analysis import evaluate

    assert SECOND not in evaluate.GOLD_DIRS
    assert all(path.parent != SECOND for path in evaluate.gold_files())
