"""A name typed person that the report writes every time right before a noun of a group of persons is a
people, a faith or a movement, no person (persons/group_heads.py, round t-ents32, on the session-22
amendment: "Chaldo-Assyrian candidates", "Hoa Hao Buddhist group", "Sri Lankan Tamil refugees" in reports
nobody had annotated). Sentences written for these tests, on Tarsania."""
from __future__ import annotations

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.persons.group_heads import always_before_group, group_heads_not_persons


def _cand(text: str, name: str, type_: str, label: str = "PERSON") -> Cand:
    s = text.index(name)
    return Cand(s, s + len(name), name, label, type=type_)


def _run(text: str, cands: list[Cand]) -> list[tuple[str, str | None]]:
    return [(c.text, c.type) for c in group_heads_not_persons(text, cands)]


def test_a_people_before_refugees_and_candidates_is_dropped():
    text = ("Authorities denied passports to Velni Orsk refugees born in the camps. Two (mostly Christian) "
            "Tarsi-Velan candidates were disqualified.")
    cands = [_cand(text, "Velni Orsk", "person"), _cand(text, "Tarsi-Velan", "person")]
    assert _run(text, cands) == []


def test_a_faith_before_group_and_adherents_is_dropped():
    text = "The state-sponsored Kiran Dao group opposed the Orvel Way adherents in Dunvik."
    cands = [_cand(text, "Kiran Dao", "person"), _cand(text, "Orvel Way", "person")]
    assert _run(text, cands) == []


def test_a_person_written_once_elsewhere_stays():
    text = ("Velmo Asterin refugees fled to Dunvik. Police later detained Velmo Asterin, the leader of the "
            "Asterin community.")
    cands = [_cand(text, "Velmo Asterin", "person")]
    assert _run(text, cands) == [("Velmo Asterin", "person")]


def test_a_person_before_supporters_or_a_possessive_stays():
    text = ("Police dispersed Orvelio Brenin supporters in May. Kastor Velbrand followers marched; "
            "Anna Dova’s group met. Anna Dova community leaders.")
    cands = [_cand(text, "Orvelio Brenin", "person"), _cand(text, "Kastor Velbrand", "person"),
             _cand(text, "Anna Dova", "person")]
    assert _run(text, cands) == [("Orvelio Brenin", "person"), ("Kastor Velbrand", "person"),
                                 ("Anna Dova", "person")]


def test_a_hyphenated_compound_or_a_longer_noun_is_no_group_noun():
    text = "Seven Orvel Way-associated NGOs and the Kiran Dao groupings were listed."
    assert not always_before_group(text, "Orvel Way")
    assert not always_before_group(text, "Kiran Dao")
    assert not always_before_group(text, "Absent Name")


def test_other_kinds_are_left_alone():
    text = "Soldiers entered the Punta Velas community in May."
    cands = [_cand(text, "Punta Velas", "place", "GPE")]
    assert _run(text, cands) == [("Punta Velas", "place")]


def test_a_singular_group_noun_and_the_nationality_in_front_go_too():
    text = ("A Burundian Velni refugee was detained. Burundian Velni refugees protested, and Burundian "
            "refugees joined them.")
    cands = [_cand(text, "Burundian Velni", "person"), _cand(text, "Burundian refugees", "person")]
    cands[1] = Cand(cands[1].start, cands[1].start + len("Burundian"), "Burundian", "PERSON", type="person")
    assert _run(text, cands) == []


def test_a_given_name_in_front_of_a_dropped_name_stays():
    text = "Velmo Asterin spoke. Velmo Asterin Dao adherents prayed."
    cands = [_cand(text, "Velmo Asterin Dao", "person"), _cand(text, "Velmo Asterin", "person")]
    assert _run(text, cands) == [("Velmo Asterin", "person")]
