"""Issue 14, places (t-places44): a place name closed by a capitalised plural kind word is one place, named in the
singular, whatever the plural's form.

- an irregular plural ("Counties", "Municipalities", "Territories") reduces to its singular, so "Wessel Counties"
  (the last of "Mandra and Wessel Counties") and the report's "Wessel County" are one record, not two records named
  "Wessel County" (the base's ``forms`` stripped an "s" only: "countie");
- "States", "Townships" and "Oblasts" (``place_name_plurals``) name the place in the singular ("North Orvo States"
  → "North Orvo State", alias "North Orvo States"), but a country keeps its name ("the United States"), and the
  votes do not read that table (an all-generic "Member States" stays no name).

Sentences written for these tests (fictional places: Mandra, Wessel, Tarn Nile, Orvo, Kesh, Dalmar).
"""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.lexicon import PLACE_NAME_PLURALS, PLACE_PLURALS
from rightsledger.extract.entities.places.forms import bare_form, singular_kind

from .test_entities import entities_of


def test_singular_kind_reduces_the_closing_plural_kind_word():
    assert singular_kind("Wessel Counties") == "Wessel County"
    assert singular_kind("Dalmar Municipalities") == "Dalmar Municipality"
    assert singular_kind("Kesh Territories") == "Kesh Territory"
    assert singular_kind("North Orvo States") == "North Orvo State"
    assert singular_kind("Maundar Townships") == "Maundar Township"
    assert singular_kind("Tarn Oblasts") == "Tarn Oblast"
    assert singular_kind("Lomami Provinces") == "Lomami Province"


def test_singular_kind_leaves_other_names():
    assert singular_kind("Wessel County") == "Wessel County"
    assert singular_kind("States") == "States"             # a kind word alone is no name of a place
    assert singular_kind("Wessel counties") == "Wessel counties"   # lower case: no part of the name
    assert singular_kind("Kessin Statesman") == "Kessin Statesman"


def test_a_record_name_takes_the_plural_kind_word_in_any_case():
    """One singularizer serves the linking (capitalised kind words only) and the record's name (any case: the
    name is already a place's, "Lomami provinces" of a list is the place "Lomami Province")."""
    assert singular_kind("Wessel counties", any_case=True) == "Wessel County"
    assert singular_kind("Lomami PROVINCES", any_case=True) == "Lomami Province"
    assert singular_kind("Wessel County", any_case=True) == "Wessel County"
    assert singular_kind("States", any_case=True) == "States"
    assert singular_kind("Kessin Statesman", any_case=True) == "Kessin Statesman"


def test_bare_forms_of_irregular_plurals():
    assert bare_form("Wessel Counties") == bare_form("Wessel County") == "wessel"
    assert bare_form("the Dalmar Municipalities") == "dalmar"
    assert bare_form("Kessin States") == "kessin"


def test_the_votes_table_is_unchanged():
    """"states" is read by the record's name and the linking only: ``place_plurals`` (the votes') lacks it."""
    assert "states" not in PLACE_PLURALS
    assert PLACE_NAME_PLURALS["states"] == "State"
    assert PLACE_NAME_PLURALS["counties"] == "County"


@pytest.fixture(scope="module")
def counties(nlp):
    return entities_of("Officials visited Mandra and Wessel Counties. In Wessel County, floods displaced families.",
                       nlp)


def test_an_irregular_plural_and_its_singular_are_one_place(counties):
    wessel = [e for e in counties if "Wessel" in e.name]
    assert len(wessel) == 1, [(e.type, e.name, e.aliases) for e in counties]
    assert wessel[0].type == "place" and wessel[0].name == "Wessel County"
    assert "Wessel Counties" in wessel[0].aliases
    assert wessel[0].name not in wessel[0].aliases


def test_a_states_name_is_named_in_the_singular(nlp):
    ents = entities_of("Children worked in mines, particularly in Tarn Nile, Blue Tarn, West Orvo, and North Orvo "
                       "States.", nlp)
    orvo = [e for e in ents if e.name.startswith("North Orvo")]
    assert len(orvo) == 1 and orvo[0].type == "place"
    assert orvo[0].name == "North Orvo State"
    assert "North Orvo States" in orvo[0].aliases


def test_a_country_keeps_its_plural_name(nlp):
    ents = entities_of("Refugees from Velmora reached Canada and the United States in May.", nlp)
    names = {e.name for e in ents if e.type == "place"}
    assert "United States" in names and "United State" not in names
