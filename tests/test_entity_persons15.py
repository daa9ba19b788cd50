"""Issue 14, round t-ents15: persons annotated on six unread reports of large countries before the
system ran, and the name bugs seen in round t-ents14. Sentences written for these tests (fictional
names)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.common import _person_shape

from .test_entities import _check_spans, entities_of


def test_a_middle_initial_is_no_acronym():
    """"W." is all capitals but a name's initial, not an acronym like "UN" (bug C of t-ents14:
    the whole name was dropped)."""
    assert _person_shape("Ilan W. Tarvo")
    assert _person_shape("Mira K. L. Oduya")
    assert not _person_shape("Ilan UN Tarvo")
    assert not _person_shape("NGO")


@pytest.mark.model
def test_a_name_with_a_middle_initial_in_text(nlp):
    text = ("The country is a federation. In March voters elected Ilan W. Tarvo president in a "
            "free election. Police detained the journalist Mira K. Oduya in May.\n")
    ents = entities_of(text, nlp)
    _check_spans(text, ents)
    persons = {e.name for e in ents if e.type == "person"}
    assert {"Ilan W. Tarvo", "Mira K. Oduya"} <= persons, persons
