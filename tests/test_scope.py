"""The document prior of ask across reports (analysis/questions/scope.py): a question's rarer words say which report it means."""
from __future__ import annotations

from dataclasses import replace

import pytest

from rightsledger.analysis.questions.ask import ask, phrases, report_scores
from rightsledger.analysis.questions.scope import document_prior, named_country, named_entities, named_years
from rightsledger.extract.embeddings.sentences import MODEL_ID, headings, sentence_vectors, to_bytes
from rightsledger.records import Document, Entity, Paragraph, Section, Sentence
from rightsledger.store import Bundle, Store
from rightsledger.store.search import Hit

# two fictional reports of our own: the same kind of sentences, different places
REPORTS = {
    "veridia-2022": ("Veridia", [
        "Police in Lisk detained 40 protesters after the fuel price rally.",
        "In Lisk the regional court sentenced two activists to three years in prison.",
        "The minimum wage was 310 vel a month.",
    ]),
    "kestria-2022": ("Kestria", [
        "Security forces detained protesters after a rally in the capital.",
        "A court in the capital sentenced 12 protesters to prison terms of up to five years.",
        "The minimum wage was 95 kor a month.",
    ]),
    "morania-2022": ("Morania", [
        "Authorities detained several journalists during the year.",
        "Prison conditions were harsh and overcrowded.",
        "The minimum wage was 70 ruk a month.",
    ]),
}


def _bundle(doc_id: str, country: str, lines: list[str]) -> Bundle:
    title = f"2022 Country Report on Human Rights Practices: {country}"
    text = title + "\n\nSection 1. Respect for the Integrity of the Person\n\n" + " ".join(lines) + "\n"
    start = text.index(lines[0])
    sentences = []
    for s in lines:
        i = text.index(s)
        sentences.append(Sentence(doc_id, "1", 1, i, i + len(s)))
    sections = [Section(doc_id, "1", "Respect for the Integrity of the Person", 1, None, text.index("Section"),
                        len(text.rstrip()))]
    heads = headings(sentences, sections, [])
    vecs = [to_bytes(v) for v in sentence_vectors(text, sentences, heads)]
    doc = Document(doc_id, title, country, country[:2].upper(), 2022, "USDOS", "txt", doc_id[0] * 64, len(text))
    return Bundle(doc, f"/fixtures/{doc_id}.txt", text, sections, [],
                  [Paragraph(doc_id, "1", None, 1, start, sentences[-1].end)], sentences, [], [], [], [],
                  headings=heads, vectors=vecs, vector_model=MODEL_ID)


@pytest.fixture
def store(tmp_path):
    st = Store(tmp_path / "s.db")
    for doc_id, (country, lines) in REPORTS.items():
        st.save(_bundle(doc_id, country, lines), "test")
    return st


def test_a_place_named_in_one_report_points_at_it(store):
    prior = document_prior(store, ["protesters", "jailed", "Lisk"])
    assert prior["veridia-2022"] == 1.0
    assert prior.get("kestria-2022", 0.0) < 0.5


def test_remembered_word_counts_follow_an_ingest(store):
    """term_documents remembers each word's counts per report until the database changes."""
    from rightsledger.store.search import term_documents

    assert term_documents(store, ['"lisk"'])['"lisk"'] == {"veridia-2022": 2}
    assert term_documents(store, ['"lisk"'])['"lisk"'] == {"veridia-2022": 2}   # remembered
    store.save(_bundle("ostrava-2022", "Ostrava", ["Refugees from Lisk crossed the border in March."]), "test")
    assert term_documents(store, ['"lisk"'])['"lisk"'] == {"veridia-2022": 2, "ostrava-2022": 1}
    store.delete_document("veridia-2022")
    assert term_documents(store, ['"lisk"'])['"lisk"'] == {"ostrava-2022": 1}


def test_words_every_report_holds_say_nothing(store):
    assert document_prior(store, ["minimum", "wage"]) == {}


