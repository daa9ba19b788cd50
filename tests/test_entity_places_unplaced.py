"""Issue 14, places (t-ents24): a place group no gazetteer knows, none of whose names' occurrences
in the report stands in a place's frame — after a locative or directional word, with a word of a
place's kind in or right after it, or beside another place in a list or apposition — is no place
(``extract/entities/places/unplaced.py``). A name written once in such a frame, a country and a town
the gazetteer knows stay places.

Sentences written for these tests (a fictional country, Tarsania); the shape was read on twelve
reports without gold: see docs/rounds/2026-12-19-05-t-ents24.md.
"""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.common import Group
from rightsledger.extract.entities.places.unplaced import in_place_frame, places_with_frames

from .test_entities import _find, _types, entities_of


def _group(text: str, name: str, place=None) -> Group:
    g = Group("place")
    s = text.index(name)
    g.forms[name] += 1
    g.mentions.add((s, s + len(name)))
    g.place = place
    return g


@pytest.mark.parametrize("text, name", [
    ("The state owned two daily newspapers, Le Vigile and Umwezi, and a radio station.", "Umwezi"),
    ("On July 15, the Velmor district court sentenced an activist to one year.", "Velmor"),
    ("Joint efforts by Tarsanian, Orvish, and Brelani authorities found the passport.", "Brelani"),
    ("The head of the Eastern Europe and Kessar Steppe desk said journalists were harassed.", "Kessar Steppe"),
])
def test_a_name_never_in_a_place_frame_is_no_place(text, name):
    assert places_with_frames(text, [_group(text, name)]) == []


@pytest.mark.parametrize("text, name", [
    ("Soldiers detained two farmers in Kessaline in May.", "Kessaline"),
    ("The mayor of Dunvik said the guards were absent.", "Dunvik"),
    ("Riots broke out in Orsk, Velmo, and Arnak villages in the Tarn district.", "Velmo"),
    ("Riots broke out in Orsk, Velmo, and Arnak villages in the Tarn district.", "Arnak"),
    ("Gunmen killed five persons in an attack in Wilo, Saumi Tas.", "Saumi Tas"),
    ("Two activists of the Merkov district, where the clinic closed, were fined.", "Merkov"),
    ("Refugees fled Brask after the floods.", "Brask"),
    ("Residents of the Tarsa City suburb Velm-Orto lynched two thieves.", "Velm-Orto"),
    ("The movement seeks independence within the borders of former Upper Orvia.", "Upper Orvia"),
    ("A woman miscarried after Dunvik police repeatedly kicked her.", "Dunvik"),
    ("Riots shook Kessaline, a municipality near the capital, in May.", "Kessaline"),
])
def test_a_name_in_a_place_frame_stays(text, name):
    places = [_group(text, name)]
    if name == "Saumi Tas":
        places.append(_group(text, "Wilo"))
    if name in ("Velmo", "Arnak"):
        places.append(_group(text, "Orsk"))
    assert _group(text, name).forms == places[0].forms
    assert places_with_frames(text, places)[0] is places[0]


def test_a_frame_elsewhere_in_the_report_or_a_known_place_keeps_it():
    text = "The Velmor district court fined him. Police in Velmor detained three more."
    g = _group(text, "Velmor")
    assert places_with_frames(text, [g]) == [g]        # written once after "in"
    text = "Joint efforts by Tarsanian and Kenya authorities found the passport."
    known = _group(text, "Kenya", place=object())
    assert places_with_frames(text, [known]) == [known]  # the gazetteer knows it


def test_frame_words():
    text = "the Velmor district court"
    s = text.index("Velmor")
    assert not in_place_frame(text, s, s + 6, [])       # "district" before a noun: a court's name
    text = "in the Velmor district, police"
    s = text.index("Velmor")
    assert in_place_frame(text, s, s + 6, [])


UNPLACED = """\
The state owned and operated two daily newspapers, Le Vigile and Umwezi, and a radio station.

On July 15, the Velmor district court in Tarsa City sentenced an activist to one year in prison.

Soldiers detained two farmers in Kessaline in May.
"""


@pytest.mark.model
def test_unplaced_names_are_no_places(nlp):
    """Fails without the rule where the model takes these names for places; a town written after
    "in" stays a place."""
    ents = entities_of(UNPLACED, nlp)
    for name in ("Umwezi", "Velmor"):
        assert _find(ents, name, "place") is None, _types(ents)
    assert _find(ents, "Kessaline", "place") is not None, _types(ents)


@pytest.mark.parametrize("text, name", [
    ("Persons who migrated to then East Velmara before the war lived in camps.", "East Velmara"),
    ("Those who moved to the Tarsan-controlled Kessar Bank received citizenship.", "Kessar Bank"),
    ("The government renewed the emergency in the VRAEM and La Velmira.", "La Velmira"),
])
def test_a_locative_word_read_over_a_modifier_or_a_first_conjunct(text, name):
    """0.1.35 merge: the whole suite found three places of earlier rounds' fixtures lost to the rule."""
    s = text.index(name)
    assert in_place_frame(text, s, s + len(name), [])
