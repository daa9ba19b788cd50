"""A name given to a lower-case kind of body or facility by a naming link ("a garment factory named X", "a
hacker group known as both X and Y", "a sports center in Velmar known as X") is no person
(persons/kind_links.py, round t-ents72, on the session-22 amendment: 2021 Iran, 2023 Madagascar, 2019 Egypt
unread). Sentences written for these tests, on Tarsania."""
from __future__ import annotations

from rightsledger.extract.entities.common import Group
from rightsledger.extract.entities.persons.kind_links import kind_named, persons_not_kind_named

from .test_entities import _check_spans, entities_of

TEXT = ("Marit was the union leader within a garment factory named Velvora. A Tarsanian hacker group known as "
        "both Grey Lynx and Ostrel attacked. A youth and sports center in Port Hallin known as Camp Ardeni held "
        "detainees. A rights group called “Velm Dolls” protested. A young woman named Ilse Varnow died. Media "
        "reports called Tomas Brel a judge of terror. A school named after Jan Roe opened. A boy from Orvik "
        "named Petar drowned. Velvora’s lawyer spoke.")


def _named(name: str) -> bool:
    return kind_named(TEXT, TEXT.index(name))


def test_a_name_after_a_kind_and_a_naming_link():
    assert _named("Velvora")                   # "a garment factory named": a facility's noun
    assert _named("Grey Lynx")                 # "group known as both": a body's kind
    assert _named("Camp Ardeni")               # "center in Port Hallin known as": a place between
    assert _named("Velm Dolls")                # "called" and an opening quote


def test_a_person_s_noun_a_report_or_named_after_is_no_such_site():
    assert not _named("Ilse Varnow")           # "a young woman named": a person's noun
    assert not _named("Tomas Brel")            # "reports called": no kind
    assert not _named("Jan Roe")               # "named after": the name is not the school's
    assert not _named("Petar")                 # "a boy from Orvik named"


def _group(name: str, *starts: int, roles: tuple[str, ...] = ()) -> Group:
    g = Group("person")
    for s in starts or (TEXT.index(name),):
        g.mentions.add((s, s + len(name)))
    g.forms[name] += 1
    g.roles.extend(roles)
    return g


def test_one_named_mention_is_enough_and_a_role_keeps_the_record():
    first, later = TEXT.index("Velvora"), TEXT.index("Velvora’s")
    kept = persons_not_kind_named([_group("Velvora", first, later), _group("Grey Lynx"), _group("Ilse Varnow"),
                                   _group("Camp Ardeni", roles=("commander",))], TEXT)
    assert [sorted(g.forms) for g in kept] == [["Ilse Varnow"], ["Camp Ardeni"]]


def test_a_report_makes_no_person_of_a_body_named_after_its_kind(nlp):
    text = ("Authorities convicted labor activist Jonas Marcel Rakotovel of defamation. Marcel was the union "
            "leader within a garment factory named Etorile. His employer sued him after he reported on working "
            "conditions. In November a Tarsanian hacker group known as both Charming Lynx and Phosforan targeted "
            "journalist Mira Kassel with phishing messages.")
    entities = entities_of(text, nlp)
    _check_spans(text, entities)
    persons = {e.name for e in entities if e.type == "person"}
    assert not persons & {"Etorile", "Charming Lynx"}
    assert "Mira Kassel" in persons
