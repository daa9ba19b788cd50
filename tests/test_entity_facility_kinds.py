"""A facility named by a kind ``facility_endings`` lacked is no body (issue 14, organizations; round
t-orgs45, on the session-22 amendment): "the Velm Repatriation Center", "the Arvel Demobilization
Center", "Police Station No. 4" (unread 2016 South Africa, 2022 Rwanda, 2017 Argentina), and a kind's
plural, one name for a network of sites ("centers, called Orvish Centers", unread 2020 Madagascar, 2022
Rwanda, 2021 UAE). A lone kind, a body's field after "for" and a body's own "Center" stay bodies.

Sentences written for these tests (a fictional Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.bodies.facilities import detention_facility

from .test_entities import entities_of


def _low(name: str) -> list[str]:
    return name.lower().split()


def test_the_new_kinds_name_facilities():
    for name in ("Velm Repatriation Center", "Arvel Demobilization Centre", "Tarsa Police Station",
                 "Police Station No. 4", "Police Station 12"):
        assert detention_facility(_low(name)), name


def test_a_kinds_plural_names_a_network_of_sites():
    for name in ("Orvish Centers", "Velm One Stop Centers", "Tarsa Support Centres"):
        assert detention_facility(_low(name)), name


def test_bodies_stay_bodies():
    # a lone kind or plural, a body's field after the plural, a body's own "Center"
    for name in ("Centers", "Police Station", "Repatriation Center", "Tarsanian Centers for Disease Control",
                 "Centers for Social Work", "Velm Legal Aid Center", "Tarsanian Center for Migration Studies",
                 "National Police Service", "Arvel Open Democracy Center"):
        assert not detention_facility(_low(name)), name


@pytest.mark.model
def test_the_pipeline(nlp):
    text = ("Lawyers for Tarsa criticized conditions at the Velm Repatriation Center, where 300 migrants were "
            "held. Five detainees died when a fire broke out in Police Station No. 4 in Arvel. With the "
            "support of the Tarsanian Red Crescent, the cities hosted victim support centers, called Orvish "
            "Centers, in public hospitals. The Tarsanian Center for Migration Studies reported the deaths.\n")
    ents = entities_of(text, nlp)
    orgs = {e.name for e in ents if e.type == "organization"}
    for name in ("Velm Repatriation Center", "Police Station No. 4", "Orvish Centers"):
        assert name not in orgs, orgs
    assert "Tarsanian Center for Migration Studies" in orgs, orgs
