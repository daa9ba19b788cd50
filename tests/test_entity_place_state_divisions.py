"""Issue 14, places (t-places49): a name written before the lower-case word of a state's or a division's kind is a
place — typed a body by the model ("attacked Velmar, the capital of Tovo state", "in Wombi, Kentsum division of the
Northwest Region": ``kind_nouns.nouns``, ``places/kind_nouns.py``) or held by no candidate ("in the Nkoru subdivision
of the Northwest Region": ``kind_noun_finds.extra_nouns``, ``places/kind_noun_finds.py``); a kind word joined by a
hyphen is a modifier's piece ("state-run"). The class was judged on unread reports in the round's record
(docs/rounds, t-places49). Sentences written for these tests; the names are made up."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.places.kind_noun_finds import kind_noun_finds
from rightsledger.extract.entities.places.kind_nouns import before_kind_noun, kind_noun_places

from .test_entities import typed_entities as _typed


def _cand(text: str, name: str, type_: str = "organization", label: str = "ORG") -> Cand:
    s = text.index(name)
    return Cand(s, s + len(name), name, label, type=type_)


@pytest.mark.parametrize(("text", "name"), [
    ("Rebels attacked Velmar, the capital of Tovo state, on April 19.", "Tovo"),
    ("Gunmen abducted four herders in Wombi, Kentsum division of the Northwest Region.", "Kentsum"),
    ("Fighting continued in Upper Dorvan, Kessel, and Amity states.", "Amity"),
    ("Militants attacked Tessa in Kweli subdivision in the Far North Region.", "Kweli"),
])
def test_a_name_before_a_state_or_division_word(text, name):
    assert before_kind_noun(text, name) is True


@pytest.mark.parametrize(("text", "name"), [
    ("The Velnet state-run channel broadcast the speech.", "Velnet"),      # a modifier's piece
    ("Police beat traders at the Korvik district-level office.", "Korvik"),
    ("The Tovo State Assembly met in March.", "Tovo"),                     # capitalised: part of a name
])
def test_no_kind_word_joined_by_a_hyphen_or_capitalised(text, name):
    assert before_kind_noun(text, name) is False


def test_bodies_before_a_state_or_division_word_are_places():
    text = ("Rebels attacked Velmar, the capital of Tovo state. Soldiers killed two men in Gorsi, Boyel division of "
            "the Northwest Region.")
    cands = [_cand(text, "Tovo"), _cand(text, "Boyel")]
    assert [c.type for c in kind_noun_places(text, cands, set())] == ["place", "place"]


def test_a_subdivision_nothing_holds_is_found():
    text = "In March in the Nkoru subdivision of the Northwest Region, soldiers killed two men."
    out = kind_noun_finds(text, [], set(), [])
    assert [(c.text, c.type) for c in out] == [("Nkoru", "place")]


@pytest.mark.parametrize("text", [
    "The Orvan Trafficking division of the police opened 12 cases.",     # a body's unit: "division" is not read
    "The Member states of the union voted in May.",                     # nor "state"
    "The Velnet state-run channel broadcast the speech.",
])
def test_no_state_or_division_found_where_nothing_stands(text):
    assert kind_noun_finds(text, [], set(), []) == []


@pytest.mark.model
def test_extraction_makes_places_of_states_and_divisions(nlp):
    types = _typed("Rebels attacked Velmar, the capital of Tovo state, on April 19.\n\n"
                   "In March in the Nkoru subdivision of the Northwest Region, soldiers killed two men.\n\n"
                   "Soldiers killed two men in Gorsi, Boyel division of the Northwest Region, on June 9.", nlp)
    for name in ("Tovo", "Nkoru", "Boyel"):
        assert types.get(name) == "place", types
