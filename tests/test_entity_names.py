"""Issue 14, round 2: where a name ends. Bodies whose names hold commas or "and the"
(extended when an acronym spells the stretch, or by a serial list after their "of"/"for"),
outlets named by their kind before or after them, persons with a lower-case particle, a
nickname in quotes or a first name the model left out. Sentences written for these tests
(a fictional country, Tarsania)."""
from __future__ import annotations

import pytest

from .test_entities import (
    _check_spans,
    _find,
    entities_of,
)

pytestmark = pytest.mark.model

TEXT = """\
The Ministry of Public Works, Rural Reform, and the Advancement of Youth is responsible for \
roads. According to the governmental National Office of Statistics, Economic, and Social Surveys, \
40 percent of homes had no water.

The Ministry of Family and the Protection of Girls (MFPG) ran two shelters. The MFPG also \
trained police. The Union for Progress and the Nation and the Rally for Peace and Social Justice \
boycotted the vote. The Association for the Defense of Prisoners and Detainees in Custody, a \
local NGO, visited prisons. The Ministry of Labor and NGOs met in May.

On May 3, gendarmes occupied the offices of The Voice newspaper. The government suspended \
the Morning Lamp newspaper in June; the Morning Lamp resumed publishing in August. The \
religious group Nour al-Hadi remained banned. A study by the Catholic NGO TASMO found child \
labor in the mines, and a report by the NGO Doctors for Human Dignity described rape in camps. \
Observers from Rights Watch Africa visited the prisons.

President Mario Eduardo dos Reyes met opposition leaders. On March 2, Adelbert "Dodo" Quansah, \
director of the port authority, was dismissed. Parliament named former Inspector General of \
Police Wilhelmina Tarpeh Kolleh to the commission; Kolleh denied wrongdoing.
"""


@pytest.fixture(scope="module")
def tarsania(nlp):
    return entities_of(TEXT, nlp, year=2011)


@pytest.mark.parametrize("name", [
    "Ministry of Public Works, Rural Reform, and the Advancement of Youth",      # serial list
    "National Office of Statistics, Economic, and Social Surveys",
    "Ministry of Family and the Protection of Girls",                           # the acronym spells it
    "Union for Progress and the Nation",                                        # "for X and the Y"
    "Rally for Peace and Social Justice",
    "Association for the Defense of Prisoners and Detainees in Custody",        # "in" + an ordinary word
])
def test_long_names_are_whole(tarsania, name):
    ent = _find(tarsania, name)
    assert ent is not None and ent.type == "organization", [e.name for e in tarsania]


def test_acronym_joins_the_long_name(tarsania):
    assert "MFPG" in _find(tarsania, "Ministry of Family and the Protection of Girls").aliases


def test_list_of_bodies_is_not_one_name(tarsania):
    # "the Ministry of Labor and NGOs" stays the ministry; two bodies joined by "and the" stay two
    assert _find(tarsania, "Ministry of Labor") is not None
    assert not any("Nation and the Rally" in e.name for e in tarsania)


@pytest.mark.parametrize("name", ["The Voice", "Morning Lamp", "Nour al-Hadi", "TASMO",
                                  "Doctors for Human Dignity", "Rights Watch Africa"])
def test_outlets_and_groups_named_by_their_kind(tarsania, name):
    ent = _find(tarsania, name)
    assert ent is not None and ent.type == "organization", name
    assert _find(tarsania, name, "person") is None and _find(tarsania, name, "place") is None


def test_persons_with_particles_nicknames_and_first_names(tarsania):
    for name in ("Mario Eduardo dos Reyes", 'Adelbert "Dodo" Quansah', "Wilhelmina Tarpeh Kolleh"):
        ent = _find(tarsania, name)
        assert ent is not None and ent.type == "person", (name, [e.name for e in tarsania])
    assert "Kolleh" in _find(tarsania, "Wilhelmina Tarpeh Kolleh").aliases
    assert _find(tarsania, "Reyes") is None and _find(tarsania, "Mario Eduardo") is None


def test_mentions_are_exact(tarsania):
    _check_spans(TEXT, tarsania)


def test_acronyms_joined_by_a_slash_stay_in_the_name(nlp):
    # "National Institute for HIV/AIDS" (2008 Angola) was cut at the slash
    text = ("The National Council for HIV/AIDS trained nurses in Varda. Discrimination against persons "
            "with HIV/AIDS is illegal.\n")
    ents = entities_of(text, nlp, year=2011)
    ent = _find(ents, "National Council for HIV/AIDS")
    assert ent is not None and ent.type == "organization", [e.name for e in ents]
    assert _find(ents, "National Council for HIV") is None and _find(ents, "HIV/AIDS") is None
    _check_spans(text, ents)
