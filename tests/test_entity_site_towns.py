"""Issue 14, round t-places28: a name the report writes right before a site a town has, in lower case
("at the Velmoor livestock market", "at the Orlan border crossing", "attacked the Sarkeel IDP site"), is the
town's: a place, not a body dropped and lost (t-places25 dropped the body; read on 2018 Mali, 2022 Burkina
Faso, 2022 DRC, unread; the dev gold makes places of "the Mogadishu livestock market" and "a Luanda
market"). Sentences written for these tests (a fictional Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.bodies.facility_names import bodies_not_facilities
from rightsledger.extract.entities.places.fronts import front_of_longer_name
from rightsledger.extract.entities.places.sites import sites_as_places
from rightsledger.extract.entities.places.unplaced import in_place_frame

from .test_entities import typed_entities as _typed
from .test_entity_bodies_facility_names import _org


def test_a_name_before_a_towns_site_is_a_place_with_all_its_mentions():
    text = ("Prices doubled at the Kelvar cattle market in March; traders from Kelvar blocked the road. Customs "
            "officers closed the Durn border post. Aid reached the Pellis displacement sites late.")
    names = [("Kelvar", 0), ("Kelvar", 1), ("Durn", 0), ("Pellis", 0)]
    kept = bodies_not_facilities(text, sites_as_places(text, [_org(text, n, i) for n, i in names]))
    assert [(c.text, c.type) for c in kept] == [(n, "place") for n, _ in names]


def test_bodies_acronyms_roles_and_facilities_stay_as_they_were():
    # a body's head word, an acronym, a name with a role, a name also written as a facility's ("the Holmvik
    # camp"): no town; the facility's name is still dropped by bodies_not_facilities
    text = ("The Tarsan Traders Association market was closed. Soldiers of the TDF border post fired shots. "
            "Vendors at the Holmvik market fled to the Holmvik camp. The Brask Market Traders Union protested.")
    assoc, tdf = _org(text, "Tarsan Traders Association"), _org(text, "TDF")
    holmvik, brask = _org(text, "Holmvik"), _org(text, "Brask")
    cands = sites_as_places(text, [assoc, tdf, holmvik, brask])
    assert [c.type for c in cands] == ["organization"] * 4
    assert bodies_not_facilities(text, cands) == [assoc, tdf, brask]


def test_a_name_with_a_role_is_not_retyped():
    text = "Traders at the Dunvik market met Dunvik, the chairman."
    c = _org(text, "Dunvik")
    c.roles.append("chairman")
    assert sites_as_places(text, [c])[0].type == "organization"


def test_a_site_after_a_town_is_no_longer_name():
    # "IDP" is capitalised, but "IDP site" is the town's site, not the rest of a name that holds the town
    text = "Gunmen attacked the Sarkeel IDP site in Brask. Staff of the Sarkeel IDP Coordination Office fled."
    first = text.index("Sarkeel")
    assert not front_of_longer_name(text, first, first + 7, set())
    second = text.index("Sarkeel", first + 1)
    assert front_of_longer_name(text, second, second + 7, set())


def test_a_towns_site_is_a_places_frame():
    # a place no gazetteer knows is kept by places/unplaced.py when written before its site, and only then
    text = "Gunmen attacked the Sarkeel IDP site at dawn. The Orlan border crossing was shut. Sarkeel IDP Office"
    sarkeel, orlan = text.index("Sarkeel"), text.index("Orlan")
    assert in_place_frame(text, sarkeel, sarkeel + 7, [])
    assert in_place_frame(text, orlan, orlan + 5, [])
    last = text.rindex("Sarkeel")
    assert not in_place_frame(text, last, last + 7, [])


@pytest.mark.model
def test_site_towns_are_places_in_the_pipeline(nlp):
    text = ("On June 3, soldiers of the Tarsan Defense Forces killed nine men at the Velmoor livestock market, "
            "according to the Tarsan Human Rights League. Guards fired on travelers at the Orlan border "
            "crossing with Dravia. Gunmen attacked the Sarkeel IDP site, and the Tarsan Human Rights League "
            "condemned the attack.\n")
    types = _typed(text, nlp)
    assert types.get("Velmoor") == "place", types   # the model's ORG, before t-places28 dropped with its body
    for name in ("Orlan", "Sarkeel"):
        assert types.get(name) != "organization", types
    assert types.get("Tarsan Human Rights League") == "organization", types
