"""A romanised given name of two syllables joined by a hyphen, the second in lower case ("Jeong-sik",
"Ki-moon"), is a name, not a compound adjective (persons/syllables.py, round t-ents35, on the
session-22 amendment: thirteen persons of a 2021 report and one each of two more, all lost, none in
the dev gold). Sentences written for these tests, on Tarsania."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.persons.syllables import (
    syllable_given, syllable_given_name, with_given_tails)

from .test_entities import _check_spans, entities_of


def _cand(text: str, name: str, label: str = "PERSON") -> Cand:
    s = text.index(name)
    return Cand(s, s + len(name), name, label)


def test_the_shape_of_a_syllable_given_name():
    for word in ("Mi-rae", "Do-hyun", "Sang-do", "Won-soon", "Ki-moon", "Aymyr-ool"):
        assert syllable_given(word), word
    for word in ("Velna-based", "Tarsa-run", "Korsk-era", "Soviet-style", "Tarsa-language",
                 "Velna-controlled", "Ostra-speaking", "Do-Hyun", "mi-rae", "Dunvik"):
        assert not syllable_given(word), word


def test_only_a_person_span_of_two_words_or_more():
    text = "Police detained Kang Mi-rae. The Velna-based Tarsa Forum and Mi-rae met."
    assert syllable_given_name(_cand(text, "Kang Mi-rae"))
    assert not syllable_given_name(_cand(text, "Kang Mi-rae", "ORG"))
    assert not syllable_given_name(_cand(text, "Mi-rae"))
    assert not syllable_given_name(_cand(text, "The Velna-based", ))


def test_a_span_cut_at_the_hyphen_gets_its_syllable_back():
    text = "Congressman Nam Do-hyun resigned. The Velna Tarsa-run press closed."
    cands = with_given_tails(text, [_cand(text, "Nam Do"), _cand(text, "Velna Tarsa"),
                                     _cand(text, "Nam Do", "ORG")])
    assert [(c.text, text[c.start:c.end]) for c in cands] == [
        ("Nam Do-hyun", "Nam Do-hyun"), ("Velna Tarsa", "Velna Tarsa"), ("Nam Do", "Nam Do")]


TEXT = """\
In April police recommended that prosecutors indict Kang Mi-rae for defamation against the \
president. In 2019 Kang distributed leaflets outside the National Assembly.

In July the family of former mayor Choi Min-jun sued the commission. Opposition congressman \
Kwon Sang-do resigned in October. Prosecutors charged Seo Ha-eun, the operator of a chat room, with extortion; in October the Supreme Court reduced \
Seo’s sentence.

The Velna-based Tarsa Forum criticized the Soviet-style court. The government kept its ban on \
leaflets, and UN rapporteur Ban Se-ri criticized the ban.
"""


@pytest.fixture(scope="module")
def tarsania(nlp):
    return entities_of(TEXT, nlp, country="Tarsania", year=2021, doc_id="tarsania-syllables")


@pytest.mark.model
def test_persons_with_syllable_given_names_are_recorded(tarsania):
    persons = {e.name for e in tarsania if e.type == "person"}
    assert {"Kang Mi-rae", "Choi Min-jun", "Kwon Sang-do", "Seo Ha-eun", "Ban Se-ri"} <= persons, persons
    assert "Kwon Sang" not in persons, persons
    assert not any(n.endswith(("-based", "-style")) for n in persons), persons
    _check_spans(TEXT, tarsania)
