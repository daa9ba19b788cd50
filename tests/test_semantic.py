"""Semantic retrieval in the default install: vectors, headings, topic filter, hybrid ask, answers."""
from __future__ import annotations

import numpy as np
import pytest
from sqlalchemy import text as sql

from rightsledger.analysis.questions.answers import answer, figure_text
from rightsledger.analysis.questions.ask import ask, distinct_editions, semantic_search
from rightsledger.analysis.questions.rescore import word_match, words_of
from rightsledger.extract.embeddings.sentences import (
    DIM, MODEL_ID, embed_query, embed_texts, from_bytes, headings, sentence_vectors, to_bytes,
)
from rightsledger.records import Document, Figure, Paragraph, Section, Sentence, Span, Subtopic
from rightsledger.store import Bundle, Store
from rightsledger.store.search import count, search
from rightsledger.store.search.vectors import vector_search

# a fictional report of our own
TEXT = (
    "2022 Country Report on Human Rights Practices: Veridia\n\n"
    "Section 1. Respect for the Integrity of the Person\n\n"
    "a. Arbitrary Deprivation of Life\n\n"
    "The government stated that 14 persons died during the dispersal of the Lisk protests. "
    "The Veridian Helsinki Committee documented at least 21 deaths.\n\n"
    "Political Prisoners and Detainees\n\n"
    "The Lantern Alliance kept a list of 58 persons held for their views. "
    "Authorities released one of them, Ana Brell, on May 3.\n"
)


def _bundle(doc_id: str = "veridia-2022", text: str = TEXT, year: int = 2022) -> Bundle:
    def at(s: str) -> tuple[int, int]:
        i = text.index(s)
        return i, i + len(s)

    s = [at("The government stated that 14 persons died during the dispersal of the Lisk protests."),
         at("The Veridian Helsinki Committee documented at least 21 deaths."),
         at("The Lantern Alliance kept a list of 58 persons held for their views."),
         at("Authorities released one of them, Ana Brell, on May 3.")]
    sec1 = text.index("Section 1.")
    sub_a = text.index("a. Arbitrary")
    sub_e_title = at("Political Prisoners and Detainees")
    end = len(text.rstrip())
    sections = [Section(doc_id, "1", "Respect for the Integrity of the Person", 1, None, sec1, end),
                Section(doc_id, "1.a", "Arbitrary Deprivation of Life", 2, "1", sub_a, sub_e_title[0], "deprivation_of_life"),
                Section(doc_id, "1.e", "Political Prisoners and Detainees", 2, "1", sub_e_title[0], end,
                        "political_prisoners")]
    sentences = [Sentence(doc_id, "1.a", 1, *s[0]), Sentence(doc_id, "1.a", 1, *s[1]),
                 Sentence(doc_id, "1.e", 1, *s[2]), Sentence(doc_id, "1.e", 1, *s[3])]
    figs = [Figure(f"{doc_id}:fig:1", doc_id, 14, None, "persons died", "exact", "the government", "1.a",
                   Span.of(text, *s[0])),
            Figure(f"{doc_id}:fig:2", doc_id, 21, None, "deaths", "at least", "the Veridian Helsinki Committee",
                   "1.a", Span.of(text, *s[1]))]
    heads = headings(sentences, sections, [])
    vecs = [to_bytes(v) for v in sentence_vectors(text, sentences, heads)]
    doc = Document(doc_id, text.splitlines()[0], "Veridia", "VD", year, "USDOS", "txt", "b" * 64, len(text))
    return Bundle(doc, f"/fixtures/{doc_id}.txt", text, sections, [],
                  [Paragraph(doc_id, "1.a", None, 1, s[0][0], s[1][1]),
                   Paragraph(doc_id, "1.e", None, 1, s[2][0], s[3][1])],
                  sentences, [], [], figs, [], headings=heads, vectors=vecs, vector_model=MODEL_ID)


@pytest.fixture
def store(tmp_path):
    st = Store(tmp_path / "s.db")
    st.save(_bundle(), "test")
    return st


