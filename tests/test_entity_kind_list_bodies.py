"""Issue 14, round t-orgs46 (organizations the system misses): a body named in a list after a plural kind of
body, with a comma before the link word or "the" before the name ("terrorist groups, including the X, Y, and
Z", "drug gangs such as the X"), was typed place by the model and left so; and a place group that only such
slots name was dropped, not made a body. The slot of ``places/kinds.py`` now reads those forms and the kind
"gang"; ``places/described.py`` reads it before the drop, so the name becomes an organization; a kind of people
("ethnic groups, including the X", "religious groups such as X") names no body. Read on unread pages (2017
Colombia, 2021 Pakistan); the dev gold makes 41 gold organization mentions of the new slot's names against 2
places (gazetteer-known). Sentences written for these tests (a fictional Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.common import Cand, Group
from rightsledger.extract.entities.places.described import places_described_as_bodies
from rightsledger.extract.entities.places.kinds import after_body_kind

from .test_entities import _find, _types, entities_of


@pytest.mark.parametrize(("text", "name", "slot"), [
    ("Militant groups, including the TLF, Harakat Zorin, and Velora Front, attacked schools.", "Velora Front", True),
    ("Militant groups, including the TLF, Harakat Zorin, and Velora Front, attacked schools.", "Harakat Zorin", True),
    ("Armed groups and drug gangs such as the Orrin Brotherhood continued to operate.", "Orrin Brotherhood", True),
    ("Dockers joined unions, such as the Dock Workers Guild and the Kestrel Guild, in May.", "Kestrel Guild", True),
])
def test_new_forms_of_the_slot(text, name, slot):
    assert after_body_kind(text, text.index(name)) is slot
    assert after_body_kind(text, text.index(name), bodies_only=True) is slot


@pytest.mark.parametrize(("text", "name"), [
    ("Certain ethnic groups, including the Velani, faced discrimination.", "Velani"),
    ("Religious groups, such as the Orro Brethren, could not register.", "Orro Brethren"),
])
def test_a_kind_of_people_names_no_body(text, name):
    assert after_body_kind(text, text.index(name))                          # the drop still reads it
    assert not after_body_kind(text, text.index(name), bodies_only=True)    # no body


def test_a_bare_comma_then_the_is_no_slot():
    text = "The charity said the company, the Kanda Valley growers and others would help."
    assert not after_body_kind(text, text.index("Kanda"))


def _place(text: str, name: str) -> Group:
    g = Group("place")
    s = text.index(name)
    g.add(Cand(s, s + len(name), name, "GPE", type="place"))
    return g


def test_a_place_only_a_kind_list_names_becomes_a_body():
    text = "Militant groups, including the TLF, Harakat Zorin, and Velora Front, attacked schools."
    places, bodies = places_described_as_bodies(text, [_place(text, "Velora Front")], [])
    assert places == [] and [b.type for b in bodies] == ["organization"]


def test_a_place_of_a_people_list_stays_for_the_drop():
    text = "Certain ethnic groups, including the Velani, faced discrimination."
    places, bodies = places_described_as_bodies(text, [_place(text, "Velani")], [])
    assert bodies == [] and len(places) == 1


KIND_LISTS = """\
Militants and terrorist groups, including the TLP, Jund Orrin, and Vardak Khorin Province, killed civilians.

Illegal armed groups and drug gangs such as the Gulf Coast Clan continued to operate in the north.
"""


@pytest.mark.model
def test_bodies_of_kind_lists_are_organizations(nlp):
    ents = entities_of(KIND_LISTS, nlp)
    for name in ("Vardak Khorin Province", "Gulf Coast Clan"):
        assert _find(ents, name, "organization") is not None, _types(ents)
        assert _find(ents, name, "place") is None, _types(ents)
