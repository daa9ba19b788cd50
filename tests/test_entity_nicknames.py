"""Issue 14, round t-ents9: a person's nickname in quotes or parentheses, inside the name or right
after it, is one person named without the nickname (seen in four dev reports: 2001 Somalia,
2019 Suriname, 2020 Fiji, 2024 Thailand). Sentences written for these tests (a fictional
Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.persons.nicknames import plain_name

from .test_entities import _check_spans, entities_of


def test_plain_name_drops_the_nickname():
    assert plain_name("Zoran “Coco” Velimirac") == ("Zoran Velimirac", "Coco")
    assert plain_name("Josefa Tavuki (Jo) Ranadraki") == ("Josefa Tavuki Ranadraki", "Jo")
    assert plain_name("Aran Tomeskiy") == ("Aran Tomeskiy", None)


def _persons(text, nlp):
    ents = entities_of(text, nlp)
    _check_spans(text, ents)
    return {e.name: e.aliases for e in ents if e.type == "person"}


@pytest.mark.model
def test_a_nickname_inside_a_name_is_one_person(nlp):
    text = ("In March police detained the activist Marisol “Piri” Tanquelo at a rally in the capital. "
            "Piri was released after two days. Voters returned Josefa Tavuki (Jo) Ranadraki’s Unity "
            "party to power, and Parliament elected President Ilario (Lalo) Benvenuto Kartoseno to a "
            "second term. Lalo Kartoseno promised reforms.\n")
    persons = _persons(text, nlp)
    assert "Marisol Tanquelo" in persons, persons
    assert "Piri" in persons["Marisol Tanquelo"], persons
    assert "Josefa Tavuki Ranadraki" in persons, persons
    assert "Ilario Benvenuto Kartoseno" in persons, persons
    assert "Lalo Kartoseno" in persons["Ilario Benvenuto Kartoseno"], persons
    assert not {"Piri", "Benvenuto Kartoseno", "Josefa Tavuki", "Lalo Kartoseno"} & set(persons), persons


@pytest.mark.model
def test_a_nickname_after_a_name_is_that_person(nlp):
    text = ("On May 22, authorities arrested Hamid Warsame Odowaa “Dheere” for organizing a meeting; "
            "he was released after paying a fine. The journalist Teklit Habtezion (Zurzur) remained "
            "in detention.\n")
    persons = _persons(text, nlp)
    assert "Dheere" not in persons and "Zurzur" not in persons, persons
    assert "Dheere" in persons.get("Hamid Warsame Odowaa", []), persons
    assert "Zurzur" in persons.get("Teklit Habtezion", []), persons


@pytest.mark.model
def test_a_gloss_in_parentheses_is_no_nickname(nlp):
    text = ("The Tarsania National Police (Policia) detained two members of the Unity (Unidad) Party. "
            "The Supreme Court (Corte Suprema) Chamber upheld the ruling.\n")
    persons = _persons(text, nlp)
    assert not persons, persons
