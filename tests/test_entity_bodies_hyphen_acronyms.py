"""Issue 14, round t-orgs22: a body's acronym glued by a hyphen to a capitalised piece ("the TPF-N",
"SPLA-IO") is one name, not the acronym alone (read on 2022 Pakistan, 2018 Yemen, 2016 Uganda, 2020 Nigeria,
2017 Rwanda, 2021 Sudan, 2024 Tanzania unread, and 2023 Somalia dev). Sentences written for these tests (a
fictional Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.bodies.hyphen_acronyms import find_hyphen_acronyms

from .test_entities import typed_entities as _typed


def _found(text: str) -> list[str]:
    return [c.text for c in find_hyphen_acronyms(text, [(0, len(text), [])])]


def test_an_acronym_and_its_hyphenated_piece_are_one_candidate():
    text = ("Arvel Dunmore of the TPF-N was arrested. Fighters of the VLA-IO and the MDV-A attacked the town; "
            "the VLA-IO’s commander denied it. Velm-Based TDU-Inkingi members protested.")
    assert _found(text) == ["TPF-N", "VLA-IO", "MDV-A", "VLA-IO", "TDU-Inkingi"]


def test_words_of_other_shapes_are_left_alone():
    # a name that goes on ("the TDM-FA Lumora Party"), a digit after the hyphen ("COVID-19", "TLO-169"), an
    # acronym of ``non_org_acronyms`` ("HIV-AIDS"), a lower-case piece ("TPF-led"), a third piece glued on in
    # lower case ("TPF-N-backed"), no acronym before the hyphen ("Union-Patriotic")
    text = ("The TDM-FA Lumora Party won. COVID-19 spread and HIV-AIDS rates rose; the TLO-169 convention "
            "applies. TPF-led and TPF-N-backed groups of the Tarsan Union-Patriotic Front marched.")
    assert _found(text) == []


def test_masked_lines_are_left_alone():
    text = "TARSANIA-REPORT heading\nThe TPF-N met."
    heading = (0, text.index("\n"))
    assert [c.text for c in find_hyphen_acronyms(text, [(0, len(text), [heading])])] == ["TPF-N"]


@pytest.mark.model
def test_the_acronym_alone_is_no_body_in_the_pipeline(nlp):
    text = ("In May police arrested Mara Velsk, a leader of the TPF-N, in Arvel. The TPF-N said that 30 of "
            "its members were held. Fighters of the VLA-IO attacked the Tarsan Democratic Movement offices.\n")
    types = _typed(text, nlp)
    assert types.get("TPF-N") == "organization", types
    assert types.get("VLA-IO") == "organization", types
    assert "TPF" not in types and "VLA" not in types, types
    assert types.get("Tarsan Democratic Movement") == "organization", types
