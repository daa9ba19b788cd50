"""Outline units in ask (round t-ask7): a sentence's subsection covers the question's words.

Fictional reports of our own: Veridia (a lockup in a port city, told over two sentences of one
subsection) and Ostrava (a single sentence about deaths in custody, in a subsection about
something else).
"""
from __future__ import annotations

import pytest

from rightsledger.analysis.questions import ask as ask_module
from rightsledger.analysis.questions.ask import STOP_WORDS, ask
from rightsledger.analysis.questions.units import coverage, unit_words
from rightsledger.extract.embeddings.sentences import MODEL_ID, headings, sentence_vectors, to_bytes
from rightsledger.records import Document, Paragraph, Section, Sentence
from rightsledger.store import Bundle, Store

VERIDIA = [
    ("1.c", "Prison and Detention Center Conditions", [
        "In November twelve inmates suffocated in an overcrowded police lockup in Port Lisk.",
        "The cell, built for ten detainees, held forty men when the ventilation failed.",
    ]),
    ("2.a", "Freedom of Expression", [
        "The government owned the only daily newspaper.",
    ]),
]
OSTRAVA = [
    ("1.a", "Arbitrary Deprivation of Life", [
        "Two men died in police custody in the capital after beatings.",
    ]),
    ("3", "Elections and Political Participation", [
        "The parliament has 90 seats.",
    ]),
]


def _bundle(doc_id: str, country: str, parts: list[tuple[str, str, list[str]]]) -> Bundle:
    """A report of our own: one section per part, one paragraph of its sentences."""
    text = f"2001 Country Report on Human Rights Practices: {country}\n\n"
    sections, paragraphs, sentences = [], [], []
    for n, (sid, title, said) in enumerate(parts, 1):
        start = len(text)
        text += f"{title}\n\n"
        body = len(text)
        spans = []
        for s in said:
            spans.append((len(text), len(text) + len(s)))
            text += s + " "
        text = text.rstrip() + "\n\n"
        sections.append(Section(doc_id, sid, title, 1, None, start, len(text.rstrip())))
        paragraphs.append(Paragraph(doc_id, sid, None, n, body, spans[-1][1]))
        sentences += [Sentence(doc_id, sid, n, a, b) for a, b in spans]
    heads = headings(sentences, sections, [])
    vecs = [to_bytes(v) for v in sentence_vectors(text, sentences, heads)]
    doc = Document(doc_id, text.splitlines()[0], country, country[:2].upper(), 2001, "USDOS", "txt",
                   doc_id[0] * 64, len(text))
    return Bundle(doc, f"/fixtures/{doc_id}.txt", text, sections, [], paragraphs, sentences, [], [], [], [],
                  headings=heads, vectors=vecs, vector_model=MODEL_ID)


@pytest.fixture
def store(tmp_path):
    st = Store(tmp_path / "u.db")
    st.save(_bundle("veridia-2001", "Veridia", VERIDIA), "test")
    st.save(_bundle("ostrava-2001", "Ostrava", OSTRAVA), "test")
    return st


def test_a_units_words_are_its_headings_and_all_its_sentences(store):
    prisons = ("veridia-2001", "Prison and Detention Center Conditions")
    press = ("veridia-2001", "Freedom of Expression")
    words = unit_words(store, [prisons, press], STOP_WORDS)
    assert {"prison", "suffocated", "lockup", "ventilation", "forty"} <= set(words[prisons])
    assert "newspaper" not in words[prisons] and "newspaper" in words[press]
    assert "the" not in words[prisons]   # stop words out
    # a heading path no sentence stands under: its own words only
    nowhere = ("veridia-2001", "No Such Heading")
    assert unit_words(store, [nowhere], STOP_WORDS) == {nowhere: ("heading",)}


def test_the_subsection_holding_every_word_covers_more(store):
    q = ["inmates", "lockup", "ventilation", "port"]
    lockup = ("veridia-2001", "Prison and Detention Center Conditions")
    custody = ("ostrava-2001", "Arbitrary Deprivation of Life")
    got = coverage(store, q, [lockup, custody, lockup], STOP_WORDS)
    assert got[0] == got[2] and got[0] > got[1]
    assert coverage(store, [], [lockup], STOP_WORDS) == [0.0]


def test_a_new_report_is_read_afresh(store):
    key = ("zembla-2001", "Prison and Detention Center Conditions")
    assert "guards" not in unit_words(store, [key], STOP_WORDS)[key]
    store.save(_bundle("zembla-2001", "Zembla", [("1.c", "Prison and Detention Center Conditions",
                                                   ["Guards beat a prisoner in the lockup."])]), "test")
    assert "guards" in unit_words(store, [key], STOP_WORDS)[key]


def test_ask_adds_the_units_coverage_to_each_sentence(store, monkeypatch):
    question = "How many inmates died when the air ran out in a crowded lockup in the port?"
    with_units = {(h.doc, h.start): h.score for h in ask(store, question, limit=10, rerank=False)}
    monkeypatch.setattr(ask_module, "UNIT_COVER", 0.0)
    without = {(h.doc, h.start): h.score for h in ask(store, question, limit=10, rerank=False)}
    assert with_units.keys() == without.keys()
    gain = {k: with_units[k] - without[k] for k in with_units}
    veridia = [g for (d, _), g in gain.items() if d == "veridia-2001"]
    assert all(g > 0 for g in gain.values())
    # the first sentence of the lockup subsection answers, and its subsection covers the question best
    top = ask(store, question, limit=1, rerank=False)[0]
    assert top.doc == "veridia-2001" and "suffocated" in top.text
    assert max(veridia) == max(gain.values())
