"""A refugee population told as a count is no occurrence (issue 14, round t-events65):
``nonevents/conditions.refugee_population``, the sibling of the prison population. Displaced persons (refugees,
IDPs, asylum seekers, persons displaced by a conflict), counted or a share of them, as the object of a verb of
hosting ("Camps run by the UN hosted approximately 45,000 Teralian refugees") or the subject of a verb of staying
("An estimated 38,000 refugees remained in the country") tell a state of the country, dated or not: no record. A
step taken on such persons (a deportation, an arrest) and a count that a dated teller reports keep their
readings. Sentences of a fictional report (Lorvania, 2022) written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2022 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 2. Respect for Civil Liberties\n\n"
          "f. Protection of Refugees\n\n")

POPULATIONS = [
    # camps hosting a count of refugees
    "Camps run by the UN refugee agency hosted approximately 45,000 Teralian refugees in Osk and Varn regions.",
    # a region hosting a count of persons a conflict displaced
    "Varn Region hosted more than 200,000 persons displaced by the conflict in recent years.",
    # a count of refugees staying
    "An estimated 38,000 registered Teralian refugees remained in the country with prima facie refugee status.",
    # a share of IDPs residing
    "More than 80 percent of IDPs in Varn Region resided outside of formal camps.",
]

KEPT = {
    # a deportation of a count of refugees: a step taken on them
    "In March authorities deported 300 Teralian refugees to Teralia.": [("asylum_or_citizenship_decision", "2022-03", "asserted")],
    # an arrest of asylum seekers
    "Police arrested 25 asylum seekers in Port Lerin.": [("detention_or_arrest", "2022", "asserted")],
}


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, POPULATIONS + list(KEPT), 2022)


@pytest.mark.parametrize("sentence", POPULATIONS)
def test_a_refugee_population_is_no_event(extracted, sentence):
    assert extracted[sentence] == []


@pytest.mark.parametrize("sentence", list(KEPT))
def test_steps_taken_on_displaced_persons_keep_their_records(extracted, sentence):
    assert extracted[sentence] == KEPT[sentence]


def _word(nlp, sentence, word):
    return next(t for t in nlp(sentence) if t.lower_ == word)


def test_refugee_population_reads_the_parse(nlp):
    from rightsledger.extract.events.nonevents.conditions import refugee_population

    assert refugee_population(_word(nlp, "The country hosted approximately 2,100 refugees.", "hosted"))
    assert refugee_population(_word(nlp, "Some 38,000 refugees remained in the country.", "remained"))
    assert refugee_population(_word(nlp, "The region hosted 9,000 persons displaced by floods.", "hosted"))
    assert not refugee_population(_word(nlp, "Police arrested 25 asylum seekers.", "arrested"))
    assert not refugee_population(_word(nlp, "The refugees remained in the country.", "remained"))
    assert not refugee_population(_word(nlp, "The minister remained in office.", "remained"))
    assert not refugee_population(_word(
        nlp, "In 2021 the agency reported that 9,000 refugees remained in camps.", "remained"))
    assert not refugee_population(None)
