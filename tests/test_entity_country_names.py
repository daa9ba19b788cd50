"""Issue 14, round t-orgs37: a body named with a country's name and no head word ("Azerbaijan Airlines", "the Eswatini
Observer", "AES Panama") is a body, not the country: where the model reads the whole as an organisation and the
country is the only rule candidate inside it, the model's span wins; not where its other words name a thing (a plan, a
program) or another candidate (a person) overlaps it. Sentences written for these tests (a fictional Tarsania, with
real countries' names where the gazetteer must know them)."""
from __future__ import annotations

from rightsledger.extract.entities.bodies.country_names import model_country_name_wins
from rightsledger.extract.entities.candidates import merge_candidates
from rightsledger.extract.entities.common import Cand

from .test_entities import entities_of


def _country(text: str, name: str, at: int = 0) -> Cand:
    start = text.index(name, at)
    return Cand(start, start + len(name), name, "COUNTRY")


def _model(text: str, name: str, label: str = "ORG") -> Cand:
    start = text.index(name)
    return Cand(start, start + len(name), name, label)


def test_the_model_span_wins_over_the_country_inside_it():
    text = "Staff of Malawi Airlines, of the TPC Kenya and of the Associations of Farmers of Ghana went on strike."
    assert model_country_name_wins([_country(text, "Malawi")], _model(text, "Malawi Airlines"))
    assert model_country_name_wins([_country(text, "Kenya")], _model(text, "TPC Kenya"))   # the country last
    assert model_country_name_wins([_country(text, "Ghana")], _model(text, "Associations of Farmers of Ghana"))


def test_not_a_thing_nor_another_candidate_nor_the_country_alone():
    text = ("The Malawi National Strategic Plan, the Better Work Kenya Program, Ambassador to Ghana Velmar Toskuri "
            "and Ghana Kofi Mensah were named in Malawi.")
    assert not model_country_name_wins([_country(text, "Malawi")], _model(text, "Malawi National Strategic Plan"))
    assert not model_country_name_wins([_country(text, "Kenya")], _model(text, "Better Work Kenya Program"))
    places = "The Azerbaijan Republic and the State of Palestine signed."
    assert not model_country_name_wins([_country(places, "Azerbaijan")], _model(places, "Azerbaijan Republic"))
    assert not model_country_name_wins([_country(places, "Palestine")], _model(places, "State of Palestine"))
    person = _model(text, "Kofi Mensah", "PERSON")
    assert not model_country_name_wins([_country(text, "Ghana"), person], _model(text, "Ghana Kofi Mensah"))
    assert not model_country_name_wins([_country(text, "Ghana")], _model(text, "Ghana Kofi Mensah", "GPE"))
    assert not model_country_name_wins([_country(text, "Ghana")], _model(text, "Ghana Velmar Toskuri"))   # a name
    last = text.rindex("Malawi")
    assert not model_country_name_wins([_country(text, "Malawi", last)], Cand(last, last + 6, "Malawi", "ORG"))


def test_merge_keeps_the_body_and_the_countrys_other_mentions():
    text = "Malawi Airlines workers struck in Malawi."
    merged = merge_candidates([_country(text, "Malawi"), _country(text, "Malawi", 10)], [_model(text, "Malawi Airlines")])
    assert [(c.text, c.label) for c in merged] == [("Malawi Airlines", "ORG"), ("Malawi", "COUNTRY")]


def test_a_newspaper_named_after_a_country_is_a_body(nlp):
    text = ("On May 3, the Malawi Observer reported that police in Velm detained two journalists. "
            "The Tarsania Human Rights Commission visited them in Velm Prison.")
    entities = entities_of(text, nlp)
    assert ("Malawi Observer", "organization") in {(e.name, e.type) for e in entities}
    assert not [e for e in entities if e.name == "Malawi"]
