"""A name typed person that is an item of a list of peoples or faiths is a people, no person
(persons/list_peoples.py, round t-ents34, on the session-22 amendment: "Aromanians (Vlachs), Roma",
"Kashmiri Hindus, Sikhs, and …", "Yezidis, Druze, Christians, Shia, and other religious minorities" in
reports nobody had annotated); and titles the lists lacked, glued in front of a name (entities.toml
``titles``). Sentences written for these tests, on Tarsania."""
from __future__ import annotations

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.persons.fronts import person_fronts
from rightsledger.extract.entities.persons.list_peoples import list_peoples_not_persons, people_list_items


def _cand(text: str, name: str, type_: str, label: str = "PERSON") -> Cand:
    s = text.index(name)
    return Cand(s, s + len(name), name, label, type=type_)


def _run(text: str, cands: list[Cand]) -> list[tuple[str, str | None]]:
    return [(c.text, c.type) for c in list_peoples_not_persons(text, cands)]


def test_an_item_of_a_list_of_faiths_is_dropped_everywhere():
    text = ("Velnari, Druze, Christians, Shia, and other religious minorities faced attacks. "
            "Some Velnari had asked for their own court.")
    cands = [_cand(text, "Velnari", "person")]
    assert _run(text, cands) == []


def test_a_two_word_item_and_a_gloss_in_parentheses_are_dropped():
    text = ("Gunmen attacked Dunvik Hindus, Sikhs, and migrant laborers. The law named Greeks, "
            "Tarsi Velans (Orvlachs), Roma, and Serbs as minorities.")
    cands = [_cand(text, "Dunvik Hindus", "person"), _cand(text, "Orvlachs", "person"),
             _cand(text, "Tarsi Velans", "person")]
    assert _run(text, cands) == []


def test_a_person_beside_a_faith_word_that_is_no_list_item_stays():
    text = ("Muslims of Dunvik welcomed Anna Dova. Police detained Orvelio Brenin and Kastor Velbrand; "
            "Christians protested. Anna Dova, a Muslim lawyer, spoke.")
    cands = [_cand(text, "Anna Dova", "person"), _cand(text, "Orvelio Brenin", "person"),
             _cand(text, "Kastor Velbrand", "person")]
    assert _run(text, cands) == [("Anna Dova", "person"), ("Orvelio Brenin", "person"),
                                 ("Kastor Velbrand", "person")]


def test_a_list_of_persons_without_a_faith_word_stays():
    text = "Activists Razo Velm, Tara Osk, and Nadim Harv were detained."
    cands = [_cand(text, n, "person") for n in ("Razo Velm", "Tara Osk", "Nadim Harv")]
    assert _run(text, cands) == [(n, "person") for n in ("Razo Velm", "Tara Osk", "Nadim Harv")]
    assert people_list_items(text) == set()


def test_other_kinds_are_left_alone():
    text = "Christians, Muslims, and Dunvik residents met in Velna."
    cands = [_cand(text, "Dunvik", "place", "GPE")]
    assert _run(text, cands) == [("Dunvik", "place")]


def test_titles_the_lists_lacked_are_cut_in_front_of_a_name():
    text = ("Gunmen killed Mawlawi Tarek Osmani. Hojjatoleslam Reza Velani spoke. "
            "Mirwaiz Umar Tarsi and Sub-Inspector Puran Velkar were held.")
    names = ["Mawlawi Tarek Osmani", "Hojjatoleslam Reza Velani", "Mirwaiz Umar Tarsi", "Sub-Inspector Puran Velkar"]
    out = person_fronts([_cand(text, n, "person") for n in names], set())
    assert [c.text for c in out] == ["Tarek Osmani", "Reza Velani", "Umar Tarsi", "Puran Velkar"]


def test_a_title_before_a_single_word_stays():
    text = "Mawlawi Osmani spoke."
    out = person_fronts([_cand(text, "Mawlawi Osmani", "person")], set())
    assert [c.text for c in out] == ["Mawlawi Osmani"]


def test_a_faith_word_item_needs_another_faith_word_item():
    text = "Police met Dunvik Hindus in Velna. Orthodox Christians and Muslims met."
    cands = [_cand(text, "Dunvik Hindus", "person"), _cand(text, "Orthodox Christians", "person")]
    assert _run(text, cands) == [("Dunvik Hindus", "person")]
