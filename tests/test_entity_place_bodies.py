"""Issue 14, places (t-places3): names taken for places that name a body or a facility.

- a name no gazetteer knows that the report uses only as a body ("the nonprofit X", "an article
  in X", "X reported") is an organization; one that ends a body's name ("According to
  Journalists in Peril", "the NGO Women and Law in Eastern Tarsania") is no entity;
- a place inside the expansion of an acronym ("the Islamic State of Libya and Chad (ISLC)") is
  no mention of the place;
- a name no gazetteer knows that the report writes once as a facility's ("Orlan Park refugee
  camp", "Sefra City, a refugee camp", "Kolvan Camp") names that facility everywhere;
- "Republic of X" is the report's "X".

Sentences written for these tests (a fictional country, Tarsania; Niger's towns where the
gazetteer matters). Found on unread state.gov pages and dev reports (docs/rounds/2026-12-08-10-t-places3.md).
"""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.places.forms import bare_form, joins

from .test_entities import _check_spans, _find, _types, entities_of

TEXT = """\
According to Journalists in Peril, police assaulted 12 reporters in Velmora during the year. \
Journalists in Peril reported fewer assaults than in the previous year. The NGO Women and Law \
in Eastern Tarsania stated that no law protected domestic workers.

The nonprofit Ostravida reported that the ministry refused to register transgender persons. A \
March 3 article in El Vigilante described the conditions of detainees, and El Vigilante also \
reported that the prison in Dresk was overcrowded. In May, Korvanta reported that one million \
women lacked food. While older Vardanis kept their language, Vardanis reported discrimination \
in housing. About 300 children sheltered at the Institution Saint-Louis de Gonzague, a private \
school in Zinder.

Many families fled from areas controlled by the Islamic State of Libya and Chad (ISLC). \
The ISLC attacked Zinder in March, and hundreds of families fled to Chad.

The government closed Sefra City, a refugee camp near Dresk, and moved the residents to Orlan \
Park refugee camp. Residents of Orlan Park needed permits to leave, and conditions in Kolvan \
Camp worsened. Refugees in Sefra City had no work permits. Two detainees died in the Korsk \
detention center in May; the father of one, a teacher in Korsk, was dismissed. The largest \
groups are the Soussou in Lower Velmora and the Malinke in Upper Velmora.
"""

SOMALILAND = """\
The Republic of Somaliland held elections in May. Somaliland's police detained three journalists \
in Hargeisa. Administrations in Somaliland and Puntland collected taxes.
"""


@pytest.fixture(scope="module")
def ents(nlp):
    return entities_of(TEXT, nlp, country="Niger", code="NE", year=2019)


@pytest.mark.model
def test_a_body_is_no_place(ents):
    for name in ("Ostravida", "El Vigilante", "Korvanta"):
        assert _find(ents, name, "place") is None, _types(ents)
    for name in ("Ostravida", "El Vigilante"):
        assert _find(ents, name, "organization") is not None, _types(ents)
    for name in ("Vardanis", "Institution Saint-Louis de Gonzague"):   # a people, a school
        assert _find(ents, name, "place") is None and _find(ents, name, "organization") is None \
            or name.startswith("Institution"), _types(ents)
        assert _find(ents, name, "place") is None, _types(ents)
    for name in ("Peril", "Eastern Tarsania"):                 # the tail of a body's name
        assert _find(ents, name, "place") is None, _types(ents)
    for name in ("Velmora", "Dresk", "Lower Velmora", "Upper Velmora"):   # places stay ("the Soussou in")
        assert _find(ents, name, "place") is not None, _types(ents)
    _check_spans(TEXT, ents)


@pytest.mark.model
def test_a_place_inside_an_acronyms_expansion(ents):
    assert _find(ents, "Libya", "place") is None, _types(ents)      # only inside "(ISLC)"
    chad = _find(ents, "Chad", "place")                               # also a place of its own
    assert chad is not None and TEXT.index("Chad (ISLC)") not in {s for s, _ in chad.mentions}, chad
    assert _find(ents, "Zinder", "place") is not None, _types(ents)


@pytest.mark.model
def test_a_facility_is_no_place(ents):
    for name in ("Sefra City", "Orlan Park", "Kolvan Camp", "Kolvan"):
        assert _find(ents, name, "place") is None, _types(ents)


def test_a_town_before_a_facility_noun_stays_a_town_where_shown_as_one():
    from rightsledger.extract.entities.places.bodies import _names_a_facility
    assert not _names_a_facility(TEXT, "Korsk", shown_as_place=True)     # "a teacher in Korsk"
    assert _names_a_facility(TEXT, "Korsk", shown_as_place=False)
    assert _names_a_facility(TEXT, "Sefra City", shown_as_place=True)    # ", a refugee camp"
    assert _names_a_facility(TEXT, "Orlan Park", shown_as_place=True)    # "Orlan Park refugee camp"


