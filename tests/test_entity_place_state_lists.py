"""Issue 14, places (t-places47): the names of a list closed by a capitalised "States" (two names or more) or by
"Townships" are places, as those closed by "Provinces" or "districts" were (``extract/entities/places/lists.py``).

Judged on unread reports before the rule (docs/rounds/2026-12-31-15-t-places47.md): the model typed the names of
such a list person or found nothing there. One name before "States" is no list ("Member States", "the United
States", "Gulf States"), nor is a lower-case "states". Sentences written for these tests; the names are made up.
"""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.places.lists import listed_places

from .test_entities import entities_of


def _listed(text: str) -> list[str]:
    return [c.text for c in listed_places(text, 0, len(text))]


def test_the_kinds_are_data():
    from rightsledger.extract.entities.lexicon import PLACE_LIST_CAPITAL_NOUNS, PLACE_LIST_NOUNS
    assert "townships" in PLACE_LIST_NOUNS
    assert "States" in PLACE_LIST_CAPITAL_NOUNS
    assert "states" not in PLACE_LIST_NOUNS            # "Gulf states", "member states": read capitalised only


@pytest.mark.parametrize("text, names", [
    ("Fighting displaced families into Korravel and Vessindor States.", ["Korravel", "Vessindor States"]),
    ("Floods struck Upper Tarn, Dovrel, and Amsketh States in August.", ["Upper Tarn", "Dovrel", "Amsketh States"]),
    ("Workers at factories in Tarvo Min Daw and Shwe Lin Karo Townships were dismissed.",
     ["Tarvo Min Daw", "Shwe Lin Karo Townships"]),
    ("Raids in the Orvesk and Dallin townships continued.", ["Orvesk", "Dallin"]),
])
def test_the_names_of_a_list_closed_by_the_kind_are_places(text, names):
    assert _listed(text) == names


@pytest.mark.parametrize("text", [
    "The committee urged Member States to act.",
    "Delegates from Korravel, Vessindor, and the United States attended.",
    "Officials from the Gulf States met in Dovrel.",
    "The Korravel and Vessindor states signed the accord.",
])
def test_one_name_before_states_or_a_lower_case_states_is_no_list(text):
    assert not [n for n in _listed(text) if "State" in n or "state" in n or n == "United"]
    assert "Korravel" not in _listed(text) and "Vessindor" not in _listed(text)


def test_end_to_end_the_names_of_the_list_are_places(nlp):
    text = ("In March, fighting forced thousands of families from Korravel and Vessindor States into camps. "
            "Employees of two garment factories located in Tarvo Min Daw and Shwe Lin Karo Townships, Orvale, "
            "said managers dismissed them.")
    places = {e.name for e in entities_of(text, nlp) if e.type == "place"}
    assert {"Korravel", "Vessindor State", "Tarvo Min Daw", "Shwe Lin Karo Township"} <= places
