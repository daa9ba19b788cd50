"""Issue 14, round t-ents6: facilities of detention are no bodies, a body's name ends before an
attributive suffix, and international NGOs and outlets without a head word are bodies (read on
2018 Lesotho, 2018 Mauritius, 2019 Ecuador, 2020 Fiji, 2024 Jordan, 2024 Montenegro, 2017 Togo dev,
and 2018 Armenia, 2019 Comoros without gold). Sentences written for these tests (a fictional
Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.bodies.facilities import detention_facility

from .test_entities import _check_spans, entities_of, typed_entities as _typed

pytestmark = pytest.mark.model


def test_facility_endings():
    assert detention_facility(["armel", "penitentiary"])
    assert detention_facility(["lorvik", "correctional", "institution"])
    assert not detention_facility(["penitentiary"])
    assert not detention_facility(["national", "penitentiary", "institute"])


def test_facilities_of_detention_are_no_bodies(nlp):
    text = ("The ombudsman visited the Armel Penitentiary and the Lorvik Rehabilitation Center in May. "
            "Inmates of the Dunmore Correctional Institution protested against the food. The Bureau of "
            "Corrections opened an inquiry.\n")
    types = _typed(text, nlp)
    for name in ("Armel Penitentiary", "Lorvik Rehabilitation Center", "Dunmore Correctional Institution"):
        assert name not in types, types
    assert types.get("Bureau of Corrections") == "organization"


def test_a_name_ends_before_an_attributive_suffix(nlp):
    text = ("The Democratic Party of Workers-led government resigned in May. A Ministry of Labor-appointed "
            "committee reviewed the dismissals. Residents of the Ministry of Social Development-operated "
            "Port Amsel-based shelter complained of crowding.\n")
    types = _typed(text, nlp)
    assert types.get("Democratic Party of Workers") == "organization", types
    assert types.get("Ministry of Labor") == "organization", types
    assert types.get("Ministry of Social Development") == "organization", types
    assert not any("-" in n and n.split("-")[-1].islower() for n in types), types


def test_international_ngos_without_a_head_word_are_bodies(nlp):
    text = ("According to Reporters Without Borders (RSF), two journalists were killed in Port Amsel. Save "
            "the Children reported 40 cases of child labor. Global Witness criticized the mining law, and "
            "Al Jazeera reported the clashes. Article 19 of the constitution provides for free speech.\n")
    ents = entities_of(text, nlp)
    _check_spans(text, ents)
    orgs = {e.name: set(e.aliases) for e in ents if e.type == "organization"}
    assert "RSF" in orgs.get("Reporters Without Borders", set()), orgs
    for name in ("Save the Children", "Global Witness", "Al Jazeera"):
        assert name in orgs, orgs
    assert "Article 19" not in orgs
    assert not any(e.type == "person" for e in ents)


def test_a_titles_possessive_before_office_stays_in_the_name(nlp):
    text = ("In June, the Special State Prosecutor’s Office ordered an investigation. In July the Port "
            "Amsel Prosecutor General’s Office issued an arrest warrant, and the Basic Prosecutor’s Office "
            "ordered the suspect's detention.\n")
    types = _typed(text, nlp)
    for name in ("Special State Prosecutor’s Office", "Port Amsel Prosecutor General’s Office",
                 "Basic Prosecutor’s Office"):
        assert types.get(name) == "organization", types
    assert "Special State Prosecutor" not in types and "Basic Prosecutor" not in types


def test_a_rank_before_a_persons_name_is_no_body(nlp):
    text = ("In June, Acting Regional Police Commander Mairi Tambo confirmed that police had fired. The "
            "investigators included Assistant Superintendent of Police Charles Ndeto. The office "
            "investigated former Special Prosecutor Milan Korvic over his links to smugglers. TCS "
            "Commissioner Tabo Moleti selected officers for promotion.\n")
    ents = entities_of(text, nlp)
    _check_spans(text, ents)
    assert not [e.name for e in ents if e.type == "organization"], [(e.name, e.type) for e in ents]
    persons = {e.name for e in ents if e.type == "person"}
    assert {"Mairi Tambo", "Charles Ndeto", "Milan Korvic", "Tabo Moleti"} <= persons, persons


def test_a_holders_title_is_cut_off_the_body(nlp):
    text = ("The Ministry of Justice Director General Jane Roe resigned on May 2. The National Police "
            "Commissioner Tom Bako denied the reports. The Supreme Court President Ana Lind retired.\n")
    types = _typed(text, nlp)
    assert types.get("Ministry of Justice") == "organization", types
    assert types.get("National Police") == "organization", types
    assert types.get("Supreme Court") == "organization", types
    assert not any(n.endswith(("General", "Commissioner", "President")) for n in types), types


def test_a_common_words_possessive_or_all_begins_a_body(nlp):
    text = ("The Lord’s Resistance Army abducted 12 children in March. The All Progressives Congress won "
            "the governorship. Former prime minister Sello Mosisili’s Democratic Congress Party protested "
            "the result.\n")
    types = _typed(text, nlp)
    assert types.get("Lord’s Resistance Army") == "organization", types
    assert types.get("All Progressives Congress") == "organization", types
    assert types.get("Democratic Congress Party") == "organization", types
    assert "Resistance Army" not in types and "Progressives Congress" not in types
    assert not any(n.startswith("Mosisili") and types[n] == "organization" for n in types), types


def test_a_unit_of_an_office_is_not_the_office(nlp):
    # the possessive now stays inside both names: the unit must not swallow its office
    text = ("The Juvenile Unit of the Attorney General’s Office investigated 40 cases in March. The "
            "Attorney General’s Office charged two police officers with abuse in May. The NHRC, the Public "
            "Defense Office, Attorney General’s Office, and prison administrators visited the prisons.\n")
    ents = entities_of(text, nlp)
    _check_spans(text, ents)
    orgs = {e.name: set(e.aliases) for e in ents if e.type == "organization"}
    assert "Attorney General’s Office" in orgs, orgs
    assert "Juvenile Unit of the Attorney General’s Office" in orgs, orgs
    assert not any(n.startswith("General") for n in orgs), orgs   # the form cut in the list joins the office
