"""The answers shown above the passages (round t-ask10): the wordings the panel reads as asking
for a figure, the kind of figure a question asks for, legal provisions' quantities as answers,
the ranking's order in choosing the figure, the summary's grouping; from the CLI's store, the
API and the web UI's question box. Fictional Kestria reports and our own questions."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

try:
    from tests._search_corpus import build_db
except ImportError:  # pragma: no cover - run from tests/
    from _search_corpus import build_db  # type: ignore[no-redef]
from rightsledger.analysis.questions.answers import answer, measure, unit_class
from rightsledger.analysis.questions.ask import ask
from rightsledger.analysis.questions.question import answer_intent, intent

HOW_LONG = "How long can the authorities keep a detainee before a judge must see them?"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("panel") / "p.db"
    build_db(path)
    return path


@pytest.fixture(scope="module")
def store(db):
    from rightsledger.store import Store

    return Store(db)


@pytest.mark.parametrize("question", [
    "How quickly must a detainee be shown to a judge?",
    "From what age may children be employed?",
    "Between which ages are men called up?",
    "What fraction of the voters turned out?",
    "What portion of the budget went to prisons?",
    "What do teachers earn in a month?",
    "What is the yearly income per head?",
    "How soon must a new union be registered?",
])
def test_panel_reads_these_wordings_as_asking_for_a_figure(question):
    assert "figure" in answer_intent(question)
    assert "figure" not in intent(question)   # the ranking's reading is unchanged


def test_panel_reading_adds_nothing_to_other_questions():
    for question in ("What did the regulator do to the paper?", "Where were the soldiers held?",
                     "Who ordered the arrests?", "When was the station closed?"):
        assert answer_intent(question) == intent(question)


def test_the_kind_of_figure_a_question_asks_for():
    assert measure("How long may the police hold a suspect?") == "duration"
    assert measure("For how many hours a day does the radio broadcast?") == "duration"
    assert measure("From what age may children work?") == "age"
    assert measure("What do civil servants earn?") == "money"
    assert measure("What share of the seats went to women?") == "percent"
    assert measure("How many protesters died?") is None
    assert [unit_class(u) for u in ("hours", "hour", "age", "percent", "XAF", "francs", "persons", None)] == [
        "duration", "duration", "age", "percent", "money", "money", "count", "count"]


def test_a_legal_limit_answers_how_long(store):
    """The limit is a provision's quantity ("within 48 hours"), not a figure record: the panel
    reads provisions too, and a duration is what "how long" asks for."""
    res = answer(store, HOW_LONG, ask(store, HOW_LONG, rerank=False, doc="kestria-2022"))
    first = res.items[0]
    assert first.kind == "figure" and first.value == 48 and first.extra["unit"] == "hour"
    assert first.text == "48 hours (time limit: detainees)"  # the unit counted in the plural
    assert "within 48 hours" in first.evidence and first.citation
    assert res.summary == "48 hours"


def test_the_summary_joins_only_values_a_named_source_gives(store):
    """12 and 19 deaths stand in one sentence with no named source recorded: both are answers,
    the summary gives the first (a value without a source is as likely another count as a
    disagreement); the Veridia test in test_semantic.py keeps two named sources joined."""
    q = "How many died in the unrest over fuel prices?"
    res = answer(store, q, ask(store, q, rerank=False, doc="kestria-2022"))
    assert {12, 19} <= {a.value for a in res.items if a.kind == "figure"}
    assert res.summary in ("12", "19")
    assert sum(bool(a.extra.get("grouped")) for a in res.items) == 1


def test_cli_shows_the_limit(db):
    from typer.testing import CliRunner

    from rightsledger.cli import app

    out = CliRunner().invoke(app, ["ask", HOW_LONG, "--db", str(db), "--no-rerank", "--format", "jsonl", "--answers"])
    assert out.exit_code == 0, out.output
    assert '"value": 48' in out.output and "time limit: detainees" in out.output


def test_api_and_web_question_box_show_the_limit(db):
    from rightsledger.api import create_app

    client = TestClient(create_app(str(db), rerank=False, ui=True))
    body = client.get("/api/ask", params={"q": HOW_LONG, "doc": "kestria-2022"}).json()
    first = body["answers"]["items"][0]
    assert (first["type"], first["value"], first["grouped"]) == ("figure", 48, True)
    page = client.get("/ask", params={"q": HOW_LONG + " <script>x</script>", "doc": "kestria-2022"}).text
    assert "48 hours (time limit: detainees)" in page
    assert "<script>x</script>" not in page


def test_a_counted_unit_is_shown_in_the_plural():
    """The summary printed "75 member" and "3 soldier" (the ledger stores a unit's singular), and
    a three-letter unit word came before its number ("day 1"); currency words and codes keep
    their form and place."""
    from rightsledger.analysis.questions.answers import figure_text

    assert figure_text(75, None, "member", None, "exact", "the commission") == "75 members, according to the commission"
    assert figure_text(3, None, "child", None, "approximately", None) == "approximately 3 children"
    assert figure_text(1, None, "day", None, "exact", None) == "1 day"
    assert figure_text(2, None, "day", None, "exact", None) == "2 days"
    assert figure_text(3, 5, "year", None, "exact", None) == "3–5 years"
    assert figure_text(500000, None, "tenge", "fine", "exact", None) == "500,000 tenge fine"
    assert figure_text(500, None, "USD", None, "exact", None) == "USD 500"
    assert unit_class("tenge") == unit_class("dollars") == "money"


def test_english_plurals():
    from rightsledger.extract.lexicons.english import plural

    assert [plural(w) for w in ("political party", "NGO", "news agency", "child", "day", "survey")] == [
        "political parties", "NGOs", "news agencies", "children", "days", "surveys"]
