"""Issue 14, round 3: what makes a capitalised name a person. A single word is a person only
where the report shows one (a title or role, a human verb or possession, a nickname after a
full name, a list of persons); words of a confession, cross-references, a place noun or a
facility after the name say it is not. Sentences written for these tests (a fictional
country, Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.titles.roles import human_cue

from .test_entities import (
    _check_spans,
    _find,
    entities_of,
)

pytestmark = pytest.mark.model

TEXT = """\
On March 4, soldiers burned houses in Korvalo and Dessimba, and gunmen shot at a bus in the \
Ulbari area. Students had to complete military training at Pessawa before entering university. \
For more information, see Appendix C. An explosion at Grodnik mine killed 12 workers.

Members of Kalar Shabbat, the Vostrian militant terrorist group, attacked a market. The \
Evangelical Lutheran and Jehovah's Witnesses reported harassment.

On June 2, police arrested journalist Abdi Warsame Hirsi and the court convicted Mellicor of \
defamation. Tessaro said he had been beaten; Dravik's lawyer appealed. Authorities detained \
Anton Pavel Rusk (Zazu) in May. The commission named Teodor Malinsky, Ilse Varga Bren, and \
Ostrander, who were later released.
"""


@pytest.fixture(scope="module")
def tarsania(nlp):
    return entities_of(TEXT, nlp, year=2012)


def test_spans_are_exact(tarsania):
    _check_spans(TEXT, tarsania)


@pytest.mark.parametrize("name", ["Korvalo", "Dessimba", "Ulbari", "Pessawa", "Appendix C",
                                  "Appendix", "Grodnik", "Evangelical Lutheran", "Jehovah"])
def test_words_without_person_evidence_are_not_persons(tarsania, name):
    assert _find(tarsania, name, "person") is None, [(e.name, e.type) for e in tarsania]


def test_an_apposition_names_an_armed_group(tarsania):
    ent = _find(tarsania, "Kalar Shabbat")
    assert ent is not None and ent.type == "organization", [(e.name, e.type) for e in tarsania]


def test_a_place_noun_after_a_name_makes_a_place(tarsania):
    ent = _find(tarsania, "Ulbari")
    assert ent is not None and ent.type == "place"


@pytest.mark.parametrize("name", ["Mellicor", "Ostrander"])
def test_single_words_shown_to_be_persons_stay_persons(tarsania, name):
    # "convicted X"; a list of persons ("Teodor Malinsky, Ilse Varga Bren, and Ostrander")
    ent = _find(tarsania, name, "person")
    assert ent is not None, [(e.name, e.type) for e in tarsania]


@pytest.mark.parametrize("sentence,name,expected", [
    ("Tessaro said he had been beaten.", "Tessaro", True),
    ("Dravik's lawyer appealed the verdict.", "Dravik", True),
    ("Authorities detained Anton Pavel Rusk (Zazu) in May.", "Zazu", True),
    ("A young woman named Lessa was abducted.", "Lessa", True),
    ("Students trained at Pessawa before university.", "Pessawa", False),
    ("Gunmen shot at a bus near Ulbari market.", "Ulbari", False),
])
def test_human_cues(sentence, name, expected):
    s = sentence.index(name)
    assert human_cue(sentence, s, s + len(name)) is expected