def test_embeddings_are_unit_rows_and_round_trip():
    m = embed_texts(["Police detained protesters.", "The court acquitted him."])
    assert m.shape == (2, DIM)
    assert np.allclose(np.linalg.norm(m, axis=1), 1.0, atol=1e-4)
    v = from_bytes(to_bytes(m[0]))
    assert float(v @ m[0]) > 0.999
    assert embed_query("who was released?").shape == (DIM,)


def test_paraphrase_is_closer_than_an_unrelated_sentence():
    q = embed_query("How many lost their lives in the unrest?")
    died, other = embed_texts(["238 persons died because of the violence.",
                               "The law provides for freedom of religion."])
    assert float(q @ died) > float(q @ other)


def test_headings_name_the_section_and_subtopic():
    b = _bundle()
    assert b.headings[2] == "Political Prisoners and Detainees"
    subs = [Subtopic("d", "1.a", "Killings in Lisk", b.sentences[0].start, b.sentences[1].end)]
    assert headings(b.sentences[:1], b.sections, subs) == ["Arbitrary Deprivation of Life / Killings in Lisk"]


def test_vectors_are_stored_and_deleted_with_the_document(store):
    with store.engine.connect() as conn:
        assert conn.execute(sql("SELECT COUNT(*) FROM sentence_vectors")).scalar() == 4
        assert conn.execute(sql("SELECT COUNT(*) FROM sentences WHERE heading IS NOT NULL")).scalar() == 4
    store.delete_document("veridia-2022")
    with store.engine.connect() as conn:
        assert conn.execute(sql("SELECT COUNT(*) FROM sentence_vectors")).scalar() == 0


def test_exact_search_matches_sentences_only_headings_when_asked(store):
    # "detainees" is only in the heading: the exact search does not see it, the hybrid does
    assert search(store, "detainees") == []
    assert count(store, "detainees") == 0
    hits = search(store, "detainees", headings=True)
    assert {h.text[:20] for h in hits} == {"The Lantern Alliance", "Authorities released"}


def test_topic_filter(store):
    hits = search(store, "", topic="political_prisoners")
    assert [h.section for h in hits] == ["1.e", "1.e"]
    assert search(store, "persons", topic="deprivation_of_life")[0].section == "1.a"


def test_vector_search_and_filters(store):
    q = embed_query("How many people lost their lives?")
    hits = vector_search(store, q, limit=4, doc="veridia-2022")
    assert len(hits) == 4 and hits[0].section == "1.a"
    assert all(h.section == "1.e" for h in vector_search(store, q, limit=4, section="1.e"))
    assert vector_search(store, q, doc="nowhere") == []


def test_new_document_is_seen_by_the_cached_vectors(store):
    q = embed_query("political prisoners list")
    assert {h.doc for h in vector_search(store, q, limit=10)} == {"veridia-2022"}
    store.save(_bundle("veridia-2023", TEXT.replace("2022", "2023"), 2023), "test")
    assert {h.doc for h in vector_search(store, q, limit=10)} == {"veridia-2022", "veridia-2023"}


def test_ask_hybrid_finds_the_paraphrase_and_the_heading(store):
    hits = ask(store, "How many were jailed for their politics?", rerank=False)
    assert {h.section for h in hits[:2]} == {"1.e"}   # under "Political Prisoners and Detainees"
    plain = ask(store, "How many lost their lives in the unrest?", rerank=False, semantic=False)
    hybrid = ask(store, "How many lost their lives in the unrest?", rerank=False)
    assert hybrid and "died" in hybrid[0].text or "deaths" in hybrid[0].text
    assert len(hybrid) >= len(plain)


def test_semantic_search(store):
    hits = semantic_search(store, "prisoners of conscience", limit=2)
    assert hits and all(h.section == "1.e" for h in hits)


