"""Issue 14, places (t-places23): a list of three names or more framed as a list of places needs one
place for the rest of its names to be places (``places/list_frames.py``, ``places/list_rest.py``).

- right after a place preposition: "in Velmora, Orsk, and Tarnis" with one place among them;
- right after "in the", a lower-case kind after the list: "in the Orsk, Lindava, Velmora, and Brask
  communities", where the one place is a place candidate elsewhere in the report;
- right after a plural place kind and "(": "in nine towns (Velmora, Orsk, Tarnis, Lindava, Brask,
  Kessel, Quell, Amsel, and Dorn)", four of nine places;
- untouched: a list with no place, a list of facilities ("… and Dorn prisons"), camps' names ("three
  camps (A, B, and C)"), a list with no frame ("visited Velmora, Orsk, and Tarnis": two places and half
  the list were and are needed), a name typed otherwise.

Sentences written for these tests (a fictional country, Tarsania).
"""
from __future__ import annotations

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.places.list_frames import framed_as_places
from rightsledger.extract.entities.places.list_rest import complete_place_lists
from rightsledger.extract.entities.places.lists import list_items

from .conftest import cand_at


def _place(text: str, name: str, start: int = 0) -> Cand:
    s = text.index(name, start)
    return Cand(s, s + len(name), name, "GPE", type="place")


def _added(text: str, *cands: Cand) -> list[str]:
    got = complete_place_lists(text, list(cands), [(0, len(text))])
    return [c.text for c in got[len(cands):]]


def _items(text: str, first: str, last: str) -> list[tuple[int, int]]:
    s = text.index(first)
    return list_items(text, s, text.index(last, s) + len(last))


def test_one_place_after_a_preposition_is_enough():
    text = "Parents of students in Velmora, Orsk, and Tarnis asked for classes in their language."
    assert _added(text, _place(text, "Velmora")) == ["Orsk", "Tarnis"]


def test_in_the_list_before_a_kind_with_a_place_named_elsewhere():
    text = ("Shelling hit Lindava and Quell. Investigators exhumed bodies in the Orsk, Lindava, Velmora, "
            "and Brask communities.")
    assert _added(text, _place(text, "Lindava"), _place(text, "Quell")) == ["Orsk", "Lindava", "Velmora", "Brask"]


def test_plural_kind_and_parenthesis():
    text = ("Militias seized nine towns (Velmora, Orsk Bay, Tarnis, Lindava, Brask, Kessel, Quell, Amsel, "
            "and Dorn) of the Northern Region.")
    placed = [_place(text, n) for n in ("Velmora", "Orsk Bay", "Tarnis", "Kessel")]
    assert _added(text, *placed) == ["Lindava", "Brask", "Quell", "Amsel", "Dorn"]


def test_a_name_typed_otherwise_keeps_its_type():
    text = "Aid reached families in Velmora, Orsk, and Jana Kell."
    person = cand_at(text, "Jana Kell", "person", "PERSON")
    assert _added(text, _place(text, "Velmora"), person) == ["Orsk"]


def test_no_place_no_frame_facilities_and_camps_untouched():
    no_place = "Teachers came in Velmora, Orsk, and Tarnis."
    assert _added(no_place) == []
    no_frame = "The rapporteur visited Velmora, Orsk, and Tarnis."
    assert _added(no_frame, _place(no_frame, "Velmora")) == []
    prisons = "Overcrowding was worst in Velmora, Orsk, Tarnis, and Dorn prisons."
    assert _added(prisons, _place(prisons, "Velmora")) == []
    camps = "Refugees lived in three camps (Velmora, Orsk, and Tarnis) near the border."
    assert _added(camps, _place(camps, "Velmora")) == []


def test_the_frame_itself():
    text = "They fled from the Orsk, Lindava, and Brask districts; others went to Velmora, Tarnis, and Dorn."
    assert framed_as_places(text, _items(text, "Orsk", "Brask"))
    assert framed_as_places(text, _items(text, "Velmora", "Dorn"))
    two = "They fled to Velmora and Tarnis."
    assert not framed_as_places(two, _items(two, "Velmora", "Tarnis"))   # two names: list_rest's own rule
