"""Issue 14, places (t-places41): a name typed person or body that stands in a serial list whose every other
candidate is a place is a place ("the local government areas of Orsa, Tarn Kivu, Dostan, Meral, and Kajo", Dostan
typed body; ``extract/entities/places/coordinated.py``). The class was judged on unread reports in
docs/rounds/2026-12-29-10-t-places41.md. Sentences written for these tests; the names are made up."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.places.coordinated import coordinated_places

from .test_entities import typed_entities as _typed


def _cand(text: str, name: str, type_: str, label: str = "GPE", nth: int = 0) -> Cand:
    s = -1
    for _ in range(nth + 1):
        s = text.index(name, s + 1)
    return Cand(s, s + len(name), name, label, type=type_)


def _types(text: str, cands: list[tuple[str, str]], norp: frozenset = frozenset()) -> list[str]:
    made = [_cand(text, n, t, "ORG" if t == "organization" else "GPE") for n, t in cands]
    return [c.type for c in coordinated_places(text, made, set(norp))]


def test_a_body_in_a_list_of_places_is_a_place():
    text = "The Velm State local government areas of Orsa, Tarn Kivu, Dostan, Meral, and Kajo saw most abductions."
    cands = [("Velm State", "place"), ("Orsa", "place"), ("Tarn Kivu", "place"), ("Dostan", "organization"),
             ("Meral", "place"), ("Kajo", "place")]
    assert _types(text, cands)[3] == "place"


def test_a_person_in_a_list_with_a_particle_name_is_a_place():
    text = "Attacks rose in Orvia, Belcas, Tamsar, and Valle del Orvo."
    cands = [("Orvia", "place"), ("Belcas", "place"), ("Tamsar", "person"), ("Valle del Orvo", "place")]
    assert _types(text, cands)[2] == "place"


def test_a_name_no_candidate_holds_counts_as_a_list_name():
    text = "Staff were relocated from Abrun, Kesh and Tarvo in Velm."
    cands = [("Abrun", "organization"), ("Tarvo", "place"), ("Velm", "place")]
    assert _types(text, cands)[0] == "place"


def test_every_candidate_of_the_name_is_retyped():
    text = "Gunmen raided Orsa, Dostan, and Kajo. The Dostan council fled."
    cands = [("Orsa", "place"), ("Dostan", "organization"), ("Kajo", "place")]
    made = [_cand(text, n, t) for n, t in cands] + [_cand(text, "Dostan", "organization", "ORG", nth=1)]
    assert [c.type for c in coordinated_places(text, made, set())] == ["place"] * 4


@pytest.mark.parametrize(("text", "cands"), [
    ("Fighting between Velmora and Dostan continued.",                       # a pair is no list
     [("Velmora", "place"), ("Dostan", "organization")]),
    ("Orsa, Dostan, and the Tarn Front signed.",                             # another name of the list is a body
     [("Orsa", "place"), ("Dostan", "organization"), ("Tarn Front", "organization")]),
    ("Orsa, Kajo, Dostan, Meral: the towns burned.",                         # no "and"/"or": no serial list
     [("Orsa", "place"), ("Kajo", "place"), ("Dostan", "organization"), ("Meral", "place")]),
    ("Orsa, Kajo, and Dostan officials met in Meral.",                       # "in" breaks the run: Dostan … Meral
     [("Orsa", "organization"), ("Kajo", "organization"), ("Dostan", "organization"), ("Meral", "place")]),
])
def test_no_place_outside_a_list_of_places(text, cands):
    assert _types(text, cands) == [t for _, t in cands]


@pytest.mark.parametrize(("text", "name", "label", "norp"), [
    ("Aid reached Orsa, the VLF, and Kajo.", "VLF", "ORG", set()),                      # an acronym
    ("Aid reached Orsa, Velm Council, and Kajo.", "Velm Council", "ORG", set()),        # a body's head word
    ("Aid reached Orsa, Tamsani, and Kajo.", "Tamsani", "NORP", {"tamsani"}),           # a people
    ("Aid reached Orsa, Velmar Fighters, and Kajo.", "Velmar Fighters", "ARMED", set()),   # a rule's body
    ("Abuses rose in Orsa, Kajo, and Dostan States.", "Dostan States", "ORG", set()),  # a plural kind: cut elsewhere
])
def test_a_bodys_name_stays(text, name, label, norp):
    made = sorted([_cand(text, "Orsa", "place"), _cand(text, name, "organization", label),
                   _cand(text, "Kajo", "place")], key=lambda c: c.start)
    assert [c.type for c in coordinated_places(text, made, norp) if c.text == name] == ["organization"]


@pytest.mark.model
def test_extraction_makes_places_of_a_list_of_places(nlp):
    text = ("In March at least 42 aid workers were relocated due to insecurity from Abiemra, Kochar and Leeru in "
            "Unityville, and Nasira and Ulanga in Upper Velm.\n\nHuman rights defenders were killed in Antiora, "
            "Boyaca, Caurel, Santamar, and Valle del Caurel.")
    types = _typed(text, nlp)
    for name in ("Abiemra", "Leeru", "Nasira", "Ulanga", "Caurel"):   # the base: Leeru a body, Caurel a person
        assert types.get(name) == "place", types
