"""Issue 14, round 4: places and international bodies. Country names the gazetteer knows are
places however the report spells them ("Guinea Bissau", "N'Zerekore"), and never taken for
a nationality ("Mali"); nationality adjectives are never places ("Angolan troops", "West
African states"); a river written in the plural is the river; a place after "in" ends a
court's name; international bodies are one organisation in all their forms ("U.N.", "UN",
"United Nations"), never merged into a longer name they begin; a full name coordinated with
a person's is a person. Sentences written for these tests (a report on Guinea)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.common import adjectival, demonym
from rightsledger.extract.lexicons.gazetteer import gazetteer

from .test_entities import (
    _check_spans,
    _find,
    _types,
    entities_of,
)

TEXT = """\
Refugees arrived from neighboring countries, including Liberia, Cote d’Ivoire, and Guinea \
Bissau. Migrant communities from countries such as Mauritania and Mali practiced the custom. \
Farmers received land in the Forest Region near N’Zerekore. Angolan troops allied with the \
government patrolled the Angolan province of Cabinda, and West African states sent observers.

Insecurity along the Korva and Ubangui Rivers complicated relief; boats on the Ubangui River \
were searched. The trial continued at the Special Court for Sierra Leone in The Hague.

According to U.N. figures, 12,000 persons fled. The U.N. High Commissioner for Refugees \
(UNHCR) assisted them, and the UN and UNICEF opened camps. An ILO study found child labor.

On May 3, security forces arrested and detained Frederic Loua and Amadou Diallo, and a judge \
ordered the arrest of Loua and Diallo after the protest.
"""


@pytest.fixture(scope="module")
def tarsania(nlp):
    return entities_of(TEXT, nlp, country="Guinea", code="GN", year=2011)


def test_other_spellings_of_known_places():
    gaz = gazetteer()
    assert gaz.countries("Guinea Bissau") == "GW"
    assert gaz.lookup("N’Zerekore").country_code == "GN"
    # a report on Guinea-Bissau: "Guinea" is still Guinea; on the Democratic Republic of
    # the Congo, "Congo" is the report's country
    assert gaz.lookup("Guinea", "GW").country_code == "GN"
    assert gaz.lookup("Congo", "CD").country_code == "CD"


def test_a_country_is_not_a_nationality():
    assert not demonym("Mali", set(), set())
    assert demonym("Angolan", set(), set())
    assert adjectival(["West", "African"]) and not adjectival(["Mali"])


@pytest.mark.model
def test_spans_are_exact(tarsania):
    _check_spans(TEXT, tarsania)


@pytest.mark.model
@pytest.mark.parametrize("name", ["Guinea Bissau", "Mali", "Mauritania", "N’Zerekore", "Cote d’Ivoire"])
def test_countries_and_towns_are_places(tarsania, name):
    assert _find(tarsania, name, "place") is not None, _types(tarsania)


@pytest.mark.model
@pytest.mark.parametrize("name", ["Angolan", "West African"])
def test_nationality_adjectives_are_not_places(tarsania, name):
    assert _find(tarsania, name) is None, _types(tarsania)


@pytest.mark.model
def test_a_plural_river_is_the_river(tarsania):
    ent = _find(tarsania, "Ubangui River", "place")
    assert ent is not None and {"Ubangui Rivers", "Ubangui River"} <= {ent.name, *ent.aliases}, _types(tarsania)


@pytest.mark.model
def test_a_place_after_in_ends_a_court(tarsania):
    assert _find(tarsania, "Special Court for Sierra Leone", "organization") is not None, _types(tarsania)
    assert _find(tarsania, "Hague", "place") is not None, _types(tarsania)


@pytest.mark.model
def test_international_bodies_in_all_their_forms(tarsania):
    un = _find(tarsania, "U.N.", "organization")
    assert un is not None and "UN" in {un.name, *un.aliases}, _types(tarsania)
    assert "U.N." not in _find(tarsania, "UNHCR", "organization").aliases
    for name in ("UNICEF", "ILO"):
        assert _find(tarsania, name, "organization") is not None, _types(tarsania)


@pytest.mark.model
def test_a_name_beside_a_person_is_a_person(tarsania):
    ent = _find(tarsania, "Frederic Loua", "person")
    assert ent is not None and "Loua" in ent.aliases, _types(tarsania)
    assert _find(tarsania, "Loua", "place") is None
