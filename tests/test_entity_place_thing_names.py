"""Issue 14, places (t-ents23): a name taken for a place that no gazetteer knows,
every mention of which stands right before a lower-case noun of a thing that is no place — a
disease, a court case, a law or custom, a court, an attack (``[thing_names]`` in places.toml) — is
no place (``extract/entities/places/thing_names.py``); a country and a known town stay places, and
so does a name written once on its own.

Sentences written for these tests (a fictional country, Tarsania); the shape was read on five dev
reports: see docs/rounds/2026-12-18-13-t-ents23.md.
"""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.places.thing_names import thing_names_not_places

from .test_entities import _find, _types, entities_of


def _place(text: str, name: str, label: str = "GPE", nth: int = 0) -> Cand:
    s = -1
    for _ in range(nth + 1):
        s = text.index(name, s + 1)
    return Cand(s, s + len(name), name, label, type="place")


@pytest.mark.parametrize("text", [
    "Exports stopped for fear of Tarn Valley fever in the herds.",
    "A court dismissed charges in the so-called Lindra case in May.",
    "Chiefs were appointed under Orvish law and custom.",
    "Hotels reported guests to the police after the Brask attack in March.",
    "Families filed suit in Velm Provincial court against two officers.",
])
def test_a_name_before_a_thing_noun_is_no_place(text):
    name = next(w for w in ("Tarn Valley", "Lindra", "Orvish", "Brask", "Velm Provincial") if w in text)
    assert thing_names_not_places(text, [_place(text, name)], None) == []


def test_kept_when_a_mention_stands_alone_a_rule_found_it_or_the_gazetteer_knows_it():
    text = "Herders feared Lindra fever. Ten families left Lindra in June."
    both = [_place(text, "Lindra"), _place(text, "Lindra", nth=1)]
    assert thing_names_not_places(text, both, None) == both            # once on its own: kept
    text = "Police closed the town of Lindra after the Lindra attack."
    ruled = [_place(text, "Lindra", label="TOWN")]
    assert thing_names_not_places(text, ruled, None) == ruled          # the gazetteer's town rule found it
    text = "The detainees were tried under Kenya law."
    known = [_place(text, "Kenya")]
    assert thing_names_not_places(text, known, None) == known          # a country
    text = "The Nairobi court heard the case."
    town = [_place(text, "Nairobi")]
    assert thing_names_not_places(text, town, None) == town            # a known town
    text = "The Almaty Region court heard the case."
    region = [_place(text, "Almaty Region")]
    assert thing_names_not_places(text, region, None) == region        # a known town's region (lead's fix:
    # the gazetteer gives "X Region" no population; "the Almaty Region court" of the seed fixture was lost)
    text = "Rebels attacked Velmora army posts."
    other = [_place(text, "Velmora")]
    assert thing_names_not_places(text, other, None) == other          # no thing's noun after it


THINGS = """\
In March the ministry banned cattle exports for fear of Tarn Valley fever.

A court dismissed charges against 12 officials in the so-called Lindra case.

Hotels reported suspicious guests to the police after the Brask attack on October 7.
"""


@pytest.mark.model
def test_names_before_a_thing_noun_are_no_places(nlp):
    """Fails without the rule where the model takes these names for places; a town the report
    names on its own stays a place."""
    ents = entities_of(THINGS, nlp)
    for name in ("Tarn Valley", "Lindra", "Brask"):
        assert _find(ents, name, "place") is None, _types(ents)
    ents = entities_of("Soldiers detained two farmers in Kessaline in May.", nlp)
    assert _find(ents, "Kessaline", "place") is not None, _types(ents)
