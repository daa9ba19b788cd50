"""Issue 14, places (t-places21): a place's acronym written in mixed case ("Velmora and Orvania (VaO)")
names that place wherever the report writes it, whatever the model typed it.

- the acronym's capitals are the initials of the place's capitalised words, a small letter or two
  between them ("VaO", "FVaO"); every candidate written so becomes the place's acronym (label "ACRO",
  the place's name as its role), and its definition in parentheses is a mention where no candidate
  stands;
- an acronym in capitals only is left to the older rules; a mixed-case acronym after a body, or one
  whose capitals the name does not spell, or one written in another case elsewhere, is untouched.

Sentences written for these tests (a fictional country, Velmora and Orvania).
"""
from __future__ import annotations

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.places.mixed_acronyms import (
    link_mixed_place_acronyms, mixed_acronym, spelt_by_capitals,
)

TEXT = ("Velmora and Orvania (VaO) is a republic with a bicameral parliament. A forced labor case "
        "continued in VaO court, and the VaO Presidency did not act. Refugees from VaO reached Tarsa.")


def _cand(text: str, name: str, type_: str | None, label: str, nth: int = 0) -> Cand:
    i = -1
    for _ in range(nth + 1):
        i = text.index(name, i + 1)
    return Cand(i, i + len(name), name, label, type=type_)


def _run(text: str, *cands: Cand) -> list[tuple[str, str | None, str, list[str]]]:
    return [(c.text, c.type, c.label, c.roles) for c in link_mixed_place_acronyms(text, list(cands))]


def test_shapes():
    assert mixed_acronym("VaO") and mixed_acronym("FVaO") and mixed_acronym("TdeO")
    assert not mixed_acronym("VAO") and not mixed_acronym("Vao") and not mixed_acronym("Velmora")
    assert spelt_by_capitals("Velmora and Orvania", "VaO") and spelt_by_capitals("Tarsa-West Orvia", "TiWO")
    assert not spelt_by_capitals("Velmora and Orvania", "VaR") and not spelt_by_capitals("Velmora", "VaO")


def test_acronym_typed_person_and_body_becomes_the_place():
    place = _cand(TEXT, "Velmora and Orvania", "place", "GPE")
    out = _run(TEXT, place, _cand(TEXT, "VaO", "person", "PERSON", 1),
               _cand(TEXT, "VaO Presidency", "organization", "ORG"), _cand(TEXT, "VaO", "organization", "ORG", 3))
    assert out == [("Velmora and Orvania", "place", "GPE", []),
                   ("VaO", "place", "ACRO", ["Velmora and Orvania"]),          # the definition, added
                   ("VaO", "place", "ACRO", ["Velmora and Orvania"]),          # "in VaO court"
                   ("VaO Presidency", "organization", "ORG", []),             # a body's name keeps its type
                   ("VaO", "place", "ACRO", ["Velmora and Orvania"])]          # "from VaO"


def test_definition_typed_person_is_retyped_not_doubled():
    place = _cand(TEXT, "Velmora and Orvania", "place", "GPE")
    out = _run(TEXT, place, _cand(TEXT, "VaO", "person", "PERSON"))
    assert out == [("Velmora and Orvania", "place", "GPE", []), ("VaO", "place", "ACRO", ["Velmora and Orvania"])]


def test_after_a_body_untouched():
    text = "The Velmora Orvania Party (VoP) met. The VoP leader spoke."
    out = _run(text, _cand(text, "Velmora Orvania Party", "organization", "ORG"), _cand(text, "VoP", "person", "PERSON", 1))
    assert out == [("Velmora Orvania Party", "organization", "ORG", []), ("VoP", "person", "PERSON", [])]


def test_capitals_only_or_unspelt_untouched():
    text = "Velmora and Orvania (VAO) is a republic. Tarsa and Lunel (TiX) is a province. In TiX courts, VAO law applies."
    out = _run(text, _cand(text, "Velmora and Orvania", "place", "GPE"), _cand(text, "Tarsa and Lunel", "place", "GPE"),
               _cand(text, "TiX", "person", "PERSON", 1))
    assert ("TiX", "person", "PERSON", []) in out and all(t[2] != "ACRO" for t in out)


def test_other_case_elsewhere_untouched():
    text = "Velmora and Orvania (VaO) is a republic. The VAO trade union struck."
    out = _run(text, _cand(text, "Velmora and Orvania", "place", "GPE"), _cand(text, "VAO", "organization", "ORG"))
    assert ("VAO", "organization", "ORG", []) in out