def test_a_name_is_matched_as_written_not_as_a_prefix(tmp_path):
    st = Store(tmp_path / "p.db")
    st.save(_bundle("veridia-2022", "Veridia", ["Rema worshippers were detained in March."]), "test")
    st.save(_bundle("kestria-2022", "Kestria", ["The detainees remained in custody."]), "test")
    st.save(_bundle("morania-2022", "Morania", ["Prison conditions remained harsh."]), "test")
    assert document_prior(st, ["Rema"]) == {"veridia-2022": 1.0}


def test_ask_across_reports_prefers_the_report_the_question_names(store):
    # without the prior the Kestrian sentence ("A court … sentenced 12 protesters to prison
    # terms …") shares more words with the question and comes first
    hits = ask(store, "What prison terms did courts give the protesters in Lisk?", rerank=False)
    assert hits[0].doc == "veridia-2022" and "three years" in hits[0].text
    # within one report the prior plays no part
    within = ask(store, "What prison terms did courts give the protesters in Lisk?", rerank=False,
                 doc="kestria-2022")
    assert {h.doc for h in within} == {"kestria-2022"}


def test_a_question_naming_a_country_is_asked_of_its_reports(store):
    # "minimum wage" is in every report: without the country the question cannot tell them
    # apart; named, the country scopes the question and its name no longer counts as a word
    hits = ask(store, "What was the monthly minimum wage in Kestria?", rerank=False)
    assert {h.doc for h in hits} == {"kestria-2022"}
    assert "95 kor" in hits[0].text
    # an explicit filter wins over the name
    assert {h.doc for h in ask(store, "What was the minimum wage in Kestria?", rerank=False,
                               doc="morania-2022")} == {"morania-2022"}


def test_named_country(store):
    assert named_country(store, "How many protesters were detained in Veridia?") == (
        "Veridia", "How many protesters were detained in?")
    assert named_country(store, "Did refugees from Kestria reach Veridia?") == (
        None, "Did refugees from Kestria reach Veridia?")   # two countries: not guessed
    assert named_country(store, "Was the Veridian press free?")[0] is None  # a word, not the name
    assert named_country(store, "How many courts are there?")[0] is None


def test_named_years():
    assert named_years("Who won the 1993 referendum, and what happened in 2009 and 2009?") == [1993, 2009]
    assert named_years("How many of the 19930 voters, at 2,009 polling stations?") == []


def _with_entity(bundle: Bundle, entity_id: str, kind: str, name: str, aliases: list[str], said: str) -> Bundle:
    start = bundle.text.index(said)
    bundle.entities = [Entity(entity_id, kind, name, aliases, {}, [[start, start + len(said)]])]
    return bundle


def test_an_entity_named_by_its_alias_points_at_the_reports_that_mention_it(tmp_path):
    entity_named_by_its_alias(Store(tmp_path / "e.db"))


def entity_named_by_its_alias(st: Store) -> None:
    """The question says "VBA", the report only "Veridian Bar Association": the word prior
    finds nothing, the stored entity (name and alias) finds the report, and ask searches its
    other name too (a scenario: SQLite here, PostgreSQL in test_postgres.py)."""
    st.save(_with_entity(_bundle("veridia-2022", "Veridia", [
        "The Veridian Bar Association said the trial of the editors was unfair.",
        "Prison conditions were harsh."]), "organization:vba", "organization", "Veridian Bar Association", ["VBA"],
        "Veridian Bar Association"), "test")
    st.save(_bundle("kestria-2022", "Kestria", ["Observers said the trial of the editors was unfair and closed.",
                                                "Prison conditions were harsh."]), "test")
    st.save(_bundle("morania-2022", "Morania", ["Journalists said trials were slow."]), "test")
    [(said, entity)] = named_entities(st, "What did the VBA say about the trial of the editors?")
    assert said == "VBA" and entity.other_names(said) == ["Veridian Bar Association"]
    assert named_entities(st, "What did the bar say?") == []
    assert document_prior(st, ["VBA"]) == {}
    assert document_prior(st, ["VBA"], entities=[entity]) == {"veridia-2022": 1.0}
    hits = ask(st, "What did the VBA say about the trial of the editors?", rerank=False)
    assert hits[0].doc == "veridia-2022"


def test_a_year_named_prefers_that_years_report(tmp_path):
    year_named(Store(tmp_path / "y.db"))


