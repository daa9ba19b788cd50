"""Issue 14, round t-ents11: a name typed person does not begin with a sentence word, a title (also
plural or qualified) or a plural people's word ("Following X Y", "MPs X", "Village Head X Y",
"ethnic Xians Alan Y"; seen on four reports without gold: 2017 Cambodia, 2018 Uganda,
2021 Zimbabwe, 2022 Georgia). Sentences written for these tests (a fictional Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.persons.fronts import person_fronts

from .test_entities import _check_spans, entities_of


def _cand(text: str, type_: str = "person", start: int = 100) -> Cand:
    return Cand(start, start + len(text), text, "PERSON", type=type_)


def test_front_words_cut():
    typed = [_cand("Following Tavo Reshen"), _cand("MPs Kelso"), _cand("MPs Arin Batto"),
             _cand("Village Head Moro Tanda"), _cand("Tarsanians Alan Torva"),
             _cand("Prince Johnson"), _cand("Hans Gutmann"), _cand("Francis Okello"),
             _cand("Lilit Aramyan"), _cand("Village Head"), _cand("Tarsania", "place"),
             _cand("Following Committee", "organization")]
    out = {c.text: (c.type, c.start, c.end) for c in person_fronts(typed, {"tarsanian"})}
    assert out == {
        "Tavo Reshen": ("person", 110, 121), "Kelso": ("person", 104, 109),
        "Arin Batto": ("person", 104, 114), "Moro Tanda": ("person", 113, 123),
        "Alan Torva": ("person", 111, 121), "Prince Johnson": ("person", 100, 114),
        "Hans Gutmann": ("person", 100, 112), "Francis Okello": ("person", 100, 114),
        "Lilit Aramyan": ("person", 100, 113), "Village Head": ("person", 100, 112),
        "Tarsania": ("place", 100, 108), "Following Committee": ("organization", 100, 119),
    }, out


@pytest.mark.model
def test_people_word_before_names(nlp):
    text = ("There was no progress into the 2008 disappearances of ethnic Tarsanians Alan Torva, Ben "
            "Kuro, and Sol Pirt, and the cases remained open. The president of Tarsania promised an "
            "inquiry.\n")
    ents = entities_of(text, nlp)
    _check_spans(text, ents)
    persons = {e.name for e in ents if e.type == "person"}
    assert persons == {"Alan Torva", "Ben Kuro", "Sol Pirt"}, persons
