"""state.gov report pages (2016–2024): the report body only, the outline the page itself
declares, metadata, and the pages that are not (whole) reports.

The pages in tests/fixtures/stategov are ours (a fictional country in the site's markup);
the real pages are read from ../shared/reports/stategov and skipped when it is absent.
"""
from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from rightsledger.errors import Code, RightsledgerError
from rightsledger.read import read_bytes, read_path
from rightsledger.structure import outline

from .conftest import FIXTURES, SHARED

PAGES = FIXTURES / "stategov"
STATEGOV = SHARED / "reports" / "stategov"
CHECKER = SHARED / "tools" / "check_export.py"
SITE_CLUTTER = ("View report by", "On This Page", "Download Report", "Back to Top",
                "U.S. Department of State", "Subscribe", "dataLayer", "Privacy")

_ID = re.compile(r"^report-toc__(?:(exec-summary)|section-(\d+)(?:__subsection-(\d+))?)$")
_LETTERED = re.compile(r"^([a-z])\.\s+(.*)$")


def declared_outline(raw: bytes) -> list[tuple[str, str]]:
    """The outline a page declares with its own heading elements: ``(id, title)`` for the
    executive summary, each ``report-toc__section-N`` heading and each lettered
    ``report-toc__section-N__subsection-M`` heading, titles normalised."""
    import lxml.html

    doc = lxml.html.document_fromstring(raw)
    out: list[tuple[str, str]] = []
    for el in doc.iter("h2", "h3"):
        m = _ID.match(el.get("id") or "")
        if not m:
            continue
        title = " ".join(el.text_content().split())
        if m.group(1):
            out.append(("exec", _norm(title)))
        elif m.group(3) is None:
            out.append((m.group(2), _norm(title)))
        elif (lm := _LETTERED.match(title)):
            out.append((f"{m.group(2)}.{lm.group(1)}", _norm(lm.group(2))))
    return out


def _norm(title: str) -> str:
    return " ".join(title.split()).rstrip(":").strip().lower()


def read_outline(path: Path) -> list[tuple[str, str]]:
    return [(s.id, _norm(s.title)) for s in outline(read_path(path).text, "d").sections]


# --------------------------------------------------------------------------- our pages


def test_fixture_page_reads_the_report_only() -> None:
    source = read_path(PAGES / "veridia-2022.html")
    assert (source.format, source.country, source.year) == ("html", "Veridia", 2022)
    assert source.title == "2022 Country Reports on Human Rights Practices: Veridia"
    assert source.warnings == []
    text = source.text
    assert text.startswith("2022 Country Reports on Human Rights Practices: Veridia\n\nEXECUTIVE SUMMARY\n\n")
    for clutter in SITE_CLUTTER + ("Section 9", "Countries & Areas", "Executive Summary"):
        assert clutter not in text, clutter
    # "Section N." label and section title are one heading line; run-in topics kept inline.
    assert "\n\nSection 1. Respect for the Integrity of the Person\n\n" in text
    assert "\n\nAbusive Physical Conditions: The Veridian Prisoners Union" in text
    assert "\n\nRape and Domestic Violence: The law criminalizes rape." in text
    assert "\n\nThe government blocked three news sites.\n\nTwo journalists were detained.\n\n" in text


def test_fixture_page_outline_is_the_declared_one() -> None:
    path = PAGES / "veridia-2022.html"
    assert read_outline(path) == declared_outline(path.read_bytes())
    subs = outline(read_path(path).text, "d").subtopics
    assert {(s.section, s.title) for s in subs} >= {
        ("1.b", "Prison and Detention Center Conditions"), ("1.b", "Abusive Physical Conditions"),
        ("6", "Women"), ("6", "Rape and Domestic Violence")}


def test_a_site_page_that_is_not_a_report() -> None:
    with pytest.raises(RightsledgerError) as info:
        read_path(PAGES / "press-release.html")
    assert info.value.code is Code.NOT_A_REPORT
    message = str(info.value)
    assert "\n" not in message and "not a country report" in message
    assert "Secretary Meets Veridian Foreign Minister" in message


def test_a_page_saved_without_its_body() -> None:
    with pytest.raises(RightsledgerError) as info:
        read_path(PAGES / "veridia-2022-frame-only.html")
    assert info.value.code is Code.NO_BODY
    assert "saved without its report text" in str(info.value) and "\n" not in str(info.value)


