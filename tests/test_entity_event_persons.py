"""Issue 14, round t-ents47: an event named like a person — a storm's or an operation's name ("Cyclone
Vessa", "Typhoon Lirren", "Operation Calder") or a name written every time right before a lower-case
noun of an event ("the 2011 Marvo Plaza collapse", "the Ketta Dun massacre") — is no person (read on
the unread 2023 Zimbabwe, 2016 North Korea, 2019 Bahamas and 2020 Bangladesh). A person named before
such a noun once and elsewhere alone, a name with the event word inside it, a body stay. Sentences
written for these tests (a fictional Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.persons.event_fronts import events_not_persons
from rightsledger.extract.entities.persons.heads import heads_not_persons

from .test_entities import typed_entities as _typed


def _cands(text: str, names: list[str], kind: str = "person") -> list[Cand]:
    label = {"person": "PERSON", "organization": "ORG"}[kind]
    return [Cand(text.index(n), text.index(n) + len(n), n, label, type=kind) for n in names]


def test_a_storms_or_an_operations_name_is_no_person():
    text = ("Cyclone Vessa destroyed crops in the south. Floods followed Typhoon Lirren in March. "
            "Hurricane Dova Marrel displaced thousands. Police arrested 40 persons during Operation Calder.")
    cands = _cands(text, ["Cyclone Vessa", "Typhoon Lirren", "Hurricane Dova Marrel", "Operation Calder"])
    assert events_not_persons(cands) == []


def test_persons_and_bodies_with_these_words_elsewhere_stay():
    # the word not first, the word alone, too many words after it, a body's head word after it,
    # a body typed organization (the bodies' rule reads "Operation" only)
    text = ("Tomas Hurricane testified. Typhoon was his nickname. Cyclone Ana Lia Vel Moro spoke. "
            "Operation Hope Foundation gave food. The Cyclone Relief Fund paid families.")
    persons = _cands(text, ["Tomas Hurricane", "Typhoon", "Cyclone Ana Lia Vel Moro", "Operation Hope Foundation"])
    body = _cands(text, ["Cyclone Relief Fund"], "organization")
    assert events_not_persons(persons + body) == persons + body


def test_names_before_an_events_noun_are_no_persons():
    text = ("Workers recalled the 2011 Marvo Plaza collapse. Owners were charged after the 2011 Marvo Plaza "
            "building collapse. Families of the Ketta Dun massacre marched. Police guarded the Selu Vanna "
            "festival.")
    out = heads_not_persons(text, _cands(text, ["Marvo Plaza", "Ketta Dun", "Selu Vanna"]))
    assert out == []


def test_a_person_before_an_events_noun_once_stays():
    # "Lina Moro" is also written alone; "the Tomas Arean case" is a noun a person's name modifies
    text = ("The Lina Moro attack shocked the town. Lina Moro later left the country. "
            "Judges reopened the Tomas Arean case.")
    cands = _cands(text, ["Lina Moro", "Tomas Arean"])
    assert heads_not_persons(text, cands) == cands


@pytest.mark.model
def test_a_storm_is_no_person_in_the_pipeline(nlp):
    text = ("In September Hurricane Dova, the worst disaster in the history of Tarsania, struck the coast and "
            "displaced thousands. Hurricane Dova also destroyed the Arvel prison. President Tomas Arean "
            "visited the coast.\n")
    types = _typed(text, nlp)
    assert types.get("Hurricane Dova") != "person", types
    assert types.get("Tomas Arean") == "person", types
