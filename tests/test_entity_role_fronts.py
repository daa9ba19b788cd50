"""A name written before a role noun and a person's name modifies the role: no person record of its
own (persons/role_fronts.py, round t-ents37, on the session-22 amendment: 2022 Bangladesh, 2022
Nigeria, 2019 Singapore, unread). Sentences written for these tests, on Tarsania."""
from __future__ import annotations

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.persons.role_fronts import role_fronts_not_persons

from .test_entities import _check_spans, entities_of


def _person(text: str, name: str, nth: int = 0) -> Cand:
    s = -1
    for _ in range(nth + 1):
        s = text.index(name, s + 1)
    return Cand(s, s + len(name), name, "PERSON", type="person")


def test_a_name_before_a_role_and_a_person_is_no_person():
    text = ("Police questioned Korva Daily senior journalist Mira Estvan and shot Velno Polytechnic student "
            "Ansa Kovel, a follower of Ostrav exiled preacher Drago Tesk. Korva Daily reported it.")
    cands = [_person(text, n) for n in ("Korva Daily", "Mira Estvan", "Velno Polytechnic", "Ansa Kovel",
                                         "Ostrav", "Drago Tesk")] + [_person(text, "Korva Daily", 1)]
    kept = role_fronts_not_persons(text, cands)
    assert [c.text for c in kept] == ["Mira Estvan", "Ansa Kovel", "Drago Tesk"]


def test_kin_other_words_and_a_known_surname_stay_persons():
    text = ("Velmar Tarnavi’s nephew Drago Tesk met Ruta Belvane. Tesk told journalist Ansa Kovel "
            "that Belvane lawyer Mirko Aldan and the Ostrav the leader Kesto Varn came.")
    cands = [_person(text, n) for n in ("Velmar Tarnavi’s", "Drago Tesk", "Ruta Belvane", "Tesk",
                                         "Ansa Kovel", "Belvane", "Mirko Aldan", "Ostrav", "Kesto Varn")]
    cands[3] = _person(text, "Tesk", 1)
    kept = role_fronts_not_persons(text, cands)
    assert kept == cands


def test_a_report_keeps_the_person_and_drops_the_newspaper(nlp):
    text = ("In October police found no evidence against Korvanski Vestnik senior journalist Mira "
            "Estvan, who faced charges under the secrecy law. In May police shot and killed Velno "
            "State Polytechnic student Ansa Kovel during a raid.")
    persons = [e for e in entities_of(text, nlp) if e.type == "person"]
    _check_spans(text, persons)
    assert sorted(e.name for e in persons) == ["Ansa Kovel", "Mira Estvan"]
