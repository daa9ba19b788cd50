"""Issue 14, places (t-places46): a list whose items carry a parenthesised aside is a place's frame for
``places/unplaced.py``. A place no gazetteer knows that the report writes only as an item of such a list
("those in Korra Plain (821 percent over capacity), Velmo Basin (645 percent), …", "gangs took
Dunmere (2017), Ashgate (2018), and Vell Quay (2019)") was dropped as never written in a place's frame: the
aside stood between it and the place beside it. The list is read through up to four such items to the
nearest place mention, on either side.

Sentences written for these tests (a fictional country, Tarsania); the shape was judged on unread 2020
Philippines, 2021 North Korea, 2022 Haiti and 2022 Burma: docs/rounds/2026-12-31-06-t-places46.md.
"""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.places.unplaced import in_place_frame, places_with_frames

from .test_entities import entities_of
from .test_entity_places_unplaced import _group

_JAILS = ("The audit named the most crowded jails: those in Korra Plain (821 percent over capacity), Velmo "
          "Basin (645 percent), Tarsk Hills (611 percent), Orvath (513 percent), and Lower Dunn (507 percent).")
_QUARTERS = ("Rival gangs took Dunmere (2017), Ashgate (2018), Vell Quay (2019), "
             "and Brask End (2020), one a year.")
_CAMPS = "The institute identified the camps as Hollen (Camp 14), Marrow (Camp 15), and Tessbury (Camp 16)."


def _frame(text: str, name: str, place: str) -> bool:
    """Is ``name`` in a place's frame when ``place`` is the report's only other place mention?"""
    s, p = text.index(name), text.index(place)
    return in_place_frame(text, s, s + len(name), [(p, p + len(place))])


@pytest.mark.parametrize("text, name, place", [
    (_JAILS, "Velmo Basin", "Korra Plain"),    # right after the place's aside
    (_JAILS, "Tarsk Hills", "Korra Plain"),    # two items on
    (_JAILS, "Lower Dunn", "Korra Plain"),     # four items on, after ", and"
    (_QUARTERS, "Dunmere", "Vell Quay"),       # the place further on in the list
    (_QUARTERS, "Ashgate", "Brask End"),
    (_CAMPS, "Hollen", "Tessbury"),            # an aside that is no number
])
def test_an_item_of_a_list_with_asides_is_in_a_place_frame(text, name, place):
    assert _frame(text, name, place)


@pytest.mark.parametrize("text, name, place", [
    # the place is more than four items away
    ("Sites: Korra Plain (1), Abel (2), Bron (3), Cade (4), Dorn (5), and Velmo Basin (6).", "Velmo Basin",
     "Korra Plain"),
    # no list: the aside is followed by a verb, not by a separator
    ("Korra Plain (a district) reported that Velmo Basin officials resigned.", "Velmo Basin", "Korra Plain"),
    # a lower-case word between the items breaks the list
    ("Korra Plain (2017), then the Velmo Basin (2018).", "Velmo Basin", "Korra Plain"),
])
def test_other_stretches_are_no_list(text, name, place):
    assert not _frame(text, name, place)


def test_the_list_keeps_the_group_and_a_plain_list_still_needs_a_place():
    places = [_group(_JAILS, n) for n in ("Korra Plain", "Velmo Basin", "Lower Dunn")]
    assert len(places_with_frames(_JAILS, places)) == 3
    alone = "The paper listed three titles: Le Vigile (1998), Umwezi (2001), and Dawn (2004)."
    assert places_with_frames(alone, [_group(alone, "Umwezi")]) == []


@pytest.mark.model
def test_items_of_a_list_with_asides_end_to_end(nlp):
    """With the model: the regions of the audit's list stay places (dropped on the base)."""
    text = ("The audit commission named the most overcrowded detention centers: those in Zamboanga Peninsula "
            "(821 percent over capacity), Tarsk Hills (645 percent), Velmo Basin (611 percent), and Korra "
            "Plain (507 percent).")
    places = {e.name for e in entities_of(text, nlp) if e.type == "place"}
    assert {"Tarsk Hills", "Velmo Basin"} <= places
