"""Issue 14, round t-ents30 (on the session-22 amendment): title words the titles list lacked, found
glued to a person's name on judged unread reports (2020 Belarus "Spokesperson", 2023 Libya "Grand Mufti",
2020 Bolivia "Lieutenant Coronel"; in the dev gold once, "Sheikha"): a spokesperson's title, Islamic
titles and Spanish/Portuguese ranks are cut from the front of a person's name when two words of name
or more stay, by ``persons/fronts.py``. Sentences written for these tests (a fictional Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.lexicon import TITLES
from rightsledger.extract.entities.persons.fronts import person_fronts

from .test_entities import _check_spans, entities_of


def _cand(text: str, type_: str = "person", start: int = 100) -> Cand:
    return Cand(start, start + len(text), text, "PERSON", type=type_)


def test_new_titles_listed():
    for w in ("spokesperson", "spokesman", "spokeswoman", "mufti", "sheikha", "mullah", "coronel",
              "teniente", "capitán", "sargento", "comandante"):
        assert w in TITLES, w


def test_new_titles_cut_from_names():
    typed = [_cand("Spokesperson Arin Batto"), _cand("Mufti Sadek al-Torvani"),
             _cand("Coronel Heyno Alarda"), _cand("Sheikha Mira Al Tarsi"),
             _cand("Sargento Juan Pirt Reshen")]
    out = {c.text: (c.start, c.end) for c in person_fronts(typed, set())}
    assert out == {
        "Arin Batto": (113, 123), "Sadek al-Torvani": (106, 122), "Heyno Alarda": (108, 120),
        "Mira Al Tarsi": (108, 121), "Juan Pirt Reshen": (109, 125),
    }, out


def test_one_word_left_and_other_kinds_untouched():
    # a title before one word of name stays (as "Prince Johnson" does); bodies and places are no persons
    typed = [_cand("Mufti Kaso"), _cand("Coronel Reshen"),
             _cand("Spokesperson Office", "organization"), _cand("Coronel Pringles", "place")]
    out = [(c.text, c.type, c.start) for c in person_fronts(typed, set())]
    assert out == [("Mufti Kaso", "person", 100), ("Coronel Reshen", "person", 100),
                   ("Spokesperson Office", "organization", 100), ("Coronel Pringles", "place", 100)], out


@pytest.mark.model
def test_spokesperson_in_a_coordination(nlp):
    text = ("On May 4, the party's Executive Secretary Tavo Reshen and Spokesperson Arin Batto were "
            "detained in Velmora, the capital of Tarsania. Police released Reshen two days later.\n")
    ents = entities_of(text, nlp)
    _check_spans(text, ents)
    persons = {e.name for e in ents if e.type == "person"}
    assert persons == {"Tavo Reshen", "Arin Batto"}, persons
