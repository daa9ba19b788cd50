"""Issue 14, round t-orgs24: the Red Cross and its national societies are bodies — "the Fiji Red Cross",
"the Red Cross of Montenegro", "the Red Cross Suriname" one name with their country, the bare "the Red
Cross" a form of the International Committee of the Red Cross (dev: 2020 Fiji, 2024 Montenegro, 2019
Suriname, 2001 Somalia, 2023 Comoros). Sentences written for these tests (a fictional Tarsania beside real
country names)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.bodies.international import body_key
from rightsledger.extract.entities.bodies.red_cross import find_red_cross

from .test_entities import entities_of, typed_entities as _typed


def _found(text: str) -> list[str]:
    return [c.text for c in find_red_cross(text, [(0, len(text), [])])]


def test_a_national_society_is_one_name_with_its_country():
    text = ("Monitoring: The Fiji Red Cross and other groups visited the Velm jail. The ministry worked with "
            "the Red Cross of Montenegro and the Red Cross Suriname. Aid came from the Colombian Red Cross, "
            "the Kenya Red Cross Society, and the Red Crescent Society of the United Arab Emirates.")
    assert _found(text) == ["Fiji Red Cross", "Red Cross of Montenegro", "Red Cross Suriname",
                            "Colombian Red Cross", "Kenya Red Cross Society",
                            "Red Crescent Society of the United Arab Emirates"]


def test_other_shapes_are_left_alone():
    # the bare name (``[international_bodies]`` finds it), a front word that names no place ("International",
    # "Tarsanian": no country of the gazetteer), a name that goes on ("… Hospital", "… Branch"), a hyphen
    # glued on ("Red Cross-run"), the ICRC's own name
    text = ("The Red Cross fed the inmates. The International Red Cross and the Red Cross Nepal Branch met at "
            "the Fiji Red Cross Hospital near Red Cross-run camps. The International Committee of the Red "
            "Cross visited prisons.")
    assert _found(text) == []


def test_the_bare_red_cross_is_the_icrc():
    assert body_key("Red Cross") == "International Committee of the Red Cross"
    assert body_key("Fiji Red Cross") is None
    assert body_key("Red Crescent") is None


def test_masked_lines_are_left_alone():
    text = "Fiji Red Cross heading\nThe Fiji Red Cross met."
    heading = (0, text.index("\n"))
    assert [c.start for c in find_red_cross(text, [(0, len(text), [heading])])] == [text.index("The Fiji") + 4]


@pytest.mark.model
def test_the_red_cross_in_the_pipeline(nlp):
    text = ("Independent groups, including the Red Cross, visited the prisons of Tarsania during the year. "
            "The Fiji Red Cross and other NGOs visited official detention facilities in Velm. The government "
            "cooperated with the Red Cross of Montenegro and UNHCR.\n")
    types = _typed(text, nlp)
    assert types.get("Fiji Red Cross") == "organization", types
    assert types.get("Red Cross of Montenegro") == "organization", types
    assert "Fiji" not in types and "Montenegro" not in types, types
    bare = [e for e in entities_of(text, nlp) if "Red Cross" in [e.name, *e.aliases]]
    assert len(bare) == 1 and bare[0].type == "organization", bare


@pytest.mark.model
def test_the_bare_red_cross_joins_the_icrc(nlp):
    text = ("The International Committee of the Red Cross visited the Velm prison in May. The Red Cross "
            "provided weekly meals to prisoners in Arvel.\n")
    ents = [e for e in entities_of(text, nlp) if e.type == "organization"]
    assert [(e.name, e.aliases) for e in ents] == [("International Committee of the Red Cross", ["Red Cross"])], ents
