"""Issue 14, places (t-places31): a name written before the word of its place kind is a place, though the model
typed it a person or a body: a lower-case noun after it ("Velmora's Dostani Kerep informal settlement", the
Korvik district; ``extract/entities/places/kind_nouns.py``), its "Regency" head ("Tarsel Regency";
``nonperson_place_words``), or "X Division of the Y Region" whose words are not ordinary English
(``places/divisions.py``). The class was judged on unread reports in docs/rounds/2026-12-28-15-t-places31.md.
Sentences written for these tests; the names are made up."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.places.divisions import divisions_as_places
from rightsledger.extract.entities.places.kind_nouns import before_kind_noun, kind_noun_places

from .test_entities import typed_entities as _typed


def _cand(text: str, name: str, type_: str, label: str = "ORG", nth: int = 0) -> Cand:
    s = -1
    for _ in range(nth + 1):
        s = text.index(name, s + 1)
    return Cand(s, s + len(name), name, label, type=type_)


@pytest.mark.parametrize(("text", "name", "before"), [
    ("Squatters fled Velmora's Dostani Kerep informal settlement.", "Dostani Kerep", True),
    ("Police beat traders in the Korvik district in March.", "Korvik", True),
    ("Aid reached the Orsa and Tamsa villages.", "Tamsa", True),
    ("Squatters fled Dostani Kerep in March.", "Dostani Kerep", False),
    ("Officials of the Korvik area met.", "Korvik", False),                 # "area" is not a kind noun of the list
    ("Jon Arvik’s village was burned.", "Arvik", False),                    # a possessive: the person's village
    ("Squatters fled the Korvik-Tamsa settlement.", "Korvik", False),       # the front of a hyphenated name
    ("The Korvik Settlement Trust closed.", "Korvik", False),               # a capitalised word: part of a name
])
def test_before_kind_noun(text, name, before):
    assert before_kind_noun(text, name) is before


def test_a_person_and_a_body_before_a_kind_noun_are_places():
    text = ("Police evicted 900 squatters from Velmora's Dostani Kerep informal settlement. Dostani Kerep had no "
            "water. Traders in the Korvik district protested. Korvik had no market.")
    cands = [_cand(text, "Dostani Kerep", "person", "PERSON"), _cand(text, "Dostani Kerep", "person", "PERSON", nth=1),
             _cand(text, "Korvik", "organization"), _cand(text, "Korvik", "organization", nth=1)]
    assert [c.type for c in kind_noun_places(text, cands, set())] == ["place"] * 4


@pytest.mark.parametrize(("text", "name", "label", "norp"), [
    ("Officers of the Internal Security Agency district office left.", "Internal Security Agency", "ORG", set()),
    ("The LRF district commander fled.", "LRF", "ORG", set()),                # an acronym
    ("Clashes with Tamsani villages spread.", "Tamsani", "NORP", {"tamsani"}),   # a people
    ("The Velmar Fighters district base fell.", "Velmar Fighters", "ARMED", set()),   # a rule's body
])
def test_no_place_when_the_name_is_a_bodys(text, name, label, norp):
    cands = [_cand(text, name, "organization", label)]
    assert kind_noun_places(text, cands, norp)[0].type == "organization"


def test_a_person_with_a_role_stays():
    text = "Chief Darrow Kell met elders; Kell village elders cheered."
    c = _cand(text, "Kell", "person", "PERSON", nth=1)
    c.roles.append("chief")
    assert kind_noun_places(text, [c], set())[0].type == "person"


def test_a_division_of_uncommon_words_before_of_the_region_is_a_place():
    text = "A teacher was killed in Ravik, Meme Division of the South Region, on April 25."
    cands = [_cand(text, "Meme Division", "organization")]
    assert divisions_as_places(text, cands, None)[0].type == "place"


@pytest.mark.parametrize("text", [
    "The Legal Division of the South Region reviewed the cases.",        # ordinary English: a body's division
    "A teacher from the Meme Division was killed in April.",             # no place slot
])
def test_a_body_division_stays(text):
    name = "Legal Division" if "Legal" in text else "Meme Division"
    cands = [_cand(text, name, "organization")]
    assert divisions_as_places(text, cands, None)[0].type == "organization"


@pytest.mark.model
def test_extraction_makes_places_of_names_before_their_kind_word(nlp):
    text = ("In August a court barred the commission from evicting 1,000 squatters from Velmora's Dostani Kerep "
            "informal settlement. Police beat traders in the Korvik informal settlement in March.\n\n"
            "In February a resident of Tarsel Regency, West Ondara, alleged that a company unlawfully claimed his "
            "land.\n\nA teacher was killed in Ravik, Meme Division of the South Region, on April 25.")
    types = _typed(text, nlp)
    for name in ("Dostani Kerep", "Korvik", "Tarsel Regency", "Meme Division", "Velmora"):
        assert types.get(name) == "place", types
