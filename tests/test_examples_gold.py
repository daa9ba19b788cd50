"""Checks on the gold annotations of our own example reports (examples/gold/*.jsonl).

The gold format is described in docs/EVALUATION.md; the records follow the export
contract of ../shared/DESIGN.md. These tests keep the hand-written gold well-formed:
every span inside the text, evidence text equal to the text it points at, sections
nested, closed vocabularies respected, and enough records of each kind per report.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from rightsledger.records import (
    ENTITY_TYPES, EVENT_TYPES, NORMS, POLARITIES, PRECISIONS, QUALIFIERS, record_from_dict,
)

from .load_script import load_script

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "examples" / "gold"
REPORTS = ROOT / "examples" / "reports"
GOLD_FILES = sorted(GOLD.glob("*.jsonl"))
KINDS = {"scope", "section", "subtopic", "entity", "event", "figure", "provision"}
REQUIRED = {
    "scope": ["doc", "file", "start", "end", "kinds"],
    "section": ["id", "title", "start", "end", "level", "parent"],
    "subtopic": ["section", "title", "start", "end"],
    "entity": ["type", "name", "aliases"],
    "event": ["type", "date", "date_end", "precision", "polarity", "evidence"],
    "figure": ["value", "qualifier", "unit", "what", "evidence"],
    "provision": ["norm", "quantity", "evidence"],
}
DATE_FORMS = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}
SECTION_ID = re.compile(r"exec|[1-7]|[1-7]\.[a-g]")
MINIMUM = {"entities": 30, "event": 25, "figure": 25, "provision": 8}


def load(path: Path) -> tuple[list[dict], str]:
    records = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        assert line.strip(), f"{path.name}:{n}: blank line"
        rec = json.loads(line)
        assert isinstance(rec, dict), f"{path.name}:{n}: not an object"
        assert next(iter(rec)) == "kind", f"{path.name}:{n}: 'kind' must come first"
        records.append(rec)
    scope = records[0]
    assert scope["kind"] == "scope", f"{path.name}: first line must be the scope record"
    text = (REPORTS / scope["file"]).read_text(encoding="utf-8")
    return records, text


def norm_title(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower().rstrip(":.").strip()


def test_there_are_three_gold_files() -> None:
    assert {p.stem for p in GOLD_FILES} >= {"veridia-2022", "veridia-2023", "kestria-2009"}
    for p in GOLD_FILES:
        reports = [r for r in REPORTS.iterdir() if r.stem == p.stem]
        assert len(reports) == 1, f"no single report for {p.name}"


@pytest.fixture(params=GOLD_FILES, ids=lambda p: p.stem)
def gold(request) -> tuple[str, list[dict], str]:
    records, text = load(request.param)
    return request.param.stem, records, text


def test_scope_covers_the_whole_report(gold) -> None:
    doc, records, text = gold
    scope = records[0]
    assert scope["doc"] == doc
    assert (scope["start"], scope["end"]) == (0, len(text))
    assert set(scope["kinds"]) <= KINDS - {"scope"}
    assert {"section", "entity", "event", "figure", "provision"} <= set(scope["kinds"])
    assert sum(r["kind"] == "scope" for r in records) == 1


def test_kinds_and_required_fields(gold) -> None:
    doc, records, text = gold
    for rec in records:
        assert rec["kind"] in KINDS, rec
        missing = [f for f in REQUIRED[rec["kind"]] if f not in rec]
        assert not missing, f"{rec['kind']} lacks {missing}: {rec}"
        if "doc" in rec:
            assert rec["doc"] == doc


def test_records_load_as_pipeline_records(gold) -> None:
    _, records, _ = gold
    for rec in records[1:]:
        record_from_dict(rec)


def test_spans_and_evidence_match_the_text(gold) -> None:
    _, records, text = gold
    for rec in records[1:]:
        if rec["kind"] in ("section", "subtopic"):
            assert 0 <= rec["start"] < rec["end"] <= len(text), rec
            assert rec["start"] == 0 or text[rec["start"] - 1] == "\n", f"not at a line start: {rec}"
        if rec["kind"] in ("event", "figure", "provision"):
            ev = rec["evidence"]
            assert 0 <= ev["start"] < ev["end"] <= len(text), rec
            assert ev["text"] == text[ev["start"]:ev["end"]], rec
            assert "\n" not in ev["text"], f"evidence crosses a paragraph: {rec}"
            assert ev["text"] == ev["text"].strip(), f"evidence not trimmed: {rec}"
            assert ev["text"][-1] in ".?!”’\"')", f"evidence is not a whole sentence: {rec}"
        if rec["kind"] == "entity":
            forms = {rec["name"], *rec["aliases"]}
            assert rec.get("mentions"), f"entity without mentions: {rec['name']}"
            for start, end in rec["mentions"]:
                assert 0 <= start < end <= len(text)
                assert text[start:end] in forms, (rec["name"], text[start:end])


def test_headings_carry_their_titles(gold) -> None:
    _, records, text = gold
    for rec in records:
        if rec["kind"] not in ("section", "subtopic"):
            continue
        line_end = text.find("\n\n", rec["start"])
        heading = norm_title(text[rec["start"]:line_end if line_end >= 0 else len(text)])
        assert norm_title(rec["title"]) in heading, (rec["title"], heading[:120])


def test_sections_nest(gold) -> None:
    _, records, text = gold
    sections = {r["id"]: r for r in records if r["kind"] == "section"}
    assert len(sections) == sum(r["kind"] == "section" for r in records), "duplicate section ids"
    for sid, s in sections.items():
        assert SECTION_ID.fullmatch(sid), sid
        if "." in sid:
            parent = sections[s["parent"]]
            assert s["level"] == 2 and s["parent"] == sid.split(".")[0]
            assert parent["start"] < s["start"] and s["end"] <= parent["end"], sid
        else:
            assert s["level"] == 1 and s["parent"] is None, sid
    # any two sections are either disjoint or a parent and its child
    for a in sections.values():
        for b in sections.values():
            if a is b:
                continue
            disjoint = a["end"] <= b["start"] or b["end"] <= a["start"]
            assert disjoint or b["parent"] == a["id"] or a["parent"] == b["id"], (a["id"], b["id"])
    for sub in (r for r in records if r["kind"] == "subtopic"):
        sec = sections[sub["section"]]
        assert sec["start"] < sub["start"] and sub["end"] <= sec["end"], sub
        deeper = [s for s in sections.values() if s["start"] <= sub["start"] < s["end"]
                  and s["level"] > sec["level"]]
        assert not deeper, f"subtopic {sub['title']!r} belongs to a more specific section"


def test_closed_vocabularies(gold) -> None:
    _, records, _ = gold
    for rec in records:
        kind = rec["kind"]
        if kind == "entity":
            assert rec["type"] in ENTITY_TYPES
            assert isinstance(rec["aliases"], list) and rec["name"] not in rec["aliases"]
        elif kind == "event":
            assert rec["type"] in EVENT_TYPES, rec["type"]
            assert rec["precision"] in PRECISIONS
            assert rec.get("polarity", "asserted") in POLARITIES
            assert re.fullmatch(DATE_FORMS[rec["precision"]], rec["date"]), rec
            if rec["date_end"] is not None:
                assert re.fullmatch(DATE_FORMS[rec["precision"]], rec["date_end"]), rec
                assert rec["date_end"] > rec["date"], rec
            for p in rec.get("participants", []):
                assert p["role"] in ("actor", "target", "other")
        elif kind == "figure":
            assert rec["qualifier"] in QUALIFIERS, rec["qualifier"]
            assert isinstance(rec["value"], (int, float)) and not isinstance(rec["value"], bool)
            if rec.get("value_end") is not None:
                assert rec["value_end"] > rec["value"]
            assert rec["what"]
        elif kind == "provision":
            assert rec["norm"] in NORMS, rec["norm"]
            q = rec["quantity"]
            assert set(q) >= {"value", "unit", "text"}
            assert q["text"] in rec["evidence"]["text"], q


def test_entities_are_distinct(gold) -> None:
    _, records, _ = gold

    def n(s: str) -> str:
        s = re.sub(r"\s+", " ", s.lower()).strip()
        s = re.sub(r"^the ", "", s)
        return re.sub(r"['’]s$", "", s)

    seen: dict[tuple[str, str], str] = {}
    for rec in (r for r in records if r["kind"] == "entity"):
        for form in [rec["name"], *rec["aliases"]]:
            key = (rec["type"], n(form))
            assert key not in seen or seen[key] == rec["name"], (form, seen.get(key), rec["name"])
            seen[key] = rec["name"]


def test_enough_records_per_report(gold) -> None:
    doc, records, _ = gold
    counts = Counter(r["kind"] for r in records)
    entities = counts["entity"]
    assert entities >= MINIMUM["entities"], (doc, entities)
    types = Counter(r["type"] for r in records if r["kind"] == "entity")
    assert all(types[t] > 0 for t in ENTITY_TYPES), types
    for kind in ("event", "figure", "provision"):
        assert counts[kind] >= MINIMUM[kind], (doc, kind, counts[kind])


def test_gold_is_built_from_the_annotation_sources() -> None:
    """The .jsonl files are generated from examples/gold/src/*.ann: they must be current."""
    module = load_script(GOLD / "build_gold.py")
    assert module.main(["--check"]) == 0


def test_gold_records_pass_the_shared_export_checker(gold, tmp_path, shared_dir) -> None:
    doc, records, text = gold
    checker = shared_dir / "tools" / "check_export.py"
    if not checker.exists():
        pytest.skip("check_export.py is absent")
    export = tmp_path / f"{doc}.jsonl"
    export.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records[1:]),
                      encoding="utf-8")
    out = subprocess.run([sys.executable, str(checker), str(export),
                          str(REPORTS / records[0]["file"])], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout[-2000:]
