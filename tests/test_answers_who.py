"""Who answers (round t-ask11): the noun after "which" says whether a person or a body is asked,
and the panel puts that kind first among the names of the best sentences; from the store, the
CLI, the API and the web UI's question box. A fictional report of our own wording."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

try:
    from tests._search_corpus import build_bundle
except ImportError:  # pragma: no cover - run from tests/
    from _search_corpus import build_bundle  # type: ignore[no-redef]
from rightsledger.analysis.questions.answers import answer, asked_type
from rightsledger.analysis.questions.ask import ask

TEXT = """Velmar 2023 Human Rights Report

Section 2. Respect for Civil Liberties

a. Freedom of Expression

According to Amnesty International, the court summoned journalist Arden Kell over an article on police abuse in the capital.
The ministry renewed the licences of two private radio stations in the north.
"""
JOURNALIST = "Which journalist did the court summon over an article on police abuse?"
GROUP = "Which rights group reported that the court summoned a journalist over an article on police abuse?"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from rightsledger.store import Store

    path = tmp_path_factory.mktemp("who") / "w.db"
    Store(str(path)).save(build_bundle("velmar-2023", TEXT, "Velmar", "VL", 2023, "velmar-2023.txt"), "test")
    return path


@pytest.fixture(scope="module")
def store(db):
    from rightsledger.store import Store

    return Store(str(db))


@pytest.mark.parametrize(("question", "kind"), [
    ("Which prisoner died in custody after a beating?", "person"),
    ("Which newspaper editor was called before the court?", "person"),       # the head noun: editor
    ("Which officers held over the mutiny are seen as prisoners of conscience?", "person"),
    ("Which local rights group was allowed to visit prisons?", "organization"),
    ("Which foreign broadcasters and agencies kept correspondents there?", "organization"),
    ("What organization monitored the vote?", "organization"),
    ("Who ordered the arrests?", None),
    ("Which year saw the most arrests?", None),
])
def test_the_kind_of_actor_a_question_asks_for(question, kind):
    assert asked_type(question) == kind


def test_the_person_asked_for_comes_before_the_body_that_reported(store):
    """One sentence names the group that reported and the journalist summoned: "which
    journalist" puts the person first, "which rights group" the organization."""
    hits = ask(store, JOURNALIST, rerank=False, doc="velmar-2023")
    first = answer(store, JOURNALIST, hits).items[0]
    assert (first.kind, first.value, first.extra["entity_type"]) == ("who", "Arden Kell", "person")
    assert "summoned journalist Arden Kell" in first.evidence and first.citation
    first = answer(store, GROUP, ask(store, GROUP, rerank=False, doc="velmar-2023")).items[0]
    assert (first.value, first.extra["entity_type"]) == ("Amnesty International", "organization")


def test_cli_api_and_web_question_box_show_the_person(db):
    from typer.testing import CliRunner

    from rightsledger.api import create_app
    from rightsledger.cli import app

    out = CliRunner().invoke(app, ["ask", JOURNALIST, "--db", str(db), "--no-rerank", "--format", "jsonl", "--answers"])
    assert out.exit_code == 0, out.output
    assert out.output.index('"value": "Arden Kell"') < out.output.index('"value": "Amnesty International"')
    client = TestClient(create_app(str(db), rerank=False, ui=True))
    body = client.get("/api/ask", params={"q": JOURNALIST, "doc": "velmar-2023"}).json()
    assert body["answers"]["items"][0]["value"] == "Arden Kell"
    page = client.get("/ask", params={"q": JOURNALIST + " <script>x</script>", "doc": "velmar-2023"}).text
    assert "Arden Kell (person)" in page and "<script>x</script>" not in page
