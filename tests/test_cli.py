"""The CLI end to end on our example reports: ingest, docs, sections, text, export, bad input."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rightsledger.cli import app

from .conftest import EXAMPLES, SHARED

runner = CliRunner()
CHECKER = SHARED / "tools" / "check_export.py"
pytestmark = pytest.mark.model


def run(*args: str) -> "object":
    return runner.invoke(app, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("cli") / "ledger.db"
    result = run("ingest", str(EXAMPLES / "reports"), "--db", str(path))
    assert result.exit_code == 0, result.output
    return str(path)


def test_ingest_reports_every_example(db):
    out = run("docs", "--db", db, "--format", "jsonl").output
    docs = [json.loads(line) for line in out.splitlines()]
    ids = {d["id"] for d in docs}
    assert {"veridia-2022", "veridia-2023"} <= ids
    for d in docs:
        assert d["sections"] >= 8 and d["country"] and d["year"]


def test_reingesting_unchanged_files_is_a_no_op(db):
    result = run("ingest", str(EXAMPLES / "reports"), "--db", db)
    assert result.exit_code == 0
    summary = result.output.strip().splitlines()[-1]
    assert "unchanged" in summary and "ingested" not in summary, summary


def test_sections_and_text_of_a_section(db):
    out = run("sections", "veridia-2022", "--db", db, "--format", "jsonl").output
    secs = [json.loads(line) for line in out.splitlines()]
    ids = [s["id"] for s in secs if "kind" not in s]
    assert ids[:3] == ["exec", "1", "1.a"] and "7" in ids
    text = run("text", "veridia-2022", "--section", "1.c", "--db", db).output
    assert text.lower().lstrip().startswith("c. torture")


def test_unknown_section_and_document_are_one_line_errors(db):
    r = run("text", "veridia-2022", "--section", "9.z", "--db", db)
    assert r.exit_code == 1 and "no section '9.z'" in r.output and "Traceback" not in r.output
    r = run("sections", "atlantis-1999", "--db", db)
    assert r.exit_code == 1 and "no document 'atlantis-1999'" in r.output


def test_export_passes_the_contract_checker(db, tmp_path):
    out = tmp_path / "veridia.jsonl"
    assert run("export", "--db", db, "--doc", "veridia-2022", "--format", "jsonl", "-o", str(out)).exit_code == 0
    kinds = [json.loads(line)["kind"] for line in out.read_text().splitlines()]
    assert kinds[0] == "document"
    assert {"section", "subtopic", "entity", "event", "figure", "provision"} <= set(kinds)
    if CHECKER.exists():
        proc = subprocess.run([sys.executable, str(CHECKER), str(out),
                               str(EXAMPLES / "reports" / "veridia-2022.txt")],
                              capture_output=True, text=True)
        assert proc.returncode == 0, proc.stdout


def test_export_csv_writes_one_file_per_kind(db, tmp_path):
    assert run("export", "--db", db, "--doc", "veridia-2022", "--format", "csv", "-o", str(tmp_path)).exit_code == 0
    assert {"documents.csv", "sections.csv", "events.csv", "figures.csv"} <= {p.name for p in tmp_path.iterdir()}


def test_listing_commands_answer(db):
    for args in (["entities", "--doc", "veridia-2022", "--type", "person"],
                 ["events", "--doc", "veridia-2022"],
                 ["figures", "--doc", "veridia-2022"],
                 ["provisions", "--doc", "veridia-2022", "--norm", "time_limit"]):
        r = run(*args, "--db", db, "--format", "jsonl")
        assert r.exit_code == 0, (args, r.output)
        assert r.output.strip(), args


def test_a_folder_with_good_and_bad_files(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_text((EXAMPLES / "reports" / "veridia-2022.txt").read_text(encoding="utf-8"),
                                     encoding="utf-8")
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 20)
    dbp = tmp_path / "m.db"
    r = run("ingest", str(folder), "--db", str(dbp))
    assert r.exit_code == 1
    assert "empty.txt" in r.output and "binary.txt" in r.output
    assert "Traceback" not in r.output
    docs = [json.loads(x) for x in run("docs", "--db", str(dbp), "--format", "jsonl").output.splitlines()]
    assert [d["id"] for d in docs] == ["veridia-2022"]


def test_missing_file_is_reported(tmp_path):
    r = run("ingest", str(tmp_path / "nope.txt"), "--db", str(tmp_path / "x.db"))
    assert r.exit_code == 1 and "nope.txt" in r.output
    assert "no such file" in " ".join(r.output.split())


def test_every_command_has_an_example_in_its_help():
    for cmd in app.registered_commands:
        name = cmd.name or cmd.callback.__name__
        r = run(name, "--help")
        assert r.exit_code == 0
        assert "Example:" in r.output, name


def test_every_command_is_in_the_readme():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    for cmd in app.registered_commands:
        name = cmd.name or cmd.callback.__name__
        assert f"rightsledger {name}" in readme, name
