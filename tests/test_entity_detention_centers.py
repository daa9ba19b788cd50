"""Issue 14, round t-orgs28 (on the session-22 amendment): centers where migrants, asylum seekers or
juveniles are held are facilities, no bodies. ``facility_endings`` gains "transit center", "reception
center", "correction home" ("the Velm Transit Center", "the Orvish Juvenile Correction Home"), and a
facility's kind followed by "for" and whom it holds (``facility_inmates``: "the Transit Center for
Foreigners", "the Correctional Center for Minors") is a facility though no word of its own stands before
the kind. Read on unread 2020 North Macedonia, 2017 Rwanda, 2021 Kosovo, 2022 Albania and 2021 Sudan;
the dev gold names none of them. A body's field after "for" stays a body ("the Rehabilitation Center for
Victims of Torture", "the Center for Social Work").
Sentences written for these tests (a fictional Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.bodies.facilities import detention_facility, held_for

from .test_entities import entities_of


def _low(name: str) -> list[str]:
    return name.lower().split()


def test_new_endings_name_facilities():
    for name in ("Velm Transit Center", "Arvel Reception Centre", "Orvish Juvenile Correction Home",
                 "Velm National Reception Center"):
        assert detention_facility(_low(name)), name


def test_kind_for_inmates_names_a_facility():
    for name in ("Transit Center for Foreigners", "Correctional Center for Minors", "Correctional Center for Women",
                 "Arvel National Reception Center for Asylum Seekers", "Federal Prison for Women"):
        assert held_for(_low(name)), name
        assert detention_facility(_low(name)), name


def test_bodies_stay_bodies():
    # a lone kind, a body's field after "for", a body with "Center" that holds no one
    for name in ("Reception Center", "Transit Center", "Rehabilitation Center for Victims of Torture",
                 "Center for Social Work", "National Reception Center for Domestic Violence",
                 "Tarsanian Center for Migrants' Rights", "General Directorate of Prisons",
                 "Commission for Migrants", "Office for Foreigners"):
        assert not detention_facility(_low(name)), name


@pytest.mark.model
def test_the_pipeline(nlp):
    text = ("Police held 40 migrants at the Transit Center for Foreigners near Velm before deporting them. "
            "Asylum seekers were housed at the Arvel Reception Center, where conditions improved. The "
            "Ministry of Interior said the Orvish Juvenile Correction Home was overcrowded. The "
            "Rehabilitation Center for Victims of Torture reported abuse in the Correctional Center for "
            "Minors.\n")
    ents = entities_of(text, nlp)
    orgs = {e.name for e in ents if e.type == "organization"}
    for name in ("Transit Center for Foreigners", "Arvel Reception Center", "Orvish Juvenile Correction Home",
                 "Correctional Center for Minors"):
        assert name not in orgs, orgs
    assert "Ministry of Interior" in orgs, orgs
    assert "Rehabilitation Center for Victims of Torture" in orgs, orgs
