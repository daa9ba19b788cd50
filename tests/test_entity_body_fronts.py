"""A person record whose every name is the first words of a longer name of a body or a place of the
same report is no person (persons/body_fronts.py, round t-ents39, on the session-22 amendment: 2019
China, 2022 Philippines, 2022 Mexico, 2022 Sudan, unread). Sentences written for these tests, on
Tarsania."""
from __future__ import annotations

from rightsledger.extract.entities.common import Group
from rightsledger.extract.entities.persons.body_fronts import name_front, persons_not_name_fronts

from .test_entities import _check_spans, entities_of


def _group(type_: str, *forms: str, roles: tuple[str, ...] = ()) -> Group:
    g = Group(type_)
    for i, f in enumerate(forms):
        g.forms[f] += 1
        g.mentions.add((10 * i, 10 * i + len(f)))
    g.roles.extend(roles)
    return g


def test_name_front_reads_whole_words_folded():
    assert name_front("Tan Hua", "Tan Hua Foundation")
    assert name_front("Nuevo Leon", "Nuevo León Prosecutor General’s Office")
    assert not name_front("Tan Hua Foundation", "Tan Hua Foundation")
    assert not name_front("Tan Hu", "Tan Hua Foundation")
    assert not name_front("Hua", "Tan Hua Foundation")


def test_a_front_of_a_body_or_place_is_no_person_unless_a_role_or_a_full_form():
    bodies = [_group("organization", "Tan Hua Foundation"), _group("organization", "Mei Lanzhou Trust")]
    places = [_group("place", "Orvan Highlands")]
    front = _group("person", "Tan Hua")
    place_front = _group("person", "Orvan", "Orvan")
    with_role = _group("person", "Tan Hua", roles=("journalist",))
    full = _group("person", "Mei Lanzhou", "Lanzhou")
    other = _group("person", "Mira Estvan")
    kept = persons_not_name_fronts([front, place_front, with_role, full, other], bodies + places)
    assert kept == [with_role, full, other]


def test_a_report_drops_the_short_name_of_a_body(nlp):
    text = ("In March the Tan Hua Foundation, a human rights group, counted the executions of the year. "
            "Tan Hua reported an increase in the number of executions in the western provinces. "
            "Soldiers of the Kalvar Ridwan Group killed three farmers in May, and police arrested the "
            "journalist Mira Estvan. An ambush by Kalvar Ridwan killed two soldiers in June.")
    entities = entities_of(text, nlp)
    _check_spans(text, entities)
    assert sorted(e.name for e in entities if e.type == "person") == ["Mira Estvan"]
    assert {"Tan Hua Foundation", "Kalvar Ridwan Group"} <= {e.name for e in entities if e.type == "organization"}
