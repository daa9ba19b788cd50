"""A one-word mention that a role before it gives to another person (persons/role_links.py, round
t-ents33, on the session-22 amendment: "former president [Gbagbo]’s party" beside "former first lady
Simone Gbagbo", "Imam [Reza]" beside "journalist Mohammad Reza Fathi", "his wife [Yuliya]" beside
in judged reports nobody annotated; a given name alone is left). Sentences written for these
tests, on a fictional Tarsania."""
from __future__ import annotations

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.linking import link_persons
from rightsledger.extract.entities.persons.role_links import role_heads


def _cands(text: str, names: list[tuple[str, int]]) -> list[Cand]:
    out = []
    for name, nth in names:
        s = -1
        for _ in range(nth + 1):
            s = text.index(name, s + 1)
        out.append(Cand(s, s + len(name), name, "PERSON", type="person"))
    return out


def _groups(text: str, cands: list[Cand]) -> list[list[str]]:
    """Each person as the sorted texts of its mentions, with the start of the first."""
    out = []
    for g in link_persons(cands, text):
        ms = sorted(g.mentions)
        out.append([f"{text[s:e]}@{s}" for s, e in ms])
    return sorted(out)


def _at(text: str, name: str, nth: int = 0) -> str:
    s = -1
    for _ in range(nth + 1):
        s = text.index(name, s + 1)
    return f"{name}@{s}"


def test_a_shared_surname_goes_to_the_person_holding_the_title():
    text = ("The trial of former president Marek Vortan went on. Former first lady Alira Vortan was "
            "released in May. Members of former president Vortan’s party were detained.")
    got = _groups(text, _cands(text, [("Marek Vortan", 0), ("Alira Vortan", 0), ("Vortan", 2)]))
    assert [_at(text, "Marek Vortan"), _at(text, "Vortan", 2)] in got
    assert [_at(text, "Alira Vortan")] in got


def test_a_shared_surname_without_a_role_joins_the_nearest_full_name_before_it():
    text = ("The trial of former president Marek Vortan went on. Former first lady Alira Vortan was "
            "released in May. Later Vortan spoke to the press.")
    got = _groups(text, _cands(text, [("Marek Vortan", 0), ("Alira Vortan", 0), ("Vortan", 2)]))
    assert [_at(text, "Alira Vortan"), _at(text, "Vortan", 2)] in got


def test_a_middle_name_after_a_title_the_person_lacks_is_a_person_of_its_own():
    text = ("The journalist Kavo Ressin Tarsi was flogged. Prisoners were pardoned on the birth of Imam Ressin.")
    got = _groups(text, _cands(text, [("Kavo Ressin Tarsi", 0), ("Ressin", 1)]))
    assert [_at(text, "Ressin", 1)] in got


def test_a_surname_one_full_name_has_is_left_alone_whatever_the_role():
    text = "Opposition candidate Marek Vortan won the vote. In June President Vortan dissolved the council."
    got = _groups(text, _cands(text, [("Marek Vortan", 0), ("Vortan", 1)]))
    assert [_at(text, "Marek Vortan"), _at(text, "Vortan", 1)] in got


def test_role_heads_drop_modifiers():
    assert role_heads(["former president"]) == {"president"}
    assert role_heads(["council members"]) == {"member"}
    assert role_heads(["his wife"]) == {"wife"}


def test_a_middle_name_after_a_title_joins_a_person_with_no_role():
    text = "Marek Vortan Sel won the vote. In June President Vortan dissolved the council."
    got = _groups(text, _cands(text, [("Marek Vortan Sel", 0), ("Vortan", 1)]))
    assert [_at(text, "Marek Vortan Sel"), _at(text, "Vortan", 1)] in got


def test_a_given_name_after_a_title_still_joins_the_person():
    text = "Opposition leader Marek Vortan won the vote. In June Prime Minister Marek dissolved the council."
    got = _groups(text, _cands(text, [("Marek Vortan", 0), ("Marek", 1)]))
    assert [_at(text, "Marek Vortan"), _at(text, "Marek", 1)] in got
