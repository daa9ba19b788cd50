"""Issue 14, round t-ents10: a name typed person that holds a word of a place's kind
("… Autonomous Republic", "… Mountain", "Autonomous …") is no person (seen in three dev reports:
2017 Azerbaijan, 2021 Laos, 2023 Papua New Guinea). Sentences written for these tests (a
fictional Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.persons.place_words import places_not_persons

from .test_entities import _check_spans, entities_of


def _cand(text: str, type_: str) -> Cand:
    return Cand(0, len(text), text, "PERSON", type=type_)


def test_place_words_unmake_persons():
    typed = [_cand("Verkhania Autonomous Republic", "person"), _cand("Tal Sio Mountain", "person"),
             _cand("Autonomous Bougainville", "person"), _cand("Bougainville", "person"),
             _cand("Lilit Aramyan", "person"), _cand("Benny Hill", "person"),
             _cand("Sio Mountain Council", "organization")]
    out = {c.text: c.type for c in places_not_persons(typed, "PG")}
    assert out == {"Verkhania Autonomous Republic": "place", "Bougainville": "place",
                   "Lilit Aramyan": "person", "Benny Hill": "person",
                   "Sio Mountain Council": "organization"}, out


@pytest.mark.model
def test_places_taken_for_persons(nlp):
    text = ("Complaints may go to the ombudsman of the Verkhania Autonomous Republic, Lilit Aramyan, "
            "who may refuse cases older than one year. Soldiers attacked families of herders living in "
            "the forests near Tal Sio Mountain, a remote area. A survey by the National Disaster Office "
            "and Autonomous Bougainville Government assessed the damage; voters in Bougainville elected "
            "a new member in October.\n")
    ents = entities_of(text, nlp)
    _check_spans(text, ents)
    persons = {e.name for e in ents if e.type == "person"}
    places = {e.name for e in ents if e.type == "place"}
    assert persons == {"Lilit Aramyan"}, persons
    assert {"Verkhania Autonomous Republic", "Bougainville"} <= places, places
