"""A person record whose every mention stands right after "<office noun> of" is no person
(persons/office_places.py, round t-ents41, on the session-22 amendment: 2020 Afghanistan, 2022
Madagascar, 2022 Indonesia, 2016 Israel, unread). Sentences written for these tests, on Tarsania."""
from __future__ import annotations

from rightsledger.extract.entities.common import Group
from rightsledger.extract.entities.persons.office_places import after_office_noun, persons_not_office_places

from .test_entities import _check_spans, entities_of


def _at(text: str, name: str, nth: int = 0) -> tuple[int, int]:
    s = -1
    for _ in range(nth + 1):
        s = text.index(name, s + 1)
    return s, s + len(name)


def _group(text: str, *spans: tuple[int, int], roles: tuple[str, ...] = ()) -> Group:
    g = Group("person")
    for s, e in spans:
        g.forms[text[s:e]] += 1
        g.mentions.add((s, e))
    g.roles.extend(roles)
    return g


def test_after_office_noun_reads_the_lower_case_noun_and_of():
    text = ("the mayor of Nadir Kulan; the head of the Varsk Regency; the regional council of Ramat Selin; "
            "Mayor of Lisk Darya Velmonte; the wife of Selim Varga; the head of Omar Tessel’s campaign")
    assert after_office_noun(text, *_at(text, "Nadir Kulan"))
    assert after_office_noun(text, *_at(text, "Varsk Regency"))
    assert after_office_noun(text, *_at(text, "Ramat Selin"))
    assert not after_office_noun(text, *_at(text, "Lisk Darya Velmonte"))   # a title, capitalised
    assert not after_office_noun(text, *_at(text, "Selim Varga"))           # a kin noun
    assert not after_office_noun(text, *_at(text, "Omar Tessel"))           # owns the post


def test_a_name_only_after_office_nouns_is_no_person_unless_a_role_or_another_mention():
    text = ("Police arrested the mayor of Nadir Kulan. A court released the governor of Nadir Kulan. "
            "Selim Varga, the head of Ramat Selin, spoke. The mayor of Lisk met Omar Tessel; the head of Omar Tessel")
    town = _group(text, _at(text, "Nadir Kulan"), _at(text, "Nadir Kulan", 1))
    with_role = _group(text, _at(text, "Ramat Selin"), roles=("mayor",))
    elsewhere = _group(text, _at(text, "Omar Tessel"), _at(text, "Omar Tessel", 1))
    other = _group(text, _at(text, "Selim Varga"))
    assert persons_not_office_places([town, with_role, elsewhere, other], text) == [with_role, elsewhere, other]


def test_a_report_drops_the_town_after_the_mayor_of(nlp):
    text = ("Police arrested the mayor of Nadir Kulan for graft in May. In July a court released the mayor "
            "of Nadir Kulan on bail. Unknown gunmen killed Selim Varga, a journalist, in Lisk; the wife of "
            "Selim Varga said police ignored his complaints.")
    entities = entities_of(text, nlp)
    _check_spans(text, entities)
    assert sorted(e.name for e in entities if e.type == "person") == ["Selim Varga"]
