"""Issue 14, round t-near10: an acronym the report defines after a capitalised name that is no
entity (a law, a system, a zone, a measure) names no body wherever it stands — the model's ORG
on "POA", "BLS", "EPZ", "EM" gave false bodies in four dev reports (2020 Fiji, 2018 Mauritius,
2017 Togo, 2020 Senegal). A body's name keeps its acronym. Sentences written for these tests (a
fictional Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.bodies.nonentity_acronyms import nonentity_acronyms

from .test_entities import typed_entities as _typed


def test_acronyms_of_laws_systems_and_zones_are_banned():
    text = ("The Assembly Control Act (ACA, see section 2.b.) requires permits. Seats go to losers "
            "through the Runner Up Scheme (RUS). The law creating the Free Trade Area (FTA) limits "
            "unions. A decree introduced Remote Curfew Monitoring (RCM) for minor offenders.")
    assert nonentity_acronyms(text, []) == {"aca", "rus", "fta", "rcm"}


def test_a_body_or_a_name_a_pass_found_keeps_its_acronym():
    text = ("The Tarsanian Broadcasting Authority (TBA) fined a radio. The Fund for Rural Roads (FRR) "
            "paid. The Office of Water Supply and Drainage Works (OWSDW) said so. The Mothers' and "
            "Infants' Welfare Section (MIWS) and the Rural Press Project (RPP) reported.")
    # "Authority" is a head of a body's name; "Section" and "Project" no head of a name that is no
    # entity; "Works" neither, and a candidate covers the name
    owsdw = text.index("Office of Water")
    cands = [Cand(owsdw, owsdw + 37, text[owsdw:owsdw + 37], "ORG", type="organization")]
    assert nonentity_acronyms(text, cands) == set()
    # the capitals must spell the acronym
    assert nonentity_acronyms("The Assembly Control Act (PCA) requires permits.", []) == set()


@pytest.mark.model
def test_the_acronym_of_a_law_is_no_body(nlp):
    text = ("The Assembly Control Act (ACA) requires a permit for every public meeting. In March police "
            "cited the ACA to disperse a meeting of the Tarsanian Teachers Union (TTU). The TTU "
            "protested to the Ministry of Interior.\n")
    types = _typed(text, nlp)
    assert "ACA" not in types, types
    assert types.get("Tarsanian Teachers Union") == "organization", types
