"""Issue 14, round 5: entity fixes found on the reports without gold. A surname that only looks
like a nationality stem ("Sudi" of Sudan, "Armeni" of Armenia) is still a person's name; the
report's own wording of a listed international body, defined with its acronym ("the UN Office
of the High Commissioner on Refugees (UNHCR)"), is that body. Sentences written for these
tests (a report on a fictional Tarsania, country code of Somalia)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.common import demonym

from .test_entities import (
    _check_spans,
    _find,
    _types,
    entities_of,
)

TEXT = """\
On July 13, fighting between warlord Hassan Sudi's militiamen and a rival clan militia killed \
11 persons in the capital. On June 12, militiamen loyal to warlord Hassan Sudi arrested six \
clan elders.

Two officers of the flying squad, Marco Tessaro and Luca Armeni, were sentenced to five years \
in prison for the beating of a detainee.

The UN Office of the High Commissioner on Refugees (UNHCR) registered 3,000 refugees from \
Tarsania. Later in the year UNHCR opened a second camp near the border.
"""


@pytest.fixture(scope="module")
def tarsania(nlp):
    return entities_of(TEXT, nlp, code="SO", year=2001)


def test_surnames_are_not_nationality_words():
    for word in ("Sudi", "Armeni"):
        assert not demonym(word, set(), set()), word
    for word in ("Somali", "Iraqi", "Pakistani", "Yemeni", "Angolan"):
        assert demonym(word, set(), set()), word
    assert demonym("Kirundi", set(), {"kirundo"})      # a language beside a province's name


@pytest.mark.model
def test_spans_are_exact(tarsania):
    _check_spans(TEXT, tarsania)


@pytest.mark.model
@pytest.mark.parametrize("name", ["Hassan Sudi", "Luca Armeni"])
def test_a_surname_like_a_country_stem_is_a_person(tarsania, name):
    assert _find(tarsania, name, "person") is not None, _types(tarsania)


@pytest.mark.model
def test_the_reports_wording_of_a_listed_body_is_that_body(tarsania):
    ent = _find(tarsania, "UNHCR", "organization")
    assert ent is not None, _types(tarsania)
    assert "UN Office of the High Commissioner on Refugees" in {ent.name, *ent.aliases}, _types(tarsania)
    assert len(ent.mentions) == 3
