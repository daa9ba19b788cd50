"""Issue 14, round t-orgs20: a one-word English adjective that modifies a noun of a body's kind wherever the
report writes it ("the largest Islamist political party", "Nomadic militias attacked") is no body (read on
2023 Bangladesh and 2021 Sudan, annotated before the run, and 2017 Tunisia dev). Sentences written for these
tests (a fictional Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.bodies.adjectives import bodies_not_adjectives
from rightsledger.extract.entities.common import Cand

from .test_entities import typed_entities as _typed


def _org(start: int, text: str, label: str = "ORG") -> Cand:
    return Cand(start, start + len(text), text, label, type="organization")


def test_a_word_that_is_an_adjective_everywhere_is_no_body():
    cands = [_org(10, "Islamist"), _org(90, "Islamist"), _org(200, "Nomadic", "ARMED")]
    spans = {(10, 18), (90, 98), (200, 207)}
    assert bodies_not_adjectives(cands, spans) == []


def test_a_name_also_written_as_a_noun_keeps_its_type():
    # "Platform forces" (an adjective's slot) beside "the Platform" (a noun): the coalition stays
    cands = [_org(10, "Platform"), _org(60, "Platform")]
    assert bodies_not_adjectives(cands, {(10, 18)}) == cands


def test_a_rare_word_and_longer_names_keep_their_type():
    # "L’Alternative" read once as an adjective is a newspaper's name, no English word; a name of two
    # words is never decided here; persons and places are not touched
    rare = _org(10, "L’Alternative")
    longer = _org(40, "Tarsan Unity")
    person = Cand(80, 88, "Islamist", "PERSON", type="person")
    spans = {(10, 23), (40, 52), (80, 88)}
    assert bodies_not_adjectives([rare, longer, person], spans) == [rare, longer, person]


def test_no_adjectives_no_change():
    cands = [_org(10, "Islamist")]
    assert bodies_not_adjectives(cands, set()) is cands


@pytest.mark.model
def test_adjectives_before_body_nouns_are_no_bodies(nlp):
    text = ("Leaders of the Tarsan Unity Party, the largest Islamist political party in the country, were "
            "detained in May. Nomadic militias also attacked civilians in the east. Clashes between the "
            "Velm Front and Platform forces continued, and the Platform accused the army of abuses.\n")
    types = _typed(text, nlp)
    assert "Islamist" not in types, types
    assert "Nomadic" not in types, types
    assert types.get("Tarsan Unity Party") == "organization", types
    assert types.get("Platform") == "organization", types
