"""A name typed person that only ever modifies the common noun after it is no person: "Tarvan Bedouin
citizens", "Zip Zop influencer X" (t-ents60, issue 14). Fictional sentences."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.persons.modifiers import persons_not_modifiers

from .test_entities import typed_entities as _typed


def _person(text: str, start: int, end: int) -> Cand:
    c = Cand(start, end, text, "PERSON")
    c.type = "person"
    return c


def test_a_name_that_only_modifies_a_noun_is_dropped():
    cands = [_person("Tarvan Bedouin", 0, 14), _person("Tarvan Bedouin", 40, 54), _person("Sulem Kassir", 60, 72)]
    kept = persons_not_modifiers(cands, {14, 54})
    assert [c.text for c in kept] == ["Sulem Kassir"]


def test_one_mention_of_another_use_keeps_the_name():
    cands = [_person("Orvel Danko", 0, 11), _person("Orvel Danko", 40, 51)]
    assert len(persons_not_modifiers(cands, {11})) == 2          # "Orvel Danko said …" elsewhere


def test_a_surname_written_alone_keeps_the_full_name():
    cands = [_person("Viktor Minsko", 0, 13), _person("Minsko", 40, 46)]
    assert len(persons_not_modifiers(cands, {13})) == 2          # "… head Viktor Minsko resign", "Minsko said"


def test_a_one_word_name_and_other_kinds_are_not_touched():
    body = Cand(20, 30, "Velm Radio", "ORG")
    body.type = "organization"
    cands = [_person("Navalko", 0, 7), body]
    assert persons_not_modifiers(cands, {7, 30}) == cands       # "Navalko associate X", "Velm Radio journalists"


@pytest.mark.model
def test_the_modifiers_in_the_pipeline(nlp):
    text = ("Police shot and killed Tarvan Bedouin citizen Sulem Oradi Kassir near the city of Velmora. "
            "About 40 percent of Tarvan Bedouin land in the south remained in dispute, and polling stations "
            "opened for Tarvan Bedouin citizens. The court sentenced two men for the assault against Zip Zop "
            "influencer Mirel Onda Kassa, a minor.\n")
    types = _typed(text, nlp)
    assert "Tarvan Bedouin" not in types and "Zip Zop" not in types, types
    assert types.get("Sulem Oradi Kassir") == "person" and types.get("Mirel Onda Kassa") == "person", types


@pytest.mark.model
def test_a_person_whose_name_modifies_his_government_stays(nlp):
    text = "In March the court convicted Orvel Danko of fraud. The Orvel Danko government denied the charges.\n"
    assert _typed(text, nlp).get("Orvel Danko") == "person"


@pytest.mark.model
def test_a_verb_the_parse_reads_as_a_noun_keeps_the_person(nlp):
    text = "On January 8, police officer Corvin Delamar shot and killed Yvel Ranno during a police operation.\n"
    assert _typed(text, nlp).get("Corvin Delamar") == "person"
