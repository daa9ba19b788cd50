"""Issue 14, places (t-places12): a place cut at a lower-case particle the gazetteer knows whole.

- a place candidate that stops before "es", "el", "a", … goes on over the particle and the
  capitalised words after it when the gazetteer knows the whole ("Dar es Salaam", "Western Bahr
  el Ghazal", "Gracias a Dios Department"); the candidates inside the tail go;
- it does not when the gazetteer knows no such whole ("Velmora el Tarsan"), when a further
  capitalised word follows (a body's name: "the Dar es Salaam Port Authority"), for a candidate
  that is no place, or over "of" ("the Northwest Region of Tarsania");
- a body whose name ends in a place word grows back over a head and a particle the gazetteer
  knows whole ("Dios Department" → "Gracias a Dios Department"); a body without one does not.

Sentences written for these tests (a fictional country, Tarsania; real towns and regions where
the gazetteer matters).
"""
from __future__ import annotations

from rightsledger.extract.entities.places.known_particles import extend_over_known_particles

from .conftest import cand_at, cand_names


def _run(text: str, *cands):
    return cand_names(extend_over_known_particles(text, list(cands)))


def test_town_over_es():
    text = "Dock workers in Velmora, Tabora, and Dar es Salaam went on strike in May."
    got = _run(text, cand_at(text, "Velmora", "place", "GPE"), cand_at(text, "Dar", "place", "GPE"),
               cand_at(text, "Salaam", "place", "GPE"))
    assert got == [("Velmora", "place"), ("Dar es Salaam", "place")]


def test_region_over_el():
    text = "Soldiers burned two villages in Western Bahr el Ghazal in March."
    assert _run(text, cand_at(text, "Western Bahr", "place", "GPE")) == [("Western Bahr el Ghazal", "place")]


def test_region_word_after_the_tail():
    text = "Landowners evicted Miskito families in Gracias a Dios Department last year."
    assert _run(text, cand_at(text, "Gracias", "place", "GPE")) == [("Gracias a Dios Department", "place")]


def test_unknown_whole_untouched():
    text = "The court of Velmora el Tarsan fined two journalists."
    assert _run(text, cand_at(text, "Velmora", "place", "GPE")) == [("Velmora", "place")]


def test_body_name_after_untouched():
    text = "The Dar es Salaam Port Authority dismissed 40 dock workers."
    assert _run(text, cand_at(text, "Dar", "place", "GPE")) == [("Dar", "place")]


def test_no_place_and_of_untouched():
    text = "Ali el Ghazal spoke in the Northwest Region of Tarsania and in Port of Spain."
    got = _run(text, cand_at(text, "Ali", "person", "PERSON"), cand_at(text, "Northwest Region", "place", "LOC"))
    assert got == [("Ali", "person"), ("Northwest Region", "place")]


def test_list_item_grows_in_a_report(nlp):
    """The last item of a list of towns that the list rule adds ("…, and Dar") grows too, and
    the report's later mentions follow the whole name."""
    from .test_entities import entities_of

    text = ("Guards in Velmora, Tabora, Dodoma, and Dar es Salaam beat detainees in March.\n\n"
            "Unknown men seized a Tarsanian journalist at a market in Dar es Salaam. He was found in Velmora.\n")
    places = {(e.name, len(e.mentions)) for e in entities_of(text, nlp, country="Tanzania", code="TZ", year=2024)
              if e.type == "place"}
    assert ("Dar es Salaam", 2) in places
    assert not any(name == "Dar" for name, _ in places)


def test_body_ending_in_a_place_word_grows_back():
    text = "Only one clinic served Gracias a Dios Department, home to most Miskito families."
    assert _run(text, cand_at(text, "Dios Department", "organization", "ORG")) == [("Gracias a Dios Department", "place")]


def test_body_without_place_word_untouched():
    text = "A court in Gracias a Dios Tribunal heard the case."
    assert _run(text, cand_at(text, "Dios Tribunal", "organization", "ORG")) == [("Dios Tribunal", "organization")]
