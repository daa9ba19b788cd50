"""Issue 14, round t-places18: a person's surname that the gazetteer also knows as a town of the
report's country (by its name or an alternate name) stays the person's when a mention of the word
alone stands by a person's cue or role ("X was sentenced", "sentenced X", "X's arrest"); the
t-ents6 exception ("the state of Guerrero" beside a person "… Guerrero") holds only where no such cue
stands (read on 2023 Turkey, 2019 Iran and 2019 Guatemala without gold). Sentences written for these
tests (fictional persons, real towns' names)."""
from __future__ import annotations

import pytest

from .test_entities import _check_spans, entities_of

pytestmark = pytest.mark.model


def _ents(text: str, nlp, country: str, code: str):
    ents = entities_of(text, nlp, country=country, code=code, year=2023, doc_id="surnames")
    _check_spans(text, ents)
    return ents


def _places(ents) -> set[str]:
    return {e.name for e in ents if e.type == "place"}


def test_a_home_town_that_is_a_sentenced_persons_surname_is_the_person(nlp):
    text = ("Prosecutors opened a case against Ahmet Imamoglu, a local politician. In December Imamoglu "
            "was sentenced to two years in prison. At year’s end Imamoglu remained free pending the "
            "appeal. Supporters of Imamoglu protested in the city.\n")
    ents = _ents(text, nlp, "Turkey", "TR")
    assert "Imamoglu" not in _places(ents), [(e.name, e.type) for e in ents]
    person = next(e for e in ents if e.name == "Ahmet Imamoglu")
    assert person.type == "person" and len(person.mentions) == 4, person


def test_a_surname_after_a_verb_that_takes_a_person_is_the_person(nlp):
    # the gazetteer knows "Bakhshi" only as an alternate name of a town of the country
    text = ("Agents tortured Karim Bakhshi, a labor organizer, after a strike. Both Bakhshi and his "
            "colleague were forced to confess. On January 4, Bakhshi posted a letter about his "
            "detention. Despite demands for an inquiry following Bakhshi’s disclosure, no one was held "
            "accountable. On January 20, Bakhshi and his colleague were rearrested. In August an "
            "appellate court sentenced Bakhshi to five years in prison.\n")
    ents = _ents(text, nlp, "Iran", "IR")
    assert "Bakhshi" not in _places(ents), [(e.name, e.type) for e in ents]
    person = next(e for e in ents if e.name == "Karim Bakhshi")
    assert person.type == "person" and "Bakhshi" in person.aliases and len(person.mentions) == 6, person


def test_a_home_place_written_only_as_a_place_stays_a_place(nlp):
    # no cue stands by the word alone: the t-ents6 exception holds
    text = ("In March authorities identified the remains of Lucia Guerrero, a student. Violence against "
            "journalists was high in the state of Guerrero. Reporters in Iguala, Guerrero, received "
            "threats. The states with the most attacks were Veracruz, Guerrero, and Oaxaca. Teachers "
            "marched in Chilpancingo, Guerrero, in May.\n")
    ents = _ents(text, nlp, "Mexico", "MX")
    assert "Guerrero" in _places(ents), [(e.name, e.type) for e in ents]
    person = next(e for e in ents if e.name == "Lucia Guerrero")
    assert "Guerrero" not in person.aliases, person
