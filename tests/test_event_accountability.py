"""Accountability for abuses told in the summary's words is the year's step (issue 14, round t-events55):
``undated/accountability.py``. A step of ``step_verbs`` (identify, investigate, prosecute, punish) on persons
"who committed abuses" makes a record of the report year, typed by its first such verb, where no other reading
made one: the step as the main verb itself, "take" coordinated after another clause, the steps as a noun under
a preposition of a past clause. Not a habit ("seldom", "generally"), not "continued to prosecute". Sentences of
a fictional report (Lorvania, 2021) written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Executive Summary\n\nLorvania is a constitutional republic with an elected parliament.\n\n")

ADDED = {
    # the step is the main verb itself
    "The government investigated some border guards who committed abuses and prosecuted or punished "
    "tax officials who committed abuses elsewhere in the administration; however, impunity was a problem "
    "in the mountain districts.": [("investigation", "2021", "asserted")],
    # the steps are a noun under a preposition of a past clause
    "Impunity persisted despite government steps to dismiss and prosecute some border guards and forestry "
    "officers who committed abuses.": [("charge", "2021", "asserted")],
    # "take" is a clause coordinated after a law's content: its "not" is the record's
    "The penal code sets penalties for bribery by officials, but the government did not take effective steps "
    "to identify, investigate, prosecute, and punish officials who committed human rights abuses.":
        [("investigation", "2021", "negated")],
}

NONE = [
    # a habit, by its frequency word
    "The government seldom took steps to prosecute or punish officials who committed abuses, and impunity "
    "was a problem.",
    "The Lorvanian authorities generally neither investigated nor punished effectively those who committed abuses.",
    # "continued to" is a practice, not the year's step
    "The government continued to prosecute some officials who committed abuses, but corruption in the courts "
    "was a major obstacle.",
]

KEPT = {
    # read before this round (summaries.steps_taken): unchanged
    "The government took steps to identify and punish officials who committed human rights abuses.":
        [("investigation", "2021", "asserted")],
}


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, [*ADDED, *NONE, *KEPT], 2021)


@pytest.mark.parametrize("sentence", list(ADDED))
def test_a_step_against_perpetrators_of_abuses_is_the_years_record(extracted, sentence):
    assert extracted[sentence] == ADDED[sentence]


@pytest.mark.parametrize("sentence", NONE)
def test_a_habit_or_a_continued_practice_makes_none(extracted, sentence):
    assert extracted[sentence] == []


@pytest.mark.parametrize("sentence", list(KEPT))
def test_steps_taken_as_the_root_are_unchanged(extracted, sentence):
    assert extracted[sentence] == KEPT[sentence]


def test_accountability_reads_the_parse(nlp):
    from rightsledger.extract.events.undated.accountability import accountability

    def first(text):
        return accountability(next(iter(nlp(text).sents)))

    trig, kind = first("The government investigated some border guards who committed abuses.")
    assert (trig.lower_, kind) == ("investigated", "investigation")
    trig, kind = first("Impunity persisted despite government steps to prosecute some officials who committed abuses.")
    assert (trig.lower_, kind) == ("steps", "charge")
    # persons not described as perpetrators of abuses: not this reading
    assert first("The government investigated some border guards who guarded the river.") is None
    assert first("The government continued to prosecute some officials who committed abuses.") is None
