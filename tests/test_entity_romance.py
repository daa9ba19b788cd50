"""Issue 14, round t-ents6: bodies named in French, Spanish and Portuguese, and bodies named with
their kind, that the model took for persons or places (read on 2019 Ecuador, 2018 El Salvador,
2017 Togo and 2022 Kazakhstan dev, and on 2018 Madagascar and 2021 Mexico without gold).
Sentences written for these tests (reports on a fictional Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.persons.romance import led_by_function_word

from .test_entities import _check_spans, entities_of, typed_entities as _typed

pytestmark = pytest.mark.model


def test_a_name_led_by_an_article_or_preposition_is_no_person():
    assert led_by_function_word(["La", "Ventana"]) and led_by_function_word(["Entre", "Vecinos"])
    assert not led_by_function_word(["El", "Hadj", "Omar"])   # a title of a person
    assert not led_by_function_word(["Le", "Van", "Thanh"])   # a Vietnamese surname
    assert not led_by_function_word(["La"])


def test_outlets_and_ngos_named_in_spanish_are_bodies(nlp):
    text = ("Police questioned Ruben Aldaco and two other journalists from the digital media outlet La "
            "Ventana. Officials complained La Ventana published false claims about the governor.\n\n"
            "On May 3, the Constitutional Court overturned a 2015 ruling against Diario El Faro.\n\n"
            "Although the law prohibits discrimination on the basis of HIV status, Entre Vecinos, an LGBTI "
            "NGO, reported discrimination in public clinics.\n\n"
            "The NGO monitoring platform Alianza Tejer reported 48 femicides countrywide as of August 8. "
            "The nonprofit Equilibrio reported that the parents filed a complaint.\n")
    types = _typed(text, nlp)
    for name in ("La Ventana", "Diario El Faro", "Entre Vecinos", "Alianza Tejer", "Equilibrio"):
        assert types.get(name) == "organization", (name, types)
    assert types.get("Ruben Aldaco") == "person"


def test_a_party_named_before_political_party_is_a_body(nlp):
    text = ("The commission refused to register the unregistered El Camino political party, whose leader "
            "Arman Sodikov had applied three times. The government continued to ban the political party "
            "Free Choice of Tarsania and its successor movements.\n")
    types = _typed(text, nlp)
    assert types.get("El Camino") == "organization"
    assert types.get("Free Choice of Tarsania") == "organization"
    assert types.get("Arman Sodikov") == "person"


def test_a_french_name_goes_on_over_pour_and_et(nlp):
    text = ("The NGO Economie et Progres Social reported 12 cases of forced labor in the mines. The "
            "Ligue pour la Defense des Droits Humains visited two prisons in July.\n")
    types = _typed(text, nlp)
    assert types.get("Economie et Progres Social") == "organization", types
    assert types.get("Ligue pour la Defense des Droits Humains") == "organization", types


def test_a_party_candidate_in_apposition_stays_a_person(nlp):
    # the kind of the apposition is "candidate", not "Party": the name is a person's
    text = ("Authorities arrested three women for their posts about the virus; Nemo Vakaloa, a former "
            "Tarsania First Party candidate, was arrested on April 2 for a post on social media.\n")
    assert _typed(text, nlp).get("Nemo Vakaloa") == "person"


def test_a_town_of_the_reports_country_led_by_an_article_stays_a_place(nlp):
    """The model takes "La Chorrera" for a person; an article first makes it no person, and a town of the
    report's country that the gazetteer knows is then a place, not dropped (a misfire of the rule above
    on the 2022 Panama dev gold, found at the merge)."""
    text = "Courts used the old system in the Panama and La Chorrera judicial districts. Both systems were slow.\n"
    ents = entities_of(text, nlp, country="Panama", code="PA", year=2022, doc_id="panama")
    assert ("La Chorrera", "place") in [(e.name, e.type) for e in ents]
