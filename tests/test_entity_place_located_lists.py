"""Issue 14, places (t-places40): the names of a serial list closed by "in" and the place that holds them are
places, where one name of the list is a place already ("in the areas of Velmi, Orsa du Kant, and Tavrelle in the
Korvi Region"; ``extract/entities/places/located_lists.py``). The class was judged on unread reports (Sections
2–7) in docs/rounds/2026-12-29-02-t-places40.md. Sentences written for these tests; the names are made up."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.places.located_lists import located_list_places

from .test_entities import typed_entities as _typed


def _cand(text: str, name: str, type_: str = "place", label: str = "GPE") -> Cand:
    s = text.index(name)
    return Cand(s, s + len(name), name, label, type=type_)


def _added(text: str, cands: list[Cand]) -> list[str]:
    out = located_list_places(text, cands, [(0, len(text))])
    return sorted(c.text for c in out[len(cands):])


def test_the_uncovered_names_of_a_located_list_are_places():
    text = ("Families remained displaced in the areas of Velmi, Orsa du Kant, and Tavrelle in the Korvi Region.")
    cands = [_cand(text, "Velmi"), _cand(text, "Korvi Region"), _cand(text, "Orsa du Kant", "person", "PERSON")]
    assert _added(text, cands) == ["Tavrelle"]               # the name typed person keeps its type


def test_a_list_after_a_semicolon():
    text = "Monitors visited prisons in Adro in the Center Region; Bessul, Dorne, and Amvik in the East Region."
    cands = [_cand(text, "Adro"), _cand(text, "Center Region"), _cand(text, "Dorne"), _cand(text, "East Region")]
    assert _added(text, cands) == ["Amvik", "Bessul"]


def test_a_particle_name_uncovered_is_whole():
    text = "Clashes hit Velmi, Orsa du Kant, and Tavrelle in the Korvi Region."
    cands = [_cand(text, "Velmi"), _cand(text, "Korvi Region")]
    assert _added(text, cands) == ["Orsa du Kant", "Tavrelle"]


@pytest.mark.parametrize(("text", "cands"), [
    # no place in the list: names of persons arrested in a town
    ("Police arrested Darro Venk, Ilsa Marrow, and Tobin Ashe in Korvi.", ["Korvi"]),
    # the closing name is no place candidate
    ("Velmi, Dorne, and Tavrelle in the Korvi Basin Accord were named.", ["Velmi"]),
    # two names only: list_rest.py's rule, not this one
    ("Clashes hit Velmi and Tavrelle in the Korvi Region.", ["Velmi", "Korvi Region"]),
    # no "in" after the list
    ("Clashes hit Velmi, Dorne, and Tavrelle near the Korvi Region.", ["Velmi", "Korvi Region"]),
])
def test_no_place_added(text, cands):
    assert _added(text, [_cand(text, n) for n in cands]) == []


def test_ordinary_words_and_acronyms_of_a_list_stay_out():
    text = "Offices of Health, Education, and the UNHR in the Korvi Region closed; Velmi was spared."
    cands = [_cand(text, "Korvi Region"), _cand(text, "Velmi")]
    assert _added(text, cands) == []


@pytest.mark.model
def test_extraction_makes_places_of_a_located_lists_names(nlp):
    text = "Families displaced by the floods remained in the areas of Dabrou, Bamako, and Yelmano in the Kayes Region."
    types = _typed(text, nlp)
    for name in ("Dabrou", "Bamako", "Yelmano", "Kayes Region"):
        assert types.get(name) == "place", types
