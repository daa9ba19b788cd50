"""analysis/questions/spread.py: where a question's passages come from, and when to suggest narrowing it
(CLI, API and web page), over the fictional Kestria and Lumeria reports."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

try:
    from tests._search_corpus import build_db
except ImportError:  # tests/ is not a package
    from _search_corpus import build_db  # type: ignore[no-redef]
from rightsledger.analysis.questions.spread import ReportShare, should_narrow, spread
from rightsledger.api import create_app
from rightsledger.cli import app
from rightsledger.ledger import Ledger

QUESTION = "Does the constitution prohibit torture?"  # Kestria 2021, Kestria 2022 and Lumeria 2022 answer


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("spread") / "s.db"
    build_db(path)
    return str(path)


class _Docs:
    def documents(self):
        return [{"id": "a-2021", "country": "Arvia", "year": 2021}, {"id": "a-2022", "country": "Arvia", "year": 2022},
                {"id": "b-2022", "country": "Belmar", "year": 2022}]


def _hits(*docs):
    return [SimpleNamespace(doc=d) for d in docs]


def test_spread_counts_reports_in_the_order_of_their_best_passage():
    shares = spread(_Docs(), _hits("a-2022", "b-2022", "a-2022", "a-2021"))
    assert [(s.doc, s.country, s.year, s.hits) for s in shares] == [
        ("a-2022", "Arvia", 2022, 2), ("b-2022", "Belmar", 2022, 1), ("a-2021", "Arvia", 2021, 1)]
    assert spread(_Docs(), []) == []


def test_narrowing_is_suggested_only_across_countries_and_without_a_filter():
    three = spread(_Docs(), _hits("a-2022", "b-2022", "a-2021"))
    assert should_narrow(three, {})
    assert not should_narrow(three, {"country": "Arvia"})
    assert not should_narrow(three, {"doc": "a-2022"}) and not should_narrow(three, {"year": 2022})
    one_country = [ReportShare("a-2021", "Arvia", 2021, 3), ReportShare("a-2022", "Arvia", 2022, 2),
                   ReportShare("a-2023", "Arvia", 2023, 1)]
    assert not should_narrow(one_country, {})  # a series of one country: the year is in the citations
    assert not should_narrow(three[:2], {})


def test_ledger_ask_says_where_the_passages_come_from(db):
    result = Ledger(db).ask(QUESTION, limit=5)
    docs = {r.doc for r in result.reports}
    assert docs == {h.doc for h in result.hits} and len(docs) == 3
    assert sum(r.hits for r in result.reports) == len(result.hits)
    assert result.narrow and result.as_dict()["narrow"] is True
    narrowed = Ledger(db).ask(QUESTION, limit=5, country="Lumeria")
    assert not narrowed.narrow and {r.country for r in narrowed.reports} == {"Lumeria"}


def test_api_and_web_show_the_reports_and_the_narrowing_links(db):
    client = TestClient(create_app(db, rerank=False, ui=True))
    body = client.get("/api/ask", params={"q": QUESTION}).json()
    assert body["narrow"] is True
    assert {r["country"] for r in body["reports"]} == {"Kestria", "Lumeria"}
    assert sum(r["hits"] for r in body["reports"]) == len(body["items"])
    assert client.get("/api/ask", params={"q": QUESTION, "country": "Kestria"}).json()["narrow"] is False
    page = client.get("/ask", params={"q": QUESTION}).text
    assert 'id="narrow"' in page and "country=Lumeria" in page
    assert 'id="narrow"' not in client.get("/ask", params={"q": QUESTION, "country": "Kestria"}).text


def test_cli_prints_the_hint_for_a_table_and_not_for_jsonl(db):
    runner = CliRunner()
    table = runner.invoke(app, ["ask", QUESTION, "--db", db, "--no-rerank"])
    assert table.exit_code == 0, table.output
    assert "Narrow the question with --country or --year" in table.output
    jsonl = runner.invoke(app, ["ask", QUESTION, "--db", db, "--no-rerank", "--format", "jsonl"])
    assert jsonl.exit_code == 0 and "Narrow the question" not in jsonl.output