def test_a_page_cut_off_mid_report_is_read_with_a_warning() -> None:
    raw = (PAGES / "veridia-2022.html").read_bytes()
    cut = raw[:raw.index(b"Section 2.</h4>")]
    source = read_bytes(cut, "veridia-2022.html")
    assert "a. Arbitrary Deprivation of Life" in source.text and "Freedom of Expression" not in source.text
    assert len(source.warnings) == 1
    warning = source.warnings[0]
    assert "ends mid-report" in warning and "3 of 7" in warning and "section-2" in warning
    assert [s.id for s in outline(source.text, "d").sections] == ["exec", "1", "1.a", "1.b"]


def test_a_cut_off_page_is_warned_about_by_every_engine(tmp_path: Path) -> None:
    """The reader's warning reaches the result with one worker and with a process pool."""
    from rightsledger.ledger import Ledger
    from rightsledger.run.parallel import ingest_parallel

    raw = (PAGES / "veridia-2022.html").read_bytes()
    page, whole = tmp_path / "cut.html", tmp_path / "whole.html"
    page.write_bytes(raw[:raw.index(b"Section 2.</h4>")])
    whole.write_bytes(raw)
    one = Ledger(tmp_path / "one.db").ingest_file(page)
    pooled = ingest_parallel(Ledger(tmp_path / "pool.db"), [page, whole], workers=2, preload_model=False)
    for result in (one, pooled[0]):
        assert result.ok and len(result.warnings) == 1 and "ends mid-report" in result.warnings[0]
    assert pooled[1].ok and pooled[1].warnings == []


