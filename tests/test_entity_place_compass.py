"""Issue 14, places (t-places22): a name written right after a lower-case compass word ("the suburbs of
eastern Ghalbara", "on the north Velsinai coast") is a place, though the model typed it a body or a person
(``extract/entities/places/compass.py``). The class was judged on unread reports in
docs/rounds/2026-12-26-10-t-places22.md. Sentences written for these tests; the names are made up."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.places.compass import after_compass, compass_places

from .test_entities import typed_entities as _typed


def _cand(text: str, name: str, type_: str, label: str = "ORG", nth: int = 0) -> Cand:
    s = -1
    for _ in range(nth + 1):
        s = text.index(name, s + 1)
    return Cand(s, s + len(name), name, label, type=type_)


@pytest.mark.parametrize(("text", "name", "after"), [
    ("Shells fell on eastern Ghalbara in March.", "Ghalbara", True),
    ("Residents on the north Velsinai coast protested.", "Velsinai", True),
    ("Aid reached southeastern Ghalbara and Tamsa.", "Ghalbara", True),
    ("Shells fell on Ghalbara in March.", "Ghalbara", False),
    ("The Eastern Ghalbara branch closed.", "Ghalbara", False),       # a capitalised compass word: part of a name
    ("Officers of the central Ghalbara office left.", "Ghalbara", False),   # not a compass word of the list
    ("Shells fell on eastern Ghalbara-Tamsa in March.", "Ghalbara", False),  # the front of a hyphenated name
])
def test_after_compass(text, name, after):
    assert after_compass(text, name) is after


def test_a_body_and_a_person_after_a_compass_word_are_places():
    text = ("Forces besieged eastern Ghalbara. Ghalbara had no hospital. "
            "Fighting reached northern Orshan. Aid for Orshan stopped.")
    cands = [_cand(text, "Ghalbara", "organization"), _cand(text, "Ghalbara", "organization", nth=1),
             _cand(text, "Orshan", "person", "PERSON"), _cand(text, "Orshan", "person", "PERSON", nth=1)]
    assert [c.type for c in compass_places(text, cands, set())] == ["place"] * 4


@pytest.mark.parametrize(("text", "name", "label", "norp"), [
    ("Gunmen of the eastern Internal Security Agency fired.", "Internal Security Agency", "ORG", set()),
    ("The eastern LRF fighters withdrew.", "LRF", "ORG", set()),              # an acronym
    ("The eastern Brigade 44 withdrew.", "Brigade 44", "ORG", set()),         # a digit
    ("Clashes with northern Tamsani spread.", "Tamsani", "NORP", {"tamsani"}),   # a people
    ("Clashes with northern Velmar Fighters spread.", "Velmar Fighters", "ARMED", set()),   # a rule's body
])
def test_no_place_when_the_name_is_a_bodys(text, name, label, norp):
    cands = [_cand(text, name, "organization", label)]
    assert compass_places(text, cands, norp)[0].type == "organization"


def test_a_person_with_a_role_stays():
    text = "In southern Tamsa, Governor Darrow Kell met elders; southern Kell voters cheered."
    c = _cand(text, "Kell", "person", "PERSON", nth=1)
    c.roles.append("governor")
    assert compass_places(text, [c], set())[0].type == "person"


def test_a_place_stays_and_other_kinds_are_left():
    text = "Shells fell on eastern Ghalbara."
    cands = [_cand(text, "Ghalbara", "place", "GPE")]
    assert compass_places(text, cands, set())[0].type == "place"


@pytest.mark.model
def test_extraction_makes_a_place_of_a_region_after_a_compass_word(nlp):
    text = ("Government forces launched an assault on the suburbs of eastern Ghalbara, killing hundreds. "
            "Aid convoys could not reach eastern Ghalbara in March. Rebels fired shells from eastern Ghalbara.")
    assert _typed(text, nlp).get("Ghalbara") == "place"


@pytest.mark.model
def test_extraction_keeps_a_body_after_a_compass_word(nlp):
    text = "Gunmen affiliated with the eastern Internal Security Agency kidnapped an activist in March."
    assert _typed(text, nlp).get("Internal Security Agency") == "organization"