@pytest.mark.model
def test_republic_of_x_is_x(nlp):
    ents = entities_of(SOMALILAND, nlp, country="Somalia", code="SO", year=2001)
    somaliland = [e for e in ents if e.type == "place" and "Somaliland" in {e.name, *e.aliases}]
    assert len(somaliland) == 1, _types(ents)
    assert "Republic of Somaliland" in {somaliland[0].name, *somaliland[0].aliases}, _types(ents)


def test_kind_prefixes():
    assert bare_form("Republic of Somaliland") == "somaliland"
    assert bare_form("the Kingdom of Velmora") == "velmora"
    assert joins("Republic of Somaliland", "somaliland", "other")
    # two countries: the gazetteer decides ("Republic of the Congo" is not the DRC's "Congo")
    assert not joins("Republic of the Congo", "congo", "country")



BALKAN = """\
The trial of Dragan Velkov, accused of the 1993 killing of three Bosniaks while serving in a \
paramilitary unit in the Bosnian town of Foca, continued. Citizens of the Russian Federation \
and Belarus entered the country during the year. Families displaced from the former Yugoslavia \
and from Czechoslovakia sought residence permits.
"""


@pytest.mark.model
def test_countries_of_the_past_lists_of_countries_and_nationalities(nlp):
    ents = entities_of(BALKAN, nlp, country="Montenegro", code="ME", year=2024)
    for name in ("Yugoslavia", "Czechoslovakia", "Belarus", "Russian Federation", "Foca"):
        assert _find(ents, name, "place") is not None, _types(ents)
    assert _find(ents, "Russian Federation and Belarus") is None, _types(ents)
    for name in ("Bosniaks", "Bosnian"):
        assert _find(ents, name, "place") is None, _types(ents)
    _check_spans(BALKAN, ents)


def test_historic_countries_in_the_gazetteer():
    from rightsledger.extract.lexicons.gazetteer import gazetteer
    gaz = gazetteer()
    assert gaz.countries("Yugoslavia") and gaz.countries("Upper Volta")
    assert gaz.countries("Czechoslovakia") != gaz.countries("Serbia and Montenegro")
    assert gaz.countries("Yemen") == "YE" and gaz.countries("France") == "FR"   # today's names keep theirs


TOPONYMS = """\
A court acquitted two soldiers of the 2016 killing of a farmer at a ranch in San Lucas, San Pedro \
Perulapan. Gang members took the two students to Colonia Santa Lucia, which a rival gang \
controlled. A justice of the peace in Las Flores Chalatenango refused to hear the case. The \
government renewed the emergency in the VRAEM and La Florida. Police found a miner's body in the \
province of Tambopata, Madre de Dios, and exploitation of girls was common in the remote \
Amazonian Madre de Dios region. The daily newspaper La Voz criticized the police, and La Voz \
reported two more attacks. A letter from Ana da Cunha reached the court, and a clerk from \
Petite Riviere de Nippes was killed. Three workers at the Plantations de Haut Orvan (PHO) \
agricultural complex were arrested.
"""


@pytest.mark.model
def test_toponyms_of_spanish_shape(nlp):
    ents = entities_of(TOPONYMS, nlp, country="El Salvador", code="SV", year=2018)
    assert _find(ents, "Ana da Cunha", "place") is None, _types(ents)    # a person's particle
    for name in ("San Pedro Perulapan", "Chalatenango", "La Florida", "Madre de Dios", "Petite Riviere de Nippes"):
        assert _find(ents, name, "place") is not None, _types(ents)
    for name in ("Las Flores Chalatenango", "Amazonian Madre de Dios", "La Voz", "Plantations de Haut Orvan"):
        assert _find(ents, name, "place") is None, _types(ents)
    _check_spans(TOPONYMS, ents)


@pytest.mark.model
def test_a_places_acronym_is_that_place(nlp):
    text = ("Foreigners may not travel along the border in the Velmora Region and the Gorno-Dresk "
            "Autonomous Oblast (GDAO) without permission. Diplomats needed permits to visit the GDAO.")
    ents = entities_of(text, nlp, country="Tajikistan", code="TJ", year=2018)
    oblast = _find(ents, "Gorno-Dresk Autonomous Oblast", "place")
    assert oblast is not None and "GDAO" in oblast.aliases, _types(ents)
    assert len([e for e in ents if "GDAO" in {e.name, *e.aliases}]) == 1, _types(ents)
