"""Word-table gaps seen on unread text (round t-tidy14): "Ayatollah" and "Maulana" are titles before
a person's name, not part of it; a name right before "airstrip" names the airstrip, a facility, and
is no entity (like "Ngozi Prison"). Sentences written for these tests (a fictional Tarsania)."""
from __future__ import annotations

import pytest

from .test_entities import _check_spans, _names, entities_of

pytestmark = pytest.mark.model

TEXT = """\
In May police arrested Ayatollah Hossein Karimzadeh in Tarsa City after a sermon. In June security \
forces detained Maulana Abdul Rahim Qasmi, a cleric from Belvar, and Maulana Qasmi's two sons.

In August militants attacked soldiers near the Velgara airstrip. Government troops later retook \
Korvela airstrip from the militants.
"""


def test_religious_titles_are_not_part_of_the_name(nlp):
    ents = entities_of(TEXT, nlp)
    _check_spans(TEXT, ents)
    persons = _names(ents, "person")
    assert {"Hossein Karimzadeh", "Abdul Rahim Qasmi"} <= persons
    assert not any(p.startswith(("Ayatollah", "Maulana")) for p in persons)


def test_a_name_before_airstrip_names_a_facility(nlp):
    ents = entities_of(TEXT, nlp)
    named = {e.name for e in ents}
    assert not {"Velgara", "Korvela"} & named
