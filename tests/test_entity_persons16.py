"""Issue 14, round t-ents16: persons annotated on eight unread reports of middle-sized countries
before the system ran; the class with a rule is a list of names under a plural kind of body.
Sentences written for these tests (fictional names)."""
from __future__ import annotations

import pytest

from rightsledger.extract.lexicons.english import plural
from rightsledger.extract.entities.bodies.kind_lists import kind_list_keys

from .test_entities import _check_spans, entities_of
from .test_entity_persons14 import _cands


def test_plural_of_a_kind():
    assert plural("political party") == "political parties"
    assert plural("NGO") == "NGOs"
    assert plural("news agency") == "news agencies"
    assert plural("radio station") == "radio stations"


def test_names_listed_under_a_plural_kind_are_bodies():
    """After "such as"/"including" (a short relative clause on the kind may stand between) or right
    after the plural kind in a list with "and"."""
    text = ("Authorities banned the newspapers and magazines that covered the elections, including "
            "Vesna Nova, Glas Tarsa, and Pravdin. They blocked independent outlets such as Voz "
            "Libre, 12minutos, and Ojo Claro. The digital news sites Eco Tarvo and Sol Verde closed. "
            "The armed groups Harakat Nur and the Tarsan Front claimed the attacks.")
    names = ("Vesna Nova", "Glas Tarsa", "Pravdin", "Voz Libre", "Ojo Claro", "Eco Tarvo",
             "Sol Verde", "Harakat Nur", "Tarsan Front")
    keys = kind_list_keys(text, _cands(text, *names))
    assert keys == {n.lower() for n in names}, keys


def test_a_list_that_hangs_on_another_head_leaves_the_persons():
    """"members of opposition parties, including X": the comma hands the list to "members"; a
    list of persons after a role noun is no kind of body."""
    text = ("Police detained members of opposition parties, including Ilan Tarvo and Mira Oduya. "
            "Journalists such as Vesna Kolar and Ana Dursi were fined. The party leaders Ilan "
            "Tarvo and Mira Oduya spoke.")
    assert kind_list_keys(text, _cands(text, "Ilan Tarvo", "Mira Oduya", "Vesna Kolar",
                                       "Ana Dursi")) == set()


@pytest.mark.model
def test_a_list_under_a_plural_kind_in_text(nlp):
    text = ("In March authorities banned the newspapers and magazines that covered the protests, "
            "including Vesna Nova, Glas Tarsa, and Pravdin. Police detained the journalist Ilan "
            "Tarvo in May.\n")
    ents = entities_of(text, nlp)
    _check_spans(text, ents)
    persons = {e.name for e in ents if e.type == "person"}
    assert "Ilan Tarvo" in persons, persons
    assert not persons & {"Vesna Nova", "Glas Tarsa"}, persons
