"""Issue 14, round t-places30: a river or lake written with its water word ("east across the Tarnek river",
"between the Dorva and Kessel rivers", "an attack at Lac Vorane") is a place, not a body or a person (read
on 2021 Djibouti, 2022 and 2023 Ethiopia, unread; the dev gold makes places of "the upper Niari river
system" and "the Juba and Shabelle rivers"). Sentences written for these tests (a fictional Tarsania)."""
from __future__ import annotations

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.places.waters import waters_as_places

from .test_entities import entities_of
from .test_entity_bodies_facility_names import _org


def _person(text: str, name: str) -> Cand:
    start = text.index(name)
    return Cand(start, start + len(name), name, "PERSON", type="person")


def test_a_name_before_a_lower_case_water_word_is_a_place_with_all_its_mentions():
    text = ("Troops shelled villages east across the Tarnek river in March. Tarnek flooded in May. "
            "Fishermen on the Belmar lake lost their boats.")
    cands = [_org(text, "Tarnek", 0), _org(text, "Tarnek", 1), _org(text, "Belmar")]
    assert [c.type for c in waters_as_places(text, cands)] == ["place"] * 3


def test_both_names_of_a_pair_before_a_plural_water_word_are_places():
    text = "Farmers living between the Dorva and Kessel rivers lost their crops."
    cands = [_org(text, "Dorva"), _org(text, "Kessel")]
    assert [c.type for c in waters_as_places(text, cands)] == ["place", "place"]


def test_a_name_after_a_foreign_water_word_is_a_place():
    text = "An armed group carried out an attack at Lac Vorane in the north."
    assert waters_as_places(text, [_person(text, "Lac Vorane")])[0].type == "place"


def test_bodies_acronyms_roles_and_capitalised_names_stay_as_they_were():
    # a body's head word, an acronym, a name with a role, a water word starting a longer capitalised name,
    # a name without its water word: nothing of a river's
    text = ("The Tarnek Basin Authority river patrol stopped boats. The TRA river team left. Kessel river "
            "guides met Kessel, the chairman. The Dorva River Commission met. Police in Velmoor arrested two.")
    authority, tra = _org(text, "Tarnek Basin Authority"), _org(text, "TRA")
    kessel, dorva, velmoor = _org(text, "Kessel", 0), _org(text, "Dorva"), _org(text, "Velmoor")
    kessel.roles.append("chairman")
    cands = waters_as_places(text, [authority, tra, kessel, dorva, velmoor])
    assert [c.type for c in cands] == ["organization"] * 5


def test_the_river_and_the_lake_come_out_as_places(nlp):
    text = ("Government troops shelled villages east across the Tarnek river in March. Farmers living between "
            "the Dorva and Kessel rivers lost their crops. An armed group carried out an attack at Lac Vorane.")
    places = {e.name for e in entities_of(text, nlp) if e.type == "place"}
    assert {"Tarnek", "Dorva", "Kessel", "Lac Vorane"} <= places
