"""A person's name written after a body's own name and the noun of its kind ("the Velmor party Andrey
Tosk", "the Masr al-Velm news site Adel Sarbi", "correspondent for Tarsan newspaper Diario Norte Jana
Ostrova") is a person, not the body (bodies/named_bodies.py, round t-ents49, on the session-22
amendment: 2019 Egypt, 2019 Iran, 2023 Belarus unread; 2022 Peru dev). Sentences written for these
tests, on Tarsania."""
from __future__ import annotations

from rightsledger.extract.entities.bodies.named_bodies import kept_persons, person_after_named_body
from rightsledger.extract.entities.common import Cand

from .test_entities import _check_spans, entities_of
from .test_entity_office_places import _at


def _after(text: str, name: str) -> bool:
    return person_after_named_body(text, text.index(name), name)


def test_a_person_after_a_body_named_before_its_kind_noun():
    text = ("The court sentenced the leader of the opposition Velmor party Andrey Tosk. Police held the editor of "
            "the Masr al-Velm news site Adel Sarbi. They also held the founder of the Erfan-e Talgheh group Mohammad "
            "Reza Tavani.")
    assert _after(text, "Andrey Tosk")
    assert _after(text, "Adel Sarbi")
    assert _after(text, "Mohammad Reza Tavani")


def test_a_name_after_a_qualifier_or_an_ordinary_kind_is_the_bodys_own():
    text = ("The Spanish newspaper Diario Velm reported it. An Australia-based NGO Rainbow Sky helped. The TV "
            "channel Mtavi Arkhi closed. The Lisk daily newspaper Le Progres wrote. Digital outlet La Fuente "
            "reported it. The NGO Beautiful Dream Society helped. The Velmor party Kasimir Lend Foundation gave. "
            "Velmor party Andrey Tosk spoke.")
    assert not _after(text, "Diario Velm")                 # "Spanish": an ordinary word
    assert not _after(text, "Rainbow Sky")                 # "Australia-based": a hyphened qualifier
    assert not _after(text, "Mtavi Arkhi")                 # "TV": an acronym
    assert not _after(text, "La Fuente")                   # "Digital": an ordinary word
    assert not _after(text, "Beautiful Dream Society")     # "The NGO": no body's name before the noun
    assert not _after(text, "Kasimir Lend Foundation")     # four words, a head word: not a person's shape
    assert not _after(text, "Andrey Tosk spoke")           # a sentence's first word is not a body's name


def test_kept_persons_are_model_persons_after_a_named_body_or_holders_with_a_post():
    text = "the Velmor party Andrey Tosk; correspondent for Tarsan newspaper Diario Norte Jana Ostrova; the NGO Ilse Morrow"
    cands = [Cand(*_at(text, "Andrey Tosk"), "Andrey Tosk", "PERSON"),
             Cand(*_at(text, "Jana Ostrova"), "Jana Ostrova", "PERSON", ["correspondent"]),
             Cand(*_at(text, "Ilse Morrow"), "Ilse Morrow", "PERSON"),
             Cand(*_at(text, "Diario Norte"), "Diario Norte", "ORG")]
    assert kept_persons(text, cands) == {text.index("Andrey Tosk"), text.index("Jana Ostrova")}


def test_a_report_keeps_the_persons_after_named_bodies(nlp):
    text = ("In November foreign correspondent for Spanish newspaper Diario Norte Jana Ostrova and other prominent "
            "journalists were sued. Authorities were still holding chief editor of the now-blocked Masr al-Karimiya "
            "news site Adel Sarbi. The court sentenced the leader of the opposition Nasha party Andrey Dzmitrenko on "
            "charges of treason. The court also sentenced the leader of the spiritual doctrine Unitism and the "
            "Erfan-e Talgheh group Mohammad Reza Tavani, who had twice been sentenced to death.")
    entities = entities_of(text, nlp)
    _check_spans(text, entities)
    persons = {e.name for e in entities if e.type == "person"}
    orgs = {e.name for e in entities if e.type == "organization"}
    assert {"Jana Ostrova", "Adel Sarbi", "Andrey Dzmitrenko", "Mohammad Reza Tavani"} <= persons
    assert "Diario Norte" in orgs
    assert not orgs & {"Jana Ostrova", "Adel Sarbi", "Andrey Dzmitrenko", "Mohammad Reza Tavani"}


def test_a_body_named_after_its_kind_noun_stays_a_body(nlp):
    text = ("The NGO Beautiful Dream Society reported no cases. The newspaper Front Page Tarsania was suspended. "
            "Editor of the Tarsan newspaper Daily Velm, Kasimir Lend, was held.")
    orgs = {e.name for e in entities_of(text, nlp) if e.type == "organization"}
    assert {"Beautiful Dream Society", "Front Page Tarsania", "Daily Velm"} <= orgs
