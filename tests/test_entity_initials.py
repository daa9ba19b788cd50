"""Issue 14, round t-orgs41 (on the session-22 amendment): a lone acronym joins the one body whose name's
capitals spell it ("… the Velm Liberation Front …" and, never defined, "… attacks by VLF …"). Read on unread
2018 Mali, 2018 Ethiopia and 2020 South Sudan, and in dev 2014 DRC and 2020 Guinea; over the dev gold an
acronym spelled by one body's name is that body 175 times and another body's 3 times (where two bodies
spell it). Sentences written for these tests (a fictional Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.bodies.initials import join_initials, lone_acronyms
from rightsledger.extract.entities.linking import _absorb

from .test_entities import entities_of
from .test_entity_party_twins import _group


def test_the_lone_acronyms_of_a_group():
    assert lone_acronyms(["VLF", "VLF"]) == {"VLF"}
    assert lone_acronyms(["VLF", "Velm Liberation Front"]) == set()     # a long form: linked already
    assert lone_acronyms(["TU"]) == set()                               # two letters: too short to tell
    assert lone_acronyms(["Velm Front"]) == set()


def test_the_acronym_joins_the_body_that_spells_it():
    front, acr = _group("Velm Liberation Front"), _group("VLF", "VLF", start=500)
    groups = {frozenset(["velm", "liberation", "front"]): front, frozenset(["vlf"]): acr}
    join_initials(groups, _absorb)
    assert groups[frozenset(["vlf"])] is front
    assert front.forms["VLF"] == 2 and len(front.mentions) == 3
    house = _group("House of People’s Delegates")                       # "of" has no capital
    hpd = _group("HPD", start=300)
    groups = {frozenset(["house", "people", "delegates"]): house, frozenset(["hpd"]): hpd}
    join_initials(groups, _absorb)
    assert groups[frozenset(["hpd"])] is house


def test_two_bodies_or_none_and_the_acronym_stays():
    a, b = _group("Tarsania National Assembly"), _group("Tarsania National Alliance", start=300)
    tna = _group("TNA", start=600)                                        # two bodies spell it: no choice
    groups = {frozenset(["a"]): a, frozenset(["b"]): b, frozenset(["tna"]): tna}
    join_initials(groups, _absorb)
    assert groups[frozenset(["tna"])] is tna
    faction = _group("Velm Unity Movement-in-Exile", "VUM-IE", "Velm Unity Movement")
    vum = _group("VUM", start=900)                                       # the body with its own acronym: another
    groups = {frozenset(["f"]): faction, frozenset(["vum"]): vum}
    join_initials(groups, _absorb)
    assert groups[frozenset(["vum"])] is vum
    lone = _group("KRB")
    groups = {frozenset(["krb"]): lone, frozenset(["e"]): _group("Tarsania Labor Union")}
    join_initials(groups, _absorb)
    assert groups[frozenset(["krb"])] is lone


@pytest.mark.model
def test_the_pipeline(nlp):
    text = ("In March fighters of the Velm Liberation Front attacked a market near Orsk. Armed groups, including "
            "VLF, recruited children. Human rights groups reported that VLF held 12 civilians for ransom. "
            "The Congress of Tarsanian Trade Unions reported no strikes.\n")
    ents = entities_of(text, nlp)
    orgs = [e for e in ents if e.type == "organization"]
    holders = [e for e in orgs if {"Velm Liberation Front", "VLF"} & {e.name, *e.aliases}]
    assert len(holders) == 1 and {"Velm Liberation Front", "VLF"} <= {holders[0].name, *holders[0].aliases}, holders
    assert any(e.name == "Congress of Tarsanian Trade Unions" for e in orgs), orgs
