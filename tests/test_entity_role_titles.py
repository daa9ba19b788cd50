"""Issue 14, round t-orgs32 (on the session-22 amendment): a person's title read as a body's name. "Member
of Parliament <name>", "Minister of Interior and Administration <name>", "Head of the Border Police <name>":
a role noun, "of"/"for" and what the role serves is no body, and a body group all of whose forms (its
acronyms aside) are such a title is no record. Judged false in 12 unread reports; the dev gold records no
organization of the shape. Sentences written for these tests (a fictional Tarsania)."""
from __future__ import annotations

from rightsledger.extract.entities.bodies.role_titles import role_title, without_role_titles
from rightsledger.extract.entities.common import Group

from .test_entities import entities_of


def _group(*forms: str, type_: str = "organization") -> Group:
    g = Group(type_)
    for k, f in enumerate(forms):
        g.forms[f] += 1
        g.mentions.add((10 * k, 10 * k + len(f)))
    return g


def test_a_role_noun_before_of_or_for_is_a_title():
    assert role_title("Member of Parliament")
    assert role_title("Speaker of Parliament")
    assert role_title("the former Minister of Interior and Administration")
    assert role_title("Head of the Border Police")
    assert role_title("Chairman of the Supreme Court")
    assert role_title("Minister for Tarsanian Affairs")


def test_bodies_are_no_titles():
    assert not role_title("Ministry of Interior and Administration")
    assert not role_title("Office of the Speaker of Parliament")
    assert not role_title("Minister’s Office of Community Affairs")       # a possessive keeps the body
    assert not role_title("Coordinator for the Prevention of Torture")    # an NGO: not a listed role noun
    assert not role_title("Members Forum")
    assert not role_title("Minister")


def test_a_group_of_titles_goes_with_its_acronym():
    mp, vdu = _group("Member of Parliament", "MP"), _group("Velm Democratic Union", "VDU")
    mixed = _group("Speaker of Parliament", "Parliament")
    place = _group("Head of the Border Police", type_="place")
    assert without_role_titles([mp, vdu, mixed, place]) == [vdu, mixed, place]


def test_titles_before_names_make_no_body(nlp):
    text = ("On March 3, Velm Democratic Union (VDU) Member of Parliament (MP) Arno Velkan Dorsi called on the "
            "Ministry of Justice to act. Minister of Interior and Administration Dela Morvik criticized the "
            "protesters. Head of the Border Police Kasim Trell said the Police Directorate formed a task force. "
            "According to the nongovernmental organization (NGO) Coordinator for the Prevention of Torture, 117 "
            "complaints were filed.")
    bodies = {e.name for e in entities_of(text, nlp) if e.type == "organization"}
    assert "Member of Parliament" not in bodies and "Minister of Interior and Administration" not in bodies
    assert not any(b.startswith("Head of") for b in bodies)
    assert {"Velm Democratic Union", "Ministry of Justice", "Coordinator for the Prevention of Torture"} <= bodies
