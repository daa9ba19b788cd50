"""A person's first given name left out in front of the name is put back (persons/given_fronts.py,
round t-ents27: "the killing of Eduardo [Antonio Gutierrez]" and "Alejandro [Alfredo Martínez Noguez]"
in reports nobody had annotated, "Sami [Ben Gharbia]" in a dev report). Sentences written for these
tests, on Tarsania."""
from __future__ import annotations

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.persons.given_fronts import given_name_fronts, opens_run
from rightsledger.extract.entities.persons.slots import lower_words

from .entity_cands import cand_at as _cand


def _run(text: str, cands: list[Cand]) -> list[tuple[str, str | None]]:
    return [(c.text, c.type) for c in given_name_fronts(text, cands, lower_words(text), None)]


def test_a_given_name_the_model_made_a_body_joins_the_name():
    text = "There was no progress in the 2019 killing of Orvelio Tarsko Brenin by soldiers."
    cands = [_cand(text, "Orvelio", "organization", "ORG"), _cand(text, "Tarsko Brenin", "person")]
    assert _run(text, cands) == [("Orvelio Tarsko Brenin", "person")]
    out = given_name_fronts(text, cands, lower_words(text), None)
    assert text[out[0].start:out[0].end] == "Orvelio Tarsko Brenin"


def test_after_a_comma_in_a_list_of_dates():
    text = "Two reporters died: Mirela Dova (in Dunvik) on May 3, Kastelo Amir Velbrand (in Orsk) on June 4."
    cands = [_cand(text, "Mirela Dova", "person"), _cand(text, "Amir Velbrand", "person")]
    assert _run(text, cands) == [("Mirela Dova", "person"), ("Kastelo Amir Velbrand", "person")]


def test_not_at_a_sentence_start_nor_after_a_capitalised_title():
    text = ("The court heard the case. Orvelio Tarsko Brenin appealed. The Minister of Harbours Velmo "
            "Asterin resigned.")
    cands = [_cand(text, "Tarsko Brenin", "person"), _cand(text, "Velmo Asterin", "person")]
    assert _run(text, cands) == [("Tarsko Brenin", "person"), ("Velmo Asterin", "person")]
    assert not opens_run(text, text.index("Harbours"))


def test_not_a_word_the_report_writes_in_lower_case_nor_an_ordinary_word():
    text = ("The coordinator of the shelter resigned. Police questioned Coordinator Anna Velbrand and "
            "detained Former Velmo Asterin.")
    cands = [_cand(text, "Anna Velbrand", "person"), _cand(text, "Velmo Asterin", "person")]
    assert _run(text, cands) == [("Anna Velbrand", "person"), ("Velmo Asterin", "person")]


def test_not_a_name_the_report_gives_another_entity():
    text = "Soldiers entered Dunvik in May. Residents mourned the killing of Dunvik Velmo Asterin."
    cands = [_cand(text, "Dunvik", "place", "GPE"), _cand(text, "Velmo Asterin", "person")]
    assert _run(text, cands) == [("Dunvik", "place"), ("Velmo Asterin", "person")]


def test_a_one_word_person_is_left_alone():
    text = "Police questioned Velmo Asterin on Monday and released Orvelio Brenin later; officials met Kastor."
    cands = [_cand(text, "Asterin", "person")]
    assert _run(text, cands) == [("Asterin", "person")]


def test_pipeline_puts_back_given_names_the_model_left_out(nlp):
    from .test_entities import entities_of

    text = ("Prosecutors reopened the file on the 2019 killing of Eduardo Velmar Oskarin by two soldiers.\n\n"
            "Three reporters died during the year: Roberto Velmar (in Dunvik) on May 3, Alejandro Tarsko "
            "Brenin (in Orsk) on August 4, and Mirela Dova (in Velm) on October 30.")
    persons = {e.name for e in entities_of(text, nlp) if e.type == "person"}
    assert {"Eduardo Velmar Oskarin", "Alejandro Tarsko Brenin"} <= persons
    assert not persons & {"Velmar Oskarin", "Tarsko Brenin"}
