"""Issue 14, round t-ents6: a body named with the report's country, when the country's name has
several words ("Sao Tome and Principe", "Guinea-Bissau"), is the same body as its name without the
country (read on 2019 Guinea-Bissau dev and 2022 Sao Tome and Principe without gold). Sentences
written for these tests (fictional bodies)."""
from __future__ import annotations

import pytest

from .test_entities import _check_spans, entities_of

pytestmark = pytest.mark.model


def _orgs(text: str, nlp, country: str) -> dict[str, set[str]]:
    ents = entities_of(text, nlp, country=country, code=None, year=2021, doc_id="home")
    _check_spans(text, ents)
    return {e.name: set(e.aliases) for e in ents if e.type == "organization"}


def test_a_body_named_with_a_country_of_several_words_is_its_short_name(nlp):
    text = ("The two labor unions, the Union of Cocoa Workers of Sao Tome and Principe and the National "
            "Organization of Teachers of Sao Tome and Principe, negotiated with the government. In June the "
            "National Organization of Teachers signed a collective bargaining agreement.\n")
    orgs = _orgs(text, nlp, "Sao Tome and Principe")
    assert "National Organization of Teachers" in orgs.get(
        "National Organization of Teachers of Sao Tome and Principe", set()), orgs
    assert "National Organization of Teachers" not in orgs


def test_a_hyphenated_country_name_is_dropped_too(nlp):
    text = ("The National Elections Commission of Guinea-Bissau declared the incumbent the winner on "
            "January 1. On January 9, the National Election Commission rejected the appeal.\n")
    orgs = _orgs(text, nlp, "Guinea-Bissau")
    assert "National Election Commission" in orgs.get("National Elections Commission of Guinea-Bissau", set()), orgs


def test_two_bodies_of_the_country_stay_apart(nlp):
    text = ("The Union of Cocoa Workers of Sao Tome and Principe and the Union of Port Workers met the "
            "minister on March 3.\n")
    orgs = _orgs(text, nlp, "Sao Tome and Principe")
    assert "Union of Port Workers" in orgs and "Union of Cocoa Workers of Sao Tome and Principe" in orgs


def test_one_word_of_the_country_name_is_no_reason_to_join(nlp):
    # "Democratic" of the Democratic Republic of the Congo: the two armed groups stay apart
    text = ("The Democratic Forces for the Liberation of Tarsania attacked three villages in May. The "
            "National Forces of Liberation recruited children.\n")
    orgs = _orgs(text, nlp, "Democratic Republic of the Congo")
    assert "National Forces of Liberation" in orgs
    assert "Democratic Forces for the Liberation of Tarsania" in orgs


def test_a_surname_that_is_mostly_a_home_place_stays_a_place(nlp):
    text = ("In March authorities identified the remains of Lucia Guerrero, a student. Violence against "
            "journalists was high in the state of Guerrero. Reporters in Iguala, Guerrero, received "
            "threats. The states with the most attacks were Veracruz, Guerrero, and Oaxaca. Teachers "
            "marched in Chilpancingo, Guerrero, in May.\n")
    ents = entities_of(text, nlp, country="Mexico", code="MX", year=2021, doc_id="mx")
    _check_spans(text, ents)
    person = next(e for e in ents if e.name == "Lucia Guerrero")
    assert person.type == "person" and "Guerrero" not in person.aliases, person
    assert any(e.type == "place" and e.name == "Guerrero" for e in ents), [(e.name, e.type) for e in ents]
