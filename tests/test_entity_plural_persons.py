"""A name typed person whose last word is the plural of a common noun the report writes in lower case
is no person (persons/plurals.py, round t-ents29: "Both the Judiciary and Prosecutorial Councils",
"into Kassala and Gedaref States", read on reports nobody had annotated). Sentences written for these
tests, on Tarsania."""
from __future__ import annotations

from rightsledger.extract.entities.persons.plurals import (
    lower_words, plural_common_end, plurals_not_persons, singular)

from .conftest import cand_at, cand_names


def _cand(text: str, name: str, type_: str):
    return cand_at(text, name, type_, "ORG")


def test_a_plural_body_head_the_report_writes_in_lower_case():
    text = ("Both the Magistrates and Notarial Councils of Tarsania published annual reports. The councils "
            "met twice. Refugees crossed into Velmar and Orsk Provinces; each province opened a camp.")
    cands = [_cand(text, "Notarial Councils", "person"), _cand(text, "Orsk Provinces", "person"),
             _cand(text, "Velmar", "place")]
    assert cand_names(plurals_not_persons(text, cands)) == [("Velmar", "place")]


def test_the_singular_alone_in_lower_case_is_enough():
    text = "Police raided the offices of Dravo Promotions. The promotion of the film had been banned."
    cands = [_cand(text, "Dravo Promotions", "person")]
    assert plurals_not_persons(text, cands) == []


def test_a_surname_ending_in_s_stays_a_person():
    # no lower-case "william", "pay"/"paye", "jone"; "Ross" is no plural in shape
    text = ("Journalist Arlen Williams was detained; Ivo Payes and Mara Jones paid bail. Judge Tomas Ross "
            "ruled. Workers demanded their pay and their bonuses; a cross was burned.")
    cands = [_cand(text, n, "person") for n in ("Arlen Williams", "Ivo Payes", "Mara Jones", "Tomas Ross")]
    assert cand_names(plurals_not_persons(text, cands)) == cand_names(cands)


def test_one_word_names_other_kinds_and_hyphenated_compounds_untouched():
    text = ("Councils of elders met. The Supreme Councils and the Orsk Councils acted; state-owned media "
            "praised Ivo Velastates and Dara Velm-States.")
    cands = [_cand(text, "Councils", "person"), _cand(text, "Supreme Councils", "organization"),
             _cand(text, "Dara Velm-States", "person")]
    assert cand_names(plurals_not_persons(text, cands)) == cand_names(cands)
    # "councils" is not written in lower case here, "council" neither
    text2 = "The Orsk Councils acted. Ivo Darko spoke."
    assert plurals_not_persons(text2, [_cand(text2, "Orsk Councils", "person")]) != []


def test_singular_forms():
    assert singular("councils") == "council"
    assert singular("states") == "state"
    assert singular("parties") == "party"
    assert singular("taxes") == "tax"
    assert singular("churches") == "church"
    assert singular("payes") == "paye"
    assert not plural_common_end("Tomas Ross", lower_words("a cross and a ros"))
    assert not plural_common_end("Ana Marcus", lower_words("marcu"))
