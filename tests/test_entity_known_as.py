"""A person's other name given with "also known as" is an alias of that person, not a second person
(persons/known_as.py, round t-ents36, on the session-22 amendment: 2019 Ethiopia, 2022 Madagascar,
2022 Indonesia, unread). Sentences written for these tests, on Tarsania."""
from __future__ import annotations

from rightsledger.extract.entities.common import Cand, Group
from rightsledger.extract.entities.persons.known_as import join_known_as

from .test_entities import _check_spans, entities_of


def _group(text: str, *names: str) -> Group:
    g = Group("person")
    for name in names:
        s = text.index(name)
        g.add(Cand(s, s + len(name), name, "PERSON"))
    return g


def test_a_name_known_as_another_joins_the_person_before_it():
    text = ("Police arrested Velmar Osk Tarnavi, also known as Drago Tesk, in Korvan. Later Drago Tesk "
            "met Ruta Belvane (popularly known as Rubel) and Ansa Kovel (alias “Mirko”). Rubel spoke.")
    a, b = _group(text, "Velmar Osk Tarnavi"), _group(text, "Drago Tesk")
    c, d = _group(text, "Ruta Belvane"), _group(text, "Rubel")
    e, f = _group(text, "Ansa Kovel"), _group(text, "Mirko")
    b.mentions.add((text.rindex("Drago Tesk"), text.rindex("Drago Tesk") + len("Drago Tesk")))
    d.mentions.add((text.rindex("Rubel"), text.rindex("Rubel") + len("Rubel")))
    out = join_known_as([a, b, c, d, e, f], text)
    assert out == [a, c, e]
    assert set(a.forms) == {"Velmar Osk Tarnavi", "Drago Tesk"} and len(a.mentions) == 3
    assert set(c.forms) == {"Ruta Belvane", "Rubel"} and len(c.mentions) == 3
    assert set(e.forms) == {"Ansa Kovel", "Mirko"}


def test_other_words_between_two_persons_join_nothing():
    text = ("Velmar Tarnavi, Drago Tesk and Ruta Belvane (Ansa Kovel’s lawyer) spoke. The man known as "
            "Mirko Aldan was absent; Kesto Varn, called Ilo Varn by friends, too.")
    groups = [_group(text, n) for n in ("Velmar Tarnavi", "Drago Tesk", "Ruta Belvane", "Ansa Kovel",
                                        "Mirko Aldan", "Kesto Varn", "Ilo Varn")]
    assert join_known_as(list(groups), text) == groups


def test_a_report_names_one_person_for_both_names(nlp):
    text = ("On May 26, security officials arrested the former head of the Korvan prison, Velmar Osk "
            "Tarnavi, also known as Drago Tesk, in neighboring Ostravia. Drago Tesk denied the charges.")
    persons = [e for e in entities_of(text, nlp) if e.type == "person"]
    _check_spans(text, persons)
    assert [(e.name, sorted(e.aliases), len(e.mentions)) for e in persons] == [
        ("Velmar Osk Tarnavi", ["Drago Tesk"], 3)]
