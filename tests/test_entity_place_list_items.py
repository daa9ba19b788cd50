"""Issue 14, places (t-places14): a name typed person or body that stands, at every occurrence, in a
serial list of three names or more whose other names are places is a place, whatever opens the list.

- the last name of such a list, typed body or person, becomes a place ("including Velmora, Orsk
  Bay, Tarnis, and Quellmoor"; "from Velmora, Orsk Bay, and Kessel Hills");
- the other names may be places only by name, written as place candidates elsewhere;
- untouched: a body written after "the" ("Velmora, Tarnis, and the Brennic League"), a name with a
  body's head word ("… and Tarnis Union"), an acronym, a list of two names, a list whose other names
  are not all places, and a name that also stands outside such a list.

Sentences written for these tests (a fictional country, Tarsania).
"""
from __future__ import annotations

from rightsledger.extract.entities.places.list_items import places_in_lists

from .conftest import cand_at, cand_names


def _run(text: str, *cands):
    return cand_names(places_in_lists(text, list(cands)))


def _places(text: str, *names: str):
    return [cand_at(text, n, "place", "GPE") for n in names]


def test_last_name_typed_body_becomes_place():
    text = "Internet cafes operated in most towns, including Velmora, Orsk Bay, Tarnis, and Quellmoor."
    got = _run(text, *_places(text, "Velmora", "Orsk Bay", "Tarnis"), cand_at(text, "Quellmoor", "organization", "ORG"))
    assert ("Quellmoor", "place") in got and ("Quellmoor", "organization") not in got


def test_last_name_typed_person_after_from():
    text = "Of the 300 asylum seekers from Velmora, Orsk Bay, and Kessel Hills, few received status."
    got = _run(text, *_places(text, "Velmora", "Orsk Bay"), cand_at(text, "Kessel Hills", "person", "PERSON"))
    assert ("Kessel Hills", "place") in got


def test_other_names_places_by_name_elsewhere():
    text = ("Shelters opened in Velmora and Tarnis. The ministry ran shelters on three islands: one each on "
            "Velmora, Tarnis, and Brask Point.")
    first = text.index("Velmora")
    velmora = cand_at(text, "Velmora", "place", "GPE")
    assert velmora.start == first
    tarnis = cand_at(text, "Tarnis", "place", "GPE")
    got = _run(text, velmora, tarnis, cand_at(text, "Brask Point", "person", "PERSON"))
    assert ("Brask Point", "place") in got


def test_body_after_the_untouched():
    text = "Observers came from Velmora, Tarnis, and the Brennic League."
    got = _run(text, *_places(text, "Velmora", "Tarnis"), cand_at(text, "Brennic League", "organization", "ORG"))
    assert ("Brennic League", "organization") in got


def test_body_head_word_and_acronym_untouched():
    text = "Delegates of Velmora, Tarnis, and Tarsanian Union met; so did those of Orsk, Velmora, and TDF."
    got = _run(text, *_places(text, "Velmora", "Tarnis", "Orsk"),
               cand_at(text, "Tarsanian Union", "organization", "ORG"), cand_at(text, "TDF", "organization", "ORG"))
    assert ("Tarsanian Union", "organization") in got and ("TDF", "organization") in got


def test_two_names_or_mixed_list_untouched():
    text = ("Police in Velmora and Quellmoor detained him. Sponsors included Velmora, Brask Holdings, and "
            "Kessel Ironworks.")
    got = _run(text, cand_at(text, "Velmora", "place", "GPE"), cand_at(text, "Quellmoor", "organization", "ORG"),
               cand_at(text, "Brask Holdings", "organization", "ORG"),
               cand_at(text, "Kessel Ironworks", "organization", "ORG"))
    assert ("Quellmoor", "organization") in got and ("Kessel Ironworks", "organization") in got


def test_name_also_outside_a_list_untouched():
    text = ("Donations reached Velmora, Tarnis, and Quellmoor. Quellmoor announced a new program on "
            "Monday.")
    got = _run(text, *_places(text, "Velmora", "Tarnis"), cand_at(text, "Quellmoor", "organization", "ORG"))
    assert ("Quellmoor", "organization") in got and ("Quellmoor", "place") not in got


def test_a_name_ending_in_a_plural_kind_word_keeps_its_type():
    # the plural kind words of person_place_plural_ends are written capitalised; the check once lower-cased the
    # name's last word, so it never fired (noticed by round t-places41, mended at the merge of 0.1.45)
    text = "Relief reached Velmora, Orsk Bay, and Tarnis States."
    got = _run(text, *_places(text, "Velmora", "Orsk Bay"), cand_at(text, "Tarnis States", "organization", "ORG"))
    assert ("Tarnis States", "organization") in got and ("Tarnis States", "place") not in got
