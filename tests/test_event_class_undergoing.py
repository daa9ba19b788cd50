"""A harm a class of persons underwent is no occurrence of the report year (issue 14, round t-events56):
``nonevents/undergone.py``. A trigger noun that a bare plural class "suffered" or was "exposed to" makes no
undated record ("Nine in 10 domestic workers suffered sexual abuse": a statistic; "Checkpoints … exposed
travelers to extortion and harassment": a condition). A particular undergoer (a name, "the", a possessive), a
count of persons, and "subjected to" keep their readings. Sentences of a fictional report (Lorvania, 2021)
written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 6. Discrimination and Societal Abuses\n\n")

UNDERGONE = [
    # a share of a class
    "According to a survey by a workers' association, seven in 10 seasonal farmhands suffered physical abuse.",
    # a bare plural class
    "Migrant herders in the Osk valley suffered beatings and harassment by Lorvanian militias.",
    # a class exposed to harms by a condition
    "Checkpoints run by the Osk Brigade along the river road exposed travelers to looting, extortion, "
    "harassment, and violence.",
]

KEPT = {
    # a particular undergoer, named
    "Journalist Mira Tass suffered a beating by police officers in Port Lerin.":
        [("torture_or_abuse", "2021", "asserted")],
    # "subjected to" with an actor (settled 2026-12-04)
    "Some journalists were subjected to harassment by border guards.": [("attack_or_threat", "2021", "asserted")],
    # an occurrence told in the simple past
    "Police arrested 12 protesters in Port Lerin.": [("detention_or_arrest", "2021", "asserted")],
}


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, UNDERGONE + list(KEPT), 2021)


@pytest.mark.parametrize("sentence", UNDERGONE)
def test_a_harm_a_class_underwent_is_no_event(extracted, sentence):
    assert extracted[sentence] == []


@pytest.mark.parametrize("sentence", list(KEPT))
def test_particular_undergoers_and_other_sentences_keep_their_records(extracted, sentence):
    assert extracted[sentence] == KEPT[sentence]


def _verb(nlp, sentence, word):
    return next(t for t in nlp(sentence) if t.lower_ == word)


def test_class_undergoing_reads_the_parse(nlp):
    from rightsledger.extract.events.nonevents.undergone import class_undergoing

    assert class_undergoing(_verb(nlp, "Seven in 10 seasonal farmhands suffered physical abuse.", "suffered"))
    assert class_undergoing(_verb(nlp, "Migrant herders suffered harassment.", "suffered"))
    assert class_undergoing(_verb(nlp, "Roadblocks exposed travelers to extortion.", "exposed"))
    assert not class_undergoing(_verb(nlp, "The herders suffered harassment.", "suffered"))
    assert not class_undergoing(_verb(nlp, "Twelve detainees suffered abuse by guards.", "suffered"))
    assert not class_undergoing(_verb(nlp, "Migrant herders suffered harassment during the year.", "suffered"))
    assert not class_undergoing(_verb(nlp, "Police arrested migrant herders.", "arrested"))
