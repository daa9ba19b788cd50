"""The noun a who question asks with (round t-ask12): read from the extractor's own tables (role
nouns, kinds of bodies, body head words, with their plurals), not from a hand list; and the words
of the "which …" phrase that say which one ("which rights watchdog") put the body whose name shares
them first. From the store, the CLI, the API and the web UI's question box. A fictional report of
our own wording."""
from __future__ import annotations

import tomllib
from importlib import resources

import pytest
from fastapi.testclient import TestClient

try:
    from tests._search_corpus import build_bundle
except ImportError:  # pragma: no cover - run from tests/
    from _search_corpus import build_bundle  # type: ignore[no-redef]
from rightsledger.analysis.questions import answers
from rightsledger.analysis.questions.answers import answer
from rightsledger.analysis.questions.ask import ask
from rightsledger.analysis.questions.question import (answer_intent, asked_kind, asked_phrase, asking_nouns,
                                            intent, telling_words)
from rightsledger.extract.lexicons import lexicon

TEXT = """Velmar 2023 Human Rights Report

Section 2. Respect for Civil Liberties

a. Freedom of Expression

Amnesty International and Human Rights Watch both criticized the court for summoning journalist Arden Kell over an article on police abuse.
The ministry renewed the licences of two private radio stations in the north.
"""
WATCHDOG = "Which rights watchdog criticized the court for summoning a reporter over an article?"


@pytest.mark.parametrize(("question", "kind"), [
    # nouns the extractor's tables hold, which t-ask11's hand list did not
    ("Which democracy watchdogs did the upper house summon?", "organization"),   # descriptor_kinds
    ("Which security service picked up the finance officials?", "organization"),  # org_heads
    ("Which former army commander was held after the mutiny?", "person"),          # role_nouns
    ("Which lawyers' association asked for the statute to be changed?", "organization"),
    ("Which relief charity counseled the victims?", "organization"),
    ("Which rights lawyers were taken into custody?", "person"),                  # a plural
    ("Which senator's aide was told to retract his remarks?", "person"),          # possessive ends it
    ("Which plantation firm's guards were acquitted?", "organization"),
    ("What organization monitored the vote?", "organization"),
    # the remnant of ask.toml [asked_nouns]: nouns the tables do not hold
    ("Which lawmaker had a policeman beaten?", "person"),
    ("Which institutions may inspect the prisons?", "organization"),
    # asking for no person or body
    ("Who ordered the arrests?", None),
    ("Which year saw the most arrests?", None),
    ("From what age may young people be hired?", None),    # "what" reads two words at most
    ("What prompted police to open fire?", None),          # after "what", a word in -ed ends it
    ("Which nations sent observers?", None),               # a table word that asks for no one
    ("In which district did the clashes take place?", None),
])
def test_the_noun_a_question_asks_with(question, kind):
    assert asked_kind(question) == kind
    assert ("who" in intent(question)) == (kind is not None or question.startswith("Who"))
    assert ("who" in answer_intent(question)) == ("who" in intent(question))


def test_the_nouns_come_from_the_extractors_tables():
    """Every role noun and kind of body of ``extract/data/entities.toml`` asks (with its plural);
    the hand remnant holds only words those tables do not."""
    ents, nouns = lexicon("entities"), asking_nouns()
    assert all(nouns[w] == "person" for w in ents["role_nouns"])
    assert nouns["journalists"] == nouns["blogger"] == "person"
    assert nouns["watchdogs"] == nouns["charity"] == nouns["broadcaster"] == "organization"
    remnant = tomllib.loads(resources.files("rightsledger.analysis.questions").joinpath("data/ask.toml")
                            .read_text("utf-8"))["asked_nouns"]
    table_words = {w.lower().split()[-1] for k in ("role_nouns", "descriptor_kinds", "body_appositions")
                   for w in ents[k]} | {w for k in ("government", "court", "security", "party", "international")
                                        for w in ents["org_heads"][k]}
    assert not (set(remnant["person"]) | set(remnant["body"])) & table_words
    assert len(remnant["person"]) + len(remnant["body"]) == 11


def test_the_words_that_say_which_one():
    assert asked_phrase("Which former army commander was held?") == ("person", ["former", "army", "commander"])
    assert telling_words(["former", "army", "commander"]) == ["army"]
    assert telling_words(["ex-army", "commander"]) == ["army"]
    assert telling_words(["democracy", "watchdogs"]) == ["democracy"]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from rightsledger.store import Store

    path = tmp_path_factory.mktemp("nouns") / "n.db"
    Store(str(path)).save(build_bundle("velmar-2023", TEXT, "Velmar", "VL", 2023, "velmar-2023.txt"), "test")
    return path


@pytest.fixture(scope="module")
def store(db):
    from rightsledger.store import Store

    return Store(str(db))


def test_the_body_the_phrase_names_comes_first(store, monkeypatch):
    """Two bodies in one sentence: "which rights watchdog" shares "rights" with Human Rights Watch,
    not with Amnesty International; both are bodies, so the kind alone cannot choose."""
    hits = ask(store, WATCHDOG, rerank=False, doc="velmar-2023")
    items = [a for a in answer(store, WATCHDOG, hits).items if a.kind == "who"]
    assert (items[0].value, items[0].extra["entity_type"]) == ("Human Rights Watch", "organization")
    assert "Human Rights Watch both criticized" in items[0].evidence and items[0].citation
    assert "Arden Kell" not in [a.value for a in items[:2]]   # a person is not the body asked
    monkeypatch.setattr(answers, "W_PHRASE", 0.0)   # t-ask11's chooser: the two bodies tie
    values = [a.value for a in answer(store, WATCHDOG, hits).items if a.kind == "who"]
    assert set(values[:2]) == {"Human Rights Watch", "Amnesty International"}


def test_cli_api_and_web_question_box_answer_a_watchdog_question(db):
    from typer.testing import CliRunner

    from rightsledger.api import create_app
    from rightsledger.cli import app

    out = CliRunner().invoke(app, ["ask", WATCHDOG, "--db", str(db), "--no-rerank", "--format", "jsonl", "--answers"])
    assert out.exit_code == 0, out.output
    assert out.output.index('"value": "Human Rights Watch"') < out.output.index('"value": "Amnesty International"')
    client = TestClient(create_app(str(db), rerank=False, ui=True))
    body = client.get("/api/ask", params={"q": WATCHDOG, "doc": "velmar-2023"}).json()
    assert body["answers"]["items"][0]["value"] == "Human Rights Watch"
    page = client.get("/ask", params={"q": WATCHDOG + " <script>x</script>", "doc": "velmar-2023"}).text
    assert "Human Rights Watch (organization)" in page and "<script>x</script>" not in page
