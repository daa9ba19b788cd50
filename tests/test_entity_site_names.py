"""Issue 14, round t-places25: a name the report writes once right before a site a town has, in lower case
("at the Velmoor livestock market", "at the Orlan border crossing", "attacked the Sarkeel IDP site"), is no
body anywhere in the report (read on 2018 Mali, 2022 Burkina Faso, 2022 DRC, unread; the dev gold makes
places of "the Mogadishu livestock market" and "a Luanda market", no body). Sentences written for these
tests (a fictional Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.bodies.facility_names import bodies_not_facilities, names_a_site
from rightsledger.extract.entities.common import Cand

from .test_entities import typed_entities as _typed
from .test_entity_bodies_facility_names import _org


def test_a_name_before_a_towns_site_is_no_body_anywhere():
    text = ("Militias killed 12 traders at the Velmoor livestock market. Police later opened an inquiry into "
            "the Velmoor, Dranik, and Oswel cases. Guards fired on civilians at the Orlan border crossing, "
            "near Orlan. Gunmen attacked the Sarkeel IDP site in Brask.")
    cands = [_org(text, "Velmoor"), _org(text, "Velmoor", 1), _org(text, "Orlan"), _org(text, "Orlan", 1),
             _org(text, "Sarkeel")]
    assert bodies_not_facilities(text, cands) == []


def test_the_site_frame():
    text = ("Vendors at the Dunvik market and the Arvel cattle market were detained. The Tarsa Market Traders "
            "Union protested, as did the Velm Markets Board.")
    assert names_a_site(text, "Dunvik")
    assert names_a_site(text, "Arvel")
    assert not names_a_site(text, "Tarsa")   # a capitalised word goes on after "Market"
    assert not names_a_site(text, "Velm")    # "Markets" capitalised: a body's name


def test_bodies_acronyms_and_places_before_site_words_stay():
    # a body's head word ("the Tarsan Traders Association market"), an acronym ("the TDF border post"),
    # and a place candidate are not touched: places/bodies.py does not read these words
    text = ("The Tarsan Traders Association market was closed. Soldiers of the TDF border post fired shots. "
            "Prices rose at the Holmvik market.")
    assoc = _org(text, "Tarsan Traders Association")
    tdf = _org(text, "TDF")
    place = Cand(text.index("Holmvik"), text.index("Holmvik") + 7, "Holmvik", "GPE", type="place")
    cands = [assoc, tdf, place]
    assert bodies_not_facilities(text, cands) == cands


@pytest.mark.model
def test_site_names_are_no_bodies_in_the_pipeline(nlp):
    text = ("On June 3, soldiers of the Tarsan Defense Forces killed nine men at the Velmoor livestock market, "
            "according to the Tarsan Human Rights League. Guards fired on travelers at the Orlan border "
            "crossing with Dravia. Gunmen attacked the Sarkeel IDP site, and the Tarsan Human Rights League "
            "condemned the attack.\n")
    types = _typed(text, nlp)
    for name in ("Velmoor", "Orlan", "Sarkeel"):
        assert types.get(name) != "organization", types
    assert types.get("Tarsan Human Rights League") == "organization", types
