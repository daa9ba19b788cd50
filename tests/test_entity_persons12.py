"""Issue 14, round t-ents12: false persons found on twelve reports nobody annotated. Sentences
written for these tests (a fictional Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.persons.place_words import places_not_persons

from .test_entities import _check_spans, entities_of


def _cand(text: str, type_: str) -> Cand:
    return Cand(0, len(text), text, "PERSON", type=type_)


def test_unit_words_make_places():
    """An administrative unit's word ending the name ("Zone", "Township", "Areas") makes it a
    place, and the unit's bare name typed person goes with it; a plain is no entity."""
    typed = [_cand("Velbo Zone", "person"), _cand("Velbo", "person"),
             _cand("Marin Township", "person"), _cand("Federally Administered Border Areas", "person"),
             _cand("Kaldo Plain", "person"), _cand("Tomas Arean", "person"),
             _cand("Ivo Zonev", "person")]
    out = {c.text: c.type for c in places_not_persons(typed, None)}
    assert out == {"Velbo Zone": "place", "Velbo": "place", "Marin Township": "place",
                   "Federally Administered Border Areas": "place",
                   "Tomas Arean": "person", "Ivo Zonev": "person"}, out


@pytest.mark.model
def test_units_not_persons_in_text(nlp):
    text = ("In March soldiers burned 40 homes in Velbo Zone and arrested Tomas Arean, a local teacher. "
            "Residents of Marin Township said police beat Ivo Zonev during the raid.\n")
    ents = entities_of(text, nlp)
    _check_spans(text, ents)
    persons = {e.name for e in ents if e.type == "person"}
    assert persons == {"Tomas Arean", "Ivo Zonev"}, persons


def test_people_plurals_unmake_persons():
    """A name ending in the plural of a word the report tags NORP is a people, no person;
    surnames in "-s" after a vowel or "s" stay ("Abbas", "Francis", "Ross")."""
    from rightsledger.extract.entities.persons.peoples import peoples_not_persons
    norp = {"velan", "tarsiaks", "muslim", "abbas", "ross"}
    typed = [_cand("Faili Velans", "person"), _cand("Tarsiaks", "person"),
             _cand("Dawoodi Bohra Muslims", "person"), _cand("Wael Abbas", "person"),
             _cand("Diana Ross", "person"), _cand("Ana Velan", "person"),
             _cand("Velans United", "organization")]
    out = {c.text: c.type for c in peoples_not_persons(typed, norp)}
    assert out == {"Wael Abbas": "person", "Diana Ross": "person", "Ana Velan": "person",
                   "Velans United": "organization"}, out


@pytest.mark.model
def test_people_plurals_in_text(nlp):
    text = ("Parliament reserved one seat for Faili Kurds in Wasit Province. Many Muslims and Kurds "
            "in the city said police detained Karim Dosky, a Kurdish journalist, in May.\n")
    ents = entities_of(text, nlp)
    _check_spans(text, ents)
    persons = {e.name for e in ents if e.type == "person"}
    assert persons == {"Karim Dosky"}, persons


def test_names_before_facility_nouns():
    """A name written every time before a facility's noun is no person; one written once
    alone too stays ("Tomas Arean" is also the subject of a verb)."""
    from rightsledger.extract.entities.persons.heads import heads_not_persons
    text = ("Militiamen seized the Abu Tarin theater. Police closed the Vel Aung printing press and "
            "the Kora Dun border crossing. Tomas Arean court records were sealed; Tomas Arean said so. "
            "A letter by Lina Moro from prison reached her family.")
    typed = [Cand(text.index(n), text.index(n) + len(n), n, "PERSON", type="person")
             for n in ("Abu Tarin", "Vel Aung", "Kora Dun", "Tomas Arean", "Lina Moro")]
    out = {c.text for c in heads_not_persons(text, typed)}
    assert out == {"Tomas Arean", "Lina Moro"}, out
