"""Issue 14, places (t-places42): a place candidate inside a body's name that holds a serial list is no place
("the Velmaran Disarmament, Demobilization, and Reintegration Commission", "Velmaran Disarmament" taken for a
place; ``extract/entities/places/body_lists.py``). The class was judged on unread reports in
docs/rounds/2026-12-29-21-t-places42.md. Sentences written for these tests; the names are made up."""
from __future__ import annotations

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.places.body_lists import body_list_spans, places_not_in_body_lists

from .test_entities import typed_entities as _typed


def _cand(text: str, name: str, type_: str) -> Cand:
    s = text.index(name)
    return Cand(s, s + len(name), name, "GPE", type=type_)


def _kept(text: str, cands: list[tuple[str, str]]) -> list[str]:
    made = [_cand(text, n, t) for n, t in cands]
    return [c.text for c in places_not_in_body_lists(text, made, None)]


def test_a_piece_of_a_commission_holding_a_list_is_no_place():
    text = "Under the auspices of the Orvalan Disarmament, Demobilization, and Reintegration Commission, 90 children left."
    assert _kept(text, [("Orvalan Disarmament", "place"), ("Reintegration Commission", "organization")]) == [
        "Reintegration Commission"]


def test_an_item_after_a_fund_to_fight_is_no_place():
    text = "Clinics received money from the Global Fund to Fight Velnosis, Tarbulosis, and Marvaria in March."
    assert _kept(text, [("Global Fund to Fight", "organization"), ("Tarbulosis", "place"),
                        ("Marvaria", "organization")]) == ["Global Fund to Fight", "Marvaria"]


def test_a_place_joined_by_from_the_inside_a_ministry_is_no_place():
    text = ("The Ministry of Displaced Persons from the Kessel Territories, Labor, Health, and Social Affairs "
            "paid the allowances.")
    assert _kept(text, [("Ministry of Displaced Persons", "organization"), ("Kessel Territories", "place")]) == [
        "Ministry of Displaced Persons"]


def test_a_list_of_places_without_a_body_head_stays():
    text = "Fighting displaced families in Orsa, Tarvel, and Kesh Province."
    cands = [("Orsa", "place"), ("Tarvel", "place"), ("Kesh Province", "place")]
    assert _kept(text, cands) == ["Orsa", "Tarvel", "Kesh Province"]


def test_a_list_broken_by_a_lower_case_word_is_no_body_name():
    text = "The Commission visited prisons in Orsa, Tarvel, and Kesh."
    assert body_list_spans(text) == []
    assert _kept(text, [("Orsa", "place"), ("Tarvel", "place"), ("Kesh", "place")]) == ["Orsa", "Tarvel", "Kesh"]


def test_a_pair_is_no_serial_list():
    text = "The Orsa and Tarvel Commission met in May."
    assert body_list_spans(text) == []


def test_a_place_whose_own_name_holds_the_list_stays():
    text = "Clashes took place in the Northern Nations, Tarvelians, and Kesh Peoples’ Region in May."
    name = "Northern Nations, Tarvelians, and Kesh Peoples’ Region"
    assert body_list_spans(text)                    # "Nations" is a body's head word
    assert _kept(text, [(name, "place"), ("Kesh Peoples’ Region", "place")]) == [name]


def test_a_country_the_gazetteer_knows_stays():
    text = "Delegates of the Kenya, Uganda, and Tanzania Joint Commission met."
    assert _kept(text, [("Kenya", "place"), ("Uganda", "place")]) == ["Kenya", "Uganda"]


def test_end_to_end_a_piece_with_a_country_is_no_place(nlp):
    text = ("Under the auspices of the South Orvalia Disarmament, Demobilization, and Reintegration Commission, "
            "934 children were released from armed groups in Tarvel.")
    types = _typed(text, nlp)
    assert not any(n.startswith("South Orvalia") and t == "place" for n, t in types.items())


def test_end_to_end_a_disease_in_a_fund_is_no_place(nlp):
    text = "The Ministry of Health received money from the Global Fund to Fight AIDS, Tuberculosis, and Malaria."
    assert _typed(text, nlp).get("Tuberculosis") != "place"
