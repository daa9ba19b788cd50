"""Issue 14, round t-ents15: persons annotated on six unread reports of large countries before the
system ran, and the name bugs seen in round t-ents14. Sentences written for these tests (fictional
names)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.bodies.appositive_kinds import appositive_keys
from rightsledger.extract.entities.common import person_shape

from .test_entities import _check_spans, entities_of
from .test_entity_persons14 import _cands


def test_a_middle_initial_is_no_acronym():
    """"W." is all capitals but a name's initial, not an acronym like "UN" (bug C of t-ents14:
    the whole name was dropped)."""
    assert person_shape("Ilan W. Tarvo")
    assert person_shape("Mira K. L. Oduya")
    assert not person_shape("Ilan UN Tarvo")
    assert not person_shape("NGO")


@pytest.mark.model
def test_a_name_with_a_middle_initial_in_text(nlp):
    text = ("The country is a federation. In March voters elected Ilan W. Tarvo president in a "
            "free election. Police detained the journalist Mira K. Oduya in May.\n")
    ents = entities_of(text, nlp)
    _check_spans(text, ents)
    persons = {e.name for e in ents if e.type == "person"}
    assert {"Ilan W. Tarvo", "Mira K. Oduya"} <= persons, persons


def test_a_kind_of_body_in_apposition_names_a_body():
    """"X (gloss), a local human rights NGO," and "A local radio station, X,": the name is the
    body's, whatever the model says of it."""
    text = ("Vera Libre (Free Truth), a local human rights NGO working on schools, reported abuses. "
            "Tarsan Ulema Mahaz (TUM), a banned nationalist party, claimed the attack. A local Arvel "
            "radio station, Radio Sonora, was vandalized.")
    keys = appositive_keys(text, _cands(text, "Vera Libre", "Tarsan Ulema Mahaz", "Radio Sonora"))
    assert keys == {"vera libre", "tarsan ulema mahaz", "radio sonora"}, keys


def test_a_kind_that_is_the_object_of_another_head_leaves_the_person():
    """"X, a member of the ruling party," "a spokesperson for the party, X," "X, a party leader,":
    the kind is no head of the phrase beside the name."""
    text = ("Ilan Tarvo, a member of the ruling party, said so. A spokesperson for the party, Mira "
            "Oduya, spoke. Ilan Tarvo, a party leader, spoke. Police arrested Mira Oduya, a "
            "journalist with the outlet, in May.")
    assert appositive_keys(text, _cands(text, "Ilan Tarvo", "Mira Oduya")) == set()


@pytest.mark.model
def test_a_body_in_apposition_in_text(nlp):
    text = ("In March police raided the offices of Vera Libre. Vera Libre (Free Truth), a local human "
            "rights NGO, reported that police beat detainees. Ilan Tarvo, a member of the ruling "
            "party, denied it.\n")
    ents = entities_of(text, nlp)
    _check_spans(text, ents)
    persons = {e.name for e in ents if e.type == "person"}
    assert "Vera Libre" not in persons and "Ilan Tarvo" in persons, persons


def test_a_preposition_before_the_name_makes_no_apposition():
    """"In Arvelo, a local journalism association convened …": Arvelo is a place, the kind the
    clause's subject (2009 Chad dev, where the first form of the rule made the capital a body)."""
    text = "In Arvelo Town, a local journalism association convened reporters."
    assert appositive_keys(text, _cands(text, "Arvelo Town")) == set()
