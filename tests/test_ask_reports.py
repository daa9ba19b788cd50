"""analysis/questions/reports.py: the report-level score of ``ask`` across reports (round t-ask20).

Three fictional reports of our own (Arvia: prisons, Belmar: labour, Corvin: elections), their
sentence vectors computed as ingest computes them. Each report's centroid (its mean sentence
vector) is compared with the question's vector; fused by reciprocal rank with the sentence
evidence, it decides which reports ``ask`` searches again and weighs. Within one report
(a ``doc`` filter) nothing changes."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from rightsledger.analysis.questions import ask as ask_mod
from rightsledger.analysis.questions.ask import ask, question_vector
from rightsledger.analysis.questions.reports import centroid_scores, rrf
from rightsledger.extract.embeddings.sentences import MODEL_ID, headings, sentence_vectors, to_bytes
from rightsledger.records import Document, Paragraph, Section, Sentence
from rightsledger.store import Bundle, Store

REPORTS = {
    "arvia-2031": ("Arvia", 2031, "Prison and Detention Center Conditions", [
        "Cells in the central jail held three times as many inmates as they were built for.",
        "Detainees slept on bare floors and received one meal a day.",
        "Guards beat prisoners who complained about the food.",
        "Tuberculosis spread among the inmates of the northern penitentiary.",
    ]),
    "belmar-2031": ("Belmar", 2031, "Freedom of Association and the Right to Collective Bargaining", [
        "Workers may form trade unions without prior authorization.",
        "A union must give the labor ministry ten days of notice before a strike.",
        "Dockworkers walked off the job in March to demand higher wages.",
        "Employers dismissed several union organizers after the stoppage.",
    ]),
    "corvin-2031": ("Corvin", 2031, "Elections and Political Participation", [
        "The incumbent won the presidential vote with 61 percent of the ballots.",
        "Observers reported that ballot boxes were stuffed in two provinces.",
        "Opposition candidates were barred from campaigning on state television.",
        "Turnout in the parliamentary polls was 48 percent.",
    ]),
}
QUESTION = "How much warning must workers give before they stop work?"   # Belmar's report


def _bundle(doc_id: str, country: str, year: int, title: str, lines: list[str]) -> Bundle:
    head = f"{year} Country Report on Human Rights Practices: {country}\n\n{title}\n\n"
    text = head + " ".join(lines) + "\n"
    spans = [(text.index(s), text.index(s) + len(s)) for s in lines]
    sections = [Section(doc_id, "1", title, 1, None, len(head) - len(title) - 2, len(text))]
    sentences = [Sentence(doc_id, "1", 1, a, b) for a, b in spans]
    heads = headings(sentences, sections, [])
    doc = Document(doc_id, text.splitlines()[0], country, country[:2].upper(), year, "USDOS", "txt",
                   doc_id[0] * 64, len(text))
    return Bundle(doc, f"/fixtures/{doc_id}.txt", text, sections, [],
                  [Paragraph(doc_id, "1", None, 1, spans[0][0], spans[-1][1])], sentences, [], [], [], [],
                  headings=heads, vectors=[to_bytes(v) for v in sentence_vectors(text, sentences, heads)],
                  vector_model=MODEL_ID)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    st = Store(tmp_path_factory.mktemp("reports") / "r.db")
    for doc_id, (country, year, title, lines) in REPORTS.items():
        st.save(_bundle(doc_id, country, year, title, lines), "test")
    return st


def test_the_centroid_score_picks_the_report_the_question_is_about(store):
    scores = centroid_scores(store, question_vector(QUESTION))
    assert set(scores) == set(REPORTS)
    assert max(scores, key=scores.get) == "belmar-2031" and scores["belmar-2031"] == 1.0
    prisons = centroid_scores(store, question_vector("How crowded were the jails, and what did inmates eat?"))
    assert max(prisons, key=prisons.get) == "arvia-2031"


def test_the_centroid_score_is_scaled_over_the_reports_in_scope(store):
    scores = centroid_scores(store, question_vector(QUESTION), {"arvia-2031", "corvin-2031"})
    assert set(scores) == {"arvia-2031", "corvin-2031"} and max(scores.values()) == 1.0 and min(scores.values()) == 0.0


def test_rrf_lifts_a_report_close_behind_in_the_evidence_and_first_by_the_report_score():
    evidence = {"a": 3.0, "b": 2.9, "c": 1.0}
    level = {"b": 1.0, "c": 0.5, "a": 0.0}
    fused = rrf(evidence, level, k=20.0)
    assert max(fused, key=fused.get) == "b" and fused["b"] == 1.0
    # a report only one ranking knows is ranked after that ranking's last, not dropped
    assert set(rrf({"a": 1.0}, {"b": 1.0}, k=20.0)) == {"a", "b"}


def test_the_fused_evidence_searches_the_right_report_again(store):
    # the sentence evidence points at Corvin by a hair, Belmar second: the report-level score decides
    hit = lambda doc: SimpleNamespace(doc=doc)  # noqa: E731
    scored = [(1.00, hit("corvin-2031")), (0.99, hit("belmar-2031")), (0.40, hit("arvia-2031"))]
    assert max(ask_mod.report_scores(scored), key=ask_mod.report_scores(scored).get) == "corvin-2031"
    level = ask_mod._report_level(store, question_vector(QUESTION), {})
    fused = ask_mod._evidence(scored, level)
    assert max(fused, key=fused.get) == "belmar-2031"


def test_a_country_filter_limits_the_report_level_score(store):
    level = ask_mod._report_level(store, question_vector(QUESTION), {"country": "Corvin"})
    assert set(level) == {"corvin-2031"}


def test_within_one_report_nothing_changes(store, monkeypatch):
    calls = []
    real = ask_mod._report_level
    monkeypatch.setattr(ask_mod, "_report_level", lambda *a, **k: calls.append(a) or real(*a, **k))
    within = [(h.start, h.score) for h in ask(store, QUESTION, rerank=False, doc="belmar-2031")]
    assert not calls
    monkeypatch.setattr(ask_mod, "REPORT_LEVEL_K", 0.0)
    assert [(h.start, h.score) for h in ask(store, QUESTION, rerank=False, doc="belmar-2031")] == within
    monkeypatch.setattr(ask_mod, "REPORT_LEVEL_K", 20.0)
    across = ask(store, QUESTION, rerank=False)
    assert calls and across[0].doc == "belmar-2031"


def test_a_tie_is_broken_by_the_evidence_in_every_process():
    # swapped ranks fuse to a tie; the first ranking (the sentence evidence) decides, not set order
    fused = rrf({"kestria-2031": 2.0, "lumeria-2031": 1.9}, {"lumeria-2031": 1.0, "kestria-2031": 0.0}, k=20.0)
    assert fused["kestria-2031"] == fused["lumeria-2031"] == 1.0
    assert sorted(fused, key=lambda d: -fused[d])[0] == "kestria-2031"


def test_a_question_naming_a_year_keeps_to_the_evidence(store, monkeypatch):
    calls = []
    monkeypatch.setattr(ask_mod, "_report_level", lambda *a, **k: calls.append(a) or {})
    ask(store, "How much warning must workers give before they stop work in 2031?", rerank=False)
    assert not calls