def test_cli_reports_each_bad_page_on_one_line(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from rightsledger.cli.app import app

    files = [str(PAGES / "press-release.html"), str(PAGES / "veridia-2022-frame-only.html")]
    result = CliRunner().invoke(app, ["ingest", *files, "--db", str(tmp_path / "l.db")],
                                catch_exceptions=False)
    assert result.exit_code == 1
    out = " ".join(result.output.split())  # the console wraps long lines at its width
    assert out.count("failed /") == 2, result.output
    assert "press-release.html: not a country report" in out
    assert "veridia-2022-frame-only.html: the page was saved without its report text" in out


# --------------------------------------------------------------------------- real pages


def _manifest() -> list[dict[str, str]]:
    if not (STATEGOV / "MANIFEST.tsv").is_file():
        pytest.skip("../shared/reports/stategov is absent")
    with (STATEGOV / "MANIFEST.tsv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_every_real_page_reads_with_its_declared_outline_and_metadata() -> None:
    rows = _manifest()
    assert len(rows) == 21
    for row in rows:
        path = STATEGOV / row["file"]
        source = read_path(path)
        assert (source.country, source.year) == (row["country"], int(row["year"])), row["file"]
        assert source.title == f"{row['year']} Country Reports on Human Rights Practices: {row['country']}"
        assert source.warnings == [], row["file"]
        for clutter in ("View report by", "On This Page", "Download Report", "The Lessons of 1989",
                        "\nTranslations\n", "function(", "{"):
            assert clutter not in source.text, (row["file"], clutter)
        declared = declared_outline(path.read_bytes())
        assert len(declared) >= 15, row["file"]
        assert read_outline(path) == declared, row["file"]


@pytest.mark.model
def test_every_real_page_ingests_with_its_outline_and_passes_the_contract(tmp_path: Path) -> None:
    rows = _manifest()
    from typer.testing import CliRunner

    from rightsledger.cli.app import app

    runner = CliRunner()
    db = str(tmp_path / "stategov.db")
    result = runner.invoke(app, ["ingest", str(STATEGOV), "--db", db], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    docs = {d["source"] if "source" in d else d["id"]: d for d in
            (json.loads(line) for line in runner.invoke(app, ["docs", "--db", db, "--format", "jsonl"]).output.splitlines())}
    assert len(docs) == len(rows)
    from rightsledger.read.metadata import doc_slug

    for row in rows:
        path = STATEGOV / row["file"]
        doc = doc_slug(row["country"], int(row["year"]), path.stem)
        out = runner.invoke(app, ["sections", doc, "--db", db, "--format", "jsonl"]).output
        got = [(r["id"], _norm(r["title"])) for r in map(json.loads, out.splitlines()) if r.get("kind") != "subtopic"]
        assert got == declared_outline(path.read_bytes()), row["file"]
        export = tmp_path / f"{doc}.jsonl"
        text = tmp_path / f"{doc}.txt"
        assert runner.invoke(app, ["export", "--db", db, "--doc", doc, "-o", str(export)]).exit_code == 0
        text.write_text(runner.invoke(app, ["text", doc, "--db", db]).output, encoding="utf-8")
        if CHECKER.is_file():
            check = subprocess.run([sys.executable, str(CHECKER), str(export), str(text)],
                                   capture_output=True, text=True)
            assert check.returncode == 0, (row["file"], check.stdout[-2000:], check.stderr[-2000:])


@pytest.mark.model
def test_compare_kazakhstan_2023_2024_across_the_restructure(tmp_path: Path) -> None:
    _manifest()
    from rightsledger import Ledger

    ledger = Ledger(tmp_path / "kz.db")
    for year in (2023, 2024):
        assert ledger.ingest_file(STATEGOV / f"{year}_kazakhstan.html").ok
    comp = ledger.compare("kazakhstan-2023", "kazakhstan-2024")
    by_topic = {s.topic: s for s in comp.sections}
    for topic in ("killings", "torture", "expression", "refugees", "transnational_repression",
                  "disappearance", "religion", "worker_rights"):
        assert by_topic[topic].a is not None and by_topic[topic].b is not None, topic
    for topic in ("corruption", "political_participation", "fair_trial", "privacy", "movement"):
        assert topic in comp.not_reported_in_b and by_topic[topic].match == "not_reported_in_b"
        assert by_topic[topic].entities == [] and by_topic[topic].text == []
    assert not [s for s in comp.sections if s.match == "only_a"]
    assert by_topic["population_control"].match == "only_b"   # new in 2024
    assert "2024 edition" in comp.note


# --------------------------------------------------------------------------- renditions


def test_rendition_similarity_tells_one_report_from_two() -> None:
    from rightsledger.store.renditions import similarity

    READ = FIXTURES / "read"
    txt, html = read_path(READ / "veridia-2022.txt").text, read_path(READ / "veridia-2022.html").text
    assert similarity(txt, html) >= 0.9
    other = (FIXTURES.parent.parent / "examples" / "reports" / "veridia-2023.txt").read_text(encoding="utf-8")
    assert similarity(txt, other) < 0.5


def test_migration_adds_rendition_of_to_an_older_database(tmp_path: Path) -> None:
    import sqlite3

    from rightsledger.store import Store

    db = tmp_path / "old.db"
    Store(db)
    con = sqlite3.connect(db)
    # a database from before 006 has neither the column nor the later index that covers it
    con.execute("DROP INDEX ix_documents_list")
    con.execute("ALTER TABLE documents DROP COLUMN rendition_of")
    con.execute("DELETE FROM migrations WHERE name IN ('006_renditions', '009_hot_indexes')")
    con.commit()
    con.close()
    store = Store(db)
    assert {"006_renditions", "009_hot_indexes"} <= set(store.applied_migrations())
    con = sqlite3.connect(db)
    assert "rendition_of" in {row[1] for row in con.execute("PRAGMA table_info(documents)")}


@pytest.mark.model
def test_the_same_report_in_two_formats_is_linked_as_a_rendition(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from rightsledger import Ledger
    from rightsledger.cli.app import app

    READ = FIXTURES / "read"
    ledger = Ledger(tmp_path / "r.db")
    first = ledger.ingest_file(READ / "veridia-2022.txt")
    second = ledger.ingest_file(READ / "veridia-2022.html")
    other = ledger.ingest_file(FIXTURES.parent.parent / "examples" / "reports" / "veridia-2023.txt")
    assert first.ok and second.ok and other.ok and first.doc != second.doc
    rows = {d["id"]: d for d in ledger.documents()}
    assert rows[first.doc]["rendition_of"] is None
    assert rows[second.doc]["rendition_of"] == first.doc
    assert rows[other.doc]["rendition_of"] is None
    # Its own text and spans: every record of the second rendition cites its own text.
    text = ledger.text(second.doc)
    assert all(text[f.evidence.start:f.evidence.end] == f.evidence.text for f in ledger.figures(doc=second.doc))
    out = CliRunner().invoke(app, ["docs", "--db", str(tmp_path / "r.db"), "--format", "jsonl"]).output
    assert any(json.loads(line).get("rendition_of") == first.doc for line in out.splitlines())
