"""A one-word name in apposition to a noun of a person ("the plaintiff, Tarvo,", "Velen's sister, Marit,",
"his associates, Joran Vesk and Tarvo,") is that person, whatever label the model gave it
(persons/apposed.py, round t-ents51, on the session-22 amendment: 2016 India, 2019 Burma, 2023 Saudi
Arabia unread; 2020 Fiji dev). Sentences written for these tests, on Tarsania."""
from __future__ import annotations

from rightsledger.extract.entities.persons.apposed import apposed_noun

from .test_entities import _check_spans, entities_of


def _noun(text: str, name: str) -> str | None:
    return apposed_noun(text, text.index(name), name)


def test_a_one_word_name_after_a_noun_of_a_person_and_a_comma():
    text = ("The case stalled after the plaintiff, Wirasko, failed to appear. Velen's sister, Maritka, faced charges. "
            "Police held the activist and his associates, Joran Veskal and Tuvarro, for a week. Orlan’s wife, "
            "Padrika, also an academic, was barred.")
    assert _noun(text, "Wirasko") == "plaintiff"
    assert _noun(text, "Maritka") == "sister"
    assert _noun(text, "Tuvarro") == "associate"
    assert _noun(text, "Padrika") == "wife"


def test_no_apposition_no_person_noun_or_a_longer_name():
    text = ("Attacks on journalists, Tarsanet reported, rose. In the north, Velmora saw clashes. The president, "
            "Vela Tarsov, spoke. The monk Wirasko spoke. The union, UTLA, protested. Their partners, Velmora "
            "Holdings and Tarsacorp, left.")
    assert _noun(text, "Tarsanet") is None        # no article or possessive before the noun
    assert _noun(text, "Velmora") is None         # "north": no noun of a person
    assert _noun(text, "Vela") is None            # a longer name: the model's own span decides
    assert _noun(text, "Wirasko") is None         # no comma: the role rules' case
    assert _noun(text, "UTLA") is None            # an acronym
    assert _noun(text, "Tarsacorp") is None       # "partners": bodies have partners too (no noun of the list)


def test_a_report_keeps_the_apposed_persons(nlp):
    text = ("Charges were dismissed on July 2 after the plaintiff, Wirasko, repeatedly failed to appear in court. "
            "Oskar Velen was arrested for a post about the monk Wirasko. Al-Tarsi’s sister, Fouzka, faced similar "
            "charges but had left the country. On July 8, police arrested activist Piyush Mornash and his "
            "associates, Esan Kartavi and Muthuvel, for protesting. The court granted bail to Kartavi and Muthuvel "
            "on July 15.")
    entities = entities_of(text, nlp)
    _check_spans(text, entities)
    persons = {e.name for e in entities if e.type == "person"}
    orgs = {e.name for e in entities if e.type == "organization"}
    assert {"Wirasko", "Fouzka", "Muthuvel"} <= persons
    assert not {"Wirasko", "Fouzka", "Muthuvel"} & orgs
