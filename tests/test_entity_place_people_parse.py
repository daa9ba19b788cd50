"""Issue 14, places (t-places11): a people's one-word name is no place where the sentence shows it
to be a people — a conjunct among nationalities, a list in apposition to "ethnic groups", the
subject of "are a group of people" (``extract/entities/places/people_parse.py``). Seen on unread
reports annotated before the run (2022 Serbia, 2018 Zambia; t-places10's 2020 Kenya;
docs/rounds/2026-12-15-06-t-places11.md). Sentences written for these tests; "Tonga" and "Lunda"
stand for a people that shares its name with a country or a town the gazetteer knows."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from rightsledger.extract.entities.places.people_parse import people_spans

from .test_entities import typed_entities as _typed

pytestmark = pytest.mark.model


def _peoples(text: str, nlp) -> list[str]:
    ap = SimpleNamespace(start=0, doc=nlp(text))
    return [text[s:e] for s, e in people_spans(ap)]


@pytest.mark.parametrize(("text", "name"), [
    ("The displaced persons were mostly Serbs, Egyptians, Velari, and Bosniaks who left the region "
     "in 1999.", "Velari"),
    ("The country has six major ethnic groups–Orrin, Tavassi, Lunda, and Tonga–and 40 smaller "
     "ethnic groups.", "Tonga"),
    ("The Orrin are a group of people who live in the northern hills.", "Orrin"),
    ("The Tavassi are an ethnic minority of about 20,000 persons.", "Tavassi"),
])
def test_a_people_by_the_parse(nlp, text, name):
    assert name in _peoples(text, nlp)


@pytest.mark.parametrize("text", [
    "Refugees came mainly from Syria, Iraq, Eritrea, and Somalia.",                   # countries only
    "Officials of Kenya, Uganda, and Tanzania met Ethiopian and Somali delegates.",   # adjectives apart
    "Tonga is a group of islands in the Pacific.",                                    # "group" unqualified
    "The ministry opened offices in Lunda, Tavassi, and the capital.",                # places
])
def test_no_people_by_the_parse(nlp, text):
    assert _peoples(text, nlp) == []


def test_peoples_are_no_places(nlp):
    text = ("The country has six major ethnic groups–Orrin, Tavassi, Lunda, and Tonga–and 40 smaller "
            "ethnic groups. The displaced persons were mostly Serbs, Egyptians, Ashkali, and Bosniaks "
            "who left the region in 1999.")
    types = _typed(text, nlp)
    assert types.get("Tonga") != "place" and types.get("Kingdom of Tonga") != "place"
    assert types.get("Ashkali") != "place"


def test_a_country_named_as_a_place_stays(nlp):
    text = ("The country has six major ethnic groups–Orrin, Tavassi, Lunda, and Tonga–and 40 smaller "
            "ethnic groups. In May the minister visited Tonga and Fiji to discuss fisheries.")
    types = _typed(text, nlp)
    assert "place" in {types.get("Tonga"), types.get("Kingdom of Tonga")}
