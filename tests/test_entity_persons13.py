"""Issue 14, round t-ents13: false persons found on twelve reports nobody annotated (third pass).
Sentences written for these tests (a fictional Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.persons.folk import folk_not_persons
from rightsledger.extract.entities.persons.heads import heads_not_persons

from .test_entities import _check_spans, entities_of


def _cand(text: str, type_: str = "person") -> Cand:
    return Cand(0, len(text), text, "PERSON", type=type_)


def test_names_of_peoples_and_faiths_are_no_persons():
    """Every word a people's or a faith's word (the report's NORP words, the lexicon's faiths and
    peoples, one word of a nationality shape): no person. A one-word name, a name with one word
    of a nationality shape and one plain word, and a body stay."""
    norp = {"velan", "tarsi", "muslim", "serbs", "ghani", "arman telis"}   # one-word NORP spans
    typed = [_cand("Shia Velans"), _cand("Tarsi Muslim"), _cand("Cypriot Roma"),
             _cand("Indigenous Tarsi"), _cand("Orthodox Serbs"), _cand("Kordiak Muslim"),
             _cand("Ghani"), _cand("Ashraf Ghani"), _cand("Adrian Sarkissian"),
             _cand("Julian Marsden"), _cand("Arman Telis"), _cand("Tarsi Muslim Council", "organization")]
    out = {c.text for c in folk_not_persons(typed, norp)}
    assert out == {"Cypriot Roma", "Ghani", "Ashraf Ghani", "Adrian Sarkissian", "Julian Marsden",
                   "Arman Telis", "Tarsi Muslim Council"}, out   # "Cypriot": no NORP tag here, one shaped word only


@pytest.mark.model
def test_peoples_not_persons_in_text(nlp):
    text = ("Societal discrimination against Shia Velans and Roma continued. Police in Kardo detained "
            "Marek Dosta, a Velan journalist, in May; Marek Dosta said Velans and Shia Muslims were "
            "harassed at checkpoints.\n")
    ents = entities_of(text, nlp)
    _check_spans(text, ents)
    persons = {e.name for e in ents if e.type == "person"}
    assert persons == {"Marek Dosta"}, persons


def test_names_before_teams_restaurants_regions():
    """The new heads of ``facility_heads_after``: a team, a restaurant, a region."""
    text = ("Fans of the Vardo and Kelmi Dorna soccer teams fought. Bombers attacked the Le Petit Sel "
            "restaurant. Rebels raided villages in the Mbora Kasi border region. Tomas Arean said so.")
    typed = [Cand(text.index(n), text.index(n) + len(n), n, "PERSON", type="person")
             for n in ("Kelmi Dorna", "Le Petit Sel", "Mbora Kasi", "Tomas Arean")]
    out = {c.text for c in heads_not_persons(text, typed)}
    assert out == {"Tomas Arean"}, out


def test_heads_count_whole_words_only():
    """``person_heads`` finds a name's occurrences by ``str.find`` (t-ents13, faster than a
    regular expression per name): an occurrence inside a longer word is none ("Vel Aungsan"),
    so the name written only before a facility's noun is still dropped; a name once alone stays."""
    text = ("Vel Aungsan said so. Police closed the Vel Aung printing press. The Kora Dun theater "
            "reopened; Kora Dun_ was a typo, and Kora Dun spoke.")
    typed = [Cand(text.index(n), text.index(n) + len(n), n, "PERSON", type="person")
             for n in ("Vel Aung", "Kora Dun")]
    out = {c.text for c in heads_not_persons(text, typed)}
    assert out == {"Kora Dun"}, out
