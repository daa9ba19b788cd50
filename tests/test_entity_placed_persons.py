"""A name typed person that stands, every time, as an item of a list of places is a place
(persons/placed.py, round t-ents28: "the informal settlements of A in X and B in Y", "in the community of
A", "in X, Y, and A States", "in X and A", read on reports nobody had annotated). Sentences written for
these tests, on Tarsania."""
from __future__ import annotations

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.persons.placed import placed_persons

from .conftest import cand_at, cand_names
from .test_entities import entities_of


def _cand(text: str, name: str, type_: str):
    return cand_at(text, name, type_, "GPE")


def test_items_after_a_kind_of_place():
    text = ("The most vulnerable lived in the informal settlements of Dravo Pelk in Orsk and Vrani Dol in "
            "Tarsk. Two died in the community of Los Pinos Altos.")
    cands = [_cand(text, "Dravo Pelk", "person"), _cand(text, "Vrani Dol", "person"),
             _cand(text, "Los Pinos Altos", "person"), _cand(text, "Orsk", "place")]
    assert cand_names(placed_persons(text, cands)) == [
        ("Dravo Pelk", "place"), ("Vrani Dol", "place"), ("Los Pinos Altos", "place"), ("Orsk", "place")]


def test_a_list_of_places_after_a_locative_preposition():
    text = "Crimes were committed in facilities in Ayn Varo and Bel Dara. Unions in General Miros, Orsk, and Tarsk."
    cands = [_cand(text, "Ayn Varo", "place"), _cand(text, "Bel Dara", "person"),
             _cand(text, "Miros", "person"), _cand(text, "Orsk", "place")]
    out = placed_persons(text, cands)
    assert cand_names(out) == [("Ayn Varo", "place"), ("Bel Dara", "place"), ("General Miros", "place"),
                           ("Orsk", "place")]


def test_a_closing_plural_kind_word_and_the_one_word_form():
    text = "Elections were held in Edo and Velm States. Laws passed in Kano, Velm, and Jigawa."
    s = text.index("Velm,")
    cands = [_cand(text, "Edo", "place"), _cand(text, "Velm States", "person"),
             Cand(s, s + 4, "Velm", "PERSON", type="person")]
    assert cand_names(placed_persons(text, cands)) == [("Edo", "place"), ("Velm", "place"), ("Velm", "place")]


def test_not_a_person_after_a_place_in_apposition():
    text = "The commandant of the gendarmerie in Kelo, Mahamat Velani, ordered the arrest."
    cands = [_cand(text, "Kelo", "place"), _cand(text, "Mahamat Velani", "person")]
    assert cand_names(placed_persons(text, cands)) == [("Kelo", "place"), ("Mahamat Velani", "person")]
    text = "A house burned in the district of Vasso, Amor Tani. The owner fled."
    cands = [_cand(text, "Vasso", "place"), _cand(text, "Amor Tani", "person")]
    assert cand_names(placed_persons(text, cands)) == cand_names(cands)


def test_not_when_another_occurrence_stands_elsewhere_nor_alone_after_a_preposition():
    text = "Protests took place in Orsk and Ivo Brenk. Ivo Brenk, a lawyer, was detained."
    cands = [_cand(text, "Orsk", "place"), _cand(text, "Ivo Brenk", "person")]
    assert cand_names(placed_persons(text, cands)) == cand_names(cands)
    text = "The minister met in Ivo Brenk and Lia Sorn a strong team."   # no place in the list
    cands = [_cand(text, "Ivo Brenk", "person"), _cand(text, "Lia Sorn", "person")]
    assert cand_names(placed_persons(text, cands)) == cand_names(cands)
    text = "The case of Ivo Brenk and Orsk residents was heard."         # "of" after no kind of place
    cands = [_cand(text, "Ivo Brenk", "person"), _cand(text, "Orsk", "place")]
    assert cand_names(placed_persons(text, cands)) == cand_names(cands)


def test_in_a_report(nlp):
    text = ("Some of the most vulnerable displaced persons lived in the informal settlements of Dravo "
            "Pelkovic in Orsk and Vrani Dolic in Tarsk. On May 3, two persons died in an exchange of "
            "gunfire in the community of Marco Villeda.\n")
    ents = entities_of(text, nlp)
    places = {e.name for e in ents if e.type == "place"}
    persons = {e.name for e in ents if e.type == "person"}
    assert {"Dravo Pelkovic", "Vrani Dolic", "Marco Villeda"} <= places
    assert not persons & {"Dravo Pelkovic", "Vrani Dolic", "Marco Villeda"}
    assert all(text[s:t] in [e.name, *e.aliases] for e in ents for s, t in e.mentions)


def test_not_a_pair_of_persons_in_apposition_to_a_place():
    text = "Two activists in Orsk, Ivo Brenk and Lia Sorn, were arrested."
    cands = [_cand(text, "Orsk", "place"), _cand(text, "Ivo Brenk", "person"), _cand(text, "Lia Sorn", "person")]
    assert cand_names(placed_persons(text, cands)) == cand_names(cands)
    text = "Riots broke out in Orsk, Tarsk, Bel Dara, and Vinz villages."
    cands = [_cand(text, "Orsk", "place"), _cand(text, "Tarsk", "place"), _cand(text, "Bel Dara", "person")]
    assert cand_names(placed_persons(text, cands))[-1] == ("Bel Dara", "place")
