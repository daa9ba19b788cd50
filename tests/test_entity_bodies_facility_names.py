"""Issue 14, round t-orgs21: a name with no body's head word that the report writes once as a facility's
— before a facility noun ("The Holl-Holl camp"), in apposition to one ("X, a prison"), or in a parenthesised
list after a plural facility noun ("three camps (A, B, and C)") — is no body anywhere in the report (read
on 2016 Djibouti and 2018 Yemen, unread, and 2001 Somalia, 2016 Niger, 2019 Guinea-Bissau dev). Sentences
written for these tests (a fictional Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.bodies.facility_names import bodies_not_facilities, names_a_facility
from rightsledger.extract.entities.common import Cand

from .test_entities import typed_entities as _typed


def _org(text: str, name: str, nth: int = 0) -> Cand:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Cand(start, start + len(name), name, "ORG", type="organization")


def test_a_name_before_a_facility_noun_is_no_body_anywhere():
    text = ("Refugees were moved to a second camp at Velmoor. The Velmoor refugee camp was not "
            "overcrowded, unlike the Orlan detention center.")
    cands = [_org(text, "Velmoor"), _org(text, "Velmoor", 1), _org(text, "Orlan")]
    assert bodies_not_facilities(text, cands) == []


def test_a_name_in_apposition_to_a_facility_noun_is_no_body():
    text = "Conditions at Sarkeel were poor. Sarkeel, a prison built in 1990, held 400 inmates."
    assert bodies_not_facilities(text, [_org(text, "Sarkeel")]) == []


def test_names_listed_after_a_plural_facility_noun_are_no_bodies():
    text = "Refugees lived in three camps (Dunvik, Arvel, and Brask) near the border."
    cands = [_org(text, "Dunvik"), _org(text, "Brask")]
    assert bodies_not_facilities(text, cands) == []


def test_bodies_named_before_facility_words_stay():
    # a body's head word ("the Tarsan Prison Service"), an acronym ("a TDF camp"), a facility noun that a
    # capitalised word continues ("the Velm Prison Directorate"), and persons and places are not touched
    text = ("The Tarsan Prison Service reported 300 deaths. Soldiers attacked a TDF camp. The Velm Prison "
            "Directorate said Arvel prison was full. Judge Orlan visited the Orlan camp.")
    service = _org(text, "Tarsan Prison Service")
    tdf = _org(text, "TDF")
    velm = _org(text, "Velm")
    person = Cand(text.index("Orlan"), text.index("Orlan") + 5, "Orlan", "PERSON", type="person")
    place = Cand(text.index("Arvel"), text.index("Arvel") + 5, "Arvel", "GPE", type="place")
    cands = [service, tdf, velm, person, place]
    assert bodies_not_facilities(text, cands) == cands
    assert not names_a_facility(text, "Velm")


def test_no_facility_frame_no_change():
    text = "The Dunvik Foundation reported abuses; Dunvik staff were detained."
    cands = [_org(text, "Dunvik")]
    assert bodies_not_facilities(text, cands) is cands


@pytest.mark.model
def test_facility_names_are_no_bodies_in_the_pipeline(nlp):
    text = ("In 2012 the Tarsan Refugee Office reopened a second camp at Holmvik. The Holmvik camp was not "
            "overcrowded. Refugees lived primarily in three camps (Sarnadu, Belketti, and Ovra), and the "
            "Tarsan Refugee Office visited them in May.\n")
    types = _typed(text, nlp)
    for name in ("Holmvik", "Sarnadu", "Belketti"):
        assert types.get(name) != "organization", types
    assert types.get("Tarsan Refugee Office") == "organization", types
