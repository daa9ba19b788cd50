"""A question's nationality word of a stored country names that country's reports (t-ask34,
analysis/questions/scope.py ``named_nationality``): across reports, "Veridian police" gives the Veridia
report the named prior, as a named year gives its reports; within a report nothing changes."""
from __future__ import annotations

import pytest

from rightsledger.analysis.questions import ask as ask_module
from rightsledger.analysis.questions.ask import ask
from rightsledger.analysis.questions.scope import document_prior, named_nationality
from rightsledger.store import Store

try:
    from tests.test_scope import _bundle
except ImportError:  # tests/ is not a package
    from test_scope import _bundle  # type: ignore[no-redef]

# fictional reports of our own: the same kind of sentence in each, Kestria's worded closer to the question
REPORTS = {
    "veridia-2022": ("Veridia", ["Police detained 40 protesters after a rally in the north.",
                                 "The minimum wage was 310 vel a month."]),
    "kestria-2022": ("Kestria", ["Police detained 25 protesters after the rally.",
                                 "The minimum wage was 95 kor a month."]),
    "morania-2022": ("Morania", ["Authorities detained several journalists during the year.",
                                 "The minimum wage was 70 ruk a month."]),
}
QUESTION = "How many protesters did Veridian police detain after the rally?"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    st = Store(tmp_path_factory.mktemp("nationality") / "s.db")
    for doc_id, (country, lines) in REPORTS.items():
        st.save(_bundle(doc_id, country, lines), "test")
    return st


def test_a_nationality_word_names_its_stored_country(store):
    assert named_nationality(store, QUESTION) == "Veridia"
    assert named_nationality(store, "Were Kestrian courts independent?") == "Kestria"
    assert named_nationality(store, "How many Moranese journalists were held?") == "Morania"


def test_no_country_when_the_word_names_none_or_several(store):
    assert named_nationality(store, "How many Ostravan refugees arrived?") is None     # no such report
    assert named_nationality(store, "Did Veridia detain protesters?") is None           # the name: named_country's
    assert named_nationality(store, "Did veridian police detain anyone?") is None       # not written as a name
    assert named_nationality(store, "Did Veridian and Kestrian police meet?") is None   # two countries


def test_the_named_country_has_the_prior(store):
    prior = document_prior(store, [], countries=["Veridia"])
    assert prior == {"veridia-2022": 1.0}


def test_across_reports_the_named_peoples_report_answers_first(store):
    hits = ask(store, QUESTION, limit=3, rerank=False)
    assert hits[0].doc == "veridia-2022"


def test_without_the_reading_the_closer_wording_wins(store, monkeypatch):
    monkeypatch.setattr(ask_module, "NATIONALITY", False)
    assert ask(store, QUESTION, limit=3, rerank=False)[0].doc == "kestria-2022"


def test_within_a_report_nothing_changes(store, monkeypatch):
    within = [(h.start, h.score) for h in ask(store, QUESTION, limit=2, rerank=False, doc="kestria-2022")]
    monkeypatch.setattr(ask_module, "NATIONALITY", False)
    assert [(h.start, h.score) for h in ask(store, QUESTION, limit=2, rerank=False, doc="kestria-2022")] == within
