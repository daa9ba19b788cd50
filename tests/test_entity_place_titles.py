"""Issue 14, round t-ents48: a place's name and a capitalised title glued before a person's name in one
span of the model ("Oruro Governor Hope Velasko", "former Cusco Governor Tomas Arean", "Kisumu Roman
Catholic Archbishop Alick Marrel") — the person's name starts at the title, the title is the person's
role (read on the unread 2022 Mexico, 2023 Nigeria and 2022 Zambia). A body's name before the title, a
word the gazetteer does not know first, a single word after the title, a body's head word after it stay
as they were. Sentences written for these tests (fictional persons; real towns and regions, which the
gazetteer must know)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.titles.place_fronts import place_title_start

from .test_entities import typed_entities as _typed


def _after_title(name: str) -> str | None:
    start = place_title_start(name, 0, len(name))
    return None if start is None else name[start:]


def test_the_name_starts_at_the_title_after_a_place():
    assert _after_title("Oruro Governor Hope Velasko") == "Governor Hope Velasko"
    assert _after_title("Cusco Governor Tomas Arean") == "Governor Tomas Arean"
    assert _after_title("Kisumu Roman Catholic Archbishop Lino Marrel") == "Archbishop Lino Marrel"
    assert _after_title("Kenya President Dova Lia Moro") == "President Dova Lia Moro"


def test_other_spans_with_a_title_inside_stay():
    for name in ("Ministry of Justice Director General Jane Arean",   # a body first (``cut_titles``)
                 "Velmar Governor Hope Velasko",                        # no place the gazetteer knows first
                 "Mombasa President Arean",                             # one word after the title
                 "Tarija Police Commissioner Lino Marrel",              # a body's head word before the title
                 "Oruro Governor Lino Foundation",                      # a body's head word after it
                 "Cusco Very Old Roman Catholic Archbishop Lino Marrel",   # too many words between
                 "Governor Hope Velasko"):                              # no place: ``strip_titles`` alone
        assert _after_title(name) is None, name


@pytest.mark.model
def test_the_holder_is_a_person_in_the_pipeline(nlp):
    # the base made one body "Marrel" of these two sentences and no person
    text = ("In a September pastoral letter, Kisumu Roman Catholic Archbishop Alick Marrel expressed concern "
            "regarding the increase in attacks. Marrel criticized the police.\n")
    types = _typed(text, nlp)
    assert types.get("Alick Marrel") == "person", types
    assert "organization" not in types.values(), types
    assert not any(name.startswith("Kisumu") for name in types), types
