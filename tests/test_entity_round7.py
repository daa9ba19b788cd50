"""Issue 14, round 7: words that are not bodies though the model tags them as organisations. An
adjective at the start of a sentence or before its noun ("Spousal rape", "a Koranic teacher"), a
people's name before "man"/"woman" ("a Bassu man"), a currency written after an amount or before
"francs" ("157 million CFA"), and an acronym the report defines as a place ("Central African
Republic (CAR)"), which stays that place wherever it stands. Sentences written for these tests
(a report on a fictional Tarsania)."""
from __future__ import annotations

import pytest

from .test_entities import _check_spans, _names, _types, entities_of

TEXT = """\
Spousal rape is neither punished nor regarded as a crime. Many parents sent young boys to live \
with a Koranic teacher for instruction. On September 27, a Bassu man argued with his neighbor \
over a plot of land.

The minimum wage is 50,000 CFA francs per month. The ransom paid was approximately five million \
CFA ($11,000). The Tarsanian League for Human Rights said the police beat the detainees. In 2009 UNICEF \
reported that 300 children were recruited.

About 70,000 refugees from the neighboring Central African Republic (CAR) lived in the south. \
Soldiers burned villages in CAR in support of herders, and the army withdrew from CAR in March.
"""


@pytest.fixture(scope="module")
def tarsania(nlp):
    return entities_of(TEXT, nlp, code="TD", year=2009, doc_id="tarsania7")


def test_adjectives_are_not_bodies(tarsania):
    names = {e.name for e in tarsania}
    assert "Spousal" not in names and "Koranic" not in names


def test_people_before_man_is_not_a_body(tarsania):
    assert "Bassu" not in {e.name for e in tarsania}


def test_currency_is_not_a_body(tarsania):
    assert "CFA" not in {e.name for e in tarsania}
    assert {"Tarsanian League for Human Rights", "UNICEF"} <= _names(tarsania, "organization")


def test_defined_place_acronym_stays_a_place(tarsania):
    assert "CAR" not in _names(tarsania, "organization")
    car = [e for e in tarsania if e.name == "Central African Republic"]
    assert car and "CAR" in car[0].aliases and len(car[0].mentions) == 4, _types(tarsania)
    assert "CAR" not in _names(tarsania, "place")


def test_spans(tarsania):
    _check_spans(TEXT, tarsania)
