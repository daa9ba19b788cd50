"""``ask``'s month agreement (round t-ask23): a question that names a month prefers the sentences
naming it over those naming only other months ("killed in March" is not answered by "on August 31").

Two fictional reports of our own (Dravia and Elmoor), each with a mine collapse in another month,
their sentence vectors computed as ingest computes them."""
from __future__ import annotations

import pytest

try:
    from tests.test_ask_reports import _bundle
except ImportError:  # tests/ is not a package
    from test_ask_reports import _bundle  # type: ignore[no-redef]
from rightsledger.analysis.questions import ask as ask_mod
from rightsledger.analysis.questions.ask import ask, month_agreement
from rightsledger.analysis.questions.question import months
from rightsledger.store import Store

REPORTS = {
    "dravia-2033": ("Dravia", 2033, "Acceptable Conditions of Work", [
        "On March 4, nine people were killed when a small tin mine site caved in.",
        "The labor inspectorate employed 40 inspectors for the whole country.",
        "Miners often worked without helmets or boots.",
    ]),
    "elmoor-2033": ("Elmoor", 2033, "Acceptable Conditions of Work", [
        "On August 19, seven miners were killed when a tunnel collapsed at a small gold mining site.",
        "Workers at small mining sites had no protective equipment.",
        "The minimum wage did not cover a family's basic needs.",
    ]),
}
QUESTION = "How many people were killed when a small mining site collapsed in March?"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    st = Store(tmp_path_factory.mktemp("months") / "m.db")
    for doc_id, report in REPORTS.items():
        st.save(_bundle(doc_id, *report), "test")
    return st


def test_months_are_the_capitalised_month_names():
    assert months("On March 4 and again in late November, police fired.") == {"March", "November"}
    assert months("The detainees may see a lawyer; the law of May 2019 says so.") == {"May"}
    assert months("No month here, though 2019 is a year.") == frozenset()


def test_a_question_opening_with_may_asks_no_month():
    assert months("May a detainee see a lawyer in June?", question=True) == {"June"}
    assert months("How many were freed in May?", question=True) == {"May"}


def test_month_agreement_is_plus_one_minus_one_or_zero():
    asked = frozenset({"March"})
    assert month_agreement(asked, "On March 4, nine diggers died.") == 1.0
    assert month_agreement(asked, "In February and March, courts were closed.") == 1.0
    assert month_agreement(asked, "On August 19, seven miners were killed.") == -1.0
    assert month_agreement(asked, "Miners worked without helmets.") == 0.0


def test_the_shipped_weight_is_on():
    assert ask_mod.MONTH_WEIGHT > 0


def test_within_a_report_each_sentence_moves_by_the_weight(store, monkeypatch):
    def scores(weight):
        monkeypatch.setattr(ask_mod, "MONTH_WEIGHT", weight)
        return {h.text: h.score for h in ask(store, QUESTION, rerank=False, limit=10, doc="elmoor-2033")}
    off, on = scores(0.0), scores(0.1)
    august = REPORTS["elmoor-2033"][3][0]
    assert on[august] == pytest.approx(off[august] - 0.1, abs=1e-5)
    for text in REPORTS["elmoor-2033"][3][1:]:
        assert on[text] == pytest.approx(off[text], abs=1e-5)


def test_across_reports_the_month_asked_comes_first(store, monkeypatch):
    monkeypatch.setattr(ask_mod, "MONTH_WEIGHT", 0.1)
    assert ask(store, QUESTION, rerank=False)[0].doc == "dravia-2033"


def test_a_question_naming_no_month_is_unchanged(store, monkeypatch):
    question = "How many people were killed when a small mining site collapsed?"
    monkeypatch.setattr(ask_mod, "MONTH_WEIGHT", 0.0)
    off = [(h.doc, h.start, h.score) for h in ask(store, question, rerank=False)]
    monkeypatch.setattr(ask_mod, "MONTH_WEIGHT", 0.1)
    assert [(h.doc, h.start, h.score) for h in ask(store, question, rerank=False)] == off
