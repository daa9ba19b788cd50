"""Issue 14, places (t-places45): a township or a division is a word of a place's kind for
``places/unplaced.py``. A place no gazetteer knows that the report writes only as "the Tessin Township"
or "Varro division" (with no locative before it) was dropped as never written in a place's frame; the
kind word in the name or right after it is such a frame. A body's name with "Division" is no place group,
so this pass never reads it.

Sentences written for these tests (a fictional country, Tarsania); the shape was judged on unread 2017
and 2022 Burma and 2022 Cameroon: docs/rounds/2026-12-30-27-t-places45.md.
"""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.lexicon import UNPLACED_KINDS
from rightsledger.extract.entities.places.unplaced import in_place_frame, places_with_frames

from .test_entities import entities_of
from .test_entity_places_unplaced import _group


@pytest.mark.parametrize("word", ["township", "townships", "division", "divisions", "subdivision",
                                  "subdivisions"])
def test_the_kind_words(word):
    assert word in UNPLACED_KINDS


@pytest.mark.parametrize("text, name", [
    ("On June 5, soldiers dropped leaflets over Tessin Township announcing operations.", "Tessin Township"),
    ("Police beat protesters in Velmora’s Orrit Township on December 5.", "Orrit Township"),
    ("The senior divisional officer for Varro division, Korra Region, summoned the editor.", "Varro"),
    ("The prefect of Kessel subdivision banned the meeting.", "Kessel"),
])
def test_a_township_or_division_is_a_place_frame(text, name):
    s = text.index(name)
    assert in_place_frame(text, s, s + len(name), [])
    assert places_with_frames(text, [_group(text, name)]) != []


@pytest.mark.parametrize("text, name", [
    ("The Varro division court sentenced the editor.", "Varro"),   # a lower-case noun after the kind word
    ("The state owned two daily newspapers, Le Vigile and Umwezi.", "Umwezi"),
])
def test_other_names_still_dropped(text, name):
    assert places_with_frames(text, [_group(text, name)]) == []


@pytest.mark.model
def test_a_township_place_end_to_end(nlp):
    """With the model: a township written once, after "over", stays a place (dropped on the base)."""
    text = "On June 5, the military dropped leaflets over Tessin Township announcing clearance operations."
    places = {e.name for e in entities_of(text, nlp) if e.type == "place"}
    assert "Tessin Township" in places
