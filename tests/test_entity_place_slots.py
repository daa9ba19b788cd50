"""Issue 14, places (t-places9): a name the model labels nothing (or guesses a people or a product
for) is a place when the parse makes it the object of a locative preposition and no noun or
possessive follows (``extract/entities/places/slots.py``). Seen on unread reports annotated before
the run (2019 Norway, 2021 Spain, 2024 Syria; docs/rounds/2026-12-14-05-t-places9.md). Sentences
written for these tests (a fictional Tarsania)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from rightsledger.extract.entities.places.slots import slot_places

from .test_entities import typed_entities as _typed

pytestmark = pytest.mark.model


def _slots(text: str, nlp) -> list[str]:
    ap = SimpleNamespace(start=0, doc=nlp(text))
    return [c.text for c in slot_places(text, ap, [])]


@pytest.mark.parametrize(("text", "name"), [
    ("In May a gunman opened fire at a community center in Vardholmen, a municipality near the capital.",
     "Vardholmen"),
    ("The court fined the group for leaflets it handed out at a rally in Kellerupet and a speech "
     "outside the parliament.", "Kellerupet"),
    ("In 2016 militants carried out a gas attack in Tessahra injuring at least nine residents.", "Tessahra"),
    ("In April police in El Varnou arrested three men.", "El Varnou"),
])
def test_a_name_in_a_locative_slot(nlp, text, name):
    assert name in _slots(text, nlp)


@pytest.mark.parametrize("text", [
    "The ministry published the report in Arabic and in English.",        # languages: common words
    "Activists posted videos in Telvora groups about the strike.",         # a noun follows: a modifier
    "Officials said in Vardholmen's case the delay was lawful.",           # a possessive follows
    "The law came into force in January.",                                 # a month
    "Guards beat him in Cell Block Four.",                                 # ordinary words
])
def test_no_place_in_these_slots(nlp, text):
    assert _slots(text, nlp) == [], text


def test_the_model_misses_the_town_and_the_slot_finds_it(nlp):
    text = ("In 2016 militants carried out a gas attack in Kessaline exposing at least nine residents "
            "to chlorine. The activists were detained in Kessaline and released two days later.\n")
    assert _typed(text, nlp).get("Kessaline") == "place"
