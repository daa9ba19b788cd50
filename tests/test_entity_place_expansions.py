"""Issue 14, places (t-places13): a place inside a name the report defines with an acronym is no place
mention, wherever the report writes that name.

- the acronym may carry a hyphen and the name a hyphenated word ("the Free Army of Velmora and
  Tarsa-West Orvia (FAVT-WO)"), the acronym may take more than the initials ("the International Day
  Against Homophobia, Biphobia, and Transphobia (IDAHOBIT)"), the place may begin the name ("the
  Velmora Demographic and Health Survey (VDHS)"); the name written again without its acronym is the
  same name;
- the place's own mentions elsewhere ("rates in Velmora fell") stay; a name that is itself a place
  ("the Democratic Republic of the Congo (DRC)", "… Autonomous Oblast (GBAO)") is untouched, and so is a
  name the acronym does not spell.

Sentences written for these tests (a fictional country, Velmora).
"""
from __future__ import annotations

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.places.bodies import bodies_not_places
from rightsledger.extract.entities.places.expansions import defined_names, inside_defined_name


TEXT = ("Armed groups, including the Free Army of Velmora and Tarsa-West Orvia, killed civilians. "
        "The Free Army of Velmora and Tarsa-West Orvia (FAVT-WO) attacked Orvile in May. "
        "Activists marked the International Day Against Homophobia, Biphobia, and Transphobia (IDAHOBIT) in Orvile. "
        "The Velmora Demographic and Health Survey (VDHS) found that rates in Velmora fell. "
        "Refugees from the Democratic Republic of the Congo (DRC) and the Gorno-Badakhsan Autonomous Oblast "
        "(GBAO) reached Velmora. The Orvile Reform Group (VPX) protested.")


def _at(name: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = TEXT.index(name, i + 1)
    return i, i + len(name)


def _inside(name: str, nth: int = 0) -> bool:
    return inside_defined_name(TEXT, *_at(name, nth))


def test_names_defined():
    spans, _ = defined_names(TEXT)
    names = {TEXT[s:e] for s, e in spans}
    assert names == {"Free Army of Velmora and Tarsa-West Orvia",
                     "International Day Against Homophobia, Biphobia, and Transphobia",
                     "Velmora Demographic and Health Survey"}


def test_hyphenated_acronym_and_the_name_without_it():
    assert _inside("Velmora", 0) and _inside("Velmora", 1)          # both writings of the armed group's name
    assert _inside("Tarsa-West Orvia", 0) and _inside("Tarsa-West Orvia", 1)


def test_acronym_beyond_initials():
    assert _inside("Homophobia") and _inside("Transphobia")


def test_place_at_the_head_of_the_name():
    assert _inside("Velmora", 2)


def test_own_mentions_stay():
    assert not _inside("Velmora", 3)                                  # "rates in Velmora fell"
    assert not _inside("Velmora", 4)                                  # "reached Velmora"
    assert not _inside("Orvile", 0)


def test_names_that_are_places_untouched():
    assert not _inside("Congo")
    assert not _inside("Gorno-Badakhsan")
    assert not _inside("Orvile", 2)                                   # "(VPX)" spells no "Orvile Reform Group"


def test_candidates_dropped_only_inside():
    """``bodies_not_places`` drops the place candidates inside the names, not the place's own."""
    cands = [Cand(*_at("Velmora", nth), "Velmora", "TOWN", type="place") for nth in range(5)]
    kept = [(c.start, c.end) for c in bodies_not_places(TEXT, cands, "XV") if c.type == "place"]
    assert kept == [_at("Velmora", 3), _at("Velmora", 4)]
