"""``ask``'s word term counts a close word as the word itself (round t-ask27): each question word's
best cosine with a word of the sentence counts as min(1, cosine / ``FULL_MATCH``), so a sentence
that says what the question asks in other words ("troops injured demonstrators" for "soldiers hurt
protesters") is not outranked by one that repeats some of the question's words and not its meaning.

Fictional sentences and two fictional reports of our own (Quellmark and Ternavia), their sentence
vectors computed as ingest computes them."""
from __future__ import annotations

import pytest

try:
    from tests.test_ask_reports import _bundle
except ImportError:  # tests/ is not a package
    from test_ask_reports import _bundle  # type: ignore[no-redef]
from rightsledger.analysis.questions import rescore as rescore_mod
from rightsledger.analysis.questions.ask import ask
from rightsledger.analysis.questions.question import STOP_WORDS
from rightsledger.analysis.questions.rescore import rescore, word_match
from rightsledger.extract.embeddings.sentences import embed_query
from rightsledger.store import Store

WORDS = ["protesters", "hurt", "soldiers"]
REPEATS = "Protesters and soldiers met in the square."          # two of the words, not the meaning
REWORDS = "Troops injured several demonstrators."               # the meaning, none of the words

REPORTS = {
    "quellmark-2035": ("Quellmark", 2035, "Freedom of Peaceful Assembly", [
        "Troops injured 40 demonstrators near the harbor.",
        "The harbor district was closed for a week.",
        "A curfew was declared and lifted in June.",
    ]),
    "ternavia-2035": ("Ternavia", 2035, "Freedom of Peaceful Assembly", [
        "Soldiers watched 40 protesters march along the harbor road.",
        "Permits for marches were granted in most cities.",
        "Ternavia's parliament debated a law on assemblies.",
    ]),
}
QUESTION = "How many protesters did soldiers hurt at the harbor?"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    st = Store(tmp_path_factory.mktemp("paraphrase") / "p.db")
    for doc_id, report in REPORTS.items():
        st.save(_bundle(doc_id, *report), "test")
    return st


def test_a_close_word_counts_as_the_word_itself():
    hurt = word_match(["hurt"], [(("injured",), ()), (("hurt",), ())], full=0.5)
    assert hurt == [1.0, 1.0]
    # a weaker word counts in proportion; without ``full`` the cosine as it is
    plain, stretched = word_match(["hurt"], [(("injured",), ())])[0], word_match(["hurt"], [(("injured",), ())], full=0.8)[0]
    assert plain < stretched < 1.0 and stretched == pytest.approx(plain / 0.8, abs=1e-5)
    # an unrelated word stays far from found; the context still counts at CONTEXT
    far = word_match(["hurt"], [(("budget",), ())], full=0.5)[0]
    assert far < 0.3
    assert word_match(["hurt"], [((), ("injured",))], full=0.5) == [pytest.approx(rescore_mod.CONTEXT)]


def test_a_number_is_found_only_as_itself():
    # merge of 0.1.46: "2022" is near "2021" in the word vectors, and stretched to a full match the
    # year a question names no longer told its report's sentence from the year before's
    year = word_match(["2022"], [(("2021",), ()), (("2022",), ())], full=0.5)
    assert year[1] == pytest.approx(1.0) and year[0] < 1.0
    assert year[0] == pytest.approx(word_match(["2022"], [(("2021",), ())])[0])
    # the other words of the question are stretched as before
    assert word_match(["hurt", "2022"], [(("injured", "2022"), ())], full=0.5) == [pytest.approx(1.0)]


def test_the_rewording_outranks_the_repetition(monkeypatch):
    qvec = embed_query("Were protesters hurt by soldiers?")
    texts = [REPEATS, REWORDS]
    monkeypatch.setattr(rescore_mod, "FULL_MATCH", 1.0)     # the cosine as it is: the repetition wins
    repeats, rewords = rescore(qvec, WORDS, texts, [None, None], [0.0, 0.0], STOP_WORDS)
    assert repeats > rewords
    monkeypatch.setattr(rescore_mod, "FULL_MATCH", 0.5)
    repeats, rewords = rescore(qvec, WORDS, texts, [None, None], [0.0, 0.0], STOP_WORDS)
    assert rewords > repeats and rewords == pytest.approx(1.0)


def test_ask_across_reports_finds_the_report_that_rewords_the_question(store, monkeypatch):
    monkeypatch.setattr(rescore_mod, "FULL_MATCH", 1.0)
    assert ask(store, QUESTION, limit=1, rerank=False)[0].doc == "ternavia-2035"
    monkeypatch.undo()
    assert rescore_mod.FULL_MATCH == 0.5
    best = ask(store, QUESTION, limit=1, rerank=False)[0]
    assert best.doc == "quellmark-2035" and best.text.startswith("Troops injured 40")
