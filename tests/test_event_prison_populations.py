"""A prison population told as a count is no occurrence (issue 14, round t-events63):
``nonevents/conditions.prison_population``. Persons already in custody (prisoners, detainees, inmates), counted
or a share of them, as the subject of a verb of being held ("3,100 prisoners were incarcerated in 21 facilities",
"In October about 70 percent of inmates were awaiting trial") or as the object of a verb of holding ("the
central prison held 2,400 prisoners") tell a state of the prisons, dated or not: no record. An arrest of
persons not yet in custody ("Police detained 30 protesters"), a death in custody, and a count that a dated
teller reports (the publication's) keep their readings. Sentences of a fictional report (Lorvania, 2022)
written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2022 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n"
          "c. Torture and Other Cruel, Inhuman, or Degrading Treatment or Punishment\n\n")

POPULATIONS = [
    # a count of prisoners, the passive of a verb of being held, under an undated teller
    "Civil society groups estimated that 3,100 prisoners were incarcerated in 21 detention facilities nationwide.",
    # a share of inmates awaiting trial, dated by a month
    "In October approximately 70 percent of inmates nationwide were awaiting trial.",
    # a facility holding a count of detainees
    "The central prison in Port Lerin held 2,400 detainees, three times its capacity.",
    # an agent holding a count of detainees in a cell
    "Guards had detained approximately 50 detainees in a cell built to hold 12.",
    # a share held in a place
    "Half of the country's 5,200 prisoners were held at Osk Penitentiary.",
]

KEPT = {
    # persons not in custody arrested: an occurrence
    "Police detained 30 protesters in Port Lerin.": [("detention_or_arrest", "2022", "asserted")],
    # a death in custody told beside a holding
    "On May 3, guards held four prisoners in a single cell in Osk Penitentiary, where two of them died.":
        [("death_in_custody", "2022-05-03", "asserted")],
    # a release of a count of prisoners: a step taken on them
    "In March the government released 400 prisoners under a presidential pardon.":
        [("release", "2022-03", "asserted")],
}


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, POPULATIONS + list(KEPT), 2022)


@pytest.mark.parametrize("sentence", POPULATIONS)
def test_a_prison_population_is_no_event(extracted, sentence):
    assert extracted[sentence] == []


@pytest.mark.parametrize("sentence", list(KEPT))
def test_steps_taken_on_persons_keep_their_records(extracted, sentence):
    assert extracted[sentence] == KEPT[sentence]


def _verb(nlp, sentence, word):
    return next(t for t in nlp(sentence) if t.lower_ == word)


def test_prison_population_reads_the_parse(nlp):
    from rightsledger.extract.events.nonevents.conditions import prison_population

    assert prison_population(_verb(nlp, "Some 3,100 prisoners were incarcerated in 21 facilities.", "incarcerated"))
    assert prison_population(_verb(nlp, "About 70 percent of inmates were awaiting trial.", "trial"))
    assert prison_population(_verb(nlp, "The central prison held 2,400 detainees.", "held"))
    assert not prison_population(_verb(nlp, "Police detained 30 protesters.", "detained"))
    assert not prison_population(_verb(nlp, "The prisoners were held without charge.", "held"))
    assert not prison_population(_verb(nlp, "Guards released 400 prisoners.", "released"))
    assert not prison_population(_verb(
        nlp, "In 2021 the minister reported that 36 percent of inmates awaited sentencing.", "sentencing"))
    assert not prison_population(None)
