"""Issue 14, places (t-places19): a people's name before a lower-case place noun is no place when
the noun is a people's — a plural ("Tarsi villages"), after "ethnic" ("an ethnic Velmar region"),
or "town of" ("the Tarsi town of Ombrel") — and the report uses the name as a people ("Tarsi
women"); ``extract/entities/places/people_nouns.py``. Seen on unread reports judged before the rule
(2023 Armenia, 2019 Georgia, 2016 Israel; docs/rounds/2026-12-25-20-t-places19.md). Sentences
written for these tests; the names are invented."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.places.people_nouns import peoples_place_noun

from .test_entities import typed_entities as _typed


def _at(text: str, name: str) -> bool:
    start = text.index(name)
    return peoples_place_noun(text, start, start + len(name))


@pytest.mark.parametrize(("text", "name"), [
    ("Residents of some Tarsi villages reported land disputes.", "Tarsi"),
    ("Families in Kovel (an ethnic Velmar region) worked on distant pastures.", "Velmar"),
    ("They were resettled to the nearby Tarsi town of Ombrel.", "Tarsi"),
    ("Schools in Indigenous Orrin communes lacked teachers.", "Orrin"),
])
def test_a_peoples_place_noun(text, name):
    assert _at(text, name)


@pytest.mark.parametrize(("text", "name"), [
    ("Police raided the Mbeleko neighborhood at night.", "Mbeleko"),     # one place's noun
    ("Fighting spread to the Kovel region of the country.", "Kovel"),      # "region of" is a place's
    ("Mbeleko women marched to the capital.", "Mbeleko"),                  # no place noun at all
])
def test_no_peoples_place_noun(text, name):
    assert not _at(text, name)


@pytest.mark.model
def test_a_people_with_villages_is_no_place(nlp):
    text = ("Residents of some Tarsi villages in the north reported land disputes with officials. "
            "The ombudsman said Tarsi women were at times subjected to violence. Tarsi children "
            "struggled in school because instruction was in the state language.")
    assert _typed(text, nlp).get("Tarsi") != "place"


@pytest.mark.model
def test_an_ethnic_region_is_no_place(nlp):
    text = ("Some families in rural Kovel Province (an ethnic Velmar region) worked on distant "
            "pastures for six months a year. A significant ethnic Velmar population lived there.")
    assert _typed(text, nlp).get("Velmar") != "place"


@pytest.mark.model
def test_a_neighborhood_stays_a_place(nlp):
    text = ("Police raided the Mbeleko neighborhood of the capital in March. Mbeleko families said "
            "officers beat residents during the raid.")
    assert _typed(text, nlp).get("Mbeleko") == "place"
