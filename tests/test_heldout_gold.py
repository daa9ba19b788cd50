"""Checks of the TEST gold of our own held-out reports (tests/gold/heldout/*.jsonl).

The reports are ours (tests/fixtures/heldout, a fictional country in the 2023 layout), kept
out of examples/reports so that the demo never ingests them. The record checks are those of
the shared gold (imported from test_shared_gold, run here on the held-out files); the tests
below add what is particular to these files: section records, discovery by ``rightsledger
evaluate`` as test gold, and the file being exactly what its build script writes.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from rightsledger.analysis.evaluation import evaluate as ev

from .conftest import EXAMPLES, FIXTURES
from .test_shared_gold import (  # noqa: F401  (run again here, on the held-out gold)
    test_entity_mentions, test_evidence_spans_are_sentences_in_scope, test_kinds_and_fields,
    test_no_report_sentences_in_gold,
)

from .load_script import load_script

GOLD_DIR = Path(__file__).resolve().parent / "gold" / "heldout"
GOLD_FILES = sorted(GOLD_DIR.glob("*.jsonl"))
REPORTS = FIXTURES / "heldout"


def _load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(params=GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def gold(request):
    """(path, scope + records other than sections, text): the shape the shared checks take."""
    path: Path = request.param
    records = _load(path)
    text = (REPORTS / records[0]["file"]).read_text(encoding="utf-8")
    return path, [r for r in records if r["kind"] != "section"], text


def test_there_is_a_fictional_2023_report():
    assert [p.stem for p in GOLD_FILES] == ["dravenia-2023"]
    text = (REPORTS / "dravenia-2023.txt").read_text(encoding="utf-8")
    assert 35_000 <= len(text) <= 45_000
    assert text.startswith("2023 Country Reports on Human Rights Practices: Dravenia\n")


def test_evaluate_finds_it_as_test_gold_and_the_demo_does_not_ingest_it():
    for path in GOLD_FILES:
        assert path in ev.gold_files()
        assert ev.split_of(path) == "test"
        scope = _load(path)[0]
        assert ev.text_path(scope) == REPORTS / scope["file"]
        assert not (EXAMPLES / "reports" / scope["file"]).exists()


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def test_scope_is_the_whole_report(path):
    records = _load(path)
    scope = records[0]
    text = (REPORTS / scope["file"]).read_text(encoding="utf-8")
    assert scope["kind"] == "scope" and scope["doc"] == path.stem
    assert (scope["start"], scope["end"]) == (0, len(text))
    assert scope["sections"] == "all" and scope["split"] == "test"
    assert scope["kinds"] == ["section", "entity", "event", "figure", "provision"]


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def test_sections_start_at_their_headings_and_nest(path):
    records = _load(path)
    text = (REPORTS / records[0]["file"]).read_text(encoding="utf-8")
    sections = [r for r in records if r["kind"] == "section"]
    ids = [s["id"] for s in sections]
    assert ids[:2] == ["exec", "1"] and "7.e" in ids
    assert [s for s in ids if "." not in s] == ["exec", "1", "2", "3", "4", "5", "6", "7"]
    by_id = {s["id"]: s for s in sections}
    for s in sections:
        line = text[s["start"]:text.index("\n", s["start"])]
        if s["id"] == "exec":
            assert line == s["title"] == "EXECUTIVE SUMMARY"
        elif s["level"] == 1:
            assert line == f"Section {s['id']}. {s['title']}"
        else:
            assert line == f"{s['id'][-1]}. {s['title']}"
            parent = by_id[s["parent"]]
            assert parent["start"] < s["start"] and s["end"] <= parent["end"]
        assert s["start"] == 0 or text[s["start"] - 1] == "\n"
        assert text[s["start"]:s["end"]] == text[s["start"]:s["end"]].strip()
    tops = [s for s in sections if s["level"] == 1]
    assert all(a["end"] < b["start"] for a, b in zip(tops, tops[1:]))
    assert not re.search(r"^Section \d", text[:by_id["1"]["start"]], re.M)


def test_gold_matches_its_build_script():
    """The gold file is what its build script produces, byte for byte (no hand edits)."""
    module = load_script(GOLD_DIR / "build_heldout_gold.py")
    assert sorted(module.DOCS) == [p.stem for p in GOLD_FILES]
    for path in GOLD_FILES:
        lines = module.DOCS[path.stem]().lines()
        built = "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in lines)
        assert built == path.read_text(encoding="utf-8")
