"""``ask``'s asked kind, read as the answers panel reads it and sharper (round t-ask29): the ranking's
intent boost reads ``answer_intent`` ("from what age …", "what do … earn" ask for a figure), a
question that asks for nothing else asks for a figure when its words name a measure ("what prison
term …", "the hourly pay floor"), and a legal provision's quantity counts as a figure of its unit's
kind ("within 48 hours" is a duration), as the answers panel already counts it.

One fictional report of our own (Corvane), its sentence vectors computed as ingest computes them and
its figure and provision written by hand, as the extractors would store them."""
from __future__ import annotations

import pytest

try:
    from tests.test_ask_reports import _bundle
except ImportError:  # tests/ is not a package
    from test_ask_reports import _bundle  # type: ignore[no-redef]
from rightsledger.analysis.questions import ask as ask_mod
from rightsledger.analysis.questions.answers import measure
from rightsledger.analysis.questions.ask import asked_figure, asked_intent, ask
from rightsledger.records import Figure, Provision, Quantity, Span
from rightsledger.store import Store

DOC = "corvane-2041"
LINES = [
    "The law requires that police bring a detainee before a judge within 48 hours of arrest.",
    "Police detained 48 protesters in the capital after the rally and released them without charge.",
    "Detainees complained that judges rarely visited the police stations.",
]
HOW_LONG = "How long may police hold a detainee before a judge sees him?"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    bundle = _bundle(DOC, "Corvane", 2041, "Arbitrary Arrest or Detention", LINES)
    first, second = bundle.sentences[0], bundle.sentences[1]
    bundle.provisions.append(Provision(f"{DOC}:prov:1", DOC, "time_limit", Quantity(48, "hours", "within 48 hours"),
                                       "police", first.section, Span.of(bundle.text, first.start, first.end)))
    bundle.figures.append(Figure(f"{DOC}-fig0", DOC, 48, "persons", "protesters detained", "exact", None,
                                 second.section, Span.of(bundle.text, second.start, second.end)))
    st = Store(tmp_path_factory.mktemp("asked") / "a.db")
    st.save(bundle, "test")
    return st


@pytest.mark.parametrize("question", [
    "From what age may a young person legally take a job?",          # answer_intent's "what age"
    "What does a teacher earn in a month?",                          # answer_intent's "earn"
    "What prison term does the law set for bribing a judge?",        # a measure named, nothing else asked
    "What is the hourly pay floor for farm workers?",
    "What is the legal cap on weekly working time?",
])
def test_a_question_naming_a_measure_asks_for_a_figure(question):
    assert "figure" in asked_intent(question)


@pytest.mark.parametrize("question, kind", [
    ("What prison term does the law set for bribing a judge?", "duration"),
    ("What range of jail terms awaits those convicted of smuggling?", "duration"),
    ("How much notice must unions give before a strike?", "duration"),
    ("How much money did the ministry lose to fraud?", "money"),
    ("What is the monthly base pay of a nurse?", "money"),
])
def test_the_measure_named(question, kind):
    assert measure(question) == kind
    assert asked_figure(question, asked_intent(question)) == kind


def test_a_who_question_saying_pay_asks_for_no_figure():
    question = "Which newspaper was told to pay damages to the minister?"
    assert asked_intent(question) == {"who"}


def test_a_provisions_quantity_is_a_figure_of_its_kind(store):
    hits = ask(store, HOW_LONG, rerank=False, limit=10, doc=DOC)
    feats = ask_mod._features(store, hits, asked_figure(HOW_LONG, asked_intent(HOW_LONG)))
    by_text = {h.text: feats[(h.doc, h.start)] for h in hits}
    limit, protesters = by_text[LINES[0]], by_text[LINES[1]]
    assert limit["figure"] and not limit["other_kind"]        # 48 hours: the duration asked
    assert protesters["figure"] and protesters["other_kind"]  # 48 persons: a count


def test_the_time_limit_comes_first(store):
    hits = ask(store, HOW_LONG, rerank=False, limit=10, doc=DOC)
    feats = ask_mod._features(store, hits, "duration")
    boosts = {h.text: ask_mod._boost(h, asked_intent(HOW_LONG), feats[(h.doc, h.start)]) for h in hits}
    assert boosts[LINES[0]] == pytest.approx(0.25)           # a figure of the kind asked
    assert boosts[LINES[1]] == pytest.approx(0.25 - ask_mod.FIGURE_KIND_PENALTY)
    assert hits[0].text == LINES[0]
