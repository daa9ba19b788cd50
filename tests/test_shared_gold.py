"""Checks of the hand-made gold files for shared reports (tests/gold/shared/*.jsonl).

The reports themselves live in ../shared (third-party text, not in this repository); the
tests skip when it is absent. They check the files' shape and offsets, not the
annotation decisions (those are documented in build_shared_gold.py).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from rightsledger.read import read_path
from rightsledger.records import EVENT_TYPES, NORMS, PRECISIONS, QUALIFIERS

from .load_script import load_script

GOLD_DIR = Path(__file__).resolve().parent / "gold" / "shared"
GOLD_FILES = sorted(GOLD_DIR.glob("*.jsonl"))
COLLECTION = Path(__file__).resolve().parents[1].parent / "collection"
ENTITY_TYPES = ("person", "organization", "place")
POLARITIES = ("asserted", "negated", "alleged")
KINDS = ["entity", "event", "figure", "provision"]
DATE_RE = {"year": r"\d{4}", "month": r"\d{4}-\d{2}", "day": r"\d{4}-\d{2}-\d{2}"}
# Section 1 starts at its heading and ends right before the Section 2 heading.
SECTION_1 = re.compile(r"(?:#+ )?Section 1\.? Respect for the Integrity of the Person")
SECTION_2 = re.compile(r"(?:#+ )?Section 2\.? Respect for Civil Liberties")
SENTENCE_START = re.compile(r"[A-Z0-9“\"‘'(\[]")
SENTENCE_END = re.compile(r"[.!?][”\"’)\]]*$|[”\")\]]$")


def _load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(params=GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def gold(request, shared_dir: Path):
    path: Path = request.param
    records = _load(path)
    scope = records[0]
    # Offsets are into the text rightsledger reads (an HTML page's report body, not its bytes).
    text = read_path(_report_path(shared_dir, scope["file"])).text
    return path, records, text


def _report_path(shared_dir: Path, file: str) -> Path:
    """A shared report (../shared/reports/FILE) or a page of the public state.gov collection
    ("html/YEAR/NAME.html" in ../collection, checked out by scripts/collection.sh)."""
    if not file.startswith("html/"):
        return shared_dir / "reports" / file
    path = COLLECTION / file
    if not path.is_file():
        pytest.skip(f"{file} is not checked out in ../collection (scripts/collection.sh)")
    return path


def test_there_are_gold_files():
    assert GOLD_FILES, "no gold file in tests/gold/shared"


def test_scope(gold):
    path, records, text = gold
    scope = records[0]
    assert scope["kind"] == "scope"
    assert sum(r["kind"] == "scope" for r in records) == 1
    assert scope["doc"] == path.stem
    file = Path(scope["file"])
    # a collection page html/YEAR/NAME.html is the gold file YEAR_NAME.jsonl
    assert (f"{file.parent.name}_{file.stem}" if scope["file"].startswith("html/")
            else file.stem) == path.stem
    assert scope["kinds"] == KINDS
    start, end = scope["start"], scope["end"]
    assert 0 <= start < end <= len(text)
    if scope.get("sections") == "all":
        # Whole-report gold (build_whole_gold_dev.py): the whole document.
        assert scope.get("split") in ("dev", "test")
        assert (start, end) == (0, len(text)), "a whole-report scope covers the whole text"
        return
    if scope.get("sections") is not None:
        # A whole-report file cut short (e.g. "1-3"): from the start of the text.
        assert start == 0
        _check_ranges(records, scope)
        return
    assert SECTION_1.match(text, start), "scope does not start at the Section 1 heading"
    assert SECTION_2.match(text, end), "scope does not end right before the Section 2 heading"
    assert start == 0 or text[start - 1] == "\n"
    assert not SECTION_2.search(text, start, end)


def _check_ranges(records: list[dict], scope: dict) -> None:
    """A scope with a gap (2009 Chad leaves Section 1 out): ``ranges`` are ordered, disjoint
    and inside [start, end), and every record lies inside one of them."""
    ranges = scope.get("ranges")
    if ranges is None:
        return
    assert all(scope["start"] <= a < b <= scope["end"] for a, b in ranges), ranges
    assert all(b1 <= a2 for (_, b1), (a2, _) in zip(ranges, ranges[1:])), ranges
    inside = lambda x: any(a <= x < b for a, b in ranges)  # noqa: E731
    for rec in records[1:]:
        if rec["kind"] == "entity":
            assert rec["mentions"] and all(inside(s) for s, _ in rec["mentions"]), rec["name"]
        else:
            assert inside(rec["evidence"]["start"]), rec


def test_kinds_and_fields(gold):
    _, records, _ = gold
    for rec in records[1:]:
        assert rec["kind"] in KINDS, rec
        if rec["kind"] == "entity":
            assert rec["type"] in ENTITY_TYPES
            assert isinstance(rec["name"], str) and rec["name"].strip()
            assert isinstance(rec["aliases"], list)
            assert all(isinstance(a, str) and a.strip() for a in rec["aliases"])
            assert rec["name"] not in rec["aliases"]
        elif rec["kind"] == "event":
            assert rec["type"] in EVENT_TYPES
            assert rec["precision"] in PRECISIONS
            assert re.fullmatch(DATE_RE[rec["precision"]], rec["date"]), rec
            if rec["date_end"] is not None:
                # the end may be finer than the start ("from 2004 to December 2007")
                assert any(re.fullmatch(rx, rec["date_end"]) for rx in DATE_RE.values()), rec
                assert rec["date_end"] >= rec["date"]
            assert rec.get("polarity", "asserted") in POLARITIES
        elif rec["kind"] == "figure":
            assert isinstance(rec["value"], (int, float)) and not isinstance(rec["value"], bool)
            assert rec["qualifier"] in QUALIFIERS
            assert rec["unit"] is None or isinstance(rec["unit"], str)
            assert isinstance(rec["what"], str) and rec["what"].strip()
            if rec.get("value_end") is not None:
                assert rec["value_end"] > rec["value"]
        elif rec["kind"] == "provision":
            assert rec["norm"] in NORMS
            q = rec["quantity"]
            assert set(q) - {"value_end"} == {"value", "unit", "text"}
            if q.get("value_end") is not None:  # a range ("two to five years")
                assert q["value"] is not None and q["value_end"] > q["value"]
            assert q["value"] is None or isinstance(q["value"], (int, float))
            assert isinstance(q["text"], str) and 0 < len(q["text"]) < 60
        if rec["kind"] != "entity":
            ev = rec["evidence"]
            assert set(ev) == {"start", "end"}, "gold evidence holds offsets only, no text"


def test_evidence_spans_are_sentences_in_scope(gold):
    _, records, text = gold
    scope = records[0]
    for rec in records[1:]:
        if rec["kind"] == "entity":
            continue
        s, e = rec["evidence"]["start"], rec["evidence"]["end"]
        assert scope["start"] <= s < e <= scope["end"] <= len(text), rec
        span = text[s:e]
        assert "\n" not in span, rec
        assert span == span.strip(), rec
        assert SENTENCE_START.match(span), (rec, span[:40])
        # ends a sentence, or a paragraph whose last sentence the report left without a stop
        assert SENTENCE_END.search(span) or text[e:e + 1] in ("\n", ""), (rec, span[-40:])
        # Starts at a sentence boundary: line start or after sentence-final punctuation
        # or a run-in topic ("Bilateral Pressure: ").
        # (Older reports put two spaces after a full stop.)
        before = text[max(0, s - 6):s]
        assert s == 0 or before.endswith("\n") or re.search(r"[.!?:][”\"’)]* +$", before), \
            (rec, before)


def test_entity_mentions(gold):
    _, records, text = gold
    scope = records[0]
    seen: list[tuple[int, int]] = []
    for rec in records[1:]:
        if rec["kind"] != "entity":
            continue
        names = {_norm(n) for n in [rec["name"], *rec["aliases"]]}
        for s, e in rec.get("mentions", []):
            assert scope["start"] <= s < e <= scope["end"], rec["name"]
            assert _norm(text[s:e]) in names, (rec["name"], text[s:e])
            seen.append((s, e))
    seen.sort()
    for (s1, e1), (s2, _) in zip(seen, seen[1:]):
        assert e1 <= s2, "overlapping entity mentions"


def test_no_report_sentences_in_gold(gold):
    """Short labels are ours; no string field may copy a stretch of the report."""
    _, records, text = gold
    names = {n for r in records if r["kind"] == "entity" for n in [r["name"], *r["aliases"]]}
    for rec in records[1:]:
        if rec["kind"] == "entity":
            continue  # names are the report's names, by design
        for value in _strings(rec):
            assert len(value) < 80, value
            if len(value) >= 40 and value not in names:
                assert value not in text, value


def test_gold_matches_its_build_script(gold):
    """The gold file is what its build script produces (no hand edits that drift)."""
    path, records, _ = gold
    for script in sorted(p.stem for p in GOLD_DIR.glob("build_*.py")):
        module = load_script(GOLD_DIR / f"{script}.py")
        if path.stem in module.DOCS:
            lines = module.DOCS[path.stem]().lines()
            assert lines == records
            # byte for byte, as ``Doc.write`` writes it
            built = "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in lines)
            assert built == path.read_text(encoding="utf-8")
            return
    pytest.skip(f"{path.stem} is not built by a build script")


def _norm(name: str) -> str:
    name = re.sub(r"\s+", " ", name.strip().lower().replace("’", "'"))
    name = re.sub(r"^the ", "", name)
    return re.sub(r"'s\b", "", name)


def _strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from _strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _strings(v)
