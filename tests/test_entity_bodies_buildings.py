"""Issue 14, round t-orgs25 (on the session-22 amendment): a building named by a house of worship's or a
seat's head word, every occurrence of which stands right after a locative preposition ("a ceremony at
the Cathedral of St. Orlan", "a protest in front of Velmor House"), is no body; a church or an
institution named with the same words that acts, owns or is named elsewhere stays one (read on 2017
Zambia, 2023 Ghana and 2024 South Africa, unread). Sentences written for these tests (a fictional
Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.bodies.buildings import bodies_not_buildings, building_head
from rightsledger.extract.entities.common import Cand

from .test_entities import typed_entities as _typed


def _org(text: str, name: str, nth: int = 0) -> Cand:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Cand(start, start + len(name), name, "ORG", type="organization")


def test_a_house_of_worship_after_at_or_in_is_no_body():
    text = ("Supporters held a prayer service at the Cathedral of St. Orlan in Arvel. A debate was held in "
            "the Old Temple section of the Tarsan Museum. Vandals sprayed slogans outside Brask Mosque.")
    cands = [_org(text, "Cathedral of St. Orlan"), _org(text, "Old Temple"), _org(text, "Brask Mosque")]
    assert bodies_not_buildings(text, cands) == []


def test_a_seat_house_in_front_of_which_people_protest_is_no_body():
    text = ("Police detained ten protesters in front of Velmor House, the presidential office. A court "
            "denied a permit to march in front of Velmor House.")
    cands = [_org(text, "Velmor House"), _org(text, "Velmor House", 1)]
    assert bodies_not_buildings(text, cands) == []


def test_churches_and_houses_acting_or_owning_stay_bodies():
    # a church that speaks, members "in" a church (a congregation: "in" does not count for "Church"),
    # a house of parliament, a publisher "from" whom things are seized, a mosque's imam
    text = ("The Tarsanian Evangelical Church said its pastors were detained. Abuse in the Orvish Church "
            "was reported. A bill passed in the House of Delegates. Police seized books from the Velm "
            "Publishing House. Arvel Mosque imams were arrested at Arvel Mosque.")
    cands = [_org(text, "Tarsanian Evangelical Church"), _org(text, "Orvish Church"),
             _org(text, "House of Delegates"), _org(text, "Velm Publishing House"), _org(text, "Arvel Mosque")]
    assert bodies_not_buildings(text, cands) is cands


def test_a_name_located_once_but_acting_elsewhere_stays():
    text = ("The ceremony took place at the Dunvik Temple. The Dunvik Temple later issued a statement.")
    cands = [_org(text, "Dunvik Temple"), _org(text, "Dunvik Temple", 1)]
    assert bodies_not_buildings(text, cands) is cands


def test_heads_persons_and_places_untouched():
    assert building_head("House of Representatives") is None      # a seat's house only as the last word
    assert building_head("Church of the Holy Light") == "church"
    assert building_head("Tarsan Prison Service") is None
    text = "Judge Orlan spoke at the Brask Synagogue in Arvel."
    person = Cand(text.index("Orlan"), text.index("Orlan") + 5, "Orlan", "PERSON", type="person")
    place = Cand(text.index("Arvel"), text.index("Arvel") + 5, "Arvel", "GPE", type="place")
    assert bodies_not_buildings(text, [person, place]) == [person, place]


@pytest.mark.model
def test_buildings_are_no_bodies_in_the_pipeline(nlp):
    text = ("On May 3, police dispersed a prayer ceremony at the Cathedral of the Holy Lamp in Arvel. "
            "The Tarsanian Council of Churches condemned the raid.\n")
    types = _typed(text, nlp)
    assert types.get("Cathedral of the Holy Lamp") != "organization", types
