"""Issue 14, round 6: organisation names found cut or wrong on the reports without gold. A house
of parliament named by one word ("the 30-seat Senate") is a body; an embassy is a body and keeps
its country ("United States Embassy"); a period of rule named after a person ("the former Mabeko
Government") is that person, not a body; a name that stops at a nationality adjective before
lower-case words ("Units of the Angolan armed forces") is no name; "… for X with the Y Mission"
is one body. Sentences written for these tests (a report on a fictional Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities import extract_entities
from rightsledger.records import Document

from .test_entities import _annotated_paragraphs, _check_spans, entities_of

TEXT = """\
There were five women in the 30-seat Senate and nine women in the 64-seat House of \
Representatives. The detainees primarily were minor officials of the former Mabeko Government \
and affiliated parties.

Units of the Angolan armed forces remained in the country in small numbers. A consular officer \
of the United States Embassy visited the detainees in March.

The Government Commission for Coordination with the U.N. Peacekeeping Mission met monthly with \
local officials in Tarsa City.
"""


@pytest.fixture(scope="module")
def tarsania(nlp):
    return entities_of(TEXT, nlp, code="SO", year=2001, doc_id="tarsania6")


def _names(entities, type_):
    return {e.name for e in entities if e.type == type_}


def test_lone_house_of_parliament(tarsania):
    assert "Senate" in _names(tarsania, "organization")


def test_embassy_keeps_its_country(tarsania):
    orgs = _names(tarsania, "organization")
    assert "United States Embassy" in orgs
    assert "United States" not in _names(tarsania, "place")


def test_rule_of_a_person_is_not_a_body(tarsania):
    assert not any("Government" in n and "Mabeko" in n for n in _names(tarsania, "organization"))
    assert "Mabeko" not in _names(tarsania, "organization")


def test_name_cut_at_nationality_adjective(tarsania):
    assert not any(n.startswith("Units of") for n in _names(tarsania, "organization"))


def test_body_with_the_mission(tarsania):
    orgs = _names(tarsania, "organization")
    assert "Government Commission for Coordination with the U.N. Peacekeeping Mission" in orgs
    assert "Government Commission for Coordination" not in orgs


def test_spans(tarsania):
    _check_spans(TEXT, tarsania)


PLACE_RULE = """\
Fighting continued in Norvale during the year. The Norvale Government arrested two journalists \
in March, and militias loyal to the former Mabeko Government attacked a police post.
"""


def test_place_before_government_stays_a_body(nlp):
    doc = Document("tarsania6b", "Tarsania", "Tarsania", "SO", 2001, "", "txt", "", len(PLACE_RULE))
    entities = extract_entities(_annotated_paragraphs(PLACE_RULE, doc, nlp))
    assert "Norvale" not in _names(entities, "person")
    assert "Mabeko" in _names(entities, "person")
