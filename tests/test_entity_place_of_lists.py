"""Issue 14, places (t-places17): after "the <kind> of" a name of the list of places may carry "the"
and a defined acronym — "the regions of Velmora, Tarnis, the Orsk Highlands, and Quellmoor", "the
provinces of Velmora, Tarnis Kessel (TK), and the Federally Governed Border Areas (FGBA)", "the
archipelagos of the Brask Isles and Orsk". Every name of such a list is a place
(``extract/entities/places/lists.py``); the list no longer stops at "the" or at the acronym, a name
with "the" may have four words, and the acronym is no name of the list.

Untouched: the lists the base read ("the regions of Kanem, Lac, and Salamat"), a body written after
"the" ("the Tarsanian Union"), and "the <kind> of the country". Class seen on three unread reports
judged in docs/rounds (2017 Spain, 2017 Pakistan, 2017 Portugal). Sentences written for these
tests; the names are made up.
"""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.places.lists import listed_places

from .test_entities import typed_entities as _typed


def _names(text: str) -> list[str]:
    return [c.text for c in listed_places(text, 0, len(text))]


def test_a_name_after_the_in_the_list():
    text = "The regions of Velmora, Tarnis, the Orsk Highlands, and Quellmoor had the most hate crimes."
    assert _names(text) == ["Velmora", "Tarnis", "Orsk Highlands", "Quellmoor"]


def test_a_defined_acronym_and_a_four_word_name():
    text = ("Violence persisted, particularly in the provinces of Velmora, Tarnis Kessel (TK), and the "
            "Federally Governed Border Areas (FGBA).")
    assert _names(text) == ["Velmora", "Tarnis Kessel", "Federally Governed Border Areas"]


def test_islands_as_a_kind():
    text = "Residents of the archipelagos of the Brask Isles and Orsk voted by mail."
    assert _names(text) == ["Brask Isles", "Orsk"]


@pytest.mark.parametrize(("text", "names"), [
    ("Floods hit the regions of Kanem, Lac, and Salamat.", ["Kanem", "Lac", "Salamat"]),
    ("Envoys of the regions of Velmora and the Tarsanian Union met.", ["Velmora"]),
    ("Officials toured the provinces of the country.", []),
])
def test_untouched(text, names):
    assert _names(text) == names


@pytest.mark.model
def test_extraction_types_the_listed_names_places(nlp):
    text = ("Attacks continued in the provinces of Velmora, Tarnis Kessel (TK), and the Federally "
            "Governed Border Areas (FGBA). The regions of Velmora, Tarnis, the Orsk Highlands, and "
            "Quellmoor recorded the most cases.")
    types = _typed(text, nlp)
    assert types.get("Federally Governed Border Areas") == "place"
    assert types.get("Orsk Highlands") == "place"
