"""A kind of body that only modifies the role noun heading the apposition after a name does not make
the name a body: "X, a prominent newspaper correspondent who …" and "X, a senior political party
leader," are persons (t-ents52, issue 14). Fictional sentences."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.lexicon import BODY_APPOSITION

from .test_entities import typed_entities as _typed


def _body(text: str) -> bool:
    return bool(BODY_APPOSITION.match(text, text.index(",")))


def test_a_role_noun_after_the_kind_is_no_body_apposition():
    for text in ("Dovra Kellin, a prominent newspaper correspondent, was shot",
                 "Dovra Kellin, a prominent newspaper correspondent who covered crime, was shot",
                 "Tamsu Orrel, a senior political party leader, assaulted a reporter",
                 "Ibek Saro, a student movement leader arrested in May, spoke",
                 "Merel Daan, an opposition party member."):
        assert not _body(text), text


def test_the_kind_heading_the_apposition_is_still_a_body():
    for text in ("Novy Glas, an independent weekly newspaper, closed",
                 "Sorel Vash, a banned political party, protested",
                 "Kiro Lan, a local NGO.",
                 "Arden Teval, an opposition party that won seats",
                 "Ocal, a local NGO advocate for farmers, met officials"):     # the role noun has a complement
        assert _body(text), text


@pytest.mark.model
def test_the_person_in_the_pipeline(nlp):
    text = ("Unknown gunmen killed Dovra Kellinsky, a prominent newspaper correspondent, in March. "
            "Police questioned Tamsu Orrelian, a senior political party leader, about the attack.\n")
    types = _typed(text, nlp)
    assert types.get("Dovra Kellinsky") == "person", types
    assert types.get("Tamsu Orrelian") == "person", types