def test_word_match_bridges_the_words_a_report_uses():
    # max-sim over static word vectors: "female" finds "women", "hurt" finds "injured"
    q = ["female", "hurt"]
    near, far = word_match(q, [(("women", "injured", "rally"), ()), (("budget", "approved", "ministry"), ())])
    assert near > far + 0.3
    # a word of the context (previous sentence, headings) counts, a little less than the sentence's own
    own, context = word_match(["prisoners"], [(("prisoners",), ()), (("released",), ("prisoners",))])
    assert own == pytest.approx(1.0, abs=1e-3) and 0.7 < context < own
    assert word_match([], [(("x",), ())]) == [0.0]
    assert words_of("The police, the Police and THE courts.", frozenset({"the", "and"})) == ("police", "courts")


def test_a_sentence_only_the_vectors_find_still_wins():
    """A sentence that shares no word with the question (so BM25 never sees it) is scored like
    the others, not pushed down for missing from one of two rankings."""
    text = ("2021 Country Report on Human Rights Practices: Veridia\n\n"
            "Section 3. Freedom to Participate in the Political Process\n\n"
            "There were four female ministers and six female deputy ministers. "
            "Two female judges sat on the seven-seat Supreme Court. "
            "The electoral commission registered 1.9 million voters. "
            "There were five women in the 40-seat Senate and nine women in the 90-seat Assembly.\n")
    doc_id = "veridia-2021"
    spans = []
    for part in text.split("\n\n")[2].strip().split(". "):
        part = part if part.endswith(".") else part + "."
        i = text.index(part)
        spans.append((i, i + len(part)))
    sec = text.index("Section 3.")
    sections = [Section(doc_id, "3", "Freedom to Participate in the Political Process", 1, None, sec, len(text))]
    sentences = [Sentence(doc_id, "3", 1, a, b) for a, b in spans]
    heads = headings(sentences, sections, [])
    bundle = Bundle(Document(doc_id, text.splitlines()[0], "Veridia", "VD", 2021, "USDOS", "txt", "c" * 64, len(text)),
                    f"/fixtures/{doc_id}.txt", text, sections, [], [Paragraph(doc_id, "3", None, 1, spans[0][0], spans[-1][1])],
                    sentences, [], [], [], [], headings=heads,
                    vectors=[to_bytes(v) for v in sentence_vectors(text, sentences, heads)], vector_model=MODEL_ID)
    st = Store("sqlite://")
    st.save(bundle, "test")
    hits = ask(st, "How many female members sit in each chamber of the legislature?", rerank=False)
    assert hits[0].text.startswith("There were five women in the 40-seat Senate"), [h.text for h in hits]


def test_one_countrys_editions_repeat_a_sentence_once():
    from rightsledger.store.search import Hit

    def hit(doc: str, start: int, text: str) -> Hit:
        return Hit(0, doc, "1.c", start, start + len(text), text, 0.0, "")

    same = "The prison in Lisk held 1,200 inmates in space built for 400."
    scored = [(0.9, hit("veridia-2022", 10, same)), (0.8, hit("veridia-2023", 40, same)),
              (0.7, hit("kestria-2023", 5, same)), (0.6, hit("veridia-2022", 90, same)),
              (0.5, hit("veridia-2023", 80, "Authorities released 40 detainees in May."))]
    countries = {"veridia-2022": "veridia", "veridia-2023": "veridia", "kestria-2023": "kestria"}
    kept = distinct_editions(scored, countries)
    # the 2023 copy goes; another country's identical sentence and a repeat inside one report stay
    assert [(h.doc, h.start) for _, h in kept] == [("veridia-2022", 10), ("kestria-2023", 5),
                                                   ("veridia-2022", 90), ("veridia-2023", 80)]


