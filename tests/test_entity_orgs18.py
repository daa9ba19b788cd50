"""Issue 14, round t-orgs18 (organizations annotated on six unread reports before the run): a
capitalised title between a body's name and a person's name ("the Crisis Centre Coordinator X Y",
"former National Assembly President X Y", "Central Bank Governor X Y") is no part of either: the
body stays a body, the person a person, the title alone after a body names no body
(``entities/titles/between.py``, ``trailing_titles`` + "governor"). Sentences written for these
tests (a fictional Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.titles.between import _person_shape, persons_after_body_titles

from .test_entities import typed_entities as _typed

TITLED = ("The station was owned by former National Assembly President Amara Velokinde, a ruling party opponent.\n\n"
          "In August, police arrested several employees of the Central Bank of Tarsania, following attempts "
          "to remove Central Bank Governor Idris Malouf.\n\n"
          "The Central Bank Governor resigned in May.\n\n"
          "The Tarsanian Crisis Centre Coordinator Mele Kaufana reported that two of three women suffered abuse.\n")

KEPT = ("The Supreme Court Judges Association protested the transfers.\n\n"
        "The Ministry of Labor and Social Affairs inspected 40 farms.\n\n"
        "Observers from the Velmar Human Rights Center visited the prison in June.\n")


def test_person_shape():
    assert _person_shape(["Mele", "Kaufana"]) and _person_shape(["Amara", "Velokinde"])
    assert not _person_shape(["Velokinde"])                      # one word
    assert not _person_shape(["Human", "Rights", "Center"])      # a head word
    assert not _person_shape(["Labor", "Affairs"])               # ordinary words only
    assert not _person_shape(["TNP", "Velokinde"])               # an acronym


def test_split_glued_run():
    text = "The Tarsanian Crisis Centre Coordinator Mele Kaufana reported abuse."
    s = text.index("Tarsanian")
    e = text.index(" reported")
    c = Cand(s, e, text[s:e], "ORG", type="organization")
    out = persons_after_body_titles(text, [c])
    assert [(x.text, x.type) for x in out] == [("Tarsanian Crisis Centre", "organization"), ("Mele Kaufana", "person")]
    for x in out:
        assert text[x.start:x.end] == x.text


def test_person_after_body_title():
    text = "It was owned by former National Assembly President Amara Velokinde, an opponent."
    s = text.index("Amara")
    c = Cand(s, s + len("Amara Velokinde"), "Amara Velokinde", "ORG", type="organization")
    assert persons_after_body_titles(text, [c])[0].type == "person"
    text2 = "Observers from the Velmar Human Rights Center visited."
    s = text2.index("Velmar")
    c2 = Cand(s, s + len("Velmar Human Rights Center"), "Velmar Human Rights Center", "ORG", type="organization")
    assert persons_after_body_titles(text2, [c2])[0].type == "organization"


@pytest.mark.model
def test_pipeline_titles_between(nlp):
    ents = _typed(TITLED, nlp)
    assert ents.get("Amara Velokinde") == "person"
    assert ents.get("Mele Kaufana") == "person"
    assert ents.get("Idris Malouf") == "person"
    assert "Central Bank Governor" not in ents
    assert not any("Coordinator" in n for n in ents)


@pytest.mark.model
def test_pipeline_bodies_kept(nlp):
    ents = _typed(KEPT, nlp)
    assert ents.get("Velmar Human Rights Center") == "organization"
    assert ents.get("Ministry of Labor and Social Affairs") == "organization"
