"""A name of two words or more typed person that stands, every time, right after a locative
preposition is a place (persons/slotted.py, round t-places20: "where he worked in A B, C", "an attack
at A B", "officers in A B Ward", read on reports nobody had annotated). Sentences written for these
tests, on Tarsania."""
from __future__ import annotations

from rightsledger.extract.entities.persons.slotted import in_slot, slotted_persons

from .conftest import cand_at, cand_names
from .test_entities import entities_of


def _cand(text: str, name: str, type_: str):
    return cand_at(text, name, type_, "GPE")


def test_a_name_written_only_after_in_or_at_is_a_place():
    text = ("Police arrested a pharmacist from the shop where he worked in Velat al Dorin, Orsk, in April. "
            "Rebels carried out an attack at Lak Morvan. Officers in Tien Hoa Ward detained three men.")
    cands = [_cand(text, "Velat al Dorin", "person"), _cand(text, "Orsk", "place"),
             _cand(text, "Lak Morvan", "person"), _cand(text, "Tien Hoa Ward", "person")]
    assert cand_names(slotted_persons(text, cands)) == [
        ("Velat al Dorin", "place"), ("Orsk", "place"), ("Lak Morvan", "place"), ("Tien Hoa Ward", "place")]


def test_not_when_one_occurrence_stands_elsewhere():
    text = "Protests took place in Ivo Brenk. Ivo Brenk, a lawyer, was detained."
    cands = [_cand(text, "Ivo Brenk", "person")]
    assert cand_names(slotted_persons(text, cands)) == [("Ivo Brenk", "person")]


def test_not_a_possessive_a_longer_name_a_person_verb_or_one_word():
    text = "In Ivo Brenk’s case the court erred. Gunmen shot at Lia Sorn near her home. The court in Orsk ruled."
    assert not in_slot(text, text.index("Ivo"), text.index("’s"))
    cands = [_cand(text, "Ivo Brenk", "person"), _cand(text, "Lia Sorn", "person"), _cand(text, "Orsk", "person")]
    assert cand_names(slotted_persons(text, cands)) == [
        ("Ivo Brenk", "person"), ("Lia Sorn", "person"), ("Orsk", "person")]
    text = "The march ended in Amor Tani Square."
    assert not in_slot(text, text.index("Amor"), text.index(" Square"))


def test_not_a_person_with_a_role():
    text = "The award went to lawyers in Mira Valen."
    c = _cand(text, "Mira Valen", "person")
    c.roles.append("lawyer")
    assert cand_names(slotted_persons(text, [c])) == [("Mira Valen", "person")]


def test_in_the_pipeline(nlp):
    text = ("In April security forces arrested Salim Daher at the pharmacy where he worked in Jazrit al Bo "
            "Hadim, Deir Varun. The detainee said guards beat him.")
    found = {(e.name, e.type) for e in entities_of(text, nlp)}
    assert ("Jazrit al Bo Hadim", "place") in found
    assert ("Salim Daher", "person") in found
