"""A name glossed as a place, a programme or a body ("X, a remote island in …", "X, a five-year strategy
launched in …", "X, an independent civil society group,") is no person (persons/glossed_kinds.py, round
t-ents50, on the session-22 amendment: 2020 Bangladesh, 2020 Vietnam, 2022 New Zealand, 2018 Venezuela
unread). Sentences written for these tests, on Tarsania."""
from __future__ import annotations

from rightsledger.extract.entities.common import Group
from rightsledger.extract.entities.persons.glossed_kinds import glossed_as_kind, persons_not_glossed_kinds

from .test_entities import _check_spans, entities_of


def _glossed(text: str, name: str) -> bool:
    return glossed_as_kind(text, text.index(name) + len(name))


def test_a_gloss_with_a_kind_of_place_programme_or_body():
    text = ("The navy brought 300 refugees to Velm Tor, a Tarsan, remote island in the Gulf of Lisk. The board "
            "reviewed Kora Lindi, a five-year strategy launched in 2019. Police detained eight members of Hao "
            "Minh, an independent civil society group, for two years. Complaints went to Safework, the official "
            "OSH authority. Miners moved into the growing “Arco Velde,” an area that extends south.")
    assert _glossed(text, "Velm Tor")          # a place, a comma between two modifiers
    assert _glossed(text, "Kora Lindi")        # a programme, a participle after the kind
    assert _glossed(text, "Hao Minh")          # a body
    assert _glossed(text, "Safework")          # "the", a body
    assert _glossed(text, "Arco Velde")        # quoted, a relative word after the kind


def test_a_person_s_gloss_or_a_kind_under_another_head_is_no_kind_gloss():
    text = ("Nobody was charged for the killing of Mira Lotsk, a prominent newspaper correspondent who covered "
            "crime. Ivo Sarn, a member of the opposition party, was held. Ana Velt, the head of state, spoke. "
            "Petr Alm, a leader of the group, fled. Jana Kors, a journalist, and the union protested. Lev Tarn "
            "wrote it, a party said.")
    for name in ("Mira Lotsk", "Ivo Sarn", "Ana Velt", "Petr Alm", "Jana Kors", "Lev Tarn"):
        assert not _glossed(text, name), name


def _group(text: str, name: str, roles: list[str]) -> Group:
    g = Group("person")
    s = text.index(name)
    g.mentions.add((s, s + len(name)))
    g.forms[name] += 1
    g.roles.extend(roles)
    return g


def test_glossed_groups_without_a_person_s_role_are_dropped():
    text = "Refugees went to Velm Tor, a remote island. Jana Kors, a lawyer, spoke. Ivo Sarn, the ruling party, won."
    text += " Complaints went to Safework, the official OSH authority."
    kept = persons_not_glossed_kinds([_group(text, "Velm Tor", []), _group(text, "Jana Kors", []),
                                      _group(text, "Ivo Sarn", ["leader"]),
                                      _group(text, "Safework", ["official OSH authority"])], text)
    assert [next(iter(g.forms)) for g in kept] == ["Jana Kors", "Ivo Sarn"]   # the gloss read as a role is none


def test_a_report_makes_no_person_of_a_glossed_name(nlp):
    text = ("In May the navy rescued 306 refugees stranded at sea and later brought them to Bhasan Tor, a Tarsan, "
            "remote island in the Gulf of Lisk. Refugees at Bhasan Tor had no means to travel. The government "
            "detained eight members of Hien Thap, an independent civil society group, for 23 months. The ministry "
            "reported on the progress of Koro Rangi, a five-year strategy launched in 2019. Police arrested Ivan "
            "Petrovsky, a lawyer for the group, in June.")
    entities = entities_of(text, nlp)
    _check_spans(text, entities)
    persons = {e.name for e in entities if e.type == "person"}
    assert not persons & {"Bhasan Tor", "Hien Thap", "Koro Rangi"}
    assert "Ivan Petrovsky" in persons
