"""Issue 14, round t-orgs14: (1) a subdivision named "X Department" or "X Division" that was typed a
body is a place when the words before the head name a place — the gazetteer knows them, or they
are rare words the report sets in a place's slot ("in X Department", "X Division of the North
Region"). Read on reports without gold (2019 Benin, 2017 Bolivia, 2020 Nicaragua, 2023 Cameroon).
(2) a plan, policy or rule named like a body ("… Framework", "… Policy", "… Regulation") with no
body's head word or acronym is no body (2022 Armenia, 2018 Tanzania, 2016 Zambia, without gold).
Sentences written for these tests (a fictional Tarsania); real toponyms only where the gazetteer
must know them."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.places.divisions import divisions_as_places
from rightsledger.extract.entities.bodies.plan_names import is_plan_name, without_plans

from .test_entities import typed_entities as _typed


def _types(text: str, names: list[str], home: str | None = None) -> dict[str, str]:
    cands = []
    for n in names:
        i = text.index(n)
        c = Cand(i, i + len(n), n, "ORG")
        c.type = "organization"
        cands.append(c)
    return {c.text: c.type for c in divisions_as_places(text, cands, home)}


def test_subdivisions_become_places():
    text = ("Gunmen killed two farmers in Tarsakoro Department. In the village of Omba, Velmbo Division "
            "of the North Region, soldiers burned homes. The prefect of the Littoral Department banned "
            "marches, and floods hit the Carazo Department.")
    t = _types(text, ["Tarsakoro Department", "Velmbo Division", "Littoral Department", "Carazo Department"], "BJ")
    assert set(t.values()) == {"place"}


def test_bodies_stay_bodies():
    text = ("The Immigration Department and the Legal Aid Division reviewed cases; the Labor Inspection "
            "Department fined firms. Staff in Temporary Detention Department cells complained. "
            "The NPM Division and the Police Division 5 reported, as did the Tarsakoro Department "
            "of Health.")
    names = ["Immigration Department", "Legal Aid Division", "Labor Inspection Department",
             "Temporary Detention Department", "NPM Division", "Police Division 5"]
    assert set(_types(text, names, "BJ").values()) == {"organization"}
    # rare words with no place slot: nothing says a subdivision
    assert _types("The Velmbo Division audited the accounts.", ["Velmbo Division"]) == {
        "Velmbo Division": "organization"}


def test_plans_are_no_bodies():
    for name in ["Conceptual Framework", "Tarsan Refugee Response Framework", "National Integrity Policy",
                 "Broadcast Content Regulations", "Media Guidelines"]:
        assert is_plan_name(name), name
    for name in ["Institute of Public Policy", "Ministry of Labor and Social Policy",
                 "Agency for Telecommunications Regulation", "NIP Policy", "Policy", "Center for Policy"]:
        assert not is_plan_name(name), name
    text = "The National Integrity Policy (NIP) helped."
    c = Cand(4, 29, "National Integrity Policy", "ORG")
    c.type = "organization"
    assert without_plans(text, [c]) == ([], {"nip"})


@pytest.mark.model
def test_pipeline_subdivision(nlp):
    text = ("On March 3, soldiers arrested 12 men in Velmbo Division of the North Region. "
            "The Immigration Department registered 40 refugees.\n")
    ents = _typed(text, nlp)
    assert ents.get("Velmbo Division") != "organization"
    assert ents.get("Immigration Department") == "organization"


@pytest.mark.model
def test_pipeline_plan(nlp):
    text = ("The Tarsan Anticorruption Policy (TACP) helped ministries coordinate their work, according to "
            "the Institute of Public Policy. In January the government adopted the Conceptual Framework "
            "for Migration Management.\n")
    ents = _typed(text, nlp)
    assert ents.get("Tarsan Anticorruption Policy") is None and ents.get("TACP") is None
    assert ents.get("Conceptual Framework") is None
    assert ents.get("Institute of Public Policy") == "organization"
