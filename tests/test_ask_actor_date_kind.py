"""``ask``'s kind of record for "when" and "which …" questions (round t-ask26). A date question gives a
sentence whose event names no date in the sentence itself ("two days later") a bare date's boost, not
an event's (``DATE_UNNAMED_PENALTY``); a "which editor / which group …" question gives the who boost only
to a sentence that mentions an actor of the kind asked (``ACTOR_KIND_PENALTY``).

Two fictional reports of our own (Lunmark and Pellory), their sentence vectors computed as ingest
computes them and their events and entities written by hand, as the extractors would store them."""
from __future__ import annotations

import pytest

try:
    from tests.test_ask_reports import _bundle
except ImportError:  # tests/ is not a package
    from test_ask_reports import _bundle  # type: ignore[no-redef]
from rightsledger.analysis.questions import ask as ask_mod
from rightsledger.analysis.questions.ask import asked_actor, ask
from rightsledger.analysis.questions.question import intent
from rightsledger.records import Entity, Event, Participant, Span
from rightsledger.store import Store

REPORTS = {
    "lunmark-2035": ("Lunmark", 2035, "Freedom of Expression, Including for the Press", [
        "On May 4, gendarmes released the editor of the Morning Lamp after a week in custody.",
        "Gendarmes released the editor of the weekly Quill two days later.",
        "The editor said the gendarmes had mistreated him in custody.",
    ]),
    "pellory-2035": ("Pellory", 2035, "Freedom of Expression, Including for the Press", [
        "Gendarmes detained the editor Orsa Vantell after her paper printed the story on the mine.",
        "The Pellory Press Union said gendarmes detained an editor over the story on the mine.",
        "Gendarmes detained an editor in the capital over a story on the mine.",
    ]),
}
# (doc, sentence index, type, date, precision, participants)
EVENTS = [
    ("lunmark-2035", 0, "release", "2035-05-04", "day", []),
    ("lunmark-2035", 1, "release", "2035-05-06", "day", []),
    ("pellory-2035", 0, "detention_or_arrest", "2035", "year", [("Orsa Vantell", "target")]),
    ("pellory-2035", 1, "detention_or_arrest", "2035", "year", [("gendarmes", "actor")]),
    ("pellory-2035", 2, "detention_or_arrest", "2035", "year", [("gendarmes", "actor")]),
]
# (doc, sentence index, type, name)
ENTITIES = [("pellory-2035", 0, "person", "Orsa Vantell"), ("pellory-2035", 1, "organization", "Pellory Press Union")]
WHEN = "When did the gendarmes release the editor?"
WHICH = "Which editor did gendarmes detain over the story on the mine?"


def _with_records(doc_id: str, report: tuple) -> object:
    bundle = _bundle(doc_id, *report)
    for k, (doc, i, kind, date, precision, parts) in enumerate(EVENTS):
        if doc == doc_id:
            s = bundle.sentences[i]
            bundle.events.append(Event(f"{doc_id}:ev:{k + 1}", doc_id, kind, date, None, precision,
                                       [Participant(None, n, r) for n, r in parts], None, s.section, "asserted",
                                       None, Span.of(bundle.text, s.start, s.end)))
    for k, (doc, i, kind, name) in enumerate(ENTITIES):
        if doc == doc_id:
            at = bundle.text.index(name)
            bundle.entities.append(Entity(f"{doc_id}:ent:{k + 1}", kind, name, mentions=[[at, at + len(name)]]))
    return bundle


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    st = Store(tmp_path_factory.mktemp("kinds") / "k.db")
    for doc_id, report in REPORTS.items():
        st.save(_with_records(doc_id, report), "test")
    return st


def _scores(store, monkeypatch, question, date_penalty, actor_penalty, **filters):
    monkeypatch.setattr(ask_mod, "DATE_UNNAMED_PENALTY", date_penalty)
    monkeypatch.setattr(ask_mod, "ACTOR_KIND_PENALTY", actor_penalty)
    return {h.text: h.score for h in ask(store, question, rerank=False, limit=10, **filters)}


def test_the_kind_of_actor_a_which_question_asks_for():
    assert asked_actor(WHICH, intent(WHICH)) == "person"
    group = "Which rights group was allowed to visit the prisons?"
    assert asked_actor(group, intent(group)) == "organization"
    assert asked_actor("Who detained the editor?", intent("Who detained the editor?")) is None
    assert asked_actor(WHEN, intent(WHEN)) is None


def test_the_shipped_penalties_take_the_boost_of_a_sentence_without_the_record():
    assert ask_mod.DATE_UNNAMED_PENALTY == pytest.approx(0.25 - 0.12)
    assert ask_mod.ACTOR_KIND_PENALTY == pytest.approx(0.15)


def test_an_event_whose_date_the_sentence_does_not_name_counts_as_a_bare_date(store, monkeypatch):
    off = _scores(store, monkeypatch, WHEN, 0.0, 0.0, doc="lunmark-2035")
    on = _scores(store, monkeypatch, WHEN, 0.13, 0.15, doc="lunmark-2035")
    named, unnamed, none = REPORTS["lunmark-2035"][3]
    assert on[unnamed] == pytest.approx(off[unnamed] - 0.13, abs=1e-5)
    assert on[named] == pytest.approx(off[named], abs=1e-5)       # "On May 4": the date is named
    assert on[none] == pytest.approx(off[none], abs=1e-5)         # no event: unchanged


def test_only_a_mention_of_the_kind_asked_earns_the_who_boost(store, monkeypatch):
    off = _scores(store, monkeypatch, WHICH, 0.0, 0.0, doc="pellory-2035")
    on = _scores(store, monkeypatch, WHICH, 0.13, 0.15, doc="pellory-2035")
    person, body, acting = REPORTS["pellory-2035"][3]
    assert on[person] == pytest.approx(off[person], abs=1e-5)     # names the editor: a person
    assert on[body] == pytest.approx(off[body] - 0.15, abs=1e-5)  # a body only
    assert on[acting] == pytest.approx(off[acting] - 0.15, abs=1e-5)  # an acting event, no one named


def test_a_who_question_without_a_kind_is_unchanged(store, monkeypatch):
    question = "Who detained the editor over the story on the mine?"
    assert _scores(store, monkeypatch, question, 0.13, 0.15) == pytest.approx(
        _scores(store, monkeypatch, question, 0.0, 0.0), abs=1e-6)


def test_across_reports_the_named_date_and_the_named_person_come_first(store, monkeypatch):
    monkeypatch.setattr(ask_mod, "DATE_UNNAMED_PENALTY", 0.0)
    monkeypatch.setattr(ask_mod, "ACTOR_KIND_PENALTY", 0.0)
    assert "two days later" in ask(store, WHEN, rerank=False)[0].text      # by its words and its event
    assert "in the capital" in ask(store, WHICH, rerank=False)[0].text     # by its words and its acting event
    monkeypatch.setattr(ask_mod, "DATE_UNNAMED_PENALTY", 0.13)
    monkeypatch.setattr(ask_mod, "ACTOR_KIND_PENALTY", 0.15)
    assert "On May 4" in ask(store, WHEN, rerank=False)[0].text
    assert "Orsa Vantell" in ask(store, WHICH, rerank=False)[0].text
