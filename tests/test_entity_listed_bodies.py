"""A name typed person that is an item of a list hung on a plural kind of body or programme ("NGOs, such
as X,", "Terrorist groups, including …, and X", "social programs, such as X and Y") is no person
(persons/listed_bodies.py, round t-ents44, on the session-22 amendment: 2019 Egypt, 2022 Colombia, 2017
Nicaragua, unread). Sentences written for these tests, on Tarsania."""
from __future__ import annotations

from rightsledger.extract.entities.persons.listed_bodies import listed_bodies_not_persons, listed_body_spans

from .test_entities import _check_spans, entities_of
from .test_entity_list_peoples import _cand


def _items(text: str) -> list[str]:
    return [text[s:e] for s, e in sorted(listed_body_spans(text))]


def _run(text: str, names: tuple[str, ...]) -> list[str]:
    return [c.text for c in listed_bodies_not_persons(text, [_cand(text, n, "person") for n in names])]


def test_the_list_after_a_kind_a_comma_and_a_link_is_read_to_its_last_item():
    text = ("NGOs, such as Velm Arriba, said the fees were high, such as Dara Molt. Armed groups, including "
            "“Free Velm”-North (formerly known as Osk Banner), Tarsi Front (TF), Liwa Dorn, and Ajnad Velm, among "
            "others, attacked. The ministry ran social programs, such as Programa Solen and Hambre Velm, and "
            "it funded the Velm Radio. Newspapers, like the Velm Courier, reported it.")
    assert _items(text) == ["Velm Arriba", "Tarsi Front", "Liwa Dorn", "Ajnad Velm", "Programa Solen",
                            "Hambre Velm", "Velm Courier"]


def test_no_list_where_the_kind_is_the_object_of_of_or_no_link_follows():
    text = ("Police detained members of two opposition parties, including Razo Velm and Tara Osk. Leaders of "
            "several rights groups, such as Nadim Harv, met. The groups, Dara Molt said, were banned. "
            "Activists and journalists, including Kastor Velbrand, fled.")
    assert _items(text) == []


def test_a_listed_name_is_dropped_everywhere_and_the_persons_stay():
    text = ("The government barred NGOs from social programs, such as Programa Solen and Hambre Velm, and "
            "it detained Razo Velm. In May it extended Programa Solen. Rights groups, including Tarsi Watch, "
            "said Nadim Harv had fled; Hambre Velm fed 300 families.")
    assert _run(text, ("Programa Solen", "Hambre Velm", "Tarsi Watch", "Razo Velm", "Nadim Harv")) == [
        "Razo Velm", "Nadim Harv"]


def test_the_list_stops_at_a_piece_in_lower_case():
    text = ("NGOs, such as Velm Arriba, highlighted that police arrested Razo Velm and Tara Osk. "
            "Groups, including Dunvik Aid, as well as Nadim Harv, protested.")
    assert _items(text) == ["Velm Arriba", "Dunvik Aid"]
    assert _run(text, ("Razo Velm", "Tara Osk", "Nadim Harv")) == ["Razo Velm", "Tara Osk", "Nadim Harv"]


def test_a_report_drops_the_listed_bodies_and_keeps_the_person(nlp):
    text = ("Terrorist groups, including Liwa Dorn and Ajnad Velm, conducted attacks in the north. "
            "The government prevented NGOs from taking part in social programs, such as Programa Solen and "
            "Hambre Velm, and police arrested Selim Varga, a journalist, in Lisk.")
    entities = entities_of(text, nlp)
    _check_spans(text, entities)
    persons = sorted(e.name for e in entities if e.type == "person")
    assert "Selim Varga" in persons
    assert not {"Liwa Dorn", "Ajnad Velm", "Programa Solen", "Hambre Velm"} & set(persons)
