"""Issue 14, places (t-places5): a place the report names once more under a form the other passes
did not tie to it (``extract/entities/places/kin.py``).

- a name typed organization that is a country by the gazetteer ("citizens of the Russian
  Federation") or the name of a place of the same report ("the border with the Casamance" beside
  "the Casamance Region") is that place;
- two places of one report whose names are one letter apart are one place named two ways.

Sentences written for these tests; the patterns were seen in 2017 Azerbaijan, 2019 Guinea-Bissau,
2024 Montenegro, 2023 Comoros (bodies), 2001 Somalia, 2014 DRC, 2024 Thailand (spellings): see
docs/rounds/2026-12-12-02-t-places5.md.
"""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.places.kin import _two_known_places, bodies_named_as_places, one_letter_apart

from .test_entities import _find, _types, entities_of

BODIES = """\
In September more than 40,000 citizens of the Russian Federation lived in the country, and the \
government extended their residence permits. The registration system, which ceased after the \
breakup of the Soviet Union, still applied to displaced persons.
"""

SPELLINGS = """\
In May a landmine killed two herders near Qoryoley. Militia members in Qoroley detained three \
traders in June and released them after a week.
"""


@pytest.mark.parametrize(("a", "b", "same"), [
    ("qoryoley", "qoroley", True), ("kasai oriental", "kasai orientale", True),
    ("narathiwat", "narithiwat", True), ("grand comore", "grande comore", True),
    ("mali", "bali", False),                        # too short for a slip of spelling
    ("diffa", "diffa", False), ("tahoua", "zinder", False), ("kasai", "kasai oriental", False),
    # t-places8: a difference in the first letter of a word is another name, not a slip
    ("tien giang province", "kien giang province", False), ("bantoro", "kantoro", False),
    ("upper rondu", "upper bondu", False), ("north kandor", "north kandora", True)])
def test_one_letter_apart(a, b, same):
    assert one_letter_apart(a, b) is same


@pytest.mark.model
def test_a_body_named_as_a_country_or_a_place_of_the_report_is_the_place(nlp):
    ents = entities_of(BODIES, nlp, country="Guinea-Bissau", code="GW", year=2019)
    for name in ("Russian Federation", "Soviet Union"):
        assert _find(ents, name, "organization") is None, _types(ents)
        assert _find(ents, name, "place") is not None, _types(ents)


TWO_PROVINCES = """\
In March the authorities seized the farm of a land rights activist in Tien Giang Province. In \
April police in Kien Giang Province detained two bloggers who had posted about the seizure.
"""


@pytest.mark.model
def test_two_provinces_differing_in_their_first_letter_stay_two_places(nlp):
    """t-places7 saw "Tien Giang Province" joined to "Kien Giang Province" in an unread report (the
    gazetteer knows neither): two names that differ in their first letter are two places."""
    ents = entities_of(TWO_PROVINCES, nlp, country="Vietnam", code="VN", year=2018)
    for name in ("Tien Giang Province", "Kien Giang Province"):
        found = [e for e in ents if e.type == "place" and name in {e.name, *e.aliases}]
        assert len(found) == 1, _types(ents)
        assert not any(a.startswith(("Tien", "Kien")) and a != name for a in {found[0].name, *found[0].aliases}), _types(ents)


@pytest.mark.parametrize(("a", "b", "two"), [
    ("tarija", "tarifa", True), ("harare", "harer", True),     # known each, at two spots
    ("kaduna", "kaduma", False),                                # the second unknown: a slip
    ("ravenna", "ravenne", False)])                             # one town two ways
def test_two_forms_the_gazetteer_finds_apart(a, b, two):
    """Two names one letter apart that the gazetteer knows at two spots are two places, even when
    neither group took a gazetteer entry (t-places8)."""
    assert _two_known_places(a, b) is two


def _cand(text: str, type_: str, at: int) -> Cand:
    return Cand(at, at + len(text), text, "ORG" if type_ == "organization" else "GPE", type=type_)


def test_a_body_named_as_a_place_of_the_report_is_the_place():
    """"Rebels attacked villages in the Casamance Region. … the border with the Casamance": the
    model's body "Casamance" is the report's place; "Grand Comore" beside "Grande Comore" too; a
    body with a body's head word ("Casamance Council") or a name far from any place stays a body."""
    cands = [_cand("Casamance Region", "place", 0), _cand("Grande Comore", "place", 100),
             _cand("Casamance", "organization", 200), _cand("Grand Comore", "organization", 300),
             _cand("Casamance Council", "organization", 400), _cand("Ostravida", "organization", 500)]
    typed = {c.text: c.type for c in bodies_named_as_places(cands)}
    assert typed == {"Casamance Region": "place", "Grande Comore": "place", "Casamance": "place",
                     "Grand Comore": "place", "Casamance Council": "organization",
                     "Ostravida": "organization"}


@pytest.mark.model
def test_two_places_one_letter_apart_are_one_place(nlp):
    ents = entities_of(SPELLINGS, nlp, country="Somalia", code="SO", year=2001)
    places = [e for e in ents if e.type == "place" and {e.name, *e.aliases} & {"Qoryoley", "Qoroley"}]
    assert len(places) == 1, _types(ents)
    assert {places[0].name, *places[0].aliases} == {"Qoryoley", "Qoroley"}