def test_a_fact_reworded_by_the_next_edition_is_shown_once_a_new_figure_is_not():
    from rightsledger.store.search import Hit

    def hit(doc: str, start: int, text: str) -> Hit:
        return Hit(0, doc, "7.e", start, start + len(text), text, 0.0, "")

    scored = [(0.9, hit("veridia-2022", 10, "In the civil service, wages varied from $24 to $288 (325 to 3,900 vel) per month.")),
              (0.8, hit("veridia-2023", 40, "In the civil service, wages ranged from $24 to $288 (325 to 3,900 vel) per month.")),
              (0.7, hit("veridia-2023", 90, "In the civil service, wages varied from $30 to $310 (400 to 4,200 vel) per month."))]
    kept = distinct_editions(scored, {"veridia-2022": "veridia", "veridia-2023": "veridia"})
    # "ranged" for "varied", the same figures: one fact; the next year's new wages: another
    assert [(h.doc, h.start) for _, h in kept] == [("veridia-2022", 10), ("veridia-2023", 90)]


def test_semantic_search_without_a_shared_word(store):
    hits = semantic_search(store, "fatalities at the rally", limit=2)
    assert hits and all(h.section == "1.a" for h in hits)


def test_answers_group_figures_by_source(store):
    q = "How many people died in the Lisk protests?"
    res = answer(store, q, ask(store, q, rerank=False))
    assert res.summary == "14, according to the government; at least 21, according to the Veridian Helsinki Committee"
    assert {a.kind for a in res.items} == {"figure"}
    assert all(a.citation and a.evidence == TEXT[a.start:a.end] for a in res.items)


def test_a_count_of_persons_held_is_no_answer_to_how_many_died(tmp_path):
    """"How many people died": a figure of 58 "persons held" in a sentence the ranking returns
    shares only "persons" with the deaths and is left out of the summary and the answers."""
    bundle = _bundle()
    held = TEXT.index("The Lantern Alliance kept a list of 58 persons held for their views.")
    span = Span.of(TEXT, held, held + len("The Lantern Alliance kept a list of 58 persons held for their views."))
    bundle.figures.append(Figure("veridia-2022:fig:3", "veridia-2022", 58, None, "persons held", "exact",
                                 "the Lantern Alliance", "1.e", span))
    st = Store(tmp_path / "held.db")
    st.save(bundle, "test")
    q = "How many people died in the Lisk protests?"
    hits = ask(st, q, rerank=False)
    assert any(h.start == held for h in hits)   # the sentence is among the passages read
    res = answer(st, q, hits)
    assert res.summary == "14, according to the government; at least 21, according to the Veridian Helsinki Committee"
    assert 58 not in [a.value for a in res.items]


def test_same_thing_ignores_the_nouns_any_count_has():
    from rightsledger.analysis.questions.answers import same_thing

    assert same_thing("persons died", "deaths")
    assert not same_thing("persons died", "persons arrested")
    assert not same_thing("people killed", "individuals detained")
    assert same_thing("persons", "persons arrested")     # a bare noun says nothing against it
    assert same_thing(None, "deaths")


def test_lost_their_lives_asks_for_deaths():
    """"How many lost their lives" counts deaths: a figure of persons who died answers it, and
    one of children who "lived" on the streets (the same prefix) answers it less."""
    from rightsledger.analysis.questions.answers import _overlap, _stems

    q = _stems("How many people lost their lives in the unrest?")
    died, lived = _stems("at least 21 persons died"), _stems("1,800 children lived on the streets")
    assert _overlap(died, q) > _overlap(lived, q)


def test_figure_text():
    assert figure_text(260, None, None, "deaths", "approximately", "HRW") == "approximately 260 deaths, according to HRW"
    assert figure_text(12.5, None, "percent", None, "exact", None) == "12.5%"


def test_reindex_fills_missing_vectors(store):
    from rightsledger.run.vectors import docs_without_vectors, embed_stored

    with store.writing() as conn:
        conn.execute(sql("DELETE FROM sentence_vectors"))
    assert docs_without_vectors(store) == ["veridia-2022"]
    counter = store.version()[0]
    r = embed_stored(store)
    assert store.version()[0] > counter  # headings and vectors changed what search answers
    assert r["sentences"] == 4 and docs_without_vectors(store) == []
    assert search(store, "detainees", headings=True)
