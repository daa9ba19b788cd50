"""The shared whole-word occurrence finder of the entity rules (extract/entities/occurrences.py, t-house29):
the boundary cases each of its five callers needs. Fictional text."""
from __future__ import annotations

import re

import pytest

from rightsledger.extract.entities.occurrences import APOSTROPHES, HYPHEN, occurrences

TEXT = "Tarsi-Vel and Tarsi’s camp, anti-Tarsi Tarsians, d'Tarsi, Tarsi Tarsi_x Tarsi"


def starts(text: str, name: str, **kw) -> list[int]:
    return [s for s, _ in occurrences(text, name, **kw)]


def test_spans_are_the_name():
    assert all(TEXT[s:e] == "Tarsi" for s, e in occurrences(TEXT, "Tarsi"))


@pytest.mark.parametrize("joiners, at_end, expected", [
    # persons/placed.py: letters, digits and "_" only; "Tarsi-Vel", "Tarsi’s", "anti-Tarsi", "d'Tarsi" count
    ("", True, [0, 14, 33, 51, 58, 72]),
    # places/fronts.py, places/unplaced.py: a hyphen joins too (not "Tarsi-Vel", not "anti-Tarsi")
    (HYPHEN, True, [14, 51, 58, 72]),
    # bodies/facility_names.py: a hyphen or an apostrophe joins (no possessive, no elision)
    (HYPHEN + APOSTROPHES, True, [58, 72]),
    # bodies/not_peoples.py: the start only ("Tarsi-Vel", "Tarsi’s", "Tarsians", "Tarsi_x" begin with it)
    (HYPHEN + APOSTROPHES, False, [0, 14, 39, 58, 64, 72]),
])
def test_each_callers_boundary(joiners, at_end, expected):
    assert starts(TEXT, "Tarsi", joiners=joiners, at_end=at_end) == expected


def test_start_and_end_of_text_are_boundaries():
    assert occurrences("Tarsi", "Tarsi") == [(0, 5)]
    assert occurrences("Tarsi-", "Tarsi", joiners=HYPHEN) == []
    assert occurrences("Tarsi-", "Tarsi", joiners=HYPHEN, at_end=False) == [(0, 5)]


def test_inside_a_longer_word_is_no_occurrence():
    assert occurrences("the Tarsians and Kotarsi and Tarsi1", "Tarsi") == []
    assert occurrences("Ditarsi", "tarsi") == []


def test_non_ascii_letters_join():
    # letters of any script are word characters: "Tarsié", "éTarsi", "Тarsi" are not "Tarsi"
    assert occurrences("Tarsié éTarsi ЖTarsi Tarsi", "Tarsi") == [(21, 26)]
    assert occurrences("in Łódź-Vel and Łódź, Łódźa", "Łódź", joiners=HYPHEN) == [(16, 20)]


def test_the_name_may_end_in_a_non_word_character():
    # "Kel St." then a full stop: the character after it is checked, not the name's own last one
    assert occurrences("near Kel St. and Kel St.x", "Kel St.") == [(5, 12)]


def test_case_is_kept():
    assert occurrences("tarsi TARSI", "Tarsi") == []


def test_no_overlap_like_finditer():
    # a kept occurrence hides one that begins inside it; a rejected one does not
    for text, name, joiners in [("Ana Ana Ana", "Ana Ana", ""), ("xAna Ana Ana", "Ana Ana", ""),
                                ("Bo-Bo-Bo Bo-Bo", "Bo-Bo", HYPHEN)]:
        j = re.escape(joiners)
        pattern = rf"(?<![\w{j}]){re.escape(name)}(?![\w{j}])"
        assert occurrences(text, name, joiners=joiners) == [m.span() for m in re.finditer(pattern, text)]


def test_empty_name_has_none():
    assert occurrences("Tarsi", "") == []
