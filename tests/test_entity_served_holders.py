"""A person named right after the body his or her post serves, with words between the post's "of" and the
body's name ("deputy head of the Velm-led Unity Cabinet Pavel Ostrak"), is cut off the body
(runs/served_holders.py, round t-ents45, on the session-22 amendment: 2023 Belarus, 2022 Bangladesh, 2019
Benin unread; 2022 Peru dev). Sentences written for these tests, on Tarsania."""
from __future__ import annotations

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.runs.served_holders import post_before, split_served_holders

from .test_entities import _check_spans, entities_of
from .test_entity_office_places import _at


def _org(text: str, name: str, label: str = "ORG") -> Cand:
    s, e = _at(text, name)
    return Cand(s, e, name, label)


def test_post_before_reads_the_post_and_the_words_that_qualify_the_body():
    text = ("deputy head of the Velm-led Unity Cabinet Pavel Ostrak; member of opposition leader Varga’s Unity "
            "Council Ilse Morrow; chairperson of the opposition political party TNP Dara Velk; chief clerk of the "
            "Court of Lisk Abou Terran; correspondent for Tarsan newspaper Diario Velm Mira Tosk; arrested by the "
            "Unity Cabinet Selim Varga; police and Lisk Council Omar Tessel; head of Amnesty Tarsania Kasimir Lend")
    assert post_before(text, text.index("Unity Cabinet Pavel")) == "head"
    assert post_before(text, text.index("Unity Council Ilse")) == "member"
    assert post_before(text, text.index("TNP Dara")) == "chairperson"
    assert post_before(text, text.index("Court of Lisk")) == "clerk"
    assert post_before(text, text.index("Diario Velm")) == "correspondent"
    assert post_before(text, text.index("Unity Cabinet Selim")) is None    # "by the": no post before
    assert post_before(text, text.index("Lisk Council Omar")) is None      # "and": no qualifier of a body
    assert post_before(text, text.index("Amnesty Tarsania")) == "head"     # no qualifier: the post right before


def test_a_body_and_its_holder_read_as_one_name_are_cut_in_two():
    text = ("In July deputy head of the Velm-led Unity Cabinet Pavel Ostrak told reporters. The son of a member "
            "of opposition leader Varga’s Unity Council Ilse Morrow was held. The chairperson of the opposition "
            "political party TNP Dara Velk received bail. A former chief clerk of the Court of Lisk Abou Terran "
            "was tried.")
    cands = [_org(text, n) for n in ("Unity Cabinet Pavel Ostrak", "Unity Council Ilse Morrow", "TNP Dara Velk",
                                     "Court of Lisk Abou Terran")]
    out = split_served_holders(text, cands)
    assert [(c.text, c.label, c.roles) for c in out] == [
        ("Unity Cabinet", "ORG", []), ("Pavel Ostrak", "PERSON", ["head"]),
        ("Unity Council", "ORG", []), ("Ilse Morrow", "PERSON", ["member"]),
        ("TNP", "ORG", []), ("Dara Velk", "PERSON", ["chairperson"]),
        ("Court of Lisk", "ORG", []), ("Abou Terran", "PERSON", ["clerk"])]


def test_bodies_without_a_holder_after_them_are_left_alone():
    text = ("editor of the independent weekly Valmora Tribune; leader of the opposition Democratic Choice Party; "
            "member of the rebel Lisk Liberation Front; head of the Unity Cabinet Office; arrested by the Unity "
            "Cabinet Pavel Ostrak; director of the state Lisk Broadcasting Corporation")
    cands = [_org(text, n) for n in ("Valmora Tribune", "Democratic Choice Party", "Lisk Liberation Front",
                                     "Unity Cabinet Office", "Unity Cabinet Pavel Ostrak",
                                     "Lisk Broadcasting Corporation")]
    assert split_served_holders(text, cands) == cands
    person = Cand(*_at(text, "Pavel Ostrak"), "Pavel Ostrak", "PERSON")
    assert split_served_holders(text, [person]) == [person]


def test_a_report_finds_the_holder_after_the_body_his_post_serves(nlp):
    text = ("On March 6, the Lisk City Court convicted in absentia Pavel Ostrak and Ilse Morrow. "
            "In July deputy head of the Varga-led United Transitional Cabinet Pavel Ostrak told independent media "
            "he was receiving threats. On August 24, the court sentenced Selim Tosk, the son of a member of "
            "opposition leader Varga’s United Transition Cabinet Anatoly Tosk, to three years in prison.")
    entities = entities_of(text, nlp)
    _check_spans(text, entities)
    persons = {e.name for e in entities if e.type == "person"}
    orgs = {e.name for e in entities if e.type == "organization"}
    assert {"Pavel Ostrak", "Ilse Morrow", "Selim Tosk", "Anatoly Tosk"} <= persons
    assert not any("Ostrak" in o or "Anatoly" in o for o in orgs)
