"""Issue 14, places (t-places27): a place named by its kind word and defined by an acronym its capitals spell
("the Velmar Highlands Autonomous Region (VHAR)") is that place, and the acronym is its acronym.

- the name is read back from the parentheses by its capitals: a possessive before them ("Region’s (OR)"),
  connectors, commas and hyphens between the words are allowed;
- its head (the last word, or the word right before "of") is a place's kind word: Region, Province,
  Territory, Territories; not State, Zone or Areas;
- no word of the name is a body's head word, but one that ends an item of a list ("Clans, Valleys,");
- every whole occurrence of the name becomes the place (the candidates there go), every candidate of the
  acronym its acronym (label "ACRO", the name as its role), the definition a mention where none stands.

Sentences written for these tests (a fictional country, Tarsania).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.places.kind_acronyms import _definitions, link_kind_place_acronyms

sys.path.insert(0, str(Path(__file__).parent))
from test_entities import entities_of  # noqa: E402
from test_entity_place_mixed_acronyms import _cand  # noqa: E402  (the same helper: a candidate at the nth occurrence)


def _run(text: str, *cands: Cand) -> list[tuple[str, str | None, str, list[str]]]:
    return [(c.text, c.type, c.label, c.roles) for c in link_kind_place_acronyms(text, list(cands))]


def test_definitions_by_structure():
    text = ("Fighting spread across the Velmar Highlands Autonomous Region (VHAR). Courts in the Orsk Region’s (OR) "
            "east closed. Northern Clans, Valleys, and Hills Region (NCVHR) voted. The Autonomous Region of Upper "
            "Tarsa (ARUT) held a census.")
    assert _definitions(text) == {
        "VHAR": ("Velmar Highlands Autonomous Region", text.index("VHAR")),
        "OR": ("Orsk Region", text.index("(OR)") + 1),
        "NCVHR": ("Northern Clans, Valleys, and Hills Region", text.index("NCVHR")),
        "ARUT": ("Autonomous Region of Upper Tarsa", text.index("ARUT"))}


def test_bodies_other_heads_and_unspelt_names_untouched():
    text = ("The Independent Rights Commission Velmar Region (IRCVR) reported. The Velmar Regional Council (VRC) met. "
            "The Islamic State (IS) attacked. Export Processing Zones (EPZ) grew. Conflict Affected Areas (CAA) "
            "were listed. The Velmar Highlands Region (VR) voted. The Velmar region (VR) voted.")
    assert _definitions(text) == {}


def test_name_and_acronym_become_the_place():
    text = ("In the Velmar Highlands Autonomous Region (VHAR), police detained 12 persons. VHAR courts "
            "acquitted them, and the governor of VHAR resigned.")
    out = _run(text, _cand(text, "Velmar Highlands", "organization", "ORG"), _cand(text, "VHAR", "organization", "ORG", 1),
               _cand(text, "VHAR", "organization", "ORG", 2))
    assert out == [("Velmar Highlands Autonomous Region", "place", "RULE_PLACE", []),
                   ("VHAR", "place", "ACRO", ["Velmar Highlands Autonomous Region"]),   # the definition, added
                   ("VHAR", "place", "ACRO", ["Velmar Highlands Autonomous Region"]),
                   ("VHAR", "place", "ACRO", ["Velmar Highlands Autonomous Region"])]


def test_every_whole_occurrence_of_the_name_is_the_place():
    text = ("Unrest hit Northern Clans, Valleys, and Hills Region in May. Detainees in Northern Clans, Valleys, and "
            "Hills Region (NCVHR) reported beatings.")
    out = _run(text, _cand(text, "Northern Clans", "organization", "RULE_ORG"), _cand(text, "Hills Region", "place", "GPE"),
               _cand(text, "Northern Clans, Valleys, and Hills Region", "organization", "RULE_ORG", 1))
    name = "Northern Clans, Valleys, and Hills Region"
    assert out == [(name, "place", "RULE_PLACE", []), (name, "place", "RULE_PLACE", []),
                   ("NCVHR", "place", "ACRO", [name])]


def test_no_definition_leaves_candidates_alone():
    text = "The Velmar Region Security Council met in Orsk. The VRSC chair spoke."
    cands = [_cand(text, "Velmar Region Security Council", "organization", "RULE_ORG"), _cand(text, "Orsk", "place", "GPE")]
    assert link_kind_place_acronyms(text, list(cands)) == cands


PIPELINE = [   # (text, the place's name, its acronym): what the base recorded is in the comment
    # a possessive before the parentheses: base "Tarsan Kelvo Region’s" typed a body, TKR its alias
    ("Security forces detained 30 persons across the Tarsan Kelvo Region’s (TKR) six prisons. Authorities in TKR "
     "denied the reports. Police in TKR later released them.", "Tarsan Kelvo Region", "TKR"),
    # an "of" tail: base no candidate for the name, KARUM a body
    ("Thousands fled, most in the Kelvoran Autonomous Region of Upper Mirsk (KARUM). Fighting in KARUM continued "
     "in June. The KARUM parliament passed a law.", "Kelvoran Autonomous Region of Upper Mirsk", "KARUM"),
    # commas in the name: base the places "Northern Clans" and "Hills Region", NCVHR a body
    ("Detainees in Oromsk, Lavra, and Northern Clans, Valleys, and Hills Region (NCVHR) reported beatings. Police "
     "in NCVHR denied it. Elections in NCVHR were postponed.", "Northern Clans, Valleys, and Hills Region", "NCVHR"),
]


@pytest.mark.parametrize("text,name,acr", PIPELINE)
def test_whole_pipeline_records_the_region_with_its_acronym(nlp, text, name, acr):
    ents = entities_of(text, nlp)
    places = {e.name: e for e in ents if e.type == "place"}
    assert name in places and acr in places[name].aliases
    assert not any(e.type == "organization" and (e.name == acr or acr in e.aliases) for e in ents)
