"""A facility named by a kind ``facility_endings`` lacked is no body (issue 14, organizations; round
t-orgs51, on the session-22 amendment): a police post, a migrants' intake unit, a secure training
centre for children, a children's support centre ("the Velm Police Post", "the Arvel Intake Unit",
"the Dunmore Security Training Center", "the Tarsa Children’s Support Center": unread 2019 Uganda,
2021 United Kingdom, 2023 Armenia). A kind may have three words. A lone kind, a body whose own head
word follows the kind, a body's "Support Center" or "Training Center" stay bodies.

Sentences written for these tests (a fictional Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.bodies.facilities import detention_facility

from .test_entities import entities_of


def _low(name: str) -> list[str]:
    return name.lower().split()


def test_the_new_kinds_name_facilities():
    for name in ("Velm Police Post", "Arvel Police Posts", "Arvel Intake Unit", "Orvish Secure Training Centre",
                 "Dunmore Security Training Center", "Tarsa Children’s Support Center",
                 "Tarsa Children's Support Centre", "Police Post No. 2"):
        assert detention_facility(_low(name)), name


def test_bodies_stay_bodies():
    # a lone kind, a body's head word after the kind, a body's own "Support Center" or "Training Center"
    for name in ("Police Post", "Security Training Center", "Children’s Support Center",
                 "Police Post Inspectorate", "Tarsanian Legal Support Center", "Velm Training Center for Judges",
                 "Judicial Training Center", "Intake Unit Directorate"):
        assert not detention_facility(_low(name)), name


@pytest.mark.model
def test_the_pipeline(nlp):
    text = ("On March 4, police officers at the Velm Police Post arrested and beat a taxi driver. "
            "Migrants who arrived by boat were held at the Arvel Intake Unit before their transfer. "
            "Guards at the Dunmore Security Training Center used force against children. "
            "The ombudsman criticized conditions at the Tarsa Children’s Support Center, where 40 children "
            "lived. The Tarsanian Legal Support Center reported the cases.\n")
    orgs = {e.name for e in entities_of(text, nlp) if e.type == "organization"}
    for name in ("Velm Police Post", "Arvel Intake Unit", "Dunmore Security Training Center",
                 "Tarsa Children’s Support Center"):
        assert name not in orgs, orgs
    assert "Tarsanian Legal Support Center" in orgs, orgs
