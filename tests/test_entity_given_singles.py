"""A person's given name left out in front of a one-word name is put back (persons/given_singles.py,
round t-ents31, on the session-22 amendment: "On January 28, Marcel [Rivas], the director", "¶ Filmmaker
Kayvan [Karimi], initially sentenced", "before being beaten. Nikolay [Merinov] was hit" in judged
reports nobody annotated). Sentences written for these tests, on a fictional Tarsania."""
from __future__ import annotations

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.persons.given_singles import given_name_singles
from rightsledger.extract.entities.persons.slots import lower_words

from .entity_cands import cand_at as _cand


def _run(text: str, cands: list[Cand]) -> list[tuple[str, str | None]]:
    out = given_name_singles(text, cands, lower_words(text), None)
    for c in out:
        assert text[c.start:c.end] == c.text, c
    return [(c.text, c.type) for c in out]


def test_after_a_comma():
    text = "On January 28, Marek Vortanis, the director general of harbours, resigned."
    assert _run(text, [_cand(text, "Vortanis", "person")]) == [("Marek Vortanis", "person")]


def test_at_a_sentence_start_and_the_surname_later_stays():
    text = ("The guards left the cell. Nikolay Brenikov was hit in the face. Brenikov’s wife Alira "
            "reported the beating.")
    cands = [_cand(text, "Brenikov", "person"), _cand(text, "Brenikov", "person", nth=1),
             _cand(text, "Alira", "person")]
    assert _run(text, cands) == [("Nikolay Brenikov", "person"), ("Brenikov", "person"), ("Alira", "person")]


def test_after_a_role_word_the_report_writes_in_lower_case():
    # the whole span "Filmmaker Kavo Tarsini" is gone; only the later surname is a candidate
    text = ("The ministry banned two filmmakers.\nFilmmaker Kavo Tarsini, sentenced in May, appealed. "
            "Police arrested Tarsini again in June.")
    cands = [_cand(text, "Tarsini", "person", nth=1)]
    out = _run(text, cands)
    assert out == [("Kavo Tarsini", "person"), ("Tarsini", "person")], out


def test_titles_ordinary_words_nationalities_months_and_other_names_are_no_given_names():
    text = ("Police questioned Minister Vortanis. Former Vortanis appealed. The court heard Tarsanian "
            "Vortanis, and in July Vortanis left. Soldiers entered Dunvik in May; the mayor of Dunvik "
            "Vortanis resigned. Tarsania protested.")
    cands = ([_cand(text, "Vortanis", "person", nth=i) for i in range(5)] + [_cand(text, "Dunvik", "place", "GPE")]
             + [_cand(text, "Tarsania", "place", "GPE")])
    out = _run(text, cands)
    assert all(t in ("Vortanis", "Dunvik", "Tarsania") for t, _ in out), out


def test_not_inside_a_longer_name_nor_after_a_capitalised_word():
    text = ("Fans were beaten after a game at the Antara Vortanis Sports Stadium. Voters chose Vortanis. "
            "The Harbour Board Kavo Vortanis met.")
    cands = [_cand(text, "Vortanis", "person", nth=1)]
    assert _run(text, cands) == [("Vortanis", "person")]


def test_bodies_and_places_of_one_word_are_left_alone():
    text = "On May 3, Kavo Orsk, a town in the north, flooded, and Marek Velmcorp closed."
    cands = [_cand(text, "Orsk", "place", "GPE"), _cand(text, "Velmcorp", "organization", "ORG")]
    assert _run(text, cands) == [("Orsk", "place"), ("Velmcorp", "organization")]


def test_pipeline_names_the_person_by_the_full_name(nlp):
    from .test_entities import _check_spans, entities_of

    text = ("On January 28, Marek Vortanis, the director general of harbours, resigned.\n\n"
            "Guards beat two detainees in Velmora. Nikolay Brenikov was hit in the face with a baton. "
            "Brenikov’s wife said guards also beat her.\n")
    ents = entities_of(text, nlp)
    _check_spans(text, ents)
    persons = {e.name for e in ents if e.type == "person"}
    assert {"Marek Vortanis", "Nikolay Brenikov"} <= persons, persons
    assert not persons & {"Vortanis", "Brenikov"}, persons