def year_named(st: Store) -> None:
    for year, wage in ((2021, 280), (2022, 310)):
        b = _bundle(f"veridia-{year}", "Veridia", [f"The monthly minimum wage was {wage} vel.",
                                                  "Prison conditions were harsh."])
        b.document = replace(b.document, year=year, sha256=str(year) * 16)
        st.save(b, "test")
    for doc, country, year in (("kestria-2020", "Kestria", 2020), ("morania-2019", "Morania", 2019)):
        b = _bundle(doc, country, ["The monthly minimum wage was 95 kor."])
        b.document = replace(b.document, year=year)
        st.save(b, "test")
    assert document_prior(st, [], years=[2021]) == {"veridia-2021": 1.0}
    # a report that tells of an earlier year counts for it too, less than that year's report
    told = _bundle("veridia-2023", "Veridia", ["Courts still heard cases of the 2019 clashes."])
    told.document = replace(told.document, year=2023, sha256="3" * 64)
    st.save(told, "test")
    prior = document_prior(st, [], years=[2019])
    assert prior["morania-2019"] == 1.0 and 0 < prior["veridia-2023"] < 1.0 and "veridia-2021" not in prior
    for year, wage in ((2021, "280"), (2022, "310")):
        hits = ask(st, f"What was the minimum wage in {year}?", rerank=False, country="Veridia")
        assert wage in hits[0].text


def test_two_words_together_point_at_the_report_that_writes_them_together(tmp_path):
    phrase_named(Store(tmp_path / "ph.db"))


def phrase_named(st: Store) -> None:
    """Both reports write "Tarvena" and "market", only one "the Tarvena market": as a phrase
    the pair says which report the question means (SQLite here, PostgreSQL in test_postgres.py)."""
    st.save(_bundle("veridia-2022", "Veridia", [
        "Soldiers fired on traders at the Tarvena market in May, killing three persons.",
        "Prison conditions were harsh."]), "test")
    st.save(_bundle("kestria-2022", "Kestria", [
        "Police in Tarvena killed two persons during a protest against the new market tax.",
        "Prison conditions were harsh."]), "test")
    # eight reports: a word in two of them still counts (analysis.questions.scope.MAX_SHARE)
    for country in ("Morania", "Ostrava", "Belmora", "Zandor", "Quorvia", "Halvor"):
        st.save(_bundle(f"{country.lower()}-2022", country, [f"Journalists in {country} said trials were slow."]), "test")
    question = "How many people died when troops shot at the Tarvena market?"
    assert phrases(question) == ["people died", "troops shot", "Tarvena market"]
    words = ["Tarvena", "market"]
    alone = document_prior(st, words)
    assert alone["kestria-2022"] == pytest.approx(alone["veridia-2022"], rel=0.2) and len(alone) == 2
    prior = document_prior(st, words + phrases(question))
    assert prior["veridia-2022"] == 1.0 and prior["kestria-2022"] < 0.7
    assert ask(st, question, rerank=False)[0].doc == "veridia-2022"


def test_phrases_are_pairs_of_content_words():
    assert phrases("Which faith group is shunned for refusing to vote in the 1993 ballot?") == [
        "faith group", "1993 ballot"]
    assert phrases("What did the media regulator do to an opposition paper in July?") == [
        "media regulator", "opposition paper"]
    assert phrases("Who?") == []


def _hit(doc: str, start: int) -> Hit:
    return Hit(0, doc, "1", start, start + 10, "text", 0.0, "")


def test_a_report_with_several_good_sentences_counts_more_than_one_lucky_sentence():
    scored = [(0.9, _hit("kestria-2022", 0)), (0.8, _hit("veridia-2022", 0)), (0.78, _hit("veridia-2022", 50)),
              (0.75, _hit("veridia-2022", 90)), (0.3, _hit("kestria-2022", 70))]
    reports = report_scores(scored, depth=4, per_report=5)
    assert reports == pytest.approx({"veridia-2022": 2.33, "kestria-2022": 0.9})
    # only the best ``per_report`` of a report count, and only among the ``depth`` best overall
    assert report_scores(scored, depth=5, per_report=2) == pytest.approx({"veridia-2022": 1.58, "kestria-2022": 1.2})
