"""Issue 14, round t-orgs54 (on the session-22 amendment): three more role nouns whose title before "of"/"for"
is no body ("President of <body> <name>", "the CEO of <body>, who", "Inspector General of <body> <name>"), each
judged false in an unread report; the dev gold starts no organization at the noun. Sentences written for these
tests (a fictional Tarsania)."""
from __future__ import annotations

from rightsledger.extract.entities.bodies.role_titles import role_title, without_role_titles

from .test_entities import entities_of
from .test_entity_role_titles import _group


def test_president_ceo_and_inspector_general_before_of_are_titles():
    assert role_title("President of the Velm Regional Commission")
    assert role_title("the Vice President of the Tarsanian Senate")
    assert role_title("CEO of the Public Tenders Authority")
    assert role_title("Inspector General of Dorsa Police")
    assert role_title("former Inspector General of Police")


def test_bodies_named_after_those_roles_stay():
    assert not role_title("Office of the President")
    assert not role_title("Office of the Inspector General of Labor")
    assert not role_title("Inspector General’s Office")
    assert not role_title("President’s Office of Public Affairs")
    assert not role_title("Presidential Guard")
    assert not role_title("Police Inspector General")


def test_a_group_of_such_titles_goes_a_mixed_one_stays():
    ceo, authority = _group("CEO of the Public Tenders Authority"), _group("Public Tenders Authority")
    mixed = _group("Inspector General of Police", "Police Inspectorate")
    assert without_role_titles([ceo, authority, mixed]) == [authority, mixed]


def test_titles_of_president_ceo_inspector_general_make_no_body(nlp):
    text = ("On May 4, President of the Velm Regional Commission Ardo Kessel Tamri said the Ministry of Justice would "
            "act. In June the government dismissed the CEO of the Public Tenders Authority, who had awarded contracts "
            "to relatives. Inspector General of Dorsa Police Mirek Salvo ordered an inquiry by the Tarsanian Human "
            "Rights Commission.")
    bodies = {e.name for e in entities_of(text, nlp) if e.type == "organization"}
    assert not any(b.startswith(("President of", "CEO of", "Inspector General of")) for b in bodies), bodies
    assert {"Ministry of Justice", "Tarsanian Human Rights Commission"} <= bodies, bodies
