"""``ask``'s kind of figure (round t-ask25): a question that asks for a figure of one kind ("what
share …": a percentage; "how many …": a count) gives a sentence whose figures are all of another
kind a bare number's boost, not a figure's (``FIGURE_KIND_PENALTY``).

Two fictional reports of our own (Norvale and Tessary), their sentence vectors computed as ingest
computes them and their figures written by hand, as the extractor would store them."""
from __future__ import annotations

import pytest

try:
    from tests.test_ask_reports import _bundle
except ImportError:  # tests/ is not a package
    from test_ask_reports import _bundle  # type: ignore[no-redef]
from rightsledger.analysis.questions import ask as ask_mod
from rightsledger.analysis.questions.ask import asked_figure, ask
from rightsledger.analysis.questions.question import intent
from rightsledger.records import Figure, Span
from rightsledger.store import Store

REPORTS = {
    "norvale-2034": ("Norvale", 2034, "Freedom to Participate in the Political Process", [
        "The governing party took 61 percent of the ballots in the March assembly vote.",
        "Observers said the count in the capital was orderly.",
        "Opposition rallies were broken up in two provinces.",
    ]),
    "tessary-2034": ("Tessary", 2034, "Freedom to Participate in the Political Process", [
        "In the assembly vote, the governing party won 84 of the 120 seats and most of the ballots.",
        "Election monitors were admitted to every polling station.",
        "Turnout was low in the northern provinces.",
    ]),
}
# (doc, sentence index, value, unit, what): as the figure extractor stores them
FIGURES = [
    ("norvale-2034", 0, 61, "percent", "ballots cast"),
    ("tessary-2034", 0, 84, "seat", "seats"),
    ("tessary-2034", 0, 120, "seat", "seats"),
]
SHARE = "What share of the ballots did the governing party win in the assembly vote?"
COUNT = "How many seats did the governing party win in the assembly vote?"


def _with_figures(doc_id: str, report: tuple) -> object:
    bundle = _bundle(doc_id, *report)
    for k, (doc, i, value, unit, what) in enumerate(FIGURES):
        if doc == doc_id:
            s = bundle.sentences[i]
            bundle.figures.append(Figure(f"{doc_id}-fig{k}", doc_id, value, unit, what, "exact", None,
                                         s.section, Span.of(bundle.text, s.start, s.end)))
    return bundle


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    st = Store(tmp_path_factory.mktemp("kinds") / "k.db")
    for doc_id, report in REPORTS.items():
        st.save(_with_figures(doc_id, report), "test")
    return st


def _scores(store, monkeypatch, question, penalty, **filters):
    monkeypatch.setattr(ask_mod, "FIGURE_KIND_PENALTY", penalty)
    return {h.text: h.score for h in ask(store, question, rerank=False, limit=10, **filters)}


def test_the_kind_a_figure_question_asks_for():
    assert asked_figure(SHARE, intent(SHARE)) == "percent"
    assert asked_figure(COUNT, intent(COUNT)) == "count"
    assert asked_figure("How long may the police hold a suspect?",
                        intent("How long may the police hold a suspect?")) == "duration"
    assert asked_figure("Who won the assembly vote?", intent("Who won the assembly vote?")) is None


def test_the_shipped_penalty_is_a_bare_numbers_boost():
    assert ask_mod.FIGURE_KIND_PENALTY == pytest.approx(0.25 - 0.12)


def test_within_a_report_only_a_figure_of_another_kind_moves(store, monkeypatch):
    off = _scores(store, monkeypatch, SHARE, 0.0, doc="tessary-2034")
    on = _scores(store, monkeypatch, SHARE, 0.13, doc="tessary-2034")
    seats, *rest = REPORTS["tessary-2034"][3]
    assert on[seats] == pytest.approx(off[seats] - 0.13, abs=1e-5)
    for text in rest:   # no figure: unchanged
        assert on[text] == pytest.approx(off[text], abs=1e-5)


def test_a_figure_of_the_kind_asked_is_unchanged(store, monkeypatch):
    off = _scores(store, monkeypatch, SHARE, 0.0, doc="norvale-2034")
    on = _scores(store, monkeypatch, SHARE, 0.13, doc="norvale-2034")
    assert on == pytest.approx(off, abs=1e-5)
    seats = REPORTS["tessary-2034"][3][0]
    off = _scores(store, monkeypatch, COUNT, 0.0, doc="tessary-2034")
    on = _scores(store, monkeypatch, COUNT, 0.13, doc="tessary-2034")
    assert on[seats] == pytest.approx(off[seats], abs=1e-5)


def test_across_reports_the_share_asked_comes_first(store, monkeypatch):
    monkeypatch.setattr(ask_mod, "FIGURE_KIND_PENALTY", 0.0)
    assert ask(store, SHARE, rerank=False)[0].doc == "tessary-2034"   # the seats, by their words
    monkeypatch.setattr(ask_mod, "FIGURE_KIND_PENALTY", 0.13)
    hits = ask(store, SHARE, rerank=False)
    assert hits[0].doc == "norvale-2034" and "61 percent" in hits[0].text


def test_a_question_asking_no_figure_is_unchanged(store, monkeypatch):
    question = "Which party governed after the assembly vote?"
    monkeypatch.setattr(ask_mod, "FIGURE_KIND_PENALTY", 0.0)
    off = [(h.doc, h.start, h.score) for h in ask(store, question, rerank=False)]
    monkeypatch.setattr(ask_mod, "FIGURE_KIND_PENALTY", 0.13)
    assert [(h.doc, h.start, h.score) for h in ask(store, question, rerank=False)] == off
