"""Issue 14, round t-ents8: persons the model labels nothing (or one word of) found by the slot
they fill in the parse — the object of an arrest or a beating, the subject of "died", the noun
after "the beating of" — missed persons seen in six dev reports (2018 Mauritius, 2018 El Salvador,
2021 Laos, 2022 Peru, 2020 Fiji, 2019 Suriname). Sentences written for these tests (a fictional
Tarsania)."""
from __future__ import annotations

import pytest

from .test_entities import typed_entities as _typed

pytestmark = pytest.mark.model


def test_a_name_in_a_persons_slot_is_a_person(nlp):
    text = ("In 2009 Aran Tomeskiy died in police custody after a traffic stop. In late July district "
            "police arrested Ilse Varnowa for singing songs about corruption. Trials had yet to begin "
            "for the alleged police beating of Korin Mavelu or for the killing of Teodoro Ruvalcaba "
            "Quispe.\n")
    types = _typed(text, nlp)
    for name in ("Aran Tomeskiy", "Ilse Varnowa", "Korin Mavelu", "Teodoro Ruvalcaba Quispe"):
        assert types.get(name) == "person", types
    assert "July Ilse Varnowa" not in types and "Korin" not in types, types


def test_places_and_bodies_in_those_slots_stay_what_they_are(nlp):
    text = ("In March rebels attacked Port Harcourt and killed two guards. The court convicted "
            "the Tarsania Media Group of libel. Police detained Human Rights Watch researchers "
            "at the border.\n")
    types = _typed(text, nlp)
    assert types.get("Port Harcourt") == "place", types
    assert not any(t == "person" for t in types.values()), types


def test_a_name_after_an_offices_title_is_a_person(nlp):
    text = ("The charges named the former Minister of Interior Gastón Ruvalcaba. In May the Special "
            "Rapporteur on Extrajudicial or Arbitrary Executions Agnes Melzerova visited the country; "
            "two executions were reported. The commission notified former Minister of Agriculture and "
            "Fishery Pedro dos Reisinho of an inquiry into fishery licenses.\n")
    types = _typed(text, nlp)
    for name in ("Gastón Ruvalcaba", "Agnes Melzerova", "Pedro dos Reisinho"):
        assert types.get(name) == "person", types
    assert "Executions Agnes Melzerova" not in types and "Fishery Pedro dos Reisinho" not in types, types


def test_a_common_first_name_is_not_cut_off(nlp):
    text = ("In June police arrested Maria Elena Castrovillo at her home. Minister of Justice Maria "
            "Elena Castrovillo denied the reports.\n")
    types = _typed(text, nlp)
    assert "Elena Castrovillo" not in types, types


def test_a_title_before_a_common_first_name_cuts_nothing(nlp):
    text = ("Minister of Justice Maria Elena Castrovillo denied the reports. Later Maria Elena "
            "Castrovillo resigned.\n")
    types = _typed(text, nlp)
    assert "Elena Castrovillo" not in types, types
